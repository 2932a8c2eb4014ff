/**
 * What kind of document the content script is in, and how much it should do there (DOM read-only, no extension APIs).
 */

/** How much the content script does in a document. */
export type Presence =
  /** Load the page's annotations (one round trip), listen for selections and commands. */
  | 'annotate'
  /** Answer the popup's questions only (say what the page is); no round trip, no page listeners. */
  | 'answer'
  /** Nothing at all. */
  | 'none';

/** Frames smaller than this (CSS px) are ads, trackers or widgets, not something a reader highlights in. */
export const MIN_FRAME_WIDTH = 120;
export const MIN_FRAME_HEIGHT = 60;

const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/**
 * True when the document has an HTML body, so text selections, ranges and our shadow-root UI work there: HTML and
 * XHTML pages, and what the browser shows as text (plain text, and JSON in Chromium, are a `<pre>` in an HTML body).
 * An SVG image or another XML document has no body.
 */
export function isAnnotatable(doc: Document): boolean {
  return doc.body !== null && doc.documentElement?.namespaceURI === 'http://www.w3.org/1999/xhtml';
}

/** True when some visible-kind text (not script or style source) is under `root`; stops at the first one. */
export function hasText(root: Element): boolean {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (NOT_TEXT.has(n.parentElement?.localName ?? '')) continue;
    if ((n as Text).data.trim()) return true;
  }
  return false;
}

/**
 * The content script's presence in a document. The top frame always answers the popup (it says what the page is);
 * it annotates when the document is annotatable. A frame annotates only when it is annotatable, at least
 * MIN_FRAME_WIDTH × MIN_FRAME_HEIGHT, and holds some text at the time the script runs; otherwise it does nothing —
 * not even the round trip — so ad and tracker frames cost only the script's start.
 * Trade-off: a frame that is tiny or empty when the page settles and fills in later is not annotated until reloaded.
 */
export function presenceIn(doc: Document, win: { top: unknown; innerWidth: number; innerHeight: number }): Presence {
  const top = win.top === win;
  if (top) return isAnnotatable(doc) ? 'annotate' : 'answer';
  if (!isAnnotatable(doc) || win.innerWidth < MIN_FRAME_WIDTH || win.innerHeight < MIN_FRAME_HEIGHT) return 'none';
  return doc.body && hasText(doc.body) ? 'annotate' : 'none';
}

/** What the popup says about a document type: whether Quotemark can work there, and a notice for the reader. */
export interface PageSupport {
  /** False: nothing to do on this page (the popup shows only `notice`). */
  supported: boolean;
  /** A plain sentence for the reader, or null for an ordinary web page. */
  notice: string | null;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * The popup's verdict from the document's MIME type (`document.contentType`) and whether the content script found
 * an HTML body there (pure). Web pages and plain text are ordinary pages (plain text may simply have no article);
 * JSON and other data the browser shows as text can be highlighted but hold no article; an SVG image or other XML
 * document is not supported.
 */
export function pageSupport(contentType: string, annotatable: boolean): PageSupport {
  const type = contentType.toLowerCase().split(';')[0].trim();
  if (!annotatable) {
    const what = type === 'image/svg+xml' ? 'an SVG image' : `a document of type ${type || 'unknown'}`;
    return { supported: false, notice: `Quotemark can’t read this page: it is ${what}, not an HTML article.` };
  }
  if (HTML_TYPES.has(type) || type === 'text/plain') return { supported: true, notice: null };
  const what = /[/+]json$/.test(type) ? 'a JSON document' : `a document of type ${type}`;
  return {
    supported: true,
    notice: `Quotemark can’t read this page as an article: it is ${what}, not an HTML page. You can still highlight its text.`,
  };
}

const FRAME_TAGS = new Set(['iframe', 'frame', 'object', 'embed']);

/**
 * Whether this document answers a keyboard command sent to every frame of a tab: it holds the focus itself, not
 * through a child frame (a focused frame's ancestors report focus too, with the frame's element active). With no
 * document of the tab focused (the address bar has it), the top document answers, as it always did.
 */
export function holdsKeyboardFocus(doc: Document, isTop: boolean): boolean {
  if (!doc.hasFocus()) return isTop;
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return !active || !FRAME_TAGS.has(active.localName);
}
