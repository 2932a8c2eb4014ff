import { addArticle, byPageUrl, type LibraryIndex } from '@/utils/library/search-index';
import type { Annotation, PageRecord } from '@/utils/types';

/**
 * Live updates of the notes page's index (pure): when a few annotations or pages change, only their articles are
 * indexed again; the rest of the index is carried over. The previous index is left as it was.
 */

/**
 * A new index in which the articles at `urls` are replaced by `annotations` (every stored annotation of those
 * pages, read after the change) and `pages` (their stored page records; a missing one becomes a stub). Other
 * articles keep their notes and folded text. Re-indexed articles move to the end of `notes`: only the order of
 * first appearance changes, which no view depends on (articles are sorted, ties by URL).
 */
export function patchIndex(
  previous: LibraryIndex,
  urls: Iterable<string>,
  annotations: readonly Annotation[],
  pages: readonly PageRecord[],
): LibraryIndex {
  const touched = new Set(urls);
  const index: LibraryIndex = {
    notes: [],
    pages: new Map(previous.pages),
    counts: new Map(previous.counts),
    byId: new Map(previous.byId),
    cache: new Map(previous.cache),
  };
  for (const n of previous.notes) {
    if (!touched.has(n.annotation.pageUrl)) {
      index.notes.push(n);
      continue;
    }
    const a = n.annotation;
    if (index.byId.get(a.id) === n) index.byId.delete(a.id);
    index.cache.delete(`${a.id}@${a.updatedAt}`);
  }
  for (const url of touched) {
    index.pages.delete(url);
    index.counts.delete(url);
  }
  for (const p of pages) if (touched.has(p.url) && !index.pages.has(p.url)) index.pages.set(p.url, p);
  const fresh = byPageUrl(annotations.filter((a) => touched.has(a.pageUrl)));
  for (const [url, list] of fresh) addArticle(index, url, list, previous.cache);
  // A page record with no annotation left stays known (as after a full build), but lists nothing.
  return index;
}
