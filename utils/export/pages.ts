import { inReadingOrder } from '@/utils/position';
import type { Annotation, PageRecord } from '@/utils/types';

/** One article and its annotations, in reading order. */
export interface PageGroup {
  page: PageRecord;
  annotations: Annotation[];
}

/**
 * A stand-in record for annotations whose page is not in the list (metadata unknown): empty title, nulls,
 * times taken from the annotations. Builders fall back to the URL where the title is empty.
 */
export function stubPage(url: string, annotations: readonly Annotation[] = []): PageRecord {
  const times = annotations.map((a) => a.createdAt).filter(Number.isFinite);
  const first = times.length > 0 ? times.reduce((a, b) => Math.min(a, b)) : 0;
  const last = times.length > 0 ? times.reduce((a, b) => Math.max(a, b)) : 0;
  return {
    url,
    urls: [url],
    title: '',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    excerpt: null,
    firstSeen: first,
    lastSeen: last,
  };
}

/** Page records by canonical URL; the first record wins when a URL repeats. */
export function pageIndex(pages: readonly PageRecord[]): Map<string, PageRecord> {
  const map = new Map<string, PageRecord>();
  for (const p of pages) if (!map.has(p.url)) map.set(p.url, p);
  return map;
}

/**
 * Groups annotations by page: pages in the order their first annotation appears in `annotations`, each
 * group's annotations in reading order. Pages without annotations are left out; missing pages are stubbed.
 */
export function groupByPage(annotations: readonly Annotation[], pages: readonly PageRecord[]): PageGroup[] {
  const index = pageIndex(pages);
  const byUrl = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = byUrl.get(a.pageUrl);
    if (list) list.push(a);
    else byUrl.set(a.pageUrl, [a]);
  }
  return [...byUrl].map(([url, list]) => ({
    page: index.get(url) ?? stubPage(url, list),
    annotations: inReadingOrder(list),
  }));
}

/** Display title: the page's title, else its URL. */
export function pageTitle(page: Pick<PageRecord, 'title' | 'url'>): string {
  return page.title.trim() || page.url;
}
