// The `poortwachter` command as a user runs it: the built dist/cli.js (npm test builds it first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';

const CLI = 'dist/cli.js';
function run(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  // A wide terminal: these tests read whole table rows (fitting to a narrow one is tested below).
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, env: { ...process.env, COLUMNS: '1000' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'poortwachter-cli-'));
// The relapse case the README shows (probleemanalyse on 10 April, fit 1-10 June 2026).
const caseFile = 'docs/relapse-case.json';

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run 'npm run build' (npm test does it)`);
});

describe('poortwachter CLI', () => {
  test('timeline prints an aligned table by default', () => {
    const r = run(['timeline', '--first-sick-day', '2026-03-02']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Eerste ziektedag 2026-03-02 (ma)');
    expect(r.stdout).toMatch(/2026-04-12 zo\s+42\s+Probleemanalyse/);
    expect(r.stdout).toMatch(/2026-12-21 ma\s+295\s+42e-weeksmelding aan UWV/);
    const lines = r.stdout.split('\n').filter((l) => /^\d{4}-\d{2}-\d{2}/.test(l));
    const col = (l: string): number => l.indexOf('  ', 14);
    expect(new Set(lines.map((l) => l.search(/ (wet|praktijk|UWV-beleid) /))).size).toBe(1);
    expect(lines.length).toBeGreaterThan(10);
    expect(col(lines[0]!)).toBeGreaterThan(0);
  });

  test('a case file, asOf and English', () => {
    const r = run(['timeline', '--case', caseFile, '--as-of', '2026-11-22', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 periods of sickness added together; 10 fit days between them are not counted.');
    expect(r.stdout).toMatch(/2026-12-31 Thu\s+295\s+42nd-week sickness report to UWV.*open/);
    expect(r.stdout).toMatch(/Problem analysis.*done/);
  });

  test('json, markdown, ics and svg formats', () => {
    const json = JSON.parse(run(['timeline', '--case', caseFile, '--format', 'json']).stdout);
    expect(json.firstSickDay).toBe('2026-03-02');
    expect(run(['timeline', '--case', caseFile, '--format', 'markdown']).stdout).toMatch(/^\| Uiterlijk \| Dag \|/m);
    const ics = run(['timeline', '--case', caseFile, '--format', 'ics']).stdout;
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toContain('E-1001-probleemanalyse@poortwachter');
    const svg = run(['timeline', '--case', caseFile, '--format', 'svg']).stdout;
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  test('explain prints the reasoning of one or more milestones', () => {
    const r = run(['explain', 'ziekmelding-uwv', 'plan-van-aanpak', '--case', caseFile, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Counted day 295 = first sick day 2026-03-02 + 294 days + 10 days of gap = 2026-12-31');
    expect(r.stdout).toContain('probleemanalyse (recorded date 2026-04-10) + 14 days');
    // A milestone the case does not have is wrong usage (exit 2), with a suggestion when one is close.
    const bad = run(['explain', 'nope', '--case', caseFile]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("no milestone 'nope'");
    const typo = run(['explain', 'probleemanalyze', '--case', caseFile]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("Did you mean 'probleemanalyse'?");
  });

  test('validate accepts a good case and lists every problem of a bad one on stderr', () => {
    expect(run(['validate', caseFile])).toMatchObject({ code: 0 });
    const badFile = join(dir, 'bad.json');
    writeFileSync(badFile, JSON.stringify({ firstSickDay: '2001-02-29', events: [{ type: 'loonsanctie', date: '2026-01-01', weeks: 60 }] }));
    const r = run(['validate', badFile]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('firstSickDay: ');
    expect(r.stderr).toContain('events[0].weeks: a loonsanctie lasts at most 52 weeks');
  });

  test('bad input on the command line: clear message, non-zero exit', () => {
    const r = run(['timeline', '--first-sick-day', '2026-02-30']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("'2026-02-30' is not a real calendar date");
    expect(run(['timeline']).code).toBe(2);
    expect(run(['timeline', '--first-sick-day', '2026-03-02', '--format', 'pdf']).stderr).toContain('--format must be');
    expect(run(['frobnicate']).code).toBe(2);
    expect(run(['timeline', '--case', join(dir, 'missing.json')]).code).toBe(2);
    const directory = run(['timeline', '--case', dir]);
    expect(directory.code).toBe(2);
    expect(directory.stderr).toContain('not a regular file');
  });

  test('--rules adds a rule pack of your own; a broken pack is refused with its name and path', () => {
    const pack = join(dir, 'pack.json');
    const rule = {
      id: 'contact-dag-2',
      title: { nl: 'Contact leidinggevende', en: 'Contact by the manager' },
      responsible: ['leidinggevende'],
      label: 'own',
      kind: 'action',
      applies: { all: [] },
      versions: [{ version: 'v1', validFrom: '2002-04-01', validTo: null, selectBy: 'firstSickDay', timing: { type: 'countedDay', day: 2 }, basis: [] }],
    };
    writeFileSync(pack, JSON.stringify([rule]));
    const r = run(['timeline', '--first-sick-day', '2026-03-02', '--rules', pack, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2026-03-03 Tue\s+2\s+Contact by the manager\s+leidinggevende\s+own/);
    writeFileSync(pack, JSON.stringify([{ ...rule, kind: 'task' }]));
    const bad = run(['timeline', '--first-sick-day', '2026-03-02', '--rules', pack]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('rules[0] (contact-dag-2) kind');
  });

  test('--help shows an example; stdin works as a case file', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('poortwachter timeline --first-sick-day 2026-03-02');
    const r = run(['timeline', '--case', '-', '--format', 'json'], JSON.stringify({ firstSickDay: '2025-01-06' }));
    expect(JSON.parse(r.stdout).lastDayOfWachttijd).toBe('2027-01-03');
  });
});

describe('poortwachter CLI and hostile files (issue 13)', () => {
  const ESC = '\u001b';

  test('a device, a directory or a file over 16 MiB is refused at once, with a message and exit code 2', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, 17 * 1024 * 1024);
    for (const [file, why] of [
      ['/dev/zero', 'not a regular file'],
      [dir, 'not a regular file'],
      [big, 'larger than 16 MiB'],
    ] as const) {
      const started = Date.now();
      const r = run(['timeline', '--case', file]);
      expect(r.code, file).toBe(2);
      expect(r.stderr, file).toContain(why);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(Date.now() - started).toBeLessThan(5000);
    }
  });

  test('stdin over 16 MiB is refused', () => {
    const r = run(['timeline', '--case', '-'], 'y\n'.repeat(9 * 1024 * 1024));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('stdin is larger than 16 MiB');
  });

  test('a JSON error never echoes the control characters of the file', () => {
    const bad = join(dir, 'escape.json');
    writeFileSync(bad, `{"firstSickDay": "2026-03-02", "x": ${ESC}[31m}`);
    const r = run(['timeline', '--case', bad]);
    expect(r.code).toBe(1); // an invalid file, not wrong usage
    expect(r.stderr).toContain('is not valid JSON');
    expect(r.stderr).not.toContain(ESC);
  });

  test('ANSI escapes in the title of an own rule do not reach the table', () => {
    const pack = join(dir, 'ansi-pack.json');
    const rule = {
      id: 'eigen-gesprek',
      title: { nl: `Gesprek ${ESC}[2J${ESC}[31mROOD`, en: `Talk ${ESC}[31mRED` },
      responsible: ['werkgever'],
      label: 'own',
      kind: 'action',
      applies: { all: [] },
      versions: [{ version: 'v1', validFrom: '2002-04-01', validTo: null, selectBy: 'firstSickDay', timing: { type: 'countedDay', day: 10 } }],
    };
    writeFileSync(pack, JSON.stringify([rule]));
    for (const format of ['table', 'markdown']) {
      const r = run(['timeline', '--first-sick-day', '2026-03-02', '--rules', pack, '--format', format]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('Gesprek');
      expect(r.stdout).not.toContain(ESC);
    }
  });

  test('a reader that closes the pipe early ends the command quietly', () => {
    // pipefail: the exit status is the command's, not head's.
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" ${CLI} timeline --first-sick-day 2026-03-02 --format json | head -c 10 > /dev/null`], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.status).toBe(0);
  });
});

