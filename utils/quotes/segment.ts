/**
 * Splits article text into paragraphs, paragraph groups (paragraphs joined by a multi-paragraph quote),
 * sentences and tokens. Quotations are masked first, so a full stop or a verb inside a quote never
 * splits a sentence or attributes a quote; each quotation becomes a single token.
 * Trade-off: sentence splitting is rule-based (abbreviation list, initials); it errs towards longer
 * sentences, which only widens the context searched for an attribution.
 */
import { ABBREVIATIONS, SPEECH_VERBS } from './lexicon';
import { MASK, makeSentence, type SpanIndex } from './tokenize';
import type { QuoteSpan, Sentence } from './types';

/** A range of the text. */
export interface Range {
  start: number;
  end: number;
}

/** Paragraph ranges (blank-line separated), trimmed of surrounding whitespace; empty paragraphs skipped. */
export function paragraphRanges(text: string): Range[] {
  const out: Range[] = [];
  const re = /\n[^\S\n]*\n\s*/g;
  let from = 0;
  for (;;) {
    const m = re.exec(text);
    const to = m ? m.index : text.length;
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
    if (!m) return out;
    from = m.index + m[0].length;
  }
}

/** The text with every quotation (marks included) replaced by MASK characters; offsets unchanged. */
export function maskQuotes(text: string, spans: QuoteSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    parts.push(text.slice(at, s.openAt), MASK.repeat(s.closeEnd - s.openAt));
    at = s.closeEnd;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Paragraphs merged where a quotation runs from one into the next. */
export function paragraphGroups(paragraphs: Range[], spans: QuoteSpan[]): Range[] {
  const groups: Range[] = [];
  let k = 0;
  for (const p of paragraphs) {
    const last = groups[groups.length - 1];
    if (last) {
      while (k < spans.length && spans[k].closeEnd <= last.end) k++;
      if (k < spans.length && spans[k].openAt < last.end) {
        last.end = p.end;
        continue;
      }
    }
    groups.push({ ...p });
  }
  return groups;
}

const LETTER_OR_DOT = /[\p{L}.]/u;
const BOUNDARY_RE = /[.!?]|\uE000(?!\uE000)/g;
const START_RE = /[\p{Lu}\p{N}[(\uE000]/u;

/** Sentences of one paragraph group, tokenised. */
export function splitSentences(text: string, masked: string, group: Range, spans: SpanIndex, gi: number): Sentence[] {
  const out: Sentence[] = [];
  let s = group.start;
  BOUNDARY_RE.lastIndex = group.start;
  for (let m = BOUNDARY_RE.exec(masked); m && m.index < group.end; m = BOUNDARY_RE.exec(masked)) {
    const i = m.index;
    const c = masked[i];
    let after = -1;
    if (c === '.' || c === '!' || c === '?') {
      after = i + 1;
      while (after < group.end && /[)\]'’"”]/.test(masked[after])) after++;
    } else if (c === MASK && masked[i + 1] !== MASK) {
      const span = spans.byClose.get(i + 1);
      if (span && /[.!?]\s*$/.test(text.slice(span.start, span.end)) && !attributionFollows(masked, i + 1))
        after = i + 1;
    }
    if (after < 0 || !/\s/.test(masked[after] ?? '')) continue;
    let k = after;
    while (k < group.end && /\s/.test(masked[k])) k++;
    if (k < group.end && !START_RE.test(masked[k])) continue;
    if (c === '.' && isAbbreviation(masked, i) && !quoteFollows(masked, i + 1, group.end)) continue;
    out.push(makeSentence(masked, s, after, spans, gi));
    s = k;
    BOUNDARY_RE.lastIndex = k;
  }
  if (s < group.end) out.push(makeSentence(masked, s, group.end, spans, gi));
  return out;
}

/** "“…?” Forte said." — up to four capitalised words then a speech verb: the sentence goes on. */
function attributionFollows(masked: string, from: number): boolean {
  const words = masked
    .slice(from, from + 80)
    .trim()
    .split(/\s+/, 5);
  for (const w of words) {
    const bare = w.replace(/[,.;:!?]+$/, '');
    if (SPEECH_VERBS.has(bare)) return true;
    if (!/^\p{Lu}/u.test(bare) || w !== bare) return false;
  }
  return false;
}

/** A quotation opens right after the full stop at `from - 1` ("… at 5 a.m. «We proved …»"). */
function quoteFollows(masked: string, from: number, end: number): boolean {
  let k = from;
  while (k < end && masked[k] === ' ') k++;
  if (k === from || masked[k] !== MASK) return false;
  let b = from - 1;
  while (b > 0 && /\p{L}/u.test(masked[b - 1])) b--;
  return !TITLE_ABBREVIATIONS.has(masked.slice(b, from - 1).toLowerCase());
}

const TITLE_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'gov',
  'sen',
  'rep',
  'lt',
  'col',
  'capt',
  'sgt',
  'prof',
  'rev',
]);

function isAbbreviation(masked: string, dot: number): boolean {
  let b = dot;
  while (b > 0 && dot - b < 6 && LETTER_OR_DOT.test(masked[b - 1])) b--;
  const word = masked.slice(b, dot);
  if (word.length === 1 && word !== word.toLowerCase()) return true; // an initial: "Donald J. Trump"
  return word.length < 6 && ABBREVIATIONS.has(word.toLowerCase());
}
