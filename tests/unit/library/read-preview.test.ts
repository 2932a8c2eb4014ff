import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PREVIEW_DB_NAME, readRecent } from '@/entrypoints/notes/read-preview';
import { DB_NAME, QuotemarkDB } from '@/utils/db/schema';
import { A, B, C, LIBRARY, PAGES } from './fixtures';

describe('the notes page preview (plain IndexedDB, no Dexie on the page)', () => {
  it('reads the database Dexie writes', () => expect(PREVIEW_DB_NAME).toBe(DB_NAME));

  it('reads the most recently annotated articles, each complete, with their pages', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const db = new QuotemarkDB(name);
    await db.annotations.bulkPut(LIBRARY);
    await db.pages.bulkPut(PAGES.filter((p) => p.url !== A.url));
    db.close();
    // Newest notes: c1 (C), a3 and a2 (A), then A's older a1 comes along with its article.
    const { annotations, pages } = await readRecent(2, name);
    expect(annotations.map((a) => a.id).sort()).toEqual(['a1', 'a2', 'a3', 'c1']);
    expect(pages.map((p) => p.url)).toEqual([C.url]); // A has no page record here
    expect(pages).not.toContainEqual(B);
    await new QuotemarkDB(name).delete();
  });

  it('never creates a database that does not exist', async () => {
    const name = `missing-${crypto.randomUUID()}`;
    expect(await readRecent(8, name)).toEqual({ annotations: [], pages: [] });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });
});
