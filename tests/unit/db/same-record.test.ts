import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameRecord } from '@/utils/db/same-record';

// What an import compares before writing: equal data must be recognised however it was copied, and any difference
// anywhere must be seen (a missed difference would leave an old record in place).

const json = fc.jsonValue({ maxDepth: 4 });

/** The same value with every object's keys in reverse order. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reordered(v)]),
    );
  }
  return value;
}

/** Every path to a leaf or an empty container, as a list of keys. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return [at];
    return entries.flatMap(([k, v]) => paths(v, [...at, Array.isArray(value) ? Number(k) : k]));
  }
  return [at];
}

/** A copy with the value at `path` replaced by `next`. */
function replaced(value: unknown, path: (string | number)[], next: unknown): unknown {
  if (path.length === 0) return next;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  copy[path[0]] = replaced(copy[path[0]], path.slice(1), next);
  return copy;
}

describe('sameRecord', () => {
  it('is true for a copy, however it was made', () => {
    fc.assert(
      fc.property(json, (v) => {
        expect(sameRecord(v, structuredClone(v))).toBe(true);
        expect(sameRecord(v, JSON.parse(JSON.stringify(v)))).toBe(true);
        expect(sameRecord(v, reordered(v))).toBe(true);
      }),
    );
  });

  it('sees a change at any place', () => {
    fc.assert(
      fc.property(json, fc.nat(), json, (v, pick, next) => {
        const all = paths(v);
        const path = all[pick % all.length];
        const changed = replaced(v, path, next);
        // The replacement may happen to equal what was there: the JSON texts with sorted keys decide.
        const expected = sortedText(v) === sortedText(changed);
        expect(sameRecord(v, changed)).toBe(expected);
        expect(sameRecord(changed, v)).toBe(expected);
      }),
    );
  });

  it('tells apart what JSON-like data can differ in', () => {
    const cases: [unknown, unknown][] = [
      [{ a: 1 }, { a: 1, b: 2 }],
      [{ a: 1, b: 2 }, { a: 1 }],
      [{ a: null }, {}],
      [{ a: [] }, { a: {} }],
      [
        [1, 2],
        [2, 1],
      ],
      [[1], [1, 1]],
      ['1', 1],
      [0, false],
      [null, {}],
      [{ tags: ['a'] }, { tags: ['a', 'b'] }],
    ];
    for (const [a, b] of cases) {
      expect(sameRecord(a, b)).toBe(false);
      expect(sameRecord(b, a)).toBe(false);
    }
  });

  it('counts a key holding undefined as absent (a stored clone may keep one)', () => {
    expect(sameRecord({ a: 1, speaker: undefined }, { a: 1 })).toBe(true);
    expect(sameRecord({ a: 1 }, { a: 1, speaker: undefined })).toBe(true);
    expect(sameRecord({ a: 1, speaker: undefined }, { a: 1, speaker: null })).toBe(false);
  });
});

const sortedText = (x: unknown) => JSON.stringify(x, (_k, val) => sortKeys(val));

function sortKeys(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
