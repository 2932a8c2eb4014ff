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
 * What describe knew about other places with the same (or nearly the same) text: no exact copy ('unique'), exact
 * copies that context alone tells apart ('repeated'), or a look-alike sharing one whole side of context
 * ('twinned': anchoring must then see agreement on both sides). Selectors are W3C-standard, so the level travels
 * in the context lengths: the characters stored beyond the rule lengths, E, are ≡ 0 (mod 3) for unique (E > 0 when
 * context grew past approximate look-alikes), ≡ 1 for repeated and ≡ 2 for twinned. Each rule reads only text it
 * keeps, so anchoring recomputes the rule lengths, and E, from the selector alone.
 */
export type Repetition = 'unique' | 'repeated' | 'twinned';

const RESIDUE: Record<Repetition, number> = { unique: 0, repeated: 1, twinned: 2 };

/** E: the characters a selector's context holds beyond the rule lengths. */
function extraOf(exact: string, prefix: string, suffix: string): number {
  return prefix.length - prefixRule(prefix, prefix.length) + suffix.length - suffixRule(exact + suffix, exact.length);
}

/**
 * What a selector's context lengths carry: the repetition level, and whether describe saw a copy of the passage
 * whose own text block agreed with the context as fully as the passage's (block-agreement.ts: then block agreement
 * cannot tell them apart). The flag is E mod 6 ≥ 3, so E mod 3 still gives the level.
 */
export function markOf(exact: string, prefix: string, suffix: string): { level: Repetition; blockTwin: boolean } {
  const extra = extraOf(exact, prefix, suffix);
  if (extra <= 0) return { level: 'unique', blockTwin: false };
  const level = extra % 3 === 1 ? 'repeated' : extra % 3 === 2 ? 'twinned' : 'unique';
  return { level, blockTwin: extra % 6 >= 3 };
}

/** The repetition level a selector's context lengths carry. */
export function repetitionOf(exact: string, prefix: string, suffix: string): Repetition {
  return markOf(exact, prefix, suffix).level;
}

/**
 * Context lengths [prefix, suffix] grown by up to five characters so they carry `level` and `blockTwin` (see
 * Repetition, hasBlockTwin), given the rule lengths and how much text there is before and after the passage.
 */
export function markRepetition(
  lengths: [number, number],
  rules: [number, number],
  room: [number, number],
  level: Repetition,
  blockTwin = false,
): [number, number] {
  const [pre, suf] = lengths;
  const extra = pre - rules[0] + (suf - rules[1]);
  const add = (RESIDUE[level] + (blockTwin ? 3 : 0) - (extra % 6) + 6) % 6;
  if (add === 0) return [pre, suf];
  if (suf + add <= room[1]) return [pre, suf + add];
  if (pre + add <= room[0]) return [pre + add, suf];
  // No room to grow (the passage spans the page between its contexts): give back characters instead.
  const cut = 6 - add;
  if ((level === 'unique' && !blockTwin) || extra - cut > 0) {
    if (suf - cut >= rules[1]) return [pre, suf - cut];
    if (pre - cut >= rules[0]) return [pre - cut, suf];
  }
  return [pre, suf];
}
