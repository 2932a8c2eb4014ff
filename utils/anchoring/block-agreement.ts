/**
 * How much of a candidate's own text block agrees with a selector's context (pure). Blocks (paragraphs, list items,
 * captions) move, get copied and get new neighbours as units, so context that agrees all the way to the edges of the
 * candidate's block is evidence that survives those changes; agreement across a block edge is circumstantial.
 */
import { commonPrefixLength, commonSuffixLength } from './similarity';

/** Characters (quote plus context) a block must reproduce before its agreement counts as evidence at all. */
export const BLOCK_EVIDENCE = 24;

/** The stored context a candidate's block reproduces: characters that agree, and whether they reach both edges. */
export interface BlockAgreement {
  /** Characters of the stored prefix and suffix found, unchanged, inside the candidate's block. */
  chars: number;
  /**
   * True when the block agrees with the stored context everywhere they overlap: from the block's start (or the
   * prefix's start) to the candidate, and from it to the block's end (or the suffix's end).
   */
  complete: boolean;
}

/** Index of the first value in sorted `a` greater than `x`. */
function upperBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The text block around [start, end): from the last block start at or before `start` to the next block's edge. */
export function blockSpan(blockStarts: Int32Array, length: number, start: number, end: number): [number, number] {
  const i = upperBound(blockStarts, start);
  const from = i > 0 ? blockStarts[i - 1] : 0;
  const j = upperBound(blockStarts, end);
  // The character before a block start is the space that separates it from the block before.
  const to = j < blockStarts.length ? blockStarts[j] - 1 : length;
  return [from, Math.max(to, end)];
}

/** Agreement of candidate [start, end) of folded `text` with normalised `prefix` and `suffix`, inside its block. */
export function blockAgreement(
  text: string,
  blockStarts: Int32Array,
  prefix: string,
  suffix: string,
  start: number,
  end: number,
): BlockAgreement {
  const [from, to] = blockSpan(blockStarts, text.length, start, end);
  const before = Math.min(prefix.length, start - from);
  const after = Math.min(suffix.length, to - end);
  const pre = commonSuffixLength(prefix, prefix.length, text, start, before);
  const suf = commonPrefixLength(suffix, 0, text, end, after);
  return { chars: pre + suf, complete: pre === before && suf === after };
}

/** True when a block agreement is evidence enough to pick a candidate out: complete, and long enough with the quote. */
export function blockSupported(a: BlockAgreement, quoteLength: number): boolean {
  return a.complete && a.chars + quoteLength >= BLOCK_EVIDENCE;
}
