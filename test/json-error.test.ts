// The CLI's JSON error locator agrees with JSON.parse on what is JSON, and says where it stops being so.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { jsonErrorAt } from '../src/json-error.js';

const parses = (s: string): boolean => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};

describe('jsonErrorAt', () => {
  test('finds no error in any JSON text', () => {
    fc.assert(fc.property(fc.json(), (s) => {
      expect(jsonErrorAt(s)).toBeUndefined();
    }), { numRuns: 2000 });
  });

  test('agrees with JSON.parse on arbitrary and mutated texts', () => {
    const mutated = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\u0001', '\\')).map(([s, at, c]) => {
      const i = s.length === 0 ? 0 : at % s.length;
      return s.slice(0, i) + c + s.slice(i + 1);
    });
    fc.assert(fc.property(fc.oneof(fc.string(), mutated), (s) => {
      expect(jsonErrorAt(s) === undefined).toBe(parses(s));
    }), { numRuns: 5000 });
  });

  test('points at the first character that cannot continue the text', () => {
    expect(jsonErrorAt('{"a": }')).toEqual({ offset: 6, problem: 'an unexpected character' });
    expect(jsonErrorAt('{"a":1,}')?.offset).toBe(7);
    expect(jsonErrorAt('[1,2')).toEqual({ offset: 4, problem: 'the text ends too early' });
    expect(jsonErrorAt('[' .repeat(100_000))?.problem).toBe('the text ends too early');
  });
});
