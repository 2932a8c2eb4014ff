import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importRecords, storedCopies } from '@/utils/db/import';
import { QuotemarkDB } from '@/utils/db/schema';
import type { Annotation } from '@/utils/types';
import { A, B, C, LIBRARY, note, PAGES } from '../library/fixtures';

// The bulk import's transaction: which records it writes, and how it reads the stored copies it compares with.

let db: QuotemarkDB;
beforeEach(() => {
  db = new QuotemarkDB(`import-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

type Store = { prototype: IDBObjectStore };
const storeProto = () => (globalThis as unknown as { IDBObjectStore: Store }).IDBObjectStore.prototype;

/** Counts the object stores' single-record writes and reads by store while a test runs (the real calls still run). */
function countCalls(): Record<string, number> {
  const calls: Record<string, number> = {};
  const proto = storeProto();
  for (const method of ['put', 'add', 'get'] as const) {
    const real = proto[method] as (...args: unknown[]) => IDBRequest;
    vi.spyOn(proto, method).mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
      calls[`${this.name}.${method}`] = (calls[`${this.name}.${method}`] ?? 0) + 1;
      return real.apply(this, args);
    } as never);
  }
  return calls;
}

const sorted = (list: Annotation[]) => [...list].sort((x, y) => x.id.localeCompare(y.id));

describe('importRecords', () => {
  it('writes nothing again when every record is already stored as it is', async () => {
    expect(await importRecords(db, LIBRARY, PAGES)).toEqual({
      added: LIBRARY.length,
      replaced: 0,
      kept: 0,
      unchanged: 0,
      pages: 3,
    });
    const calls = countCalls();
    // Copies as a file would give them: equal data, keys in another order.
    const again = LIBRARY.map((a) => JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(a).reverse()))));
    expect(await importRecords(db, again, PAGES)).toEqual({
      added: 0,
      replaced: 0,
      kept: 0,
      unchanged: LIBRARY.length,
      pages: 3,
    });
    expect(calls['annotations.put'] ?? 0).toBe(0);
    expect(calls['pages.put'] ?? 0).toBe(0);
    expect(sorted(await db.annotations.toArray())).toEqual(sorted(LIBRARY));
  });

  it('writes only the new and the changed records, and keeps copies edited here later', async () => {
    await importRecords(db, LIBRARY, PAGES);
    const [first, second, third, ...rest] = LIBRARY;
    await db.annotations.put({ ...third, note: 'edited here', updatedAt: third.updatedAt + 10 });
    const changed = { ...first, note: 'changed in the file', updatedAt: first.updatedAt + 5 };
    // Same time, different content: the file's copy wins, as before.
    const sameTime = { ...second, anchor: { status: 'orphan' as const, at: 1 } };
    const added = note({ id: 'new-one' });
    const calls = countCalls();
    const counts = await importRecords(db, [changed, sameTime, third, ...rest, added], PAGES);
    expect(counts).toEqual({ added: 1, replaced: 2, kept: 1, unchanged: rest.length, pages: 3 });
    expect(calls['annotations.put']).toBe(3);
    expect(await db.annotations.get(first.id)).toEqual(changed);
    expect(await db.annotations.get(second.id)).toEqual(sameTime);
    expect((await db.annotations.get(third.id))?.note).toBe('edited here');
    expect(await db.annotations.get('new-one')).toEqual(added);
  });

  it('writes a page record only when merging changes it', async () => {
    await importRecords(db, LIBRARY, PAGES);
    const calls = countCalls();
    // A's stored title wins over the file's, so A stays as it is; C gains a URL.
    const counts = await importRecords(
      db,
      [],
      [{ ...A, title: 'Other title' }, B, { ...C, urls: [C.url, `${C.url}?p=2`] }],
    );
    expect(counts.pages).toBe(3);
    expect(calls['pages.put']).toBe(1);
    expect(await db.pages.get(A.url)).toEqual(A);
    expect((await db.pages.get(C.url))?.urls).toEqual([C.url, `${C.url}?p=2`]);
  });

  it('reports each step to onStep', async () => {
    const steps: string[] = [];
    await importRecords(db, LIBRARY, PAGES, (step, ms) => {
      expect(ms).toBeGreaterThanOrEqual(0);
      steps.push(step);
    });
    expect(steps).toEqual(['read', 'compare', 'write']);
  });
});

describe('storedCopies', () => {
  const many = Array.from({ length: 40 }, (_, i) => note({ id: `k${String(i).padStart(2, '0')}` }));
  beforeEach(() => db.annotations.bulkPut(many));

  it('reads a few stored keys one by one, and none for keys not stored', async () => {
    const calls = countCalls();
    const found = await storedCopies(db.annotations, ['k03', 'missing', 'k07', 'k03'], (a) => a.id);
    expect([...found.keys()].sort()).toEqual(['k03', 'k07']);
    expect(found.get('k07')).toEqual(many[7]);
    expect(calls['annotations.get']).toBe(2);
  });

  it('reads the whole table in one go when most of it is wanted', async () => {
    const calls = countCalls();
    const keys = [...many.slice(0, 25).map((a) => a.id), 'missing'];
    const found = await storedCopies(db.annotations, keys, (a) => a.id);
    expect([...found.keys()].sort()).toEqual(many.slice(0, 25).map((a) => a.id));
    expect([...found.values()]).toEqual(expect.arrayContaining(many.slice(0, 25)));
    expect(calls['annotations.get'] ?? 0).toBe(0);
  });

  it('reads nothing from an empty table', async () => {
    await db.annotations.clear();
    const calls = countCalls();
    expect((await storedCopies(db.annotations, ['k01'], (a) => a.id)).size).toBe(0);
    expect(calls['annotations.get'] ?? 0).toBe(0);
  });
});
