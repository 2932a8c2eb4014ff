import type { ArticleGroup } from '@/utils/library/query';
import { firstPages, type LibraryQuery, type LibraryResult, runQuery } from '@/utils/library/query';
import type { IndexedNote, LibraryIndex } from '@/utils/library/search-index';

/**
 * What the notes page renders, computed where the index lives (the library worker): only the articles on the pages
 * shown, so a keystroke moves a few hundred records between threads, never the library.
 */

/** A query plus how much of the answer to send. */
export interface ViewRequest extends LibraryQuery {
  /** Pages of articles shown. */
  pages: number;
  pageSize: number;
  /** Annotation ids the page wants to know are stored (its deleted-with-undo ghosts). */
  watch: string[];
}

/** The part of a query's answer the page shows. */
export interface LibraryView {
  /** The articles on the shown pages, sorted, each with its matching annotations in reading order. */
  articles: ArticleGroup[];
  /** Articles matching after the shown ones. */
  remaining: number;
  /** Articles matching in all. */
  articleCount: number;
  /** Annotations matching. */
  matched: number;
  /** Annotations in the library. */
  total: number;
  narrowed: boolean;
  /** The search text this view answers. */
  text: string;
  /** Those of `watch` that are stored. */
  alive: string[];
}

/** Cuts a query result down to a view. */
export function toView(index: LibraryIndex, result: LibraryResult, request: ViewRequest): LibraryView {
  const page = firstPages(result.articles, request.pages, request.pageSize);
  return {
    articles: page.items,
    remaining: page.remaining,
    articleCount: result.articles.length,
    matched: result.matched,
    total: index.notes.length,
    narrowed: result.narrowed,
    text: request.text,
    alive: request.watch.filter((id) => index.byId.has(id)),
  };
}

/** Every matching annotation id in the order shown (articles in order, reading order inside). */
export function resultIds(result: LibraryResult): string[] {
  return result.articles.flatMap((g) => g.annotations.map((a) => a.id));
}

/**
 * Remembers the last query's full result, so "Load more", a ghost watch or an export of "shown" does not search
 * again. Searching itself goes through `search` (see createSearcher).
 */
export function createResultCache(
  index: LibraryIndex,
  search: (text: string) => IndexedNote[],
): (query: LibraryQuery) => LibraryResult {
  let last: { key: string; result: LibraryResult } | null = null;
  return (query) => {
    const key = JSON.stringify([query.text, query.filters, query.sort]);
    if (last?.key !== key) last = { key, result: runQuery(index, search, query) };
    return last.result;
  };
}
