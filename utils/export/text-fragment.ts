import { isHttpUrl, toWellFormed } from '@/utils/export/text';
import type { Selector, TextQuoteSelector } from '@/utils/types';

/**
 * URL text fragments (`#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`, WICG "Text Fragments"): a link that
 * makes Chromium, Safari and Firefox scroll to and mark the quoted passage. Pure string work, no DOM.
 */

/** Quotes up to this many words (and characters) go whole into `textStart`; longer ones use `textStart,textEnd`. */
const WHOLE_WORDS = 10;
const WHOLE_CHARS = 120;
/** Words taken from each end of a long quote, and from the context either side. */
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;

/**
 * Percent-encodes one text directive term: everything but unreserved characters, plus `-` (it marks prefix and
 * suffix), `&` (it separates directives) and `,` (it separates terms). Lone surrogates become U+FFFD first, so
 * this never throws.
 */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(toWellFormed(term)).replace(/-/g, '%2D');
}

/** Whitespace-separated words (`trim` strips exactly what `\s` matches, so no empty words are left). */
const words = (text: string): string[] => {
  const t = text.trim();
  return t === '' ? [] : t.split(/\s+/);
};

/** The text directive (without `#:~:`) for a passage, or null when there is no text to point at. */
export function textDirective(exact: string, prefix?: string, suffix?: string): string | null {
  // A term cannot span block boundaries, so treat every line break as one.
  const lines = exact
    .split(/\s*\n\s*/)
    .map((l) => words(l))
    .filter((w) => w.length > 0);
  if (lines.length === 0) return null;
  const first = lines[0];
  const last = lines[lines.length - 1];
  let start: string;
  let end: string | null = null;
  if (lines.length === 1 && first.length <= WHOLE_WORDS && first.join(' ').length <= WHOLE_CHARS) {
    start = first.join(' ');
  } else {
    start = first.slice(0, EDGE_WORDS).join(' ');
    const tail =
      lines.length === 1 ? first.slice(Math.max(EDGE_WORDS, first.length - EDGE_WORDS)) : last.slice(-EDGE_WORDS);
    end = tail.length > 0 ? tail.join(' ') : null;
  }
  const parts: string[] = [];
  const pre = contextWords(prefix, 'before');
  if (pre) parts.push(`${encodeTextTerm(pre)}-`);
  parts.push(encodeTextTerm(start));
  if (end) parts.push(encodeTextTerm(end));
  const post = contextWords(suffix, 'after');
  if (post) parts.push(`-${encodeTextTerm(post)}`);
  return `text=${parts.join(',')}`;
}

/**
 * The few words of context touching the passage, from the same block only. The far end of a selector's context
 * is usually cut mid-word (Hypothesis keeps 32 characters), so that partial word is dropped.
 */
function contextWords(context: string | undefined, side: 'before' | 'after'): string | null {
  if (!context) return null;
  const lines = context.split('\n');
  const block = side === 'before' ? lines[lines.length - 1] : lines[0];
  let list = words(block);
  const far = side === 'before' ? block.charAt(0) : block.charAt(block.length - 1);
  if (lines.length === 1 && far !== '' && !/\s/.test(far)) {
    if (list.length < 2) return null;
    list = side === 'before' ? list.slice(1) : list.slice(0, -1);
  }
  const picked = side === 'before' ? list.slice(-CONTEXT_WORDS) : list.slice(0, CONTEXT_WORDS);
  return picked.length > 0 ? picked.join(' ') : null;
}

/** Recent page URLs without their fragment, by URL (an export links to the same page once per annotation). */
const baseMemo = new Map<string, string | null>();
const MEMO_SIZE = 2000;

/** `url` without its fragment, serialised by the URL parser; null for anything but http(s). */
export function passageBase(url: string): string | null {
  let base = baseMemo.get(url);
  if (base === undefined) {
    base = null;
    if (isHttpUrl(url)) {
      const parsed = new URL(url);
      parsed.hash = '';
      base = parsed.href;
    }
    if (baseMemo.size >= MEMO_SIZE) baseMemo.clear();
    baseMemo.set(url, base);
  }
  return base;
}

/** The text directive for an annotation: from its TextQuoteSelector (with prefix/suffix), else from `quote`. */
export function passageDirective(selectors: readonly Selector[], quote: string): string | null {
  const tq = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  return tq ? textDirective(tq.exact, tq.prefix, tq.suffix) : textDirective(quote);
}

/**
 * A link to the passage on its page: `url` without its own fragment, plus `#:~:text=…` built from the
 * TextQuoteSelector (with prefix/suffix for disambiguation) or, lacking one, from `quote`. Returns null for
 * anything but http(s) URLs, so an export never carries a `javascript:` link. Browsers without text fragments
 * simply open the page.
 */
export function passageUrl(url: string, selectors: readonly Selector[], quote: string): string | null {
  const base = passageBase(url);
  if (base === null) return null;
  const directive = passageDirective(selectors, quote);
  return directive ? `${base}#:~:${directive}` : base;
}
