// The picture (toSvg), read the way a consumer reads it: as XML. Where the week axis must put its ticks is
// worked out here from the law (week N ends on counted day 7N; fit days between periods and pregnancy leave
// do not count: BW 7:629(10), WIA 23(5)(a)), not taken from the renderer. That nothing overlaps in a real
// browser is measured by scripts/browser/svg.mjs (npm run test:browser).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { computeTimeline, toSvg, type CaseInput, type Timeline } from '../src/index.js';
import pictureCases from './picture-cases.json';
import { loadScenarios } from '../src/testing.js';

const relapse = computeTimeline({
  firstSickDay: '2026-03-02',
  asOf: '2026-11-22',
  events: [
    { type: 'completed', milestone: 'probleemanalyse', date: '2026-04-10' },
    { type: 'recovered', date: '2026-06-01' },
    { type: 'sick', date: '2026-06-11' },
  ],
});

// The cases the browser check measures too (scripts/browser/svg.mjs): a relapse, 50 % partial recovery,
// pregnancy leave and a 26-week loonsanctie; and a recovery after eight weeks.
const complex = computeTimeline(pictureCases.complex.input as CaseInput);
const recovered = computeTimeline(pictureCases.recovered.input as CaseInput);

/** The opening tags of the elements of `name` with their attributes. */
function elements(svg: string, name: string): Array<Record<string, string>> {
  return [...svg.matchAll(new RegExp(`<${name}\\b([^>]*?)/?>`, 'g'))].map((m) => Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])));
}

/** The text of every <text> element, in document order. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
}

/** The counted-week ticks: week → the date of its last counted day. */
function weekTicks(svg: string): Map<number, string> {
  return new Map(elements(svg, 'line').filter((l) => l['data-week'] !== undefined).map((l) => [Number(l['data-week']), l['data-date']!]));
}

describe('the picture is well-formed, accessible SVG', () => {
  const cases: Array<[string, Timeline]> = [
    ['relapse', relapse],
    ['complex', complex],
    ['recovered', recovered],
    ['undated', computeTimeline({ firstSickDay: '2026-03-02' })],
  ];
  for (const [name, timeline] of cases) {
    for (const width of [400, 800, 1200]) {
      for (const locale of ['nl', 'en'] as const) {
        test(`${name}, ${width} px, ${locale}`, () => {
          const svg = toSvg(timeline, { width, locale });
          expect(XMLValidator.validate(svg)).toBe(true);
          expect(svg).not.toMatch(/NaN|undefined|Infinity/);
          const root = elements(svg, 'svg')[0]!;
          expect(root.width).toBe(String(width));
          expect(root.viewBox).toBe(`0 0 ${width} ${root.height}`);
          expect(root.role).toBe('img');
          // The accessible name and description are the <title> and <desc> the root points at.
          const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg) as { svg: { title: { id: string; '#text': string }; desc: { id: string; '#text': string } } };
          expect(root['aria-labelledby']).toBe(doc.svg.title.id);
          expect(root['aria-describedby']).toBe(doc.svg.desc.id);
          expect(doc.svg.title['#text']).toContain(timeline.firstSickDay);
          expect(doc.svg.desc['#text'].length).toBeGreaterThan(40);
          // No coordinate with float noise.
          for (const m of svg.matchAll(/\b(?:x|y|x1|x2|y1|y2|width|height)="(-?[\d.]+)"/g)) expect(m[1]).toMatch(/^-?\d+(\.\d)?$/);
          for (const t of elements(svg, 'text')) {
            expect(Number(t.x)).toBeGreaterThanOrEqual(0);
            expect(Number(t.x)).toBeLessThanOrEqual(width);
          }
        });
      }
    }
  }

  test('every legal scenario renders without NaN at 800 px', () => {
    for (const s of loadScenarios('test/scenarios')) {
      if (s.expectError !== undefined) continue;
      const t = computeTimeline(s.input as never, s.rules === undefined ? {} : { rules: s.rules });
      const svg = toSvg(t, { width: 800 });
      expect(XMLValidator.validate(svg), s.file).toBe(true);
      expect(svg, s.file).not.toMatch(/NaN|undefined|Infinity/);
    }
  });

  test('Dutch by default, English on request', () => {
    expect(texts(toSvg(relapse))).toContain('Legenda');
    expect(texts(toSvg(relapse, { locale: 'en' }))).toContain('Legend');
    expect(texts(toSvg(relapse)).join('\n')).toContain('2026-12-31 42e-weeksmelding aan UWV');
    expect(texts(toSvg(relapse, { locale: 'en' })).join('\n')).toContain('2026-12-31 42nd-week sickness report to UWV');
  });

  test('text is escaped', () => {
    const evil = `<script>alert("x")</script> & 'y'`;
    const copy: Timeline = { ...relapse, regime: '<b>', milestones: relapse.milestones.map((m, i) => (i === 0 ? { ...m, id: 'a"b' as Timeline['milestones'][number]['id'], title: { nl: evil, en: evil } } : m)) };
    const svg = toSvg(copy);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('data-id="a&quot;b"');
    expect(texts(svg).some((t) => t.includes(evil))).toBe(true);
  });

  test('several pictures on one page keep their own ids', () => {
    const id = (svg: string): string => elements(svg, 'svg')[0]!['aria-labelledby']!;
    expect(id(toSvg(relapse))).not.toBe(id(toSvg(complex)));
    expect(id(toSvg(relapse))).not.toBe(id(toSvg(relapse, { locale: 'en' })));
    expect(toSvg(relapse)).toBe(toSvg(JSON.parse(JSON.stringify(relapse)) as Timeline));
  });
});

