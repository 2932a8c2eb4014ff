/**
 * How much context a selector stores (pure). The rule: at least MIN_CONTEXT characters each side, reaching past
 * the sentence boundary nearest the passage (a pull-quote or share card copies whole sentences, so context inside
 * the sentence cannot tell copy from original). Growth beyond the rule carries what describe knew about repeats.
 */

/** Minimum context each side, in model characters. */
export const MIN_CONTEXT = 32;
/** Context reaches this far past the nearest sentence boundary (a pull-quote copies whole sentences). */
const PAST_BOUNDARY = 32;
/** Sentence boundaries further than this are not chased. */
const REACH = 200;

const ENDS_SENTENCE = /[.!?。！？]["'\u00bb\u201d\u2019)\]]*$/;
// A few non-space characters may follow the mark (closing quotes, brackets, or mis-decoded quote bytes).
const SENTENCE_END = /[.!?:;]\S{0,3}\s|[。！？]/;
const SENTENCE_END_ALL = new RegExp(SENTENCE_END.source, 'g');

/** Rule length of the prefix for a passage starting at `start` of `text` (before any growth for repeats). */
export function prefixRule(text: string, start: number): number {
  const window = text.slice(Math.max(0, start - REACH), start);
  let last = -1;
  for (const m of window.matchAll(SENTENCE_END_ALL)) if (m.index + m[0].length <= window.length) last = m.index;
  const toBoundary = last === -1 ? 0 : window.length - last + PAST_BOUNDARY;
  return Math.min(start, Math.max(MIN_CONTEXT, toBoundary));
}

/** Rule length of the suffix for a passage ending at `end` of `text`. */
export function suffixRule(text: string, end: number): number {
  if (ENDS_SENTENCE.test(text.slice(Math.max(0, end - 4), end))) return Math.min(text.length - end, MIN_CONTEXT);
  const window = text.slice(end, end + REACH);
  const m = SENTENCE_END.exec(window);
  const toBoundary = m ? m.index + m[0].length + PAST_BOUNDARY : 0;
  return Math.min(text.length - end, Math.max(MIN_CONTEXT, toBoundary));
}

/**
 * What describe knew about other places with the same (or nearly the same) text: none ('unique'), some
 * ('repeated': context alone tells them apart), or a twin sharing one whole side of context ('twinned': anchoring
 * must then see agreement on both sides). Selectors are W3C-standard, so the level travels in the context
 * lengths: the characters stored beyond the rule lengths, E, are 0 for unique, ≡ 1 (mod 3) for repeated and
 * ≡ 2 (mod 3) for twinned. Each rule reads only text it keeps, so anchoring recomputes it from the selector.
 */
export type Repetition = 'unique' | 'repeated' | 'twinned';

/** The repetition level a selector's context lengths carry. */
export function repetitionOf(exact: string, prefix: string, suffix: string): Repetition {
  const extra =
    prefix.length - prefixRule(prefix, prefix.length) + suffix.length - suffixRule(exact + suffix, exact.length);
  if (extra <= 0) return 'unique';
  return extra % 3 === 1 ? 'repeated' : 'twinned';
}

/**
 * Context lengths [prefix, suffix] grown by a few characters so they carry `level` (see Repetition), given the
 * rule lengths and how much text there is before and after the passage.
 */
export function markRepetition(
  lengths: [number, number],
  rules: [number, number],
  room: [number, number],
  level: Exclude<Repetition, 'unique'>,
): [number, number] {
  let [pre, suf] = lengths;
  const extra = pre - rules[0] + (suf - rules[1]);
  const target = level === 'repeated' ? 1 : 2;
  const add = (target - (extra % 3) + 3) % 3;
  if (suf + add <= room[1]) suf += add;
  else if (pre + add <= room[0]) pre += add;
  return [pre, suf];
}
