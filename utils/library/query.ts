import { compileFilters, type Filters, isFiltered } from '@/utils/library/filters';
import type { IndexedNote, LibraryIndex } from '@/utils/library/search-index';
import type { Annotation, PageRecord } from '@/utils/types';

/**
 * From search results to the article list the notes page shows (pure): filter, group by article, sort, page.
 * Reading order inside an article is left to the caller for the articles it renders (utils/position.ts).
 */

export const SORTS = ['newest', 'oldest', 'published', 'title'] as const;
/** newest/oldest: by the article's latest/earliest matching annotation; published: article date; title: A–Z. */
export type SortKey = (typeof SORTS)[number];

/** Labels for the sort control. */
export const SORT_LABELS: Readonly<Record<SortKey, string>> = {
  newest: 'Newest notes first',
  oldest: 'Oldest notes first',
  published: 'Article date',
  title: 'Article title',
};

/** One article in the list: its matching annotations (in the index's reading order) and its total count. */
export interface ArticleGroup {
  page: PageRecord;
  site: string;
  annotations: Annotation[];
  /** Every annotation of the article, matching or not. */
  total: number;
  /** Latest and earliest creation time among the matching annotations. */
  latest: number;
  earliest: number;
}

/**
 * Groups notes by article, articles in order of first appearance, notes in the order given. Fast on the index's
 * order (an article's notes are adjacent: one map lookup per article), correct on any order.
 */
export function groupArticles(notes: readonly IndexedNote[], counts: ReadonlyMap<string, number>): ArticleGroup[] {
  const groups = new Map<string, ArticleGroup>();
  let last: ArticleGroup | undefined;
  for (const n of notes) {
    const a = n.annotation;
    const g = last?.page.url === a.pageUrl ? last : groups.get(a.pageUrl);
    if (g) {
      last = g;
      g.annotations.push(a);
      if (a.createdAt > g.latest) g.latest = a.createdAt;
      if (a.createdAt < g.earliest) g.earliest = a.createdAt;
    } else {
      last = {
        page: n.page,
        site: n.site,
        annotations: [a],
        total: counts.get(a.pageUrl) ?? 1,
        latest: a.createdAt,
        earliest: a.createdAt,
      };
      groups.set(a.pageUrl, last);
    }
  }
  return [...groups.values()];
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const published = (g: ArticleGroup): number => {
  const t = g.page.publishedTime ? Date.parse(g.page.publishedTime) : Number.NaN;
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
};
const titleOf = (g: ArticleGroup) => g.page.title.trim() || g.page.url;

/** Sorts articles in place and returns them; ties fall back to URL so the order is stable between snapshots. */
export function sortArticles(groups: ArticleGroup[], key: SortKey): ArticleGroup[] {
  const byUrl = (a: ArticleGroup, b: ArticleGroup) => (a.page.url < b.page.url ? -1 : a.page.url > b.page.url ? 1 : 0);
  const compare: Record<SortKey, (a: ArticleGroup, b: ArticleGroup) => number> = {
    newest: (a, b) => b.latest - a.latest,
    oldest: (a, b) => a.earliest - b.earliest,
    published: (a, b) => Math.sign(published(b) - published(a) || 0) || b.latest - a.latest,
    title: (a, b) => collator.compare(titleOf(a), titleOf(b)),
  };
  return groups.sort((a, b) => compare[key](a, b) || byUrl(a, b));
}

/** What the page asks for. */
export interface LibraryQuery {
  text: string;
  filters: Filters;
  sort: SortKey;
}

/** What the page shows: every matching article (sorted) and how many annotations matched. */
export interface LibraryResult {
  articles: ArticleGroup[];
  matched: number;
  /** True when the query narrows the library (search text or a filter). */
  narrowed: boolean;
}

/** Runs a query: `search` (see createSearcher) for the text, then the filters, grouping and sorting. */
export function runQuery(
  index: LibraryIndex,
  search: (text: string) => IndexedNote[],
  query: LibraryQuery,
): LibraryResult {
  let notes = search(query.text);
  const narrowed = notes !== index.notes || isFiltered(query.filters);
  if (isFiltered(query.filters)) notes = notes.filter(compileFilters(query.filters));
  const articles = sortArticles(groupArticles(notes, index.counts), query.sort);
  return { articles, matched: notes.length, narrowed };
}

/** The first `pages` pages of `size` items, and how many items remain after them. */
export function firstPages<T>(list: readonly T[], pages: number, size: number): { items: T[]; remaining: number } {
  const n = Math.max(0, Math.floor(pages)) * Math.max(1, Math.floor(size));
  return { items: list.slice(0, n), remaining: Math.max(0, list.length - n) };
}