describe('the axis counts the weeks of the wachttijd', () => {
  test('without gaps: week N ends on day 7N from the first sick day', () => {
    // 2026-03-02 + 41 days = 2026-04-12; + 293 = 2026-12-20; + 363 = 2027-02-28; + 727 = 2028-02-27.
    const ticks = weekTicks(toSvg(computeTimeline({ firstSickDay: '2026-03-02', asOf: '2026-11-22' })));
    expect(ticks.get(6)).toBe('2026-04-12');
    expect(ticks.get(42)).toBe('2026-12-20');
    expect(ticks.get(52)).toBe('2027-02-28');
    expect(ticks.get(104)).toBe('2028-02-27');
  });

  test('the 10 fit days between two periods move every later week by 10 days; week 104 is the end of the wachttijd', () => {
    // Week 6 lies before the gap (2026-06-01 … 06-10). Later weeks: the dates above + 10 days; week 91 and
    // 93 (days 637, 651): 2027-11-28 and 2027-12-12 without the gap.
    const svg = toSvg(relapse);
    const ticks = weekTicks(svg);
    expect(ticks.get(6)).toBe('2026-04-12');
    expect(ticks.get(42)).toBe('2026-12-30');
    expect(ticks.get(52)).toBe('2027-03-10');
    expect(ticks.get(91)).toBe('2027-12-08');
    expect(ticks.get(93)).toBe('2027-12-22');
    expect(ticks.get(104)).toBe('2028-03-08');
    expect(relapse.lastDayOfWachttijd).toBe('2028-03-08');
    // The tick of week 104 sits at the right edge of the wachttijd bar.
    const bar = elements(svg, 'rect').find((r) => r.class === 'wachttijd')!;
    const tick = elements(svg, 'line').find((l) => l['data-week'] === '104')!;
    expect(Math.abs(Number(bar.x) + Number(bar.width) - Number(tick.x1))).toBeLessThanOrEqual(0.15);
    // Every tick lies right of the one before.
    const xs = elements(svg, 'line').filter((l) => l['data-week'] !== undefined).map((l) => Number(l.x1));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  test('pregnancy leave is not counted: the weeks after it move by its 112 days', () => {
    // Sick from 2025-09-01 throughout, leave 2025-11-03 … 2026-02-22 (112 days). Day 42 = 2025-10-12 (before
    // the leave); day 294 = 2025-09-01 + 293 + 112 = 2026-10-11; day 728 = 2025-09-01 + 727 + 112 = 2027-12-19.
    const t = computeTimeline({ firstSickDay: '2025-09-01', asOf: '2026-03-02', events: [{ type: 'pregnancy-leave', start: '2025-11-03', end: '2026-02-22' }] });
    const svg = toSvg(t);
    const ticks = weekTicks(svg);
    expect(ticks.get(6)).toBe('2025-10-12');
    expect(ticks.get(42)).toBe('2026-10-11');
    expect(ticks.get(104)).toBe('2027-12-19');
    // The leave is drawn, and the axis is dotted over it (not counted).
    expect(elements(svg, 'rect').some((r) => r.class === 'leave')).toBe(true);
    expect(elements(svg, 'path').some((p) => p.class === 'axis-skipped')).toBe(true);
  });

  test('the old regime: a 52-week wachttijd and the 13th-week report', () => {
    // WAO 19(1): 52 weeks from 2002-04-01 end on 2003-03-30; ZW 38(1) (2002): the report after 13 weeks
    // (day 91 = 2002-06-30).
    const ticks = weekTicks(toSvg(computeTimeline({ firstSickDay: '2002-04-01' })));
    expect(ticks.get(13)).toBe('2002-06-30');
    expect(ticks.get(52)).toBe('2003-03-30');
    expect(ticks.has(104)).toBe(false);
  });

  test('the labels name the weeks', () => {
    const labels = texts(toSvg(relapse, { locale: 'en' }));
    for (const w of [6, 42, 52, 91, 93, 104]) expect(labels).toContain(`wk ${w}`);
  });
});

describe('what the picture shows', () => {
  const svg = toSvg(complex, { locale: 'en' });
  const rects = elements(svg, 'rect');

  test('periods, partial recovery, the gap, leave, the wachttijd and the extension', () => {
    expect(rects.filter((r) => r.class === 'period')).toHaveLength(2);
    expect(rects.some((r) => r.class === 'partial')).toBe(true);
    expect(rects.some((r) => r.class === 'gap')).toBe(true);
    expect(rects.some((r) => r.class === 'leave')).toBe(true);
    expect(rects.some((r) => r.class === 'wachttijd')).toBe(true);
    expect(rects.some((r) => r.class === 'extension' && r['data-cause'] === 'loonsanctie')).toBe(true);
    expect(texts(svg)).toContain('50%');
  });

  test('extensions one after the other are each drawn, with a seam between them', () => {
    const t = computeTimeline({
      firstSickDay: '2025-01-06',
      asOf: '2027-02-02',
      events: [
        { type: 'completed', milestone: 'ziekmelding-uwv', date: '2025-10-22' },
        { type: 'completed', milestone: 'wia-brief', date: '2026-09-12' },
        { type: 'completed', milestone: 'wia-aanvraag', date: '2026-10-28' },
        { type: 'loonsanctie', date: '2026-11-20', weeks: 12 },
      ],
    });
    expect(t.extensions.map((e) => e.cause)).toEqual(['late-wia-aanvraag', 'loonsanctie']);
    const drawn = toSvg(t, { locale: 'en' });
    expect(elements(drawn, 'rect').filter((r) => r.class === 'extension').map((r) => r['data-cause'])).toEqual(['late-wia-aanvraag', 'loonsanctie']);
    expect(elements(drawn, 'rect').filter((r) => r.class === 'seam')).toHaveLength(1);
    expect(texts(drawn)).toContain('late WIA application: 2027-01-04 – 2027-01-13 (+10 days)');
    expect(texts(drawn)).toContain('wage sanction: 2027-01-14 – 2027-04-07 (+84 days)');
  });

  test('the description names what is overdue', () => {
    expect(svg).toMatch(/<desc [^>]*>[^<]*Overdue: Plan of action \(2026-05-04\); Evaluation of the plan of action \(2026-06-15\)\.<\/desc>/);
  });

  test('the as-of line is labelled with its date and counted day, and is not coloured like leave', () => {
    expect(texts(svg)).toContain(`as of 2026-11-22 · counted day ${complex.countedDaysAsOf}`);
    const line = elements(svg, 'path').find((p) => p.class === 'as-of')!;
    expect(line.stroke).toBe('#111111');
    expect(texts(toSvg(complex))).toContain(`stand 2026-11-22 · getelde dag ${complex.countedDaysAsOf}`);
  });

  test('a legend names every colour, pattern and mark drawn', () => {
    const legend = svg.slice(svg.indexOf('<g class="legend">'));
    const entries = texts(legend);
    expect(entries[0]).toBe('Legend');
    for (const e of ['sick (counted)', 'partly recovered (counted)', 'fit (not counted)', 'pregnancy leave (not counted)', 'wachttijd up to 2028-06-28', 'wage sanction: 2028-06-29 – 2028-12-27 (+182 days)', 'wk N: end of counted week N of the wachttijd', 'broken axis: days not counted', 'as of 2026-11-22', 'open', 'done late', '! overdue: not done yet']) {
      expect(entries).toContain(e);
    }
    // Only what is drawn: nothing here is done on time or no longer applies.
    expect(entries).not.toContain('done');
    expect(entries).not.toContain('no longer applies (n/a)');
    // Every fill used outside the legend has a swatch in it.
    const body = svg.slice(svg.indexOf('</defs>'), svg.indexOf('<g class="legend">'));
    const fills = new Set(elements(body, 'rect').filter((r) => r.class !== 'row' && r.width !== '100%').map((r) => r.fill));
    const swatches = new Set(elements(legend, 'rect').map((r) => r.fill));
    for (const f of fills) expect(swatches, f).toContain(f);
  });

  test('every milestone has a row with its date, in date order', () => {
    const ids = [...svg.matchAll(/<g class="milestone status-[\w-]+" data-id="([^"]*)" data-due="([^"]*)"/g)].map((m) => [m[1], m[2]]);
    expect(ids).toEqual(complex.milestones.map((m) => [m.id, m.due]));
    for (const m of complex.milestones) {
      const start = svg.indexOf(`data-id="${m.id}"`);
      const group = svg.slice(start, svg.indexOf('<g class="milestone', start + 1) === -1 ? svg.indexOf('<g class="legend"') : svg.indexOf('<g class="milestone', start + 1));
      expect(texts(group).join(' '), m.id).toContain(m.due);
    }
  });
});

describe('statuses are told apart without colour', () => {
  /** The shape of a mark with its colours taken out: element names and which are filled. */
  function shapeOf(svg: string, status: string): string {
    const at = svg.indexOf(`class="milestone status-${status}"`);
    expect(at, status).toBeGreaterThan(-1);
    const group = svg.slice(svg.indexOf('<g class="mark"', at), svg.indexOf('</g>', svg.indexOf('<g class="mark"', at)));
    return [...group.matchAll(/<(circle|rect|path)\b([^>]*)>/g)]
      .map((m) => {
        const fill = /fill="([^"]*)"/.exec(m[2]!)?.[1];
        return `${m[1]}:${fill === '#ffffff' || fill === 'none' || fill === undefined ? 'hollow' : 'filled'}`;
      })
      .join(',');
  }
  // One timeline with every status: recovered (not applicable), a late probleemanalyse (done late), an
  // overdue plan van aanpak, an open later one; and one with a probleemanalyse done in time.
  const all = toSvg(complex) + toSvg(recovered);

  test('each status has its own shape', () => {
    const shapes = ['open', 'done', 'done-late', 'overdue', 'not-applicable'].map((s) => shapeOf(all, s));
    expect(new Set(shapes).size).toBe(5);
  });

  test('and its own words: "!" and TE LAAT for overdue, the date done, n.v.t. with the reason', () => {
    const words = texts(all).join('\n');
    expect(words).toMatch(/^! 2026-05-04 Plan van aanpak · TE LAAT$/m);
    expect(words).toMatch(/^2026-04-12 Probleemanalyse · te laat gedaan 2026-04-20$/m);
    expect(words).toMatch(/^2025-02-16 Probleemanalyse · gedaan 2025-02-10$/m);
    expect(words).toMatch(/Eerstejaarsevaluatie · n\.v\.t\.: hersteld/);
  });

  test('after a full recovery the fit days are drawn to the end', () => {
    const svg = toSvg(recovered);
    expect(elements(svg, 'rect').some((r) => r.class === 'recovered')).toBe(true);
    expect(recovered.lastDayOfWachttijd).toBeNull();
  });
});
