// docs/law.md is the law as poortwachter implements it, generated from rules/ by scripts/law-doc.mjs
// (`npm run law-doc`). These tests fail when the file is stale, and check its coverage against the rule
// data itself (read here, independently of the generator).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain ES module script without declarations
import { renderLawDoc } from '../scripts/law-doc.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const doc = readFileSync(join(ROOT, 'docs/law.md'), 'utf8');

/** Every file under rules/, recursively, relative to the repository. */
function rulesFiles(dir = 'rules'): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? rulesFiles(`${dir}/${e.name}`) : [`${dir}/${e.name}`]))
    .sort();
}

const milestoneIds = readdirSync(join(ROOT, 'rules/milestones'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => (JSON.parse(readFileSync(join(ROOT, 'rules/milestones', f), 'utf8')) as { id: string }).id)
  .sort();

const bwbIds = [...new Set(rulesFiles().flatMap((f) => readFileSync(join(ROOT, f), 'utf8').match(/BWBR\d{7}/g) ?? []))].sort();

const sources = (JSON.parse(readFileSync(join(ROOT, 'rules/sources.json'), 'utf8')) as { sources: Record<string, { text?: string }> }).sources;

describe('docs/law.md', () => {
  test('is up to date: it equals what scripts/law-doc.mjs renders from rules/ now', () => {
    expect(doc, 'docs/law.md is stale: run npm run law-doc (node scripts/law-doc.mjs)').toBe(renderLawDoc());
  });

  test('names every milestone id of rules/milestones and every BWB id that occurs in rules/', () => {
    expect(milestoneIds.length).toBeGreaterThan(0);
    expect(bwbIds.length).toBeGreaterThan(0);
    expect(milestoneIds.filter((id) => !doc.includes(`\`${id}\``)), 'milestone ids missing from docs/law.md').toEqual([]);
    expect(bwbIds.filter((id) => !doc.includes(id)), 'BWB ids missing from docs/law.md').toEqual([]);
  });

  test('quotes every source text of rules/sources.json verbatim', () => {
    const texts = Object.entries(sources).filter(([, s]) => s.text !== undefined);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter(([, s]) => !doc.includes(s.text!)).map(([key]) => key), 'sources whose text is missing from docs/law.md').toEqual([]);
  });
});
