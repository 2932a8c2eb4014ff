/**
 * Cheap page metadata from `<meta>`, JSON-LD and a few elements, without running Readability
 * (DOM read-only, no extension APIs).
 */
import { canonicalUrl, siteHost } from '@/utils/url';
import { readJsonLdArticle } from './json-ld';
import { first, readMetaTags } from './meta-tags';
import { declaredTime, timeInPage } from './published-time';
import { readUrlHints, type UrlHints } from './url-hints';

/** What a page says about itself; every field is null (title: '') when the page doesn't say. */
export interface PageMetadata {
  /** The canonical key for the page: `canonicalUrl(doc.URL, hints)`. */
  url: string;
  /** The document's own URL, as loaded. */
  pageUrl: string;
  /** Raw canonical / og:url claims (absolute), for the background to judge again. */
  hints: UrlHints;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
}

const AUTHOR_KEYS = ['author', 'dc.creator', 'dcterms.creator', 'article:author', 'parsely-author', 'sailthru.author'];

/**
 * Title, URL candidates, site name, publication time, language, direction, byline and excerpt, read from the
 * page's head and a few elements — for pages with no article, and as the fallbacks of `extractArticle`.
 * Sources, best first — title: og:title, twitter:title, JSON-LD headline, `<title>`, first `<h1>`; byline: JSON-LD
 * authors, then author meta tags (never a profile URL); site name: og:site_name, JSON-LD publisher,
 * application-name (unless it just repeats the title), the host without `www.`/`m.`; publication time: JSON-LD
 * datePublished, article:published_time and similar meta tags, `<time itemprop=datePublished|pubdate>`, then the
 * first `<time datetime>` (in `<article>` if it has one) — that last one can belong to a related story. Values are
 * kept as the page wrote them, whitespace collapsed (dates are not reformatted).
 * Trade-off: it reads `<meta>`, `<link>`, JSON-LD and a few elements, never the body text or layout, so it is cheap
 * enough for every popup opening, but knows nothing a page doesn't declare.
 */
export function pageMetadata(doc: Document): PageMetadata {
  const meta = readMetaTags(doc);
  const ld = readJsonLdArticle(doc);
  const hints = readUrlHints(doc);
  const pick = (...keys: string[]) => first(keys.map((k) => meta.get(k)));
  const title =
    first([pick('og:title', 'twitter:title'), ld?.headline, doc.title, doc.querySelector('h1')?.textContent]) ?? '';
  const applicationName = pick('application-name', 'apple-mobile-web-app-title');
  return {
    url: canonicalUrl(doc.URL, hints),
    pageUrl: doc.URL,
    hints,
    title,
    byline: first([ld?.authors.join(', '), ...AUTHOR_KEYS.map((k) => meta.get(k)).filter((a) => !isUrl(a))]),
    siteName: first([
      pick('og:site_name'),
      ld?.publisher,
      applicationName && !sameText(applicationName, title) ? applicationName : null,
      hostName(doc.URL),
    ]),
    publishedTime: declaredTime(meta, ld) ?? timeInPage(doc),
    lang: normaliseLang(
      first([
        doc.documentElement?.getAttribute('lang'),
        doc.documentElement?.getAttribute('xml:lang'),
        pick('content-language')?.split(',')[0],
        pick('inlanguage', 'dc.language', 'dcterms.language'),
        ld?.inLanguage,
        pick('og:locale'),
      ]),
    ),
    dir: first([doc.documentElement?.getAttribute('dir'), doc.body?.getAttribute('dir')]),
    excerpt: first([pick('og:description', 'description', 'twitter:description', 'dc.description'), ld?.description]),
  };
}

function hostName(url: string): string | null {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) && parsed.hostname ? siteHost(parsed.hostname) : null;
  } catch {
    return null;
  }
}

function normaliseLang(lang: string | null): string | null {
  return lang ? lang.replace(/_/g, '-') : null;
}

function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function isUrl(value: string | undefined): boolean {
  return !!value && /^https?:\/\//i.test(value.trim());
}
