import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeStorageError } from '@/utils/db/errors';
import type { QuotemarkDB } from '@/utils/db/schema';
import type { Annotation, PageRecord } from '@/utils/types';
import { type HandlerHarness, makeHandler, ownPageSender, tabSender } from '../background/harness';

// Disk full / quota exceeded, simulated in the data layer: the reader gets the clear message from utils/db/errors.ts
// through the background handler, and nothing stored before the failed write is changed.

const tab = tabSender;
const ownPage = ownPageSender();
const URL_A = 'https://news.example/a';
const draft = (quote: string) => ({
  kind: 'highlight',
  quote,
  selectors: [{ type: 'TextQuoteSelector', exact: quote }],
});
const QUOTA_MESSAGE = describeStorageError(new DOMException('full', 'QuotaExceededError'));
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

let db: QuotemarkDB;
let handle: HandlerHarness['handle'];
let notified: string[];

/** Everything stored, in a stable order, for before/after comparison. */
async function snapshot(): Promise<{ annotations: Annotation[]; pages: PageRecord[] }> {
  return { annotations: await db.annotations.orderBy('id').toArray(), pages: await db.pages.orderBy('url').toArray() };
}

beforeEach(async () => {
  let t = 1000;
  ({ db, handle, notified } = makeHandler(() => t++));
  for (const q of ['first kept quote', 'second kept quote']) {
    const r = await handle({ type: 'annotation.create', url: URL_A, hints: {}, draft: draft(q) }, tab(URL_A));
    expect(r.ok).toBe(true);
  }
  const [first] = await db.annotations.toArray();
  const edited = await handle(
    { type: 'annotation.update', id: first.id, patch: { note: 'a note worth keeping', tags: ['keep'] } },
    ownPage,
  );
  expect(edited.ok).toBe(true);
  notified.length = 0;
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('quota exceeded / disk full', () => {
  it('a create whose add rejects with QuotaExceededError answers the clear message and changes nothing', async () => {
    const before = await snapshot();
    vi.spyOn(db.annotations, 'add').mockRejectedValue(quotaError());
    const r = await handle(
      { type: 'annotation.create', url: 'https://news.example/b', hints: {}, draft: draft('never stored') },
      tab('https://news.example/b'),
    );
    expect(r).toEqual({ ok: false, error: QUOTA_MESSAGE });
    expect(QUOTA_MESSAGE).toMatch(/disk .* is full.*nothing already saved was changed/);
    // The page record written earlier in the same transaction was rolled back with it.
    expect(await snapshot()).toEqual(before);
    expect(notified).toEqual([]);
  });

  it('an edit whose put rejects keeps the stored note exactly as it was', async () => {
    const before = await snapshot();
    const target = before.annotations.find((a) => a.note === 'a note worth keeping')!;
    vi.spyOn(db.annotations, 'put').mockRejectedValue(quotaError());
    const r = await handle(
      { type: 'annotation.update', id: target.id, patch: { note: 'this edit does not fit', tags: [] } },
      ownPage,
    );
    expect(r).toEqual({ ok: false, error: QUOTA_MESSAGE });
    expect(await snapshot()).toEqual(before);
  });

  it('a quota failure inside IndexedDB itself (after some writes) aborts the whole import: all or nothing', async () => {
    const before = await snapshot();
    // Deeper than the table: the object store's put fails on the third record, as a full disk would mid-transaction.
    const proto = (globalThis as unknown as { IDBObjectStore: { prototype: IDBObjectStore } }).IDBObjectStore.prototype;
    const realPut = proto.put;
    let calls = 0;
    vi.spyOn(proto, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'annotations' && ++calls === 3) throw quotaError();
      return realPut.apply(this, args);
    });
    const incoming: Annotation[] = Array.from({ length: 5 }, (_, i) => ({
      ...(before.annotations[0] as Annotation),
      id: `imported-${i}`,
      quote: `imported ${i}`,
      selectors: [{ type: 'TextQuoteSelector', exact: `imported ${i}` }],
      note: '',
      tags: [],
      updatedAt: 5000,
    }));
    // The first stored annotation is in the file too, newer: it would be replaced if the import went through.
    incoming.push({ ...before.annotations[0], note: 'overwritten by the import', updatedAt: 9000 });
    const r = await handle({ type: 'annotations.import', annotations: incoming, pages: [] }, ownPage);
    expect(r).toEqual({ ok: false, error: QUOTA_MESSAGE });
    expect(calls).toBeGreaterThanOrEqual(3);
    expect(await snapshot()).toEqual(before);
    expect(notified).toEqual([]);

    // Space freed: the same write goes through and the earlier records are still intact beside it.
    vi.restoreAllMocks();
    const again = await handle({ type: 'annotations.import', annotations: incoming, pages: [] }, ownPage);
    expect(again).toMatchObject({ ok: true, data: { added: 5, replaced: 1 } });
    expect(await db.annotations.count()).toBe(before.annotations.length + 5);
    expect(await db.annotations.get(before.annotations[1].id)).toEqual(before.annotations[1]);
  });

  it('recognises the quota error however Dexie wraps it', () => {
    expect(describeStorageError(quotaError())).toBe(QUOTA_MESSAGE);
    expect(describeStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(QUOTA_MESSAGE);
    expect(describeStorageError(new Error('boom'))).toBe('Not saved: boom');
  });
});
