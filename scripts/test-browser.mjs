#!/usr/bin/env node
// npm run test:browser: the library as a browser runs it (issue 11). Needs a Chromium (Debian's
// `chromium`, or the path in CHROMIUM); .ci/run installs it. `npm test` stays free of the browser.
//
// 1. Size: `import { computeTimeline } from 'poortwachter'` bundled for the browser (esbuild, minified)
//    must stay at most 80 KiB gzipped.
// 2. Behaviour: a page bundles the built package with its scenario checker and runs every legal scenario
//    of test/scenarios (their expected values come from the law, not from poortwachter), and renders a
//    table, a picture and a calendar, in headless Chromium under three time zones and a Dutch locale.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { loadScenarios } from '../dist/testing.js';

// 80 KiB up to issue 14; 49 KiB once the main entry stopped carrying zod: the limit keeps most of that gain.
const MAX_GZIP_KIB = 60;
const dir = mkdtempSync(join(tmpdir(), 'poortwachter-browser-'));
const root = resolve('.');
let failed = 0;

// 1. The size of what a frontend ships.
const sizeEntry = join(dir, 'size-entry.mjs');
writeFileSync(sizeEntry, `import { computeTimeline } from ${JSON.stringify(join(root, 'dist/index.js'))};\nglobalThis.t = computeTimeline({ firstSickDay: '2026-03-02' });\n`);
const sized = await build({ entryPoints: [sizeEntry], bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', metafile: true });
const kib = gzipSync(sized.outputFiles[0].contents, { level: 9 }).length / 1024;
// json-rules-engine belongs to poortwachter/signals only, zod to poortwachter/schema (and to a rule pack,
// which loads it on demand): a bundle of the main entry must carry neither.
for (const dependency of ['json-rules-engine', 'zod']) {
  const carried = Object.keys(sized.metafile.inputs).filter((p) => p.includes(`node_modules/${dependency}/`));
  if (carried.length > 0) {
    failed++;
    console.log(`FAIL the main entry's bundle carries ${dependency}: ${carried[0]}`);
  }
}
const sizeOk = kib <= MAX_GZIP_KIB;
if (!sizeOk) failed++;
console.log(`${sizeOk ? 'ok  ' : 'FAIL'} bundle of computeTimeline: ${kib.toFixed(1)} KiB gzipped (at most ${MAX_GZIP_KIB})`);

// 2. The scenarios in a real browser. fs and path (used only by loadScenarios) are stubbed.
const scenarios = loadScenarios('test/scenarios').filter((s) => s.rules === undefined);
const pageEntry = join(dir, 'page-entry.mjs');
writeFileSync(
  pageEntry,
  `import { computeTimeline, createEngine, renderTable, toSvg, toICalendar } from ${JSON.stringify(join(root, 'dist/index.js'))};
import { checkScenario } from ${JSON.stringify(join(root, 'dist/testing.js'))};
import { ruleSchema } from ${JSON.stringify(join(root, 'dist/schema.js'))};
const scenarios = ${JSON.stringify(scenarios)};
const failures = [];
for (const s of scenarios) {
  const r = checkScenario(s);
  if (!r.pass) failures.push(s.file + ': ' + r.failures.join('; '));
}
const t = computeTimeline({ firstSickDay: '2026-03-02', asOf: '2026-11-22', caseId: 'E-1' }, { explain: true });
const table = renderTable(t, 'nl');
const svg = toSvg(t, { locale: 'en' });
const ics = toICalendar(t, { stamp: '2026-11-22' });
if (!table.includes('2026-04-12 zo   42  Probleemanalyse')) failures.push('table: ' + table.split('\\n')[3]);
if (!svg.startsWith('<svg') || svg.includes('NaN')) failures.push('svg');
if (!ics.includes('UID:E-1-probleemanalyse@poortwachter')) failures.push('ics');
// A rule pack: a browser cannot load zod on demand, so the engine asks for the rule schema, and works with it.
const own = [{ id: 'contact-dag-2', title: { nl: 'Contact', en: 'Contact' }, responsible: ['leidinggevende'], label: 'own', kind: 'action', applies: { all: [] },
  versions: [{ version: 'p', validFrom: '2002-04-01', validTo: null, selectBy: 'firstSickDay', timing: { type: 'countedDay', day: 2 }, basis: [{ title: 'Protocol', article: '1' }] }] }];
try {
  createEngine({ rules: own });
  failures.push('a rule pack without ruleSchema was accepted');
} catch (e) {
  if (e.code !== 'RULE_SCHEMA_UNAVAILABLE') failures.push('a rule pack without ruleSchema: ' + e.code + ' ' + e.message);
}
const withPack = createEngine({ rules: own, ruleSchema }).compute({ firstSickDay: '2026-03-02' });
if (withPack.milestones.find((m) => m.id === 'contact-dag-2')?.due !== '2026-03-03') failures.push('rule pack with ruleSchema');
try {
  createEngine({ rules: [{ ...own[0], label: 'statute' }], ruleSchema });
  failures.push('a pack rule labelled statute was accepted');
} catch (e) {
  if (e.code !== 'INVALID_RULE') failures.push('a bad pack rule: ' + e.code);
}
window.__result = { count: scenarios.length, failures, tz: Intl.DateTimeFormat().resolvedOptions().timeZone };
`,
);
const stub = {
  name: 'stub-node',
  setup(b) {
    b.onResolve({ filter: /^(node:)?(fs|path)$/ }, () => ({ path: 'stub', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: 'export const readdirSync = () => []; export const readFileSync = () => ""; export const statSync = () => ({}); export const join = (...p) => p.join("/"); export const relative = (a, b) => b;',
      loader: 'js',
    }));
  },
};
const paged = await build({ entryPoints: [pageEntry], bundle: true, minify: true, platform: 'browser', format: 'iife', write: false, logLevel: 'silent', plugins: [stub] });
const html = join(dir, 'index.html');
// A classic inline script: module scripts do not load from file:// URLs.
writeFileSync(html, `<!doctype html><meta charset="utf-8"><title>poortwachter in the browser</title><script>${paged.outputFiles[0].text.replace(/<\/script/gi, '<\\/script')}</script>`);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const timezoneId of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
    const context = await browser.newContext({ timezoneId, locale: 'nl-NL' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(html).href);
    const result = await page.waitForFunction(() => window.__result, undefined, { timeout: 30_000 }).then((h) => h.jsonValue()).catch(() => undefined);
    await context.close();
    const ok = result !== undefined && result.failures.length === 0 && errors.length === 0 && result.tz === timezoneId;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} Chromium, ${timezoneId}: ${result === undefined ? 'no result' : `${result.count} scenarios, ${result.failures.length} failed`}${errors.length > 0 ? `; page errors: ${errors.join('; ')}` : ''}`);
    for (const f of result?.failures ?? []) console.log(`     ${f}`);
  }
  // 3. Further checks, one module each in scripts/browser/: `export default async (browser, { root, dir })`
  //    returning the list of failures (empty when all passed); each prints its own progress.
  for (const file of readdirSync(join(root, 'scripts/browser')).filter((f) => f.endsWith('.mjs')).sort()) {
    const check = (await import(pathToFileURL(join(root, 'scripts/browser', file)).href)).default;
    const failures = await check(browser, { root, dir });
    if (failures.length > 0) failed++;
    console.log(`${failures.length === 0 ? 'ok  ' : 'FAIL'} ${file}${failures.length > 0 ? `: ${failures.length} failed` : ''}`);
    for (const f of failures) console.log(`     ${f}`);
  }
} finally {
  await browser.close();
}
console.log(failed === 0 ? 'browser: all passed' : `browser: ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
