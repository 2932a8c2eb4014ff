import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore, type StorePush } from '@/entrypoints/notes/library-store';
import { QuotemarkDB } from '@/utils/db/schema';
import { importAnnotations } from '@/utils/export';
import { buildIndex, createResultCache, createSearcher, resultIds, toView, type ViewRequest } from '@/utils/library';
import { A, B, C, LIBRARY, PAGES } from './fixtures';

const request = (over: Partial<ViewRequest> = {}): ViewRequest => ({
  text: '',
  filters: {},
  sort: 'newest',
  pages: 1,
  pageSize: 2,
  watch: [],
  ...over,
});

describe('views', () => {
  const index = buildIndex(LIBRARY, PAGES);
  const results = createResultCache(index, createSearcher(index));

  it.each<[string, Partial<ViewRequest>, string[], number, number]>([
    // name, request, article URLs shown, remaining, matched
    ['first page', {}, [C.url, A.url], 1, 6],
    ['two pages', { pages: 2 }, [C.url, A.url, B.url], 0, 6],
    ['a search', { text: 'jane' }, [A.url], 0, 2],
    ['a filter', { filters: { kind: 'claim' } }, [A.url, B.url], 0, 2],
  ])('%s', (_, over, urls, remaining, matched) => {
    const r = request(over);
    const view = toView(index, results(r), r);
    expect(view.articles.map((g) => g.page.url)).toEqual(urls);
    expect(view).toMatchObject({ remaining, matched, total: 6, articleCount: urls.length + remaining, text: r.text });
  });

  it('says which watched ids are stored', () => {
    expect(toView(index, results(request()), request({ watch: ['a1', 'gone'] })).alive).toEqual(['a1']);
  });

  it('lists ids in the order shown: articles as sorted, reading order inside', () => {
    expect(resultIds(results(request()))).toEqual(['c1', 'a1', 'a3', 'a2', 'b1', 'b2']);
  });

  it('answers the same query from its cache', () => {
    expect(results(request())).toBe(results(request({ pages: 3, watch: ['x'] })));
    expect(results(request())).not.toBe(results(request({ sort: 'title' })));
  });
});

describe('the library store (the notes page worker’s state)', () => {
  let db: QuotemarkDB;
  let pushes: StorePush[];
  let stop: () => void;
  beforeEach(async () => {
    db = new QuotemarkDB(`test-${crypto.randomUUID()}`);
    await db.annotations.bulkPut(LIBRARY);
    await db.pages.bulkPut(PAGES);
    pushes = [];
    stop = new LibraryStore(db, (p) => pushes.push(p)).start();
  });
  afterEach(async () => {
    stop();
    await db.delete();
  });

  const storeOn = () => new LibraryStore(db, (p) => pushes.push(p));

  it('answers views once the library is read, and pushes facets', async () => {
    const store = storeOn();
    const off = store.start();
    const { view } = await store.view(request({ text: 'budget' }));
    expect(view.matched).toBe(4);
    const facets = pushes.find((p) => p.type === 'facets');
    expect(facets?.type === 'facets' && facets.facets.sites.map((s) => s.label)).toEqual([
      'Example News',
      'other.example.org',
      'Third Times',
    ]);
    off();
  });

  it('pushes a fresh view of the last request when the database changes', async () => {
    const store = storeOn();
    const off = store.start();
    await store.view(request({ text: 'stripes' }));
    pushes.length = 0;
    await db.annotations.update('c1', { note: 'edited', updatedAt: Date.now() });
    await expect
      .poll(() => pushes.some((p) => p.type === 'view' && p.view.articles[0]?.annotations[0].note === 'edited'))
      .toBe(true);
    await db.annotations.delete('c1');
    await expect.poll(() => pushes.some((p) => p.type === 'view' && p.view.matched === 0)).toBe(true);
    off();
  });

  it('re-reads only the changed article after an edit, and everything after a bulk write', async () => {
    const mine: StorePush[] = [];
    const store = new LibraryStore(db, (p) => mine.push(p));
    const off = store.start();
    await store.view(request());
    const updates = () => mine.flatMap((p) => (p.type === 'facets' ? [p.timings] : []));
    await expect.poll(() => updates().length).toBe(1);
    expect(updates()[0]).toMatchObject({ full: true, records: LIBRARY.length });

    await db.annotations.update('c1', { note: 'edited', updatedAt: Date.now() });
    await expect.poll(() => updates().length).toBe(2);
    expect(updates()[1]).toMatchObject({ full: false, records: LIBRARY.filter((a) => a.pageUrl === C.url).length });
    const view = mine.findLast((p) => p.type === 'view');
    expect(view?.type === 'view' && view.view.articles[0].annotations[0].note).toBe('edited');

    // Dexie reports a write of 50+ records as a range: the whole library is read again.
    const bulk = Array.from({ length: 60 }, (_, i) => ({ ...LIBRARY[0], id: `bulk-${i}` }));
    await db.annotations.bulkPut(bulk);
    await expect.poll(() => updates().length).toBe(3);
    expect(updates()[2]).toMatchObject({ full: true, records: LIBRARY.length + 60 });
    off();
  });

  it('exports what is shown or everything, from memory, re-importable', async () => {
    const store = storeOn();
    const off = store.start();
    const shown = await store.exportFile('json', { text: 'jane', filters: {}, sort: 'newest' }, 0);
    expect(shown.filename).toBe('Budget vote what the minister said.json');
    expect(importAnnotations(await shown.file.text()).annotations.map((a) => a.id)).toEqual(['a3', 'a2']);
    const all = await store.exportFile('csv', null, Date.UTC(2025, 0, 2));
    expect(all.filename).toBe('quotemark-2025-01-02.csv');
    expect(all.count).toBe(6);
    expect(await store.ids({ text: 'jane', filters: {}, sort: 'newest' })).toEqual(['a3', 'a2']);
    off();
  });
});
