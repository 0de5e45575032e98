// The picture (issue 11), measured in Chromium: for every case below, at 1200 and 800 px (and 400), in Dutch and
// English, the rendered boxes of all text must not intersect, no stroked line or shape may run through a
// text box (a label's own leader line may touch it at its end: `data-leader-for` names the label's id),
// no status mark may cover a text, and every text and the legend lie inside the viewBox. It also checks the
// accessible name and description. The picture is an image in a page like the README's or a web app's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Cases a casemanager meets (test/picture-cases.json, shared with test/svg.test.ts); the legal scenarios of
 * test/scenarios follow them.
 */
const PICTURE_CASES = JSON.parse(readFileSync(new URL('../../test/picture-cases.json', import.meta.url), 'utf8'));
const CASES = Object.fromEntries(Object.entries(PICTURE_CASES).map(([name, c]) => [name, c.input]));

/** Runs in the page: measures the one <svg> in it and returns what is wrong. */
function measure() {
  const problems = [];
  const svg = document.querySelector('svg');
  const root = svg.getBoundingClientRect();
  const inDefs = (el) => el.closest('defs, pattern, marker, clipPath, mask, symbol') !== null;
  const describe = (el) => `<${el.tagName}${el.id ? ` id=${el.id}` : ''}${el.getAttribute('class') ? ` class="${el.getAttribute('class')}"` : ''}>`;
  const texts = [...svg.querySelectorAll('text')].filter((t) => !inDefs(t) && t.textContent.trim() !== '');
  const boxes = texts.map((t) => {
    const r = t.getBoundingClientRect();
    return { el: t, id: t.id, label: t.textContent.slice(0, 40), x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
  });
  const eps = 0.5;
  const overlaps = (a, b) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > eps && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > eps;
  let overlapping = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (overlaps(boxes[i], boxes[j])) {
        overlapping++;
        if (overlapping <= 5) problems.push(`labels overlap: "${boxes[i].label}" and "${boxes[j].label}"`);
      }
    }
  }
  for (const b of boxes) {
    if (b.x0 < root.left - eps || b.y0 < root.top - eps || b.x1 > root.right + eps || b.y1 > root.bottom + eps) problems.push(`label outside the viewBox: "${b.label}"`);
  }
  // Stroked geometry: sampled every half pixel along its outline, in screen coordinates.
  let crossings = 0;
  const geometry = [...svg.querySelectorAll('line, path, polyline, polygon, rect, circle, ellipse')].filter((el) => !inDefs(el));
  for (const el of geometry) {
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const stroked = style.stroke !== 'none' && parseFloat(style.strokeWidth) > 0 && parseFloat(style.strokeOpacity) > 0;
    const isMark = el.closest('.mark') !== null;
    if (isMark) {
      // A status mark (filled or not) must not cover any text.
      const r = el.getBoundingClientRect();
      for (const b of boxes) {
        if (overlaps(b, { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom })) {
          crossings++;
          problems.push(`a mark ${describe(el)} covers "${b.label}"`);
        }
      }
      continue;
    }
    if (!stroked) continue;
    const half = parseFloat(style.strokeWidth) / 2;
    const ctm = el.getScreenCTM();
    const length = el.getTotalLength();
    const leaderFor = el.getAttribute('data-leader-for');
    const hit = new Set();
    for (let s = 0; s <= length; s += 0.5) {
      const p = el.getPointAtLength(Math.min(s, length)).matrixTransform(ctm);
      for (const b of boxes) {
        if (hit.has(b)) continue;
        if (p.x > b.x0 - half + eps && p.x < b.x1 + half - eps && p.y > b.y0 - half + eps && p.y < b.y1 + half - eps) {
          // A leader may end at its own label.
          if (leaderFor !== null && leaderFor === b.id && length - s < 3) continue;
          hit.add(b);
        }
      }
    }
    for (const b of hit) {
      crossings++;
      if (crossings <= 8) problems.push(`${describe(el)} runs through "${b.label}"`);
    }
  }
  const legend = svg.querySelector('.legend');
  if (legend === null) problems.push('no legend (an element of class "legend")');
  else {
    const r = legend.getBoundingClientRect();
    if (r.left < root.left - eps || r.top < root.top - eps || r.right > root.right + eps || r.bottom > root.bottom + eps) problems.push('the legend lies outside the viewBox');
  }
  if (svg.getAttribute('role') !== 'img') problems.push('no role="img"');
  const title = svg.querySelector(':scope > title');
  const desc = svg.querySelector(':scope > desc');
  if (title === null || title.textContent.trim() === '') problems.push('no <title> as a child of <svg>');
  if (desc === null || desc.textContent.trim() === '') problems.push('no <desc> as a child of <svg>');
  return { problems, crossings, overlapping, texts: boxes.length, width: root.width, height: root.height };
}

