/**
 * When a page says it was published (DOM read-only, no extension APIs).
 */
import { type JsonLdArticle, readJsonLdArticle } from './json-ld';
import { first, readMetaTags } from './meta-tags';

/** Meta keys naming the publication time, best first (after JSON-LD `datePublished`). */
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'og:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_at',
  'article:publicationdate',
];

/** A plausible date or date-time: it mentions a year. */
const LOOKS_DATED = /(?:^|\D)(?:1[89]|20)\d\d(?:\D|$)/;

/**
 * The page's publication time as `pageMetadata` finds it, except that `<time>` elements inside `article`
 * (Readability's content) come before the page's others when nothing declares the time.
 */
export function readPublishedTime(doc: Document, article: ParentNode): string | null {
  return (
    declaredTime(readMetaTags(doc), readJsonLdArticle(doc)) ??
    markedTime(article) ??
    markedTime(doc) ??
    anyTime(article) ??
    timeInPage(doc)
  );
}

/** A `<time>` marked as the publication time, else the first dated `<time>` of `<article>`, else of the page. */
export function timeInPage(doc: Document): string | null {
  const article = doc.querySelector('article');
  return markedTime(doc) ?? (article && anyTime(article)) ?? anyTime(doc);
}

/** JSON-LD datePublished, then the meta tags of {@link PUBLISHED_KEYS}. */
export function declaredTime(meta: Map<string, string>, ld: JsonLdArticle | null): string | null {
  return first([ld?.datePublished, ...PUBLISHED_KEYS.map((k) => meta.get(k))], (v) => LOOKS_DATED.test(v));
}

/** The first `<time itemprop=datePublished>` or `<time pubdate>` under `root` with a dated datetime/content. */
function markedTime(root: ParentNode): string | null {
  const marked = Array.from(root.querySelectorAll('time[itemprop~="datePublished"], time[pubdate]'));
  return first(
    marked.map((t) => t.getAttribute('datetime') || t.getAttribute('content')),
    (v) => LOOKS_DATED.test(v),
  );
}

/** The first `<time datetime>` under `root` whose value mentions a year. */
function anyTime(root: ParentNode): string | null {
  const times = Array.from(root.querySelectorAll('time[datetime]'));
  return first(
    times.map((t) => t.getAttribute('datetime')),
    (v) => LOOKS_DATED.test(v),
  );
}
