/**
 * The CLI's integration commands as an HR system's nightly job runs them (issue 12): `batch` over an
 * NDJSON file (1,000 lines with one bad one, in 1 and 2 worker threads), `agenda` over three cases, and
 * `diff` of a relapse. The built dist/cli.js is run (npm test builds it first). Expected dates come from
 * the law: probleemanalyse on counted day 42 (Regeling procesgang 2(2)), the plan van aanpak two weeks
 * after it (4(1)), the 42e-weeksmelding on counted day 295 (ZW 38(1)).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, test } from 'vitest';
import { computeTimeline } from '../src/index.js';

const CLI = 'dist/cli.js';
function run(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, env: { ...process.env, COLUMNS: '1000' }, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const dir = mkdtempSync(join(tmpdir(), 'poortwachter-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const iso = (epochDay: number): string => new Date(epochDay * 86_400_000).toISOString().slice(0, 10);

// 1,000 cases, first sick days spread over 2024-2026; line 500 has a date that does not exist.
const cases = Array.from({ length: 1000 }, (_, i) => ({ caseId: `E-${i + 1}`, firstSickDay: iso(19_723 + ((i * 37) % 1000)) }));
const lines = cases.map((c) => JSON.stringify(c));
lines[499] = JSON.stringify({ caseId: 'E-500', firstSickDay: '2026-02-30' });
const batchFile = file('cases.ndjson', `${lines.join('\n')}\n`);

describe('poortwachter batch', () => {
  for (const workers of ['1', '2']) {
    test(`writes one line per case in input order, the bad one as an error, exit 1 (${workers} worker${workers === '1' ? '' : 's'})`, () => {
      const r = run(['batch', batchFile, '--as-of', '2026-11-22', '--workers', workers]);
      expect(r.code).toBe(1);
      const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(out).toHaveLength(1000);
      expect(out.map((o) => o.caseId)).toEqual(cases.map((c) => c.caseId));
      expect(out[499]).toEqual({ caseId: 'E-500', line: 500, error: { code: 'INVALID_INPUT', issues: [expect.objectContaining({ code: 'invalid_date', path: ['firstSickDay'] })] } });
      // Each timeline is the library's own for that case, judged on --as-of.
      for (const i of [0, 1, 998, 999]) expect(out[i]).toEqual(computeTimeline({ ...cases[i]!, asOf: '2026-11-22' }));
    });
  }

  test('2 workers and a slow pipe: replies that come in while the next lines are awaited are still written', async () => {
    // Chunks of 200 lines, sent one at a time with pauses, so that every reply is in before the next
    // chunk: a pool that wrote replies only when it waited for one once hung here, with 1,200 written.
    const child = spawn(process.execPath, [CLI, 'batch', '-', '--workers', '2'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const valid = Array.from({ length: 1600 }, (_, i) => lines[i % 1000 === 499 ? 0 : i % 1000]);
    for (let k = 0; k < 8; k++) {
      child.stdin.write(`${valid.slice(k * 200, k * 200 + 200).join('\n')}\n`);
      await new Promise((r) => setTimeout(r, 400));
    }
    child.stdin.end();
    const timer = setTimeout(() => child.kill(), 60_000);
    const code = await exited;
    clearTimeout(timer);
    expect(code).toBe(0);
    expect(out.trimEnd().split('\n')).toHaveLength(1600);
  }, 90_000);

  test('exit 0 when every case computed; stdin with -; blank lines skipped; bad JSON named with its column', () => {
    const ok = run(['batch', '-'], `${lines[0]}\n\n${lines[1]}\n`);
    expect(ok.code).toBe(0);
    expect(ok.stdout.trimEnd().split('\n')).toHaveLength(2);
    const bad = run(['batch', '-'], `${lines[0]}\n{"firstSickDay": 2026-01-01}\n`);
    expect(bad.code).toBe(1);
    const err = JSON.parse(bad.stdout.trimEnd().split('\n')[1]!);
    expect(err).toMatchObject({ caseId: null, line: 2, error: { code: 'INVALID_JSON', issues: [{ code: 'invalid_json' }] } });
    expect(err.error.issues[0].message).toMatch(/column \d+/);
  });

  test('a bad rule pack is one error for the whole run, exit 1, without a stack trace, with any number of workers', () => {
    const pack = file('bad-pack.json', JSON.stringify([{ id: 'x', label: 'statute' }]));
    for (const workers of ['1', '2']) {
      const r = run(['batch', batchFile, '--rules', pack, '--workers', workers]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('INVALID_RULE');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  test('wrong usage is exit 2', () => {
    expect(run(['batch']).code).toBe(2);
    expect(run(['batch', batchFile, '--workers', '0']).code).toBe(2);
    expect(run(['batch', '/dev/zero']).code).toBe(2);
    expect(run(['batch', batchFile, '--as-of', '2026-02-30']).code).toBe(2);
  });
});

describe('poortwachter agenda', () => {
  // A: sick since 2026-03-02, nothing recorded: probleemanalyse due 2026-04-12 (day 42), plan van aanpak
  //    2026-04-26 (two weeks later): both overdue on 2026-11-22.
  // B: sick since 2026-09-28, probleemanalyse done 2026-11-01: plan van aanpak due 2026-11-15, overdue.
  // C: sick since 2026-10-19: probleemanalyse due 2026-11-29 (day 42), within 14 days; with --days 5 not.
  // D: recovered: nothing open.
  const agendaFile = file(
    'three.ndjson',
    [
      { caseId: 'A', firstSickDay: '2026-03-02' },
      { caseId: 'B', firstSickDay: '2026-09-28', events: [{ type: 'completed', milestone: 'probleemanalyse', date: '2026-11-01' }] },
      { caseId: 'C', firstSickDay: '2026-10-19' },
      { caseId: 'D', firstSickDay: '2026-10-01', events: [{ type: 'recovered', date: '2026-10-05' }] },
    ]
      .map((c) => JSON.stringify(c))
      .join('\n'),
  );

  test('lists open actions overdue or due within 14 days across the cases, sorted by due date (JSON)', () => {
    const r = run(['agenda', agendaFile, '--as-of', '2026-11-22', '--format', 'json']);
    expect(r.code).toBe(0);
    const items = JSON.parse(r.stdout) as Array<{ caseId: string; id: string; due: string; status: string; title: string; responsible: string[] }>;
    const pick = items.filter((i) => ['probleemanalyse', 'plan-van-aanpak'].includes(i.id)).map((i) => [i.caseId, i.id, i.due, i.status]);
    expect(pick).toEqual([
      ['A', 'probleemanalyse', '2026-04-12', 'overdue'],
      ['A', 'plan-van-aanpak', '2026-04-26', 'overdue'],
      ['B', 'plan-van-aanpak', '2026-11-15', 'overdue'],
      ['C', 'probleemanalyse', '2026-11-29', 'open'],
    ]);
    expect(items.map((i) => i.due)).toEqual([...items.map((i) => i.due)].sort());
    expect(items.every((i) => i.caseId !== 'D' && (i.status === 'open' || i.status === 'overdue'))).toBe(true);
    expect(Object.keys(items[0]!).sort()).toEqual(['caseId', 'due', 'id', 'responsible', 'status', 'title']);
    expect(items[0]!.responsible).toContain('werkgever');
    const short = JSON.parse(run(['agenda', agendaFile, '--as-of', '2026-11-22', '--format', 'json', '--days', '5']).stdout) as typeof items;
    expect(short.some((i) => i.caseId === 'C')).toBe(false);
  });

  test('as a table in English, and as a calendar (read with ical.js) with one event per item', () => {
    const table = run(['agenda', agendaFile, '--as-of', '2026-11-22', '--lang', 'en', '--workers', '2']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/2026-11-29\s+open\s+C\s+Problem analysis \(probleemanalyse\)\s+employer, occupational physician/);
    const ics = run(['agenda', agendaFile, '--as-of', '2026-11-22', '--format', 'ics', '--stamp', '2026-11-22']);
    const events = new ICAL.Component(ICAL.parse(ics.stdout)).getAllSubcomponents('vevent');
    const json = JSON.parse(run(['agenda', agendaFile, '--as-of', '2026-11-22', '--format', 'json']).stdout) as unknown[];
    expect(events).toHaveLength(json.length);
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toContain('C-probleemanalyse@poortwachter');
  });

  test('needs --as-of; an invalid line is named on stderr and gives exit 1, the rest is still listed', () => {
    expect(run(['agenda', agendaFile]).code).toBe(2);
    const r = run(['agenda', '-', '--as-of', '2026-11-22', '--format', 'json'], `{"caseId":"A","firstSickDay":"2026-03-02"}\n{"caseId":"X"}\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('line 2 (X)');
    expect((JSON.parse(r.stdout) as unknown[]).length).toBeGreaterThan(0);
  });
});

describe('poortwachter diff', () => {
  // Sick from 2025-09-01; a relapse after 10 fit days from 2025-10-01 moves day 295 from 2026-06-22 to
  // 2026-07-02 (test/scenarios/samentelling/gap-of-10-days-periods.json).
  const before = file('before.json', JSON.stringify({ firstSickDay: '2025-09-01', asOf: '2025-11-01' }));
  const after = file('after.json', JSON.stringify({ firstSickDay: '2025-09-01', asOf: '2025-11-01', events: [{ type: 'recovered', date: '2025-10-01' }, { type: 'sick', date: '2025-10-11' }] }));

  test('shows the 42e-weeksmelding moving, and why', () => {
    const r = run(['diff', before, after, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ziekmelding-uwv\s+due\s+2026-06-22 → 2026-07-02/);
    expect(r.stdout).toContain('now: Counted day 295 = first sick day 2025-09-01 + 294 days + 10 days of gap = 2026-07-02.');
    const json = JSON.parse(run(['diff', before, after, '--format', 'json']).stdout) as Array<{ id: string; field: string; before: unknown; after: unknown }>;
    expect(json).toContainEqual(expect.objectContaining({ id: 'ziekmelding-uwv', field: 'due', before: '2026-06-22', after: '2026-07-02' }));
  });

  test('takes stored timelines too, and says when nothing changed', () => {
    const stored = file('stored.json', run(['timeline', '--case', before, '--format', 'json']).stdout);
    const r = run(['diff', stored, before, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('No changes.');
    expect(run(['diff', before]).code).toBe(2);
  });
});
