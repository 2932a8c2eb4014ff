import type { PageMeta } from '@/utils/db/repo';

/** An attribute's trimmed value cut to `max` characters (the messaging schema's limit for that field), or null. */
const attr = (doc: Document, selector: string, name: string, max: number): string | null =>
  doc.querySelector(selector)?.getAttribute(name)?.trim().slice(0, max) || null;

/**
 * Metadata that needs no Readability (title, site, date, language) for the content script, which runs on every page
 * and must not load Readability; the popup fills in the rest from `extractArticle` later. Every field is cut to the
 * length the background accepts, so a page with an absurd `og:site_name` or `lang` can still be highlighted.
 */
export function readCheapMeta(doc: Document): PageMeta {
  return {
    title: (attr(doc, 'meta[property="og:title" i]', 'content', 2000) ?? doc.title ?? '').slice(0, 2000),
    siteName: attr(doc, 'meta[property="og:site_name" i]', 'content', 500),
    publishedTime: attr(doc, 'meta[property="article:published_time" i]', 'content', 100),
    lang: doc.documentElement.getAttribute('lang')?.slice(0, 50) ?? null,
  };
}
