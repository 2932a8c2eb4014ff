import type { PageMeta } from '@/utils/db/repo';

export { readUrlHints } from '@/utils/extract/url-hints';

const attr = (doc: Document, selector: string, name: string): string | null =>
  doc.querySelector(selector)?.getAttribute(name)?.trim() || null;

/**
 * Metadata that needs no Readability (title, site, date, language) for the content script, which runs on every page
 * and must not load Readability; the popup fills in the rest from `extractArticle` later.
 */
export function readCheapMeta(doc: Document): PageMeta {
  return {
    title: (attr(doc, 'meta[property="og:title" i]', 'content') ?? doc.title ?? '').slice(0, 2000),
    siteName: attr(doc, 'meta[property="og:site_name" i]', 'content'),
    publishedTime: attr(doc, 'meta[property="article:published_time" i]', 'content'),
    lang: doc.documentElement.getAttribute('lang'),
  };
}
