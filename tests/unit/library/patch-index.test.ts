import { RangeSet } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  createResultCache,
  createSearcher,
  facets,
  type LibraryIndex,
  libraryChange,
  MAX_KEYS,
  mergeChanges,
  needsFullRead,
  patchIndex,
  toView,
  type ViewRequest,
} from '@/utils/library';
import type { Annotation } from '@/utils/types';
import { A, B, C, DAY, LIBRARY, note, PAGES, page, T } from './fixtures';

const request = (over: Partial<ViewRequest> = {}): ViewRequest => ({
  text: '',
  filters: {},
  sort: 'newest',
  pages: 10,
  pageSize: 10,
  watch: [],
  ...over,
});

/** What the page could see of an index: views of a few queries, facets, counts, ids. */
function seen(index: LibraryIndex) {
  const results = createResultCache(index, createSearcher(index));
  const views = [request(), request({ text: 'jane' }), request({ sort: 'title' }), request({ text: 'zebra' })].map(
    (r) => toView(index, results(r), r),
  );
  return {
    views,
    facets: facets(index),
    counts: [...index.counts].sort(),
    ids: [...index.byId.keys()].sort(),
    pages: [...index.pages.keys()].sort(),
  };
}

/** Patches `before` into `after`, re-reading the articles at `urls` from `after`. */
function patched(before: Annotation[], after: Annotation[], urls: string[], pages = PAGES): LibraryIndex {
  const old = buildIndex(before, PAGES);
  const fresh = after.filter((a) => urls.includes(a.pageUrl));
  return patchIndex(
    old,
    urls,
    fresh,
    pages.filter((p) => urls.includes(p.url)),
  );
}

describe('patchIndex', () => {
  it.each<[string, (list: Annotation[]) => Annotation[], string[]]>([
    [
      'a note edited',
      (l) => l.map((a) => (a.id === 'a2' ? { ...a, note: 'zebra now', updatedAt: T + 9 * DAY } : a)),
      [A.url],
    ],
    ['a note added', (l) => [...l, note({ id: 'n1', pageUrl: B.url, quote: 'Jane again', start: 1 })], [B.url]],
    ['a note deleted', (l) => l.filter((a) => a.id !== 'c1'), [C.url]],
    ['an article emptied', (l) => l.filter((a) => a.pageUrl !== A.url), [A.url]],
    [
      'a new article',
      (l) => [...l, note({ id: 'n2', pageUrl: 'https://new.example.com/x', createdAt: T + 20 * DAY })],
      ['https://new.example.com/x'],
    ],
  ])('gives what a full build gives: %s', (_, change, urls) => {
    const after = change(LIBRARY);
    expect(seen(patched(LIBRARY, after, urls))).toEqual(seen(buildIndex(after, PAGES)));
  });

  it('takes in a changed page record', () => {
    const renamed = [...PAGES.filter((p) => p.url !== C.url), page(C.url, { title: 'Stripes everywhere' })];
    const index = patched(LIBRARY, LIBRARY, [C.url], renamed);
    expect(seen(index)).toEqual(seen(buildIndex(LIBRARY, renamed)));
    expect(index.byId.get('c1')?.page.title).toBe('Stripes everywhere');
  });

  it('keeps the folded text of untouched articles and leaves the previous index as it was', () => {
    const old = buildIndex(LIBRARY, PAGES);
    const notesBefore = [...old.notes];
    const index = patchIndex(
      old,
      [C.url],
      LIBRARY.filter((a) => a.pageUrl === C.url),
      PAGES,
    );
    expect(index.byId.get('a1')).toBe(old.byId.get('a1'));
    expect(old.notes).toEqual(notesBefore);
    expect(old.byId.size).toBe(LIBRARY.length);
  });
});

describe('reading Dexie’s storagemutated parts', () => {
  const part = (table: string) => `idb://quotemark/${table}/`;

  it('lists single keys per table, null for tables not written', () => {
    const change = libraryChange({ [part('annotations')]: new RangeSet().addKeys(['b', 'a', 'c']) }, 'quotemark');
    expect(change.annotations).toEqual(new Set(['a', 'b', 'c']));
    expect(change.pages).toBeNull();
    expect(needsFullRead(change)).toBe(false);
  });

  it('asks for a full read on a range, a structured-cloned range, or too many keys', () => {
    const range = new RangeSet('a', 'm');
    expect(libraryChange({ [part('pages')]: range }, 'quotemark').pages).toBe('all');
    // Across contexts the tree arrives as plain data (BroadcastChannel's structured clone).
    expect(libraryChange({ [part('pages')]: structuredClone({ ...range }) }, 'quotemark').pages).toBe('all');
    const many = new RangeSet().addKeys(Array.from({ length: MAX_KEYS + 1 }, (_, i) => `k${i}`));
    expect(needsFullRead(libraryChange({ [part('annotations')]: many }, 'quotemark'))).toBe(true);
  });

  it('ignores other databases and tables, and merges changes', () => {
    const keys = new RangeSet().addKey('x');
    expect(libraryChange({ 'idb://other/annotations/': keys, [part('settings')]: keys }, 'quotemark')).toEqual({
      annotations: null,
      pages: null,
    });
    const a = libraryChange({ [part('annotations')]: new RangeSet().addKey('a') }, 'quotemark');
    const b = libraryChange({ [part('annotations')]: new RangeSet().addKey('b'), [part('pages')]: keys }, 'quotemark');
    expect(mergeChanges(a, b)).toEqual({ annotations: new Set(['a', 'b']), pages: new Set(['x']) });
    expect(mergeChanges(null, b)).toBe(b);
  });
});
