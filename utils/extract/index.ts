/**
 * Article extraction with Mozilla Readability (DOM, no extension APIs).
 *
 * Readability runs on a clone, so the page the reader sees (and the ranges painted on it) is never touched.
 * Its metadata is completed with the fallbacks a news reader expects (see `pageMetadata`).
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { blockText } from './block-text';
import { first } from './meta-tags';
import { pageMetadata } from './metadata';
import { readPublishedTime } from './published-time';

export { blockText } from './block-text';
export { type PageMetadata, pageMetadata } from './metadata';
export { readUrlHints, type UrlHints } from './url-hints';

/** An extracted article. Strings are trimmed with whitespace runs collapsed, except `text` and `html`. */
export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** As the page wrote it (ISO 8601 on most sites, not reformatted). */
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  /** Text direction of the article ('ltr' | 'rtl') when the page declares one. */
  dir?: string;
  /** Plain text: one paragraph per block element, paragraphs separated by "\n\n" (see `blockText`). */
  text: string;
  /** Readability's content HTML. NOT sanitised: sanitise (DOMPurify) before inserting it anywhere. */
  html: string;
  /** `text.length`. */
  length: number;
  /** `isProbablyReaderable` on the live page: false means Readability's pick is more of a guess. */
  readerable: boolean;
}

/** Below this many characters of text, a page that doesn't look readerable is said to have no article. */
const MIN_GUESSED_TEXT = 250;

/**
 * The page's article, or null when there is none.
 *
 * Runs Readability on `doc.cloneNode(true)` with comments removed (the live document is only read).
 * `isProbablyReaderable` is a hint, not a gate: Readability always runs, and null comes back when it finds nothing,
 * or finds under 250 characters on a page the hint calls unreadable (Readability falls back to any text it can
 * find: a menu, a login form, a 404 notice). The hint wants about 540 characters in one paragraph (or several long
 * ones), so a short news brief fails it yet, from 250 characters on, is still an article; a longer cookie wall or
 * error page can pass as one.
 * Readability's metadata wins where it has a value; gaps are filled from `pageMetadata` (og:site_name or the host
 * for the site; JSON-LD, meta tags or a `<time datetime>` — first the article's own — for the date).
 * Trade-off: cost is Readability's (tens of ms on a typical news page, more on huge ones), so call it on demand,
 * never on every page load.
 */
export function extractArticle(doc: Document): Article | null {
  const readerable = isProbablyReaderable(doc);
  const meta = pageMetadata(doc);
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    const clone = doc.cloneNode(true) as Document;
    removeComments(clone);
    parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
  } catch {
    return null;
  }
  const content = parsed?.content;
  if (!parsed || !content) return null;
  const text = blockText(content);
  if (!text || (!readerable && text.length < MIN_GUESSED_TEXT)) return null;
  const dir = first([parsed.dir, meta.dir]);
  return {
    title: first([parsed.title, meta.title]) ?? '',
    byline: first([parsed.byline, meta.byline]),
    siteName: first([parsed.siteName, meta.siteName]),
    publishedTime: first([parsed.publishedTime]) ?? readPublishedTime(doc, content),
    lang: first([parsed.lang, meta.lang]),
    excerpt: first([parsed.excerpt, meta.excerpt]),
    ...(dir ? { dir } : {}),
    text,
    html: content.innerHTML,
    length: text.length,
    readerable,
  };
}

/**
 * Readability ends a paragraph at any non-phrasing node, comments included, so React's `<!-- -->` text separators
 * would split "Ann<!-- --> and <!-- -->Bob" into three paragraphs. Readability's own test suite strips comments
 * before parsing; we do the same on the clone.
 */
function removeComments(doc: Document): void {
  const walker = doc.createTreeWalker(doc, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}
