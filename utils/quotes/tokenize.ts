/**
 * Tokeniser of the masked text: words (letters and digits joined by ’ ' . -), single punctuation marks,
 * and whole quotations (one token each, found through the span index). "Mr." and initials keep their
 * full stop. Hand-written over char codes: it is the detector's hottest loop.
 */
import { ABBREVIATIONS } from './lexicon';
import type { QuoteSpan, Sentence, Token } from './types';

/** Stands for every character of a quotation in the masked text. */
export const MASK = '\uE000';

/** Quotations looked up by the offset of their opening mark and the end of their closing mark. */
export interface SpanIndex {
  list: QuoteSpan[];
  byOpen: Map<number, number>;
  byClose: Map<number, QuoteSpan>;
}

/** Builds the look-up tables of `spans`. */
export function indexSpans(spans: QuoteSpan[]): SpanIndex {
  const byOpen = new Map<number, number>();
  const byClose = new Map<number, QuoteSpan>();
  spans.forEach((s, i) => {
    byOpen.set(s.openAt, i);
    byClose.set(s.closeEnd, s);
  });
  return { list: spans, byOpen, byClose };
}

const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;
const SPACE_CHAR_RE = /\s/;

/** Letter, digit or combining mark; ASCII answered without building a string. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c !== MASK_CODE && WORD_CHAR_RE.test(String.fromCharCode(c));
}

function isSpaceChar(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || (c > 127 && SPACE_CHAR_RE.test(String.fromCharCode(c)));
}

const MASK_CODE = 0xe000;
const DOT = 46;

/** Joins a word's parts: "don’t", "U.S", "al-Bashir", "9/11" stays three tokens. */
const isJoiner = (c: number): boolean => c === 39 || c === 8217 || c === 46 || c === 45;

/** The sentence masked[start, end) with its tokens. */
export function makeSentence(masked: string, start: number, end: number, spans: SpanIndex, group: number): Sentence {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = masked.charCodeAt(i);
    if (isSpaceChar(c)) {
      i++;
    } else if (c === MASK_CODE) {
      // One token per quotation (two quotations may touch).
      const span = spans.byOpen.get(i) ?? -1;
      let close = span >= 0 ? Math.min(spans.list[span].closeEnd, end) : i + 1;
      if (span < 0) while (close < end && masked.charCodeAt(close) === MASK_CODE && !spans.byOpen.has(close)) close++;
      tokens.push(token(masked, i, close, 'q', span));
      i = close;
    } else if (isWordChar(c)) {
      let e = i + 1;
      for (;;) {
        const d = masked.charCodeAt(e);
        if (e < end && isWordChar(d)) e++;
        else if (e + 1 < end && isJoiner(d) && isWordChar(masked.charCodeAt(e + 1))) e += 2;
        else break;
      }
      if (e < end && masked.charCodeAt(e) === DOT && e - i < 6) {
        const word = masked.slice(i, e);
        if (ABBREVIATIONS.has(word.toLowerCase()) || (e === i + 1 && word !== word.toLowerCase())) e++;
      }
      tokens.push(token(masked, i, e, 'w', -1));
      i = e;
    } else {
      tokens.push(token(masked, i, i + 1, 'p', -1));
      i++;
    }
  }
  return { start, end, tokens, group };
}

function token(masked: string, start: number, end: number, kind: Token['kind'], span: number): Token {
  const text = kind === 'p' ? masked[start] : masked.slice(start, end);
  const lower = kind === 'w' ? text.toLowerCase() : text;
  return { text, lower, start, end, kind, span, cap: kind === 'w' && text[0] !== lower[0] };
}
