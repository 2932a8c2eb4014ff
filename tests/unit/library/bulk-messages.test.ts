import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { splitPayload } from '@/entrypoints/notes/library-tasks';
import type { QuotemarkDB } from '@/utils/db/schema';
import type { Annotation } from '@/utils/types';
import { type HandlerHarness, makeHandler, ownPageSender, tabSender } from '../background/harness';
import { A, B, LIBRARY, PAGES } from './fixtures';

const notesPage = ownPageSender('notes.html');
const contentScript = tabSender(A.url);

let db: QuotemarkDB;
let notified: string[];
let handle: HandlerHarness['handle'];
beforeEach(() => {
  ({ db, handle, notified } = makeHandler());
});
afterEach(() => db.delete());

const all = async () => (await db.annotations.toArray()).sort((x, y) => x.id.localeCompare(y.id));

describe('bulk messages of the notes page', () => {
  it('imports annotations and pages in one go; a second import adds nothing', async () => {
    const first = await handle({ type: 'annotations.import', annotations: LIBRARY, pages: PAGES }, notesPage);
    expect(first).toEqual({ ok: true, data: { added: 6, replaced: 0, kept: 0, unchanged: 0, pages: 3 } });
    const again = await handle({ type: 'annotations.import', annotations: LIBRARY, pages: PAGES }, notesPage);
    // Every record is already stored as it is: nothing is written again.
    expect(again).toEqual({ ok: true, data: { added: 0, replaced: 0, kept: 0, unchanged: 6, pages: 3 } });
    expect(await db.annotations.count()).toBe(6);
    expect(await all()).toEqual([...LIBRARY].sort((x, y) => x.id.localeCompare(y.id)));
    expect(new Set(notified)).toEqual(new Set(PAGES.map((p) => p.url)));
  });

  it('keeps a local copy edited after the file was written, and merges page records', async () => {
    const local: Annotation = { ...LIBRARY[0], note: 'edited here', updatedAt: LIBRARY[0].updatedAt + 10 };
    await db.annotations.put(local);
    await db.pages.put({ ...A, title: 'Local title', urls: [A.url, `${A.url}?amp=1`], lastSeen: 1 });
    const r = await handle(
      { type: 'annotations.import', annotations: LIBRARY, pages: [{ ...A, byline: null, title: 'Other' }, B] },
      notesPage,
    );
    expect(r).toMatchObject({ ok: true, data: { added: 5, kept: 1 } });
    expect((await db.annotations.get(local.id))?.note).toBe('edited here');
    const merged = await db.pages.get(A.url);
    expect(merged).toMatchObject({ title: 'Local title', byline: 'Ada Reporter', lastSeen: A.lastSeen });
    expect(merged?.urls).toEqual([A.url, `${A.url}?amp=1`]);
  });

  it('rejects a whole import when one record is malformed, writing nothing', async () => {
    const bad = [...LIBRARY, { ...LIBRARY[0], id: 'bad', selectors: [] }];
    const r = await handle({ type: 'annotations.import', annotations: bad, pages: PAGES }, notesPage);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/invalid message at annotations\.6\.selectors/);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.pages.count()).toBe(0);
  });

  it('deletes many (returning them) and restores them unchanged', async () => {
    await handle({ type: 'annotations.import', annotations: LIBRARY, pages: PAGES }, notesPage);
    const before = await all();
    notified.length = 0;
    const gone = await handle({ type: 'annotations.deleteMany', ids: ['a1', 'b1', 'missing'] }, notesPage);
    expect(gone.ok && (gone.data as Annotation[]).map((a) => a.id)).toEqual(['a1', 'b1']);
    expect(await db.annotations.count()).toBe(4);
    expect(new Set(notified)).toEqual(new Set([A.url, B.url]));
    const back = await handle({ type: 'annotations.restoreMany', annotations: gone.ok ? gone.data : [] }, notesPage);
    expect(back).toEqual({ ok: true, data: { restored: 2 } });
    expect(await all()).toEqual(before);
  });

  it('imports records sent as one JSON text, with the same checks', async () => {
    const payload = JSON.stringify({ annotations: LIBRARY, pages: PAGES });
    const r = await handle({ type: 'annotations.importJson', payload }, notesPage);
    expect(r).toEqual({ ok: true, data: { added: 6, replaced: 0, kept: 0, unchanged: 0, pages: 3 } });
    expect(await all()).toEqual([...LIBRARY].sort((x, y) => x.id.localeCompare(y.id)));
    await db.annotations.clear();
    const cases: [string, string | RegExp][] = [
      ['{"annotations": [', 'invalid import: not JSON'],
      [JSON.stringify({ annotations: LIBRARY }), /^invalid import at pages: /],
      [
        JSON.stringify({ annotations: [LIBRARY[0], { ...LIBRARY[1], kind: 'rant' }], pages: [] }),
        /^invalid import at annotations\.1\.kind: /,
      ],
      [
        JSON.stringify({ annotations: [{ ...LIBRARY[0], quote: '  ' }], pages: [] }),
        /^invalid import at annotations\.0\.quote/,
      ],
    ];
    for (const [bad, error] of cases) {
      expect(await handle({ type: 'annotations.importJson', payload: bad }, notesPage)).toEqual({
        ok: false,
        error: typeof error === 'string' ? error : expect.stringMatching(error),
      });
    }
    expect(await db.annotations.count()).toBe(0);
  });

  it('holds the parts of a big import and stores them together when the last arrives', async () => {
    const parts = splitPayload(LIBRARY, PAGES, 600);
    expect(parts.length).toBeGreaterThan(2);
    const send = (part: number, importId = 'imp-1') =>
      handle({ type: 'annotations.importJson', payload: parts[part], importId, part, parts: parts.length }, notesPage);
    for (let i = 0; i < parts.length - 1; i++) {
      expect(await send(i)).toMatchObject({ ok: true, data: { held: true } });
      expect(await db.annotations.count()).toBe(0);
    }
    expect(await send(parts.length - 1)).toEqual({
      ok: true,
      data: { added: 6, replaced: 0, kept: 0, unchanged: 0, pages: 3 },
    });
    expect(await all()).toEqual([...LIBRARY].sort((x, y) => x.id.localeCompare(y.id)));
    await db.annotations.clear();

    // A part that went missing (a restarted background holds nothing) fails the import: nothing is stored.
    expect(await send(0, 'imp-2')).toMatchObject({ ok: true });
    expect(await send(2, 'imp-2')).toEqual({ ok: false, error: expect.stringMatching(/interrupted/) });
    expect(await send(parts.length - 1, 'imp-2')).toMatchObject({ ok: false });
    expect(await db.annotations.count()).toBe(0);
  });

  it('tells open tabs about bulk writes to up to 100 articles only', async () => {
    const many = Array.from({ length: 101 }, (_, i) => ({
      ...LIBRARY[0],
      id: `m${i}`,
      pageUrl: `https://m.example/${i}`,
    }));
    await handle({ type: 'annotations.import', annotations: many.slice(0, 100), pages: [] }, notesPage);
    expect(notified).toHaveLength(100);
    notified.length = 0;
    await handle({ type: 'annotations.import', annotations: many, pages: [] }, notesPage);
    expect(notified).toEqual([]);
    expect(await db.annotations.count()).toBe(101);
  });

  it('refuses bulk requests from content scripts', async () => {
    for (const message of [
      { type: 'annotations.import', annotations: LIBRARY, pages: PAGES },
      { type: 'annotations.deleteMany', ids: ['a1'] },
      { type: 'annotations.restoreMany', annotations: LIBRARY },
      { type: 'annotations.importJson', payload: JSON.stringify({ annotations: LIBRARY, pages: PAGES }) },
    ]) {
      const r = await handle(message, contentScript);
      expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/only allowed from Quotemark's own pages/) });
    }
    expect(await db.annotations.count()).toBe(0);
  });
});