export default async function svgCheck(browser, { root }) {
  const { computeTimeline, toSvg } = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const { loadScenarios } = await import(pathToFileURL(join(root, 'dist/testing.js')).href);
  const cases = Object.entries(CASES).map(([name, input]) => ({ name, timeline: computeTimeline(input) }));
  cases.push({ name: 'docs/relapse-case.json', timeline: computeTimeline({ ...JSON.parse(readFileSync(join(root, 'docs/relapse-case.json'), 'utf8')), asOf: '2026-11-22' }) });
  for (const s of loadScenarios(join(root, 'test/scenarios'))) {
    if (s.expectError !== undefined) continue;
    cases.push({ name: s.file, timeline: computeTimeline(s.input, s.rules === undefined ? {} : { rules: s.rules }) });
  }
  const failures = [];
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  let totalCrossings = 0;
  let totalOverlaps = 0;
  let renders = 0;
  try {
    // A control: the measure must find the line through a label and the two labels on top of each other.
    await page.setContent(
      '<!doctype html><body style="margin:0"><svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" viewBox="0 0 200 60" role="img"><title>control</title><desc>control</desc><g class="legend"><text x="10" y="30" font-size="12">a label</text><text x="20" y="32" font-size="12">another</text></g><line x1="30" y1="0" x2="30" y2="60" stroke="#000"/></svg></body>',
    );
    const control = await page.evaluate(measure);
    if (control.crossings === 0 || control.overlapping === 0) failures.push(`the measure finds nothing wrong in a picture with a line through a label and two labels overlapping (${JSON.stringify(control)})`);
    for (const { name, timeline } of cases) {
      const named = Object.hasOwn(CASES, name) || name.startsWith('docs/');
      let caseCrossings = 0;
      // 1200 px (the default) and 800 px for every case; the narrowest allowed, 400 px, for the named ones.
      for (const width of named ? [1200, 800, 400] : [1200, 800]) {
        for (const locale of ['nl', 'en']) {
          const svg = toSvg(timeline, { width, locale });
          await page.setContent(`<!doctype html><meta charset="utf-8"><body style="margin:0">${svg}</body>`);
          const r = await page.evaluate(measure);
          renders++;
          caseCrossings += r.crossings;
          totalCrossings += r.crossings;
          totalOverlaps += r.overlapping;
          if (svg.includes('NaN')) r.problems.push('NaN in the SVG');
          for (const p of r.problems) failures.push(`${name} ${width}px ${locale}: ${p}`);
          if (named) console.log(`     svg ${name} ${width}px ${locale}: ${r.texts} texts, ${r.crossings} crossings, ${r.overlapping} overlaps, ${Math.round(r.width)}×${Math.round(r.height)}`);
        }
      }
      if (!named && caseCrossings > 0) console.log(`     svg ${name}: ${caseCrossings} crossings`);
    }
  } finally {
    await context.close();
  }
  console.log(`     svg: ${renders} renders of ${cases.length} cases, ${totalCrossings} crossings, ${totalOverlaps} overlapping labels`);
  return failures;
}
