import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  compileFilters,
  createSearcher,
  dayStart,
  type Filters,
  facets,
  firstPages,
  groupArticles,
  isFiltered,
  runQuery,
  type SortKey,
} from '@/utils/library';
import { A, B, C, DAY, LIBRARY, note, PAGES, page, T } from './fixtures';

const index = buildIndex(LIBRARY, PAGES);
const day = (t: number) => {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('filters', () => {
  it.each<[string, Filters, string[]]>([
    ['nothing', {}, ['a1', 'a2', 'a3', 'b1', 'b2', 'c1']],
    ['site', { site: 'Example News' }, ['a1', 'a2', 'a3']],
    ['site from host', { site: 'other.example.org' }, ['b1', 'b2']],
    ['tag (folded, exact)', { tag: 'parliament' }, ['a1']],
    ['accented tag', { tag: 'election' }, ['b1']],
    ['tag prefix is not a tag', { tag: 'budg' }, []],
    ['kind', { kind: 'claim' }, ['a3', 'b2']],
    ['verdict', { verdict: 'false' }, ['a3']],
    ['verdict unverified covers claims without one', { verdict: 'unverified' }, ['b2']],
    ['speaker (folded)', { speaker: 'jose marti' }, ['b1']],
    ['from (inclusive)', { from: day(T + DAY) }, ['a2', 'a3', 'c1']],
    ['to (inclusive, whole day)', { to: day(T - 2 * DAY) }, ['b1', 'b2']],
    ['one day', { from: day(T), to: day(T) }, ['a1']],
    ['combined', { site: 'Example News', kind: 'quote', speaker: 'jane doe' }, ['a2']],
    ['bad date ignored', { from: 'yesterday' }, ['a1', 'a2', 'a3', 'b1', 'b2', 'c1']],
  ])('%s', (_, filters, expected) => {
    expect(
      index.notes
        .filter(compileFilters(filters))
        .map((n) => n.annotation.id)
        .sort(),
    ).toEqual(expected);
  });

  it('knows when anything is filtered', () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ site: '', tag: undefined })).toBe(false);
    expect(isFiltered({ kind: 'quote' })).toBe(true);
  });

  it('reads days in local time', () => {
    expect(dayStart('2025-03-10')).toBe(new Date(2025, 2, 10).getTime());
    expect(dayStart('2025-3-10')).toBeNull();
    expect(dayStart(undefined)).toBeNull();
  });

  it('lists facet values with counts, folded values and first spelling as label', () => {
    const f = facets(index);
    expect(f.sites).toEqual([
      { value: 'Example News', label: 'Example News', count: 3 },
      { value: 'other.example.org', label: 'other.example.org', count: 2 },
      { value: 'Third Times', label: 'Third Times', count: 1 },
    ]);
    expect(f.tags.find((t) => t.value === 'budget')).toEqual({ value: 'budget', label: 'budget', count: 2 });
    expect(f.tags.find((t) => t.value === 'election')?.label).toBe('élection');
    expect(f.speakers).toEqual([
      { value: 'jane doe', label: 'Jane Doe', count: 2 },
      { value: 'jose marti', label: 'José Martí', count: 1 },
    ]);
  });
});

describe('grouping, sorting and paging', () => {
  const urls = (sort: SortKey, text = '', filters: Filters = {}) =>
    runQuery(index, createSearcher(index), { text, filters, sort }).articles.map((g) => g.page.url);

  it.each<[SortKey, string[]]>([
    ['newest', [C.url, A.url, B.url]], // latest note: c1 (T+5d), a3 (T+2d), b2 (T-2d)
    ['oldest', [B.url, A.url, C.url]], // earliest note: b1 (T-3d), a1 (T), c1
    ['published', [A.url, C.url, B.url]], // only A has a date; the rest by latest note
    ['title', [A.url, B.url, C.url]], // Budget…, Élections… (accent ignored), Zebra…
  ])('sorts by %s', (sort, expected) => expect(urls(sort)).toEqual(expected));

  it('sorts by the matching notes only, and keeps each article’s total', () => {
    const r = runQuery(index, createSearcher(index), { text: 'jane', filters: {}, sort: 'newest' });
    expect(r.matched).toBe(2);
    expect(r.narrowed).toBe(true);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]).toMatchObject({ total: 3, latest: T + 2 * DAY, earliest: T + DAY });
    expect(r.articles[0].annotations.map((a) => a.id).sort()).toEqual(['a2', 'a3']);
  });

  it('is not narrowed without text or filters', () => {
    const r = runQuery(index, createSearcher(index), { text: '  ', filters: { tag: '' }, sort: 'newest' });
    expect(r).toMatchObject({ matched: 6, narrowed: false });
  });

  it('breaks ties by URL so the order is stable', () => {
    const same = [1, 2, 3].map((i) => note({ id: `t${i}`, pageUrl: `https://t.example/${4 - i}` }));
    const i = buildIndex(same, []);
    const order = runQuery(i, createSearcher(i), { text: '', filters: {}, sort: 'newest' }).articles;
    expect(order.map((g) => g.page.url)).toEqual(['https://t.example/1', 'https://t.example/2', 'https://t.example/3']);
  });

  it('groups in order of first appearance', () => {
    const groups = groupArticles(index.notes, index.counts);
    expect(groups.map((g) => g.page.url)).toEqual([A.url, B.url, C.url]);
    expect(groups.map((g) => g.total)).toEqual([3, 2, 1]);
  });

  it.each<[number, number, number, number, number]>([
    // list length, pages, size → items, remaining
    [0, 1, 30, 0, 0],
    [10, 1, 30, 10, 0],
    [95, 1, 30, 30, 65],
    [95, 3, 30, 90, 5],
    [95, 4, 30, 95, 0],
    [5, 0, 30, 0, 5],
  ])('pages %i items as %i page(s) of %i', (length, pages, size, items, remaining) => {
    const list = Array.from({ length }, (_, i) => i);
    const p = firstPages(list, pages, size);
    expect(p.items).toHaveLength(items);
    expect(p.items).toEqual(list.slice(0, items));
    expect(p.remaining).toBe(remaining);
  });

  it('keeps an article with an unparseable date after dated ones', () => {
    const pages = [
      page('https://d.example/1', { publishedTime: 'last Tuesday' }),
      page('https://d.example/2', { publishedTime: '2020-01-01' }),
    ];
    const i = buildIndex(
      pages.map((p, k) => note({ id: `d${k}`, pageUrl: p.url })),
      pages,
    );
    const order = runQuery(i, createSearcher(i), { text: '', filters: {}, sort: 'published' }).articles;
    expect(order.map((g) => g.page.url)).toEqual(['https://d.example/2', 'https://d.example/1']);
  });
});
