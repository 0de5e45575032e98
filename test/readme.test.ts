// The README tells the truth: every block marked <!-- output: COMMAND --> is what COMMAND prints now,
// every <!-- file: PATH = COMMAND --> file is what COMMAND writes, and the API snippet's values hold.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { computeTimeline, InvalidInputError, safeComputeTimeline } from '../src/index.js';

const readme = readFileSync('README.md', 'utf8');

function runCommand(command: string): string {
  const [bin, ...args] = command.split(' ');
  expect(bin).toBe('node');
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe('README', () => {
  test('starts with npm ci, the build, a command that prints a timeline, and npm test', () => {
    const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
    expect(blocks[0]).toBe('npm ci\nnpm run build\nnode dist/cli.js timeline --first-sick-day 2026-03-02');
    expect(blocks[1]).toBe('npm test');
    expect(runCommand('node dist/cli.js timeline --first-sick-day 2026-03-02')).toMatch(/2026-12-21 ma\s+295\s+42e-weeksmelding/);
  });

  const outputs = [...readme.matchAll(/<!-- output: (.*?) -->\n```text\n([\s\S]*?)```/g)];
  test('has output blocks', () => expect(outputs.length).toBeGreaterThanOrEqual(2));
  for (const [, command, text] of outputs) {
    test(`output of: ${command}`, () => {
      expect(runCommand(command!)).toBe(text);
    });
  }

  for (const [, path, command] of readme.matchAll(/<!-- file: (\S+) = (.*?) -->/g)) {
    test(`${path} is what ${command} writes`, () => {
      expect(readFileSync(path!, 'utf8')).toBe(runCommand(command!));
    });
  }

  test('the API example prints what the README says', () => {
    const timeline = computeTimeline({ firstSickDay: '2025-01-06', asOf: '2025-03-01', events: [{ type: 'completed', milestone: 'probleemanalyse', date: '2025-02-10' }] });
    const pva = timeline.milestones.find((m) => m.id === 'plan-van-aanpak')!;
    expect(`${pva.due} ${pva.status} ${pva.basis[0]!.article}`).toBe('2025-02-24 overdue 4(1)');
    expect(readme).toContain('// 2025-02-24 overdue 4(1)');
  });

  test('the error example lists the issues the README shows', () => {
    const r = safeComputeTimeline({ firstSickDay: '2001-02-29', events: [{ type: 'loonsanctie', date: '2026-01-01', weeks: 60 }] });
    expect(r.success).toBe(false);
    const issues = (r as unknown as { error: InvalidInputError }).error.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
    expect(issues).toEqual([
      { code: 'invalid_date', path: ['firstSickDay'], message: "'2001-02-29' is not a real calendar date written YYYY-MM-DD" },
      { code: 'too_big', path: ['events', 0, 'weeks'], message: 'a loonsanctie lasts at most 52 weeks (WIA 25(9))' },
    ]);
  });
});
