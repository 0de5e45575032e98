// The playground page (issue 11) in Chromium, opened from disk (file://) as a casemanager opens it:
// load a case from the fragment, check the dates shown against the law, add, edit and remove events
// through the form, check that the table and the fragment follow, load a #case= link, switch to
// English, download (real downloads), and check accessibility basics (names, lang, keyboard focus, contrast).
// The page is generated into the scratch directory by the same function as `npm run playground`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPlayground } from '../playground.mjs';

// Expected dates come from the law, not from poortwachter: counted day k is the first sick day plus
// k − 1 days, plus the fit days of any gap before it (samentelling, ZW 29(4)).
const FIRST = '2026-03-02';
const addDays = (iso, n) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const counted = (k, gap = 0) => addDays(FIRST, k - 1 + gap);
const LAW = {
  probleemanalyse: 42, // Regeling procesgang art 2(2): "binnen zes weken", the last day of week 6 → 2026-04-12
  'ziekmelding-uwv': 295, // ZW 38(1): the first day after 42 weeks of incapacity, 7 × 42 + 1
  eerstejaarsevaluatie: 364, // Regeling procesgang art 4(2)(b): in week 52, 7 × 52
  're-integratieverslag': 637, // WIA 25(3): 91 weeks, 7 × 91
  'wia-aanvraag': 651, // WIA 64(3): 93 weeks, 7 × 93
  'einde-wachttijd': 728, // WIA 23(1): 104 weeks, 7 × 104
};

