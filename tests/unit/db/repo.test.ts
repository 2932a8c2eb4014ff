import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  annotationsForPage,
  createAnnotation,
  deleteAnnotation,
  recordAnchors,
  restoreAnnotation,
  updateAnnotation,
  upsertPage,
} from '@/utils/db/repo';
import { QuotemarkDB } from '@/utils/db/schema';
import type { Selector } from '@/utils/types';

const PAGE = { url: 'https://news.example/a', seenUrl: 'https://news.example/a?utm_source=x', meta: { title: 'A' } };
const at = (start: number): Selector[] => [
  { type: 'TextQuoteSelector', exact: `quote at ${start}` },
  { type: 'TextPositionSelector', start, end: start + 10 },
];

let db: QuotemarkDB;
beforeEach(() => {
  db = new QuotemarkDB(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('annotation repository', () => {
  it('creates an annotation with its page in one transaction and lists a page in reading order', async () => {
    await createAnnotation(db, { kind: 'highlight', quote: 'late', selectors: at(500) }, PAGE, 1);
    await createAnnotation(db, { kind: 'quote', quote: 'early', selectors: at(20), speaker: 'X' }, PAGE, 2);
    await createAnnotation(
      db,
      { kind: 'highlight', quote: 'other', selectors: at(0) },
      { ...PAGE, url: 'https://o.example/' },
      3,
    );
    const list = await annotationsForPage(db, PAGE.url);
    expect(list.map((a) => a.quote)).toEqual(['early', 'late']);
    expect(list[0]).toMatchObject({ kind: 'quote', speaker: 'X', color: 'yellow', note: '', tags: [], createdAt: 2 });
    const page = await db.pages.get(PAGE.url);
    expect(page?.urls.sort()).toEqual([PAGE.url, PAGE.seenUrl].sort());
    expect(page).toMatchObject({ title: 'A', firstSeen: 1, lastSeen: 2 });
  });

  it('updates only the fields given and keeps the page it belongs to', async () => {
    const a = await createAnnotation(db, { kind: 'highlight', quote: 'q', selectors: at(1) }, PAGE, 1);
    const u = await updateAnnotation(db, a.id, { note: 'n', tags: ['x'] }, 5);
    expect(u).toMatchObject({ note: 'n', tags: ['x'], quote: 'q', pageUrl: PAGE.url, updatedAt: 5, createdAt: 1 });
    expect(await updateAnnotation(db, 'missing', { note: 'n' }, 5)).toBeNull();
  });

  it('delete returns the record so undo can restore it unchanged', async () => {
    const a = await createAnnotation(db, { kind: 'highlight', quote: 'q', selectors: at(1) }, PAGE, 1);
    const gone = await deleteAnnotation(db, a.id);
    expect(await db.annotations.get(a.id)).toBeUndefined();
    await restoreAnnotation(db, gone!);
    expect(await db.annotations.get(a.id)).toEqual(a);
    expect(await deleteAnnotation(db, 'missing')).toBeNull();
  });

  it('records anchoring outcomes only for the given page and only when they changed', async () => {
    const a = await createAnnotation(db, { kind: 'highlight', quote: 'q', selectors: at(1) }, PAGE, 1);
    expect(await recordAnchors(db, PAGE.url, [{ id: a.id, status: 'exact' }], 2)).toBe(0);
    expect(await recordAnchors(db, 'https://evil.example/', [{ id: a.id, status: 'orphan' }], 2)).toBe(0);
    expect(await recordAnchors(db, PAGE.url, [{ id: a.id, status: 'changed', text: 'q2', score: 0.9 }], 3)).toBe(1);
    expect((await db.annotations.get(a.id))?.anchor).toEqual({ status: 'changed', text: 'q2', score: 0.9, at: 3 });
  });

  it('merges page metadata without erasing known fields with empty ones', async () => {
    await upsertPage(db, PAGE.url, PAGE.url, { title: 'T', byline: 'B' }, 1);
    const p = await upsertPage(
      db,
      PAGE.url,
      'https://news.example/a?x=1',
      { title: '', byline: null, siteName: 'S' },
      2,
    );
    expect(p).toMatchObject({ title: 'T', byline: 'B', siteName: 'S', firstSeen: 1, lastSeen: 2 });
    expect(p.urls).toHaveLength(2);
  });
});
