/**
 * Block twins (pure): exact copies of a passage whose own block reproduces its context as fully as the passage's
 * does — a headline repeated in two teaser lists, a caption shown twice. Context and block agreement cannot tell
 * such copies apart, so describe records where each twin stands (the text just outside its block) and anchoring
 * does the accounting: if every twin is still found where it stood and exactly one other copy with a fully agreeing
 * block remains, that copy is the passage, moved. Anything short of that stays an orphan.
 */
import type { BlockTwin } from '../types';
import { blockSpan } from './block-agreement';
import { STRONG, sideSimilarity } from './context';

/** Twins recorded at most; with more, the passage stays an orphan when its block moves (as without the record). */
export const MAX_TWINS = 3;
/** Characters recorded each side of a twin's block. */
const AROUND = 32;

/** The text around the block holding [start, end) of `text` (model text when describing, folded when anchoring). */
export function aroundBlock(text: string, blockStarts: Int32Array, start: number, end: number): BlockTwin {
  const [from, to] = blockSpan(blockStarts, text.length, start, end);
  return { before: text.slice(Math.max(0, from - AROUND), from), after: text.slice(to, to + AROUND) };
}

/** True when the block holding [start, end) of folded `text` stands where `twin` (normalised) stood: both sides agree. */
export function standsAt(text: string, blockStarts: Int32Array, start: number, end: number, twin: BlockTwin): boolean {
  const [from, to] = blockSpan(blockStarts, text.length, start, end);
  return (
    sideSimilarity(twin.before, text, from, true) >= STRONG && sideSimilarity(twin.after, text, to, false) >= STRONG
  );
}

/**
 * The one copy left once every recorded twin is found where it stood, or null. `copies`: starts of the exact
 * copies whose blocks agree fully with the context (block-agreement.ts), `length`: the quote's length.
 */
export function copyLeft(
  text: string,
  blockStarts: Int32Array,
  copies: number[],
  length: number,
  twins: readonly BlockTwin[],
): number | null {
  if (twins.length === 0 || twins.length > MAX_TWINS) return null;
  const placed = copies.map((o) => twins.map((t) => standsAt(text, blockStarts, o, o + length, t)));
  // Every twin must be found, each copy may stand for at most one twin, and exactly one copy must be left over.
  if (placed.some((row) => row.filter(Boolean).length > 1)) return null;
  if (!twins.every((_, k) => placed.filter((row) => row[k]).length === 1)) return null;
  const left = copies.filter((_, i) => !placed[i].some(Boolean));
  return left.length === 1 ? left[0] : null;
}
