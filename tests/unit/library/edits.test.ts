import { describe, expect, it } from 'vitest';
import { buildIndex, createSearcher, runQuery, summarizeImport, withGhosts } from '@/utils/library';
import { A, B, C, LIBRARY, note, PAGES } from './fixtures';

describe('deleted annotations kept in place', () => {
  const index = buildIndex(LIBRARY, PAGES);
  const articles = runQuery(index, createSearcher(index), { text: '', filters: {}, sort: 'newest' }).articles;
  const deletedA1 = LIBRARY.find((a) => a.id === 'a1')!;

  it('adds a ghost to its article when the article is still listed', () => {
    const live = LIBRARY.filter((a) => a.id !== 'a1');
    const i = buildIndex(live, PAGES);
    const list = runQuery(i, createSearcher(i), { text: '', filters: {}, sort: 'newest' }).articles;
    const out = withGhosts(list, [{ annotation: deletedA1, page: A, position: 1 }], (id) => i.byId.has(id));
    expect(out.map((g) => g.page.url)).toEqual([C.url, A.url, B.url]);
    expect(out[1].deleted).toEqual([deletedA1]);
    expect(out[1].annotations).toHaveLength(2);
  });

  it('puts an article whose last annotation was deleted back where it was', () => {
    const live = LIBRARY.filter((a) => a.pageUrl !== C.url);
    const i = buildIndex(live, PAGES);
    const list = runQuery(i, createSearcher(i), { text: '', filters: {}, sort: 'newest' }).articles;
    const c1 = LIBRARY.find((a) => a.id === 'c1')!;
    const out = withGhosts(list, [{ annotation: c1, page: C, position: 0 }], (id) => i.byId.has(id));
    expect(out.map((g) => g.page.url)).toEqual([C.url, A.url, B.url]);
    expect(out[0]).toMatchObject({ annotations: [], deleted: [c1], page: C });
  });

  it('drops ghosts that are live again (undone) and clamps positions', () => {
    const out = withGhosts(articles, [{ annotation: deletedA1, page: A, position: 0 }], (id) => index.byId.has(id));
    expect(out.every((g) => g.deleted.length === 0)).toBe(true);
    const lost = note({ id: 'z', pageUrl: C.url });
    const none = withGhosts([], [{ annotation: lost, page: C, position: 9 }], () => false);
    expect(none.map((g) => g.page.url)).toEqual([C.url]);
  });
});

describe('import summary', () => {
  const err = (where: string, message: string) => ({ where, message, text: `${where}: ${message}` });
  it.each([
    [
      'all valid',
      { format: 'quotemark' as const, count: 3, errors: [] },
      'Quotemark export: 3 annotations ready.',
      'Import 3 annotations',
    ],
    [
      'partly valid',
      {
        format: 'web-annotation' as const,
        count: 1,
        errors: [err('annotation 2', 'selector missing')],
      },
      'W3C Web Annotation file: 1 valid annotation, 1 problem.',
      'Import 1 valid annotation',
    ],
    [
      'malformed',
      { format: null, count: 0, errors: [err('file', 'not valid JSON')] },
      'File: nothing can be imported (1 problem).',
      null,
    ],
  ])('%s', (_, result, headline, action) => {
    const s = summarizeImport(result);
    expect(s.headline).toBe(headline);
    expect(s.action).toBe(action);
    expect(s.problems).toEqual(result.errors.map((e) => e.text));
  });
});
