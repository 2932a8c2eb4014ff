/**
 * Finds pairs of quotation marks in plain text: curly “…” ‘…’, straight "…" '…', guillemets «…» »…« ‹…›,
 * low-high „…“ ‚…‘ and corner brackets 「…」. Only outermost quotes are returned (a quote inside a quote
 * belongs to its speaker's words). A quote left open at a paragraph end continues when the next paragraph
 * starts with an opening mark (the multi-paragraph convention); otherwise it is closed there if it opened
 * the paragraph, else dropped as a stray mark.
 * Trade-off: ’ and ' are also apostrophes; they close a quote only where an apostrophe could not stand
 * (not followed by a letter), and a plural possessive (workers’ rights) is skipped when a later mark
 * can close the quote.
 */
import { paragraphRanges } from './segment';
import type { QuoteSpan } from './types';

/** Closing marks accepted by each opening mark. */
const CLOSERS: Record<string, string> = {
  '“': '”',
  '„': '“”',
  '«': '»',
  '»': '«',
  '‹': '›',
  '‘': '’',
  '‚': '‘’',
  '"': '"',
  "'": "'",
  '”': '”',
  '「': '」',
};
/** Opening marks that are never apostrophes or closers in another style. */
const SURE_OPENERS = '“„«‹‘‚「';
/** Marks that may open a quote that runs over several paragraphs. */
const MULTI_PARAGRAPH = '“„«»"‘”';
const ALL_MARKS = '“”„«»‹›‘’‚"\'「」';
const MARK_RE = /[“”„«»‹›‘’‚"'「」]/g;
const SPACE_RE = /\s/;
const LETTER_RE = /[\p{L}\p{N}]/u;
const PUNCT_RE = /[\p{P}\p{S}]/u;

interface Open {
  mark: string;
  at: number;
  multi: boolean;
}

const isSpace = (c: string): boolean => c === '' || SPACE_RE.test(c);
const isLetter = (c: string): boolean => LETTER_RE.test(c);
const canOpenAfter = (c: string): boolean => isSpace(c) || '([{—–-/'.includes(c) || ALL_MARKS.includes(c);
const canCloseBefore = (c: string): boolean => isSpace(c) || PUNCT_RE.test(c);

/** Scans `text` and returns its outermost quotations in document order. */
export function scanQuoteMarks(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const paragraphs = paragraphRanges(text);
  let carried: Open | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p];
    const stack: Open[] = carried ? [carried] : [];
    MARK_RE.lastIndex = carried ? start + 1 : start; // skip the repeated opening mark
    carried = null;
    for (let m = MARK_RE.exec(text); m && m.index < end; m = MARK_RE.exec(text)) {
      const i = m.index;
      const c = text[i];
      const prev = i > start ? text[i - 1] : '';
      const next = i + 1 < end ? text[i + 1] : '';
      const depth = findCloser(text, stack, c, i, prev, next, end);
      if (depth >= 0) {
        const open = stack[depth];
        stack.length = depth;
        if (depth === 0) spans.push(makeSpan(open, i, i + 1, true));
        continue;
      }
      if (!(c in CLOSERS)) continue;
      const sure = SURE_OPENERS.includes(c);
      if (!isSpace(next) && (sure || canOpenAfter(prev))) {
        if (c === "'" && (isLetter(prev) || /\d/.test(next))) continue;
        if ((c === '‘' || c === "'") && /\d/.test(next)) continue;
        stack.push({ mark: c, at: i, multi: false });
      }
    }
    const bottom = stack[0];
    if (!bottom) continue;
    const following = paragraphs[p + 1];
    const nextMark = following ? text[following.start] : '';
    if (MULTI_PARAGRAPH.includes(bottom.mark) && following && sameFamily(bottom.mark, nextMark)) {
      carried = { ...bottom, multi: true };
    } else if (bottom.at === start && SURE_OPENERS.includes(bottom.mark)) {
      let e = end;
      while (e > bottom.at + 1 && isSpace(text[e - 1])) e--;
      spans.push(makeSpan(bottom, e, e, false));
    }
  }
  return spans;
}

/** Index in `stack` of the quote that `c` closes, or -1. */
function findCloser(text: string, stack: Open[], c: string, i: number, prev: string, next: string, end: number) {
  for (let d = stack.length - 1; d >= 0; d--) {
    const open = stack[d];
    if (!CLOSERS[open.mark].includes(c)) continue;
    const ambiguous = c === '’' || c === "'" || c === '"' || (c === '”' && open.mark === '”') || c === '»' || c === '«';
    if (!ambiguous) return d;
    const apostrophe = c === '’' || c === "'";
    if ((apostrophe && d !== stack.length - 1) || isSpace(prev) || !canCloseBefore(next)) return -1;
    if (apostrophe && prev === 's' && next === ' ' && /[a-z]/.test(text[i + 2] ?? '')) {
      // "workers’ rights": an apostrophe if the quote can still close later in the paragraph.
      if (laterCloser(text, c, i + 1, end)) return -1;
    }
    return d;
  }
  return -1;
}

function laterCloser(text: string, c: string, from: number, end: number): boolean {
  for (let j = text.indexOf(c, from); j >= 0 && j < end; j = text.indexOf(c, j + 1)) {
    if (!isSpace(text[j - 1]) && canCloseBefore(j + 1 < end ? text[j + 1] : '')) return true;
  }
  return false;
}

function sameFamily(open: string, next: string): boolean {
  if (open === next) return true;
  return (open === '“' || open === '„') && (next === '“' || next === '„');
}

function makeSpan(open: Open, closeAt: number, closeEnd: number, closed: boolean): QuoteSpan {
  return {
    openAt: open.at,
    closeEnd,
    start: open.at + 1,
    end: closeAt,
    mark: open.mark,
    multiParagraph: open.multi,
    closed,
  };
}
