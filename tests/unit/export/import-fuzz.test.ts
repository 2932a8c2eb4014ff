import * as fc from 'fast-check';
import * as v from 'valibot';
import { importAnnotations, toWebAnnotationCollection } from '@/utils/export';
import { AnnotationSchema, PageSchema } from '@/utils/export/import-schema';
import { NOW, PAGE_A, PAGE_B, RICH } from './fixtures';

/** The contract under any input: no throw, records or errors, every record valid, every error placed. */
function checkContract(text: string) {
  const result = importAnnotations(text);
  expect(result.annotations.length + result.errors.length).toBeGreaterThan(0);
  for (const a of result.annotations) expect(v.is(AnnotationSchema, a)).toBe(true);
  for (const p of result.pages) expect(v.is(PageSchema, p)).toBe(true);
  for (const e of result.errors) {
    expect(e.where).toMatch(/^(file|annotation \d+|page \d+)$/);
    expect(e.message.length).toBeGreaterThan(0);
  }
  return result;
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const nastyString = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.oneof(loneSurrogate, fc.constantFrom('\u202E', '<', '"', '\\', '\u0000', '__proto__')) }),
  fc.constantFrom('javascript:alert(1)', '__proto__', 'constructor', 'https://ok.example/', ''),
);

describe('importAnnotations fuzzing', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), nastyString), (text) => void checkContract(text)),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary JSON, raw or wrapped in each accepted container', () => {
    const value = fc.jsonValue({ maxDepth: 4 });
    const wrapped = fc.oneof(
      value,
      fc.array(value, { maxLength: 5 }),
      value.map((x) => ({ annotations: [x] })),
      value.map((x) => ({ rows: [x] })),
      value.map((x) => ({ type: 'AnnotationCollection', first: { items: [x] }, quotemark: { pages: [x] } })),
    );
    fc.assert(
      fc.property(wrapped, (x) => void checkContract(JSON.stringify(x))),
      { numRuns: 300 },
    );
  });

  it('accounts for every record of a randomly damaged export: imported or reported by position', () => {
    const base = JSON.parse(JSON.stringify(toWebAnnotationCollection(RICH, [PAGE_A, PAGE_B], { now: NOW })));
    const paths: (string | number)[][] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      if (path.length > 0) paths.push(path);
      if (node && typeof node === 'object') {
        for (const [k, child] of Object.entries(node)) walk(child, [...path, Array.isArray(node) ? Number(k) : k]);
      }
    };
    walk(base.first.items, []);
    const replacement = fc.oneof(fc.jsonValue({ maxDepth: 2 }), nastyString, fc.constant(undefined));
    const damage = fc.array(fc.tuple(fc.nat(paths.length - 1), replacement), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(damage, (edits) => {
        const doc = structuredClone(base);
        for (const [i, value] of edits) {
          const path = paths[i];
          let node = doc.first.items;
          for (const key of path.slice(0, -1)) node = node?.[key];
          if (node && typeof node === 'object') node[path[path.length - 1]] = value;
        }
        const result = checkContract(JSON.stringify(doc));
        const reported = new Set(result.errors.filter((e) => e.where.startsWith('annotation')).map((e) => e.where));
        expect(result.annotations.length + reported.size).toBeGreaterThanOrEqual(doc.first.items.length);
      }),
      { numRuns: 300 },
    );
  });
});
