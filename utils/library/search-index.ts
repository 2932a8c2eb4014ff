import { stubPage } from '@/utils/export/pages';
import { fold, refines, tokenize } from '@/utils/library/fold';
import { startOf } from '@/utils/position';
import type { Annotation, PageRecord } from '@/utils/types';

/**
 * The notes page's in-memory search index (pure). Built once per database snapshot; a keystroke then scans folded
 * strings in memory (no database access). Annotation text (quote, note, tags, speaker) is folded per annotation;
 * title and outlet per article, so a title is stored once, not once per annotation. A term matches an annotation
 * when it occurs in the annotation's text or in its article's.
 */

/** One annotation as the index holds it. */
export interface IndexedNote {
  annotation: Annotation;
  page: PageRecord;
  /** Outlet shown and filtered on: the page's site name, else its host without `www.`. */
  site: string;
  /** Folded quote, note, tags and speaker. */
  text: string;
  /** Folded title and outlet of the article (shared by its annotations). */
  pageText: string;
}

/** Every annotation indexed, plus per-article lookups. */
export interface LibraryIndex {
  notes: IndexedNote[];
  /** Page records by canonical URL (stubs for annotations whose page record is missing). */
  pages: Map<string, PageRecord>;
  /** Annotations per article (unfiltered). */
  counts: Map<string, number>;
  /** Every indexed note by annotation id. */
  byId: Map<string, IndexedNote>;
  /** Folded annotation text by `id@updatedAt`, reused by the next build. */
  cache: Map<string, string>;
}

/** The outlet name of a page: site name, else the URL's host without a leading `www.`. */
export function siteOf(page: Pick<PageRecord, 'siteName' | 'url'>): string {
  const name = page.siteName?.trim();
  if (name) return name;
  try {
    return new URL(page.url).hostname.replace(/^www\./, '') || page.url;
  } catch {
    return page.url;
  }
}

const noteText = (a: Annotation) => fold([a.quote, a.note, a.tags.join(' '), a.speaker ?? ''].join('\n'));

/**
 * Indexes a snapshot. Notes are stored grouped by article (articles in order of first appearance), each article's
 * in reading order, so a search result is already grouped and ordered. Pass the previous index to reuse folded text
 * of annotations unchanged since (same id and `updatedAt`): a live update of one note then costs map lookups, not
 * 50,000 foldings. The trade-off: a change that keeps `updatedAt` (none of our writes do) keeps the old text until
 * the next full build.
 */
export function buildIndex(
  annotations: readonly Annotation[],
  pageRecords: readonly PageRecord[],
  previous?: LibraryIndex,
): LibraryIndex {
  const pages = new Map<string, PageRecord>();
  for (const p of pageRecords) if (!pages.has(p.url)) pages.set(p.url, p);
  const index: LibraryIndex = { notes: [], pages, counts: new Map(), byId: new Map(), cache: new Map() };
  for (const [url, list] of byPageUrl(annotations)) addArticle(index, url, list, previous?.cache);
  return index;
}

/** Annotations by page URL, pages in order of first appearance. */
export function byPageUrl(annotations: readonly Annotation[]): Map<string, Annotation[]> {
  const byPage = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = byPage.get(a.pageUrl);
    if (list) list.push(a);
    else byPage.set(a.pageUrl, [a]);
  }
  return byPage;
}

/**
 * Appends one article's annotations to `index` (sorting `list` into reading order): its page record (a stub when
 * `index.pages` has none), count, notes and folded text (taken from `cache` when unchanged).
 */
export function addArticle(
  index: LibraryIndex,
  url: string,
  list: Annotation[],
  cache: ReadonlyMap<string, string> | undefined,
): void {
  let page = index.pages.get(url);
  if (!page) {
    page = stubPage(url);
    index.pages.set(url, page);
  }
  const site = siteOf(page);
  const pageText = fold(`${page.title}\n${site}`);
  index.counts.set(url, list.length);
  // Reading order (utils/position.ts), with each start looked up once rather than per comparison.
  const starts = new Map(list.map((a) => [a, startOf(a)]));
  list.sort((x, y) => starts.get(x)! - starts.get(y)! || x.createdAt - y.createdAt);
  for (const a of list) {
    const key = `${a.id}@${a.updatedAt}`;
    const text = cache?.get(key) ?? noteText(a);
    index.cache.set(key, text);
    const n: IndexedNote = { annotation: a, page, site, text, pageText };
    index.notes.push(n);
    index.byId.set(a.id, n);
  }
}

/** Does every term occur in the note's text or its article's? */
export function matchesTerms(note: IndexedNote, terms: readonly string[]): boolean {
  for (const t of terms) if (!note.text.includes(t) && !note.pageText.includes(t)) return false;
  return true;
}

/**
 * A search function over one index that remembers its last answer: when the new query only narrows the last one
 * (the reader typed more), it filters the last result instead of every note. An empty query returns every note.
 */
export function createSearcher(index: LibraryIndex): (query: string) => IndexedNote[] {
  let last: { terms: string[]; result: IndexedNote[] } = { terms: [], result: index.notes };
  return (query) => {
    const terms = tokenize(query);
    if (terms.length === 0) return index.notes;
    const pool = refines(last.terms, terms) ? last.result : index.notes;
    const result = pool.filter((n) => matchesTerms(n, terms));
    last = { terms, result };
    return result;
  };
}
