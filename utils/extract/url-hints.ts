/**
 * The page's own claims about its URL (DOM read-only, no extension APIs).
 */

/** What a page says its URL is; raw claims, to be judged by `canonicalUrl` in utils/url.ts. */
export interface UrlHints {
  canonical: string | null;
  ogUrl: string | null;
}

/** Longest hint passed on: the messaging schema refuses longer strings, and no real canonical URL is this long. */
const MAX_HINT = 4000;

/**
 * The first `<link rel=canonical href>` and `<meta property=og:url content>`, resolved against the document's base
 * URL (so `<base href>` counts), or null when absent, unparsable or longer than 4000 characters.
 * No trust decision is made here: `canonicalUrl` refuses hints that point at another site.
 */
export function readUrlHints(doc: Document): UrlHints {
  // Runs on every page load: the selector engine narrows the candidates (`~=` is the same whitespace-separated,
  // case-insensitive token test as splitting `rel`), so no script loop walks every <link> and <meta>.
  const link = doc.querySelector('link[rel~="canonical" i][href]');
  const canonical = link ? resolve(doc, link.getAttribute('href')) : null;
  let ogUrl: string | null = null;
  for (const meta of doc.querySelectorAll('meta[property*="og:url" i], meta[name*="og:url" i]')) {
    const key = (meta.getAttribute('property') || meta.getAttribute('name') || '').trim().toLowerCase();
    if (key === 'og:url') {
      ogUrl = resolve(doc, meta.getAttribute('content'));
      break;
    }
  }
  return { canonical, ogUrl };
}

function resolve(doc: Document, href: string | null): string | null {
  const value = href?.trim();
  if (!value || value.length > MAX_HINT) return null;
  try {
    const url = new URL(value, doc.baseURI || doc.URL).href;
    return url.length > MAX_HINT ? null : url;
  } catch {
    return null;
  }
}