export default async function playground(browser, { root, dir }) {
  const failures = [];
  const fail = (m) => failures.push(m);
  const built = await buildPlayground({ root, out: join(dir, 'playground.html') });
  console.log(`     playground page: ${(built.bytes / 1024).toFixed(0)} KiB, ${(built.gzipBytes / 1024).toFixed(0)} KiB gzipped`);
  const url = pathToFileURL(built.path).href;

  const context = await browser.newContext({ acceptDownloads: true, timezoneId: 'Europe/Amsterdam', locale: 'nl-NL', viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => fail(`page error: ${e}`));
  page.on('console', (m) => m.type() === 'error' && fail(`console error: ${m.text()}`));
  page.on('request', (r) => !/^(file|blob|data):/.test(r.url()) && fail(`network request: ${r.url()}`));

  const hash = () => page.evaluate(() => decodeURIComponent(location.hash));
  const caseInHash = async () => {
    const h = await page.evaluate(() => location.hash);
    const m = /[#&]case=([^&]*)/.exec(h);
    return m === null ? undefined : JSON.parse(decodeURIComponent(m[1]));
  };
  const due = (id) => page.locator(`tr[data-milestone="${id}"] time`).first().getAttribute('datetime', { timeout: 2000 }).catch(() => undefined);
  const status = (id) => page.locator(`tr[data-milestone="${id}"] td.status`).textContent({ timeout: 2000 }).then((s) => s.replace(/\s+/g, ' ').trim(), () => undefined);
  const expectDue = async (id, want, when) => {
    const got = await due(id);
    if (got !== want) fail(`${when}: ${id} shows ${got}, the law gives ${want}`);
  };
  const expect = (ok, message) => ok || fail(message);
  const ready = () => page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });

  try {
    // 1. A bare case from the fragment: the dates of the law; as-of proposed (today), the link untouched.
    await page.goto(`${url}#firstSickDay=${FIRST}`);
    await ready();
    for (const [id, k] of Object.entries(LAW)) await expectDue(id, counted(k), 'bare case');
    expect((await due('probleemanalyse')) === '2026-04-12', 'probleemanalyse is not on 2026-04-12');
    expect(/^\d{4}-\d{2}-\d{2}$/.test(await page.inputValue('#asOf')), 'no as-of date is proposed');
    expect((await hash()) === `#firstSickDay=${FIRST}`, `loading changed the fragment to ${await hash()}`);
    expect((await page.inputValue('#firstSickDay')) === FIRST, 'the first sick day is not in the form');
    const svg = await page.locator('#picture svg').evaluateAll((els) => els.map((e) => ({ width: e.getBoundingClientRect().width, text: e.textContent })));
    expect(svg.length === 1 && svg[0].width > 300 && !svg[0].text.includes('NaN'), `the picture: ${JSON.stringify(svg).slice(0, 100)}`);

    // 2. The as-of date: statuses, and the fragment follows.
    await page.fill('#asOf', '2026-11-22');
    expect((await hash()) === `#firstSickDay=${FIRST}&asOf=2026-11-22`, `fragment after as-of: ${await hash()}`);
    expect((await status('probleemanalyse'))?.includes('te laat'), `probleemanalyse on 2026-11-22 without a record: ${await status('probleemanalyse')}, not overdue`);
    expect((await status('ziekmelding-uwv'))?.includes('open'), `42e-weeksmelding on 2026-11-22: ${await status('ziekmelding-uwv')}, not open`);

    // A case option: written into the case when chosen, gone again at its default.
    await page.click('#more summary');
    await page.selectOption('#ziekmeldingUwv', 'uwv-eerste-werkdag');
    expect((await caseInHash())?.options?.ziekmeldingUwv === 'uwv-eerste-werkdag', `fragment after choosing an option: ${await hash()}`);
    await page.selectOption('#ziekmeldingUwv', '');
    expect((await hash()) === `#firstSickDay=${FIRST}&asOf=2026-11-22`, `fragment after the default option: ${await hash()}`);

    // 3. Add a recovery with the keyboard (Enter submits), then a relapse with a click.
    await page.selectOption('#event-type', 'recovered');
    await page.fill('#ev-date', '2026-06-01');
    await page.press('#ev-date', 'Enter');
    expect((await page.locator('#events-body li').count()) === 1, 'the recovery is not in the list of events');
    expect(JSON.stringify((await caseInHash())?.events) === '[{"type":"recovered","date":"2026-06-01"}]', `fragment after the recovery: ${await hash()}`);
    expect((await status('ziekmelding-uwv'))?.includes('n.v.t.'), `after recovery the 42e-weeksmelding is ${await status('ziekmelding-uwv')}, not n.v.t.`);
    await page.selectOption('#event-type', 'sick');
    await page.fill('#ev-date', '2026-06-11');
    await page.click('#event-submit');
    // Fit 1–10 June: 10 days of gap, fewer than 28, so the periods are added and later days move by 10.
    await expectDue('probleemanalyse', counted(42), 'relapse');
    await expectDue('ziekmelding-uwv', counted(295, 10), 'relapse');
    await expectDue('einde-wachttijd', counted(728, 10), 'relapse');
    const relapse = await caseInHash();
    expect(relapse?.firstSickDay === FIRST && relapse?.events?.length === 2 && relapse.events[1].type === 'sick', `fragment after the relapse: ${await hash()}`);
    expect((await hash()).endsWith('&asOf=2026-11-22'), 'the as-of date left the fragment');

    // 4. Edit the relapse to 12 June: an 11-day gap.
    await page.click('[data-edit="1"]');
    expect((await page.inputValue('#ev-date')) === '2026-06-11', 'the editor does not hold the event');
    await page.fill('#ev-date', '2026-06-12');
    await page.click('#event-submit');
    expect((await page.evaluate(() => document.activeElement?.getAttribute('data-edit'))) === '1', 'after saving, focus is not back on the event');
    await expectDue('ziekmelding-uwv', counted(295, 11), 'edited relapse');
    expect((await caseInHash())?.events?.[1]?.date === '2026-06-12', `fragment after the edit: ${await hash()}`);

    // 5. The explanation of a date.
    await page.click('tr[data-milestone="ziekmelding-uwv"] button[data-explain]');
    const explanation = await page.locator('#explanation').textContent();
    expect(explanation.includes(counted(295, 11)) && explanation.includes('295') && (await page.locator('#explanation li').count()) >= 2, `explanation: ${explanation}`);
    expect((await page.getAttribute('tr[data-milestone="ziekmelding-uwv"] button[data-explain]', 'aria-expanded')) === 'true', 'the milestone does not say its explanation is shown');
    await page.press('tr[data-milestone="ziekmelding-uwv"] button[data-explain]', 'Enter');
    expect((await page.locator('#explanation').count()) === 0, 'Enter on the milestone does not close its explanation');
    await page.press('tr[data-milestone="ziekmelding-uwv"] button[data-explain]', 'Enter');

    // 6. Remove the recovery: a relapse while still sick is invalid, and the page says so, readably.
    await page.click('[data-remove="0"]');
    const errors = (await page.locator('#errors').textContent()).trim();
    expect(errors.includes('Gebeurtenis 1') && errors.includes('al ziek'), `errors shown: ${JSON.stringify(errors)}`);
    expect((await page.getAttribute('#errors', 'aria-live')) !== null, 'errors are not announced (aria-live)');
    expect(await page.locator('#results').isHidden(), 'an invalid case still shows a timeline');
    await page.click('[data-remove="0"]');
    expect((await page.locator('#errors').textContent()).trim() === '', 'errors stay after the fix');
    expect((await hash()) === `#firstSickDay=${FIRST}&asOf=2026-11-22`, `fragment after removing every event: ${await hash()}`);

    // 7. A whole case from a #case= link (hashchange, then a fresh load of the same link).
    const linked = { caseId: 'E-1', firstSickDay: FIRST, events: [{ type: 'completed', milestone: 'probleemanalyse', date: '2026-04-10' }] };
    const link = `${url}#case=${encodeURIComponent(JSON.stringify(linked))}&asOf=2026-11-22`;
    for (const how of ['hashchange', 'load']) {
      await page.evaluate(() => (window.__samePage = true));
      if (how === 'hashchange') await page.goto(link);
      else await page.reload();
      await ready();
      const same = await page.evaluate(() => window.__samePage === true);
      expect(same === (how === 'hashchange'), `#case= (${how}): ${same ? 'no reload' : 'a reload'}`);
      // Regeling procesgang art 4(1): the plan van aanpak within two weeks of the probleemanalyse.
      await expectDue('plan-van-aanpak', '2026-04-24', `#case= (${how})`);
      expect((await status('probleemanalyse'))?.includes('gedaan'), `#case= (${how}): probleemanalyse ${await status('probleemanalyse')}, not done`);
      expect((await page.inputValue('#caseId')) === 'E-1' && (await page.locator('#events-body li').count()) === 1, `#case= (${how}) did not fill the form`);
    }

    // 8. Downloads, clicked as a user clicks them (Blob URLs): the calendar, the case and the timeline.
    const download = async (id) => {
      const href = (await page.getAttribute(`#${id}`, 'href')) ?? '';
      const [d] = await Promise.all([page.waitForEvent('download', { timeout: 5000 }), page.click(`#${id}`)]);
      return { href, name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
    };
    const ics = await download('download-ics');
    expect(ics.href.startsWith('blob:') && ics.name.endsWith('.ics') && ics.text.startsWith('BEGIN:VCALENDAR') && ics.text.includes('UID:E-1-probleemanalyse@'), `ics download: ${ics.href} ${ics.name} ${ics.text.slice(0, 40)}`);
    const caseFile = await download('download-case');
    let downloadedCase;
    try {
      downloadedCase = JSON.parse(caseFile.text);
    } catch {}
    expect(JSON.stringify(downloadedCase) === JSON.stringify({ ...linked, asOf: '2026-11-22' }), `case download: ${caseFile.text.slice(0, 200)}`);
    const timelineFile = await download('download-timeline');
    expect(/"plan-van-aanpak"/.test(timelineFile.text) && timelineFile.name.endsWith('.json'), `timeline download: ${timelineFile.name}`);

    // 9. English: the page, the table and the fragment.
    await page.selectOption('#lang', 'en');
    expect((await page.getAttribute('html', 'lang')) === 'en', 'lang attribute stays nl');
    expect((await page.locator('#milestones th').first().textContent()) === 'Due', 'table headings are not English');
    expect((await page.locator('tr[data-milestone="probleemanalyse"] button').textContent()) === 'Problem analysis', 'milestone titles are not English');
    expect((await status('probleemanalyse'))?.includes('done'), 'statuses are not English');
    expect((await hash()).endsWith('&lang=en'), `fragment after switching language: ${await hash()}`);
    expect((await page.title()) === 'Poortwachter timeline', 'title is not English');

    // 10. A broken link is a readable message, not a crash.
    await page.goto(`${url}#case=%7Bnot%20json`);
    expect((await page.locator('#errors').textContent()).includes('#case='), 'a broken #case= link says nothing');

    // 11. Accessibility basics, in both languages, on a case with every kind of row.
    for (const lang of ['nl', 'en']) {
      const rich = { firstSickDay: FIRST, events: [{ type: 'completed', milestone: 'probleemanalyse', date: '2026-04-20' }, { type: 'employment-ended', date: '2026-10-31' }] };
      await page.goto(`${url}#case=${encodeURIComponent(JSON.stringify(rich))}&asOf=2026-11-22&lang=${lang}`);
      await page.reload();
      await ready();
      await page.click('#more summary');
      await page.click('[data-edit="0"]'); // an editor with a milestone select
      const a11y = await page.evaluate(() => {
        const problems = [];
        const visible = (el) => el.getClientRects().length > 0;
        for (const el of document.querySelectorAll('input, select, textarea, button, a[href]')) {
          let name = el.getAttribute('aria-label') ?? '';
          if (name === '' && 'labels' in el && el.labels !== null) name = [...el.labels].map((l) => l.textContent).join(' ');
          if (name.trim() === '' && (el.tagName === 'BUTTON' || el.tagName === 'A')) name = el.textContent;
          if (name.trim() === '') problems.push(`no accessible name: <${el.tagName.toLowerCase()} id="${el.id}">`);
        }
        const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
        for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) problems.push(`duplicate id ${id}`);
        // WCAG AA contrast of every visible text outside the picture (the picture is toSvg's).
        const rgb = (s) => (s.match(/[\d.]+/g) ?? []).map(Number);
        const lum = ([r, g, b]) => [r, g, b].map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((s, c, i) => s + c * [0.2126, 0.7152, 0.0722][i], 0);
        const background = (el) => {
          for (let e = el; e !== null; e = e.parentElement) {
            const c = rgb(getComputedStyle(e).backgroundColor);
            if (c.length === 3 || (c.length === 4 && c[3] === 1)) return c.slice(0, 3);
          }
          return [255, 255, 255];
        };
        for (const el of document.querySelectorAll('body *')) {
          if (el.closest('svg') !== null || !visible(el)) continue;
          if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '')) continue;
          const style = getComputedStyle(el);
          const fg = rgb(style.color).slice(0, 3);
          const [l1, l2] = [lum(fg), lum(background(el))].sort((a, b) => b - a);
          const ratio = (l1 + 0.05) / (l2 + 0.05);
          const size = parseFloat(style.fontSize);
          const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
          if (ratio < (large ? 3 : 4.5)) problems.push(`contrast ${ratio.toFixed(2)} of "${el.textContent.trim().slice(0, 30)}" (${style.color} on ${background(el)})`);
        }
        return { problems, lang: document.documentElement.lang };
      });
      for (const p of a11y.problems) fail(`${lang}: ${p}`);
      expect(a11y.lang === lang, `${lang}: html lang is ${a11y.lang}`);
      // Keyboard: Tab reaches the controls, each with a visible focus ring.
      await page.focus('#lang');
      const seen = new Set();
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(() => {
          const el = document.activeElement;
          const s = getComputedStyle(el);
          return { id: el.id || el.getAttribute('data-explain') || el.getAttribute('data-edit') || el.tagName, ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
        });
        seen.add(f.id);
        if (!f.ring) fail(`${lang}: no visible focus on ${f.id}`);
      }
      for (const id of ['firstSickDay', 'asOf', 'caseId', 'event-type', 'event-submit']) expect(seen.has(id), `${lang}: Tab never reaches #${id}`);
    }
  } catch (e) {
    fail(`the check itself failed: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
  } finally {
    await context.close();
  }
  return failures;
}