describe('poortwachter CLI calendars (issue 11)', () => {
  test('without a case id the ics export warns that updates need one; with one it does not', () => {
    const without = run(['timeline', '--first-sick-day', '2026-03-02', '--format', 'ics']);
    expect(without.code).toBe(0);
    expect(without.stderr).toContain('--case-id');
    expect(without.stdout).not.toContain('UID:case-probleemanalyse@');
    const withId = run(['timeline', '--first-sick-day', '2026-03-02', '--format', 'ics', '--case-id', 'E-1001', '--stamp', '2026-06-01T09:00:00Z']);
    expect(withId.stderr).toBe('');
    expect(withId.stdout).toContain('UID:E-1001-probleemanalyse@poortwachter');
    expect(withId.stdout).toContain('DTSTAMP:20260601T090000Z');
  });

  test('a bad --stamp is wrong usage (exit 2), with a message and no stack trace', () => {
    const r = run(['timeline', '--first-sick-day', '2026-03-02', '--format', 'ics', '--case-id', 'E-1', '--stamp', 'tomorrow']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('stamp must be');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('poortwachter CLI exit codes and language (issue 11)', () => {
  test('a file that is not JSON is an invalid case (exit 1), with its line and column', () => {
    const bad = join(dir, 'not-json.json');
    writeFileSync(bad, '{\n  "firstSickDay": "2026-03-02",\n  "events": [ , ]\n}');
    const r = run(['timeline', '--case', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not valid JSON at line 3, column 15');
  });

  test('no command prints the usage on stderr with exit 2; --help prints it on stdout with exit 0', () => {
    const none = run([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('Usage:');
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage:');
    expect(help.stdout).toContain('--case-id ID');
  });

  test('an unknown command suggests the nearest one', () => {
    const r = run(['timelin', '--first-sick-day', '2026-03-02']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Did you mean 'timeline'?");
  });

  test('--lang en names the roles in English', () => {
    const r = run(['timeline', '--first-sick-day', '2026-03-02', '--lang', 'en']);
    expect(r.stdout).toContain('employer, occupational physician');
    expect(r.stdout).not.toMatch(/werkgever|werknemer|bedrijfsarts,/);
  });
});

describe('poortwachter CLI reads pipes', () => {
  test('a case from a pipe (process substitution) is read', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" ${CLI} timeline --case <(echo '{"firstSickDay":"2026-03-02"}') --format json`], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).firstSickDay).toBe('2026-03-02');
  });
});

describe('poortwachter CLI fits the terminal (issue 11)', () => {
  // 100 columns fit; narrower ones as near as the longest words allow (no word is split).
  test.each([[100, 100], [80, 90], [60, 90]])('with COLUMNS=%i every line is at most %i wide and every word of the wide table is still there', (columns, bound) => {
    const wide = spawnSync(process.execPath, [CLI, 'timeline', '--first-sick-day', '2026-03-02', '--as-of', '2026-11-22', '--lang', 'en'], { encoding: 'utf8', env: { ...process.env, COLUMNS: '10000' } }).stdout;
    const r = spawnSync(process.execPath, [CLI, 'timeline', '--first-sick-day', '2026-03-02', '--as-of', '2026-11-22', '--lang', 'en'], { encoding: 'utf8', env: { ...process.env, COLUMNS: String(columns) } });
    expect(r.status).toBe(0);
    for (const line of r.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(Math.max(columns, bound));
    const words = (s: string): string[] => s.split(/[\s─]+/).filter((w) => w !== '').sort();
    expect(words(r.stdout)).toEqual(words(wide));
  });
});

describe('poortwachter CLI colours a terminal (issue 11)', () => {
  const args = ['timeline', '--first-sick-day', '2026-03-02', '--as-of', '2026-05-01'];
  const env = (extra: Record<string, string>): NodeJS.ProcessEnv => {
    const e: NodeJS.ProcessEnv = { ...process.env, COLUMNS: '1000', ...extra };
    for (const k of ['NO_COLOR', 'FORCE_COLOR']) if (!(k in extra)) delete e[k];
    return e;
  };
  const colored = (extra: Record<string, string>): string => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: env(extra) }).stdout;
  // The probleemanalyse (day 42, 2026-04-12) is overdue on 2026-05-01: its status in bold red (SGR 1;31).
  const RED_OVERDUE = '\u001b[1;31mTE LAAT\u001b[0m';

  test('no escapes into a pipe or file; FORCE_COLOR asks for them, NO_COLOR always wins', () => {
    expect(colored({})).not.toContain('\u001b[');
    expect(colored({ FORCE_COLOR: '1' })).toContain(RED_OVERDUE);
    expect(colored({ FORCE_COLOR: '1', NO_COLOR: '1' })).not.toContain('\u001b[');
    expect(colored({ FORCE_COLOR: '0' })).not.toContain('\u001b[');
  });

  test('colour never changes the layout: without escapes the text is the plain table', () => {
    expect(colored({ FORCE_COLOR: '1' }).replace(/\u001b\[[0-9;]*m/g, '')).toBe(colored({}));
  });

  test.skipIf(spawnSync('script', ['--version']).status !== 0)('on a terminal (a pseudo-terminal from script(1)) colour is on, and NO_COLOR turns it off', () => {
    const tty = (extra: Record<string, string>): string => spawnSync('script', ['-qec', `${process.execPath} ${CLI} ${args.join(' ')}`, '/dev/null'], { encoding: 'utf8', env: env(extra) }).stdout;
    expect(tty({})).toContain(RED_OVERDUE);
    expect(tty({ NO_COLOR: '1' })).not.toContain('\u001b[');
  });
});
