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

/**
 * What describe records for the passage at [start, end) of model text `text` and its block twins (starts `twins`):
 * the text around each twin's block — or null when a twin's recorded text would reach into the passage's own block
 * (twins side by side). That text moves with the passage, so the passage, moved, could stand where its twin stood.
 */
export function twinRecords(
  text: string,
  blockStarts: Int32Array,
  start: number,
  end: number,
  twins: readonly number[],
): BlockTwin[] | null {
  const [pFrom, pTo] = blockSpan(blockStarts, text.length, start, end);
  const records: BlockTwin[] = [];
  for (const t of twins) {
    const [from, to] = blockSpan(blockStarts, text.length, t, t + (end - start));
    const before = Math.max(0, from - AROUND);
    const after = Math.min(text.length, to + AROUND);
    if ((before < pTo && from > pFrom) || (to < pTo && after > pFrom)) return null;
    records.push({ before: text.slice(before, from), after: text.slice(to, after) });
  }
  return records;
}

/** One recorded side against the text there: similar enough, or — cut short by the page's edge — the same. */
function sideAgrees(recorded: string, text: string, boundary: number, backwards: boolean): boolean {
  if (recorded.length < AROUND) {
    return backwards
      ? boundary === recorded.length && text.startsWith(recorded, 0)
      : text.length - boundary === recorded.length && text.endsWith(recorded);
  }
  return sideSimilarity(recorded, text, boundary, backwards) >= STRONG;
}

/** True when the block holding [start, end) of folded `text` stands where `twin` (normalised) stood: both sides agree. */
export function standsAt(text: string, blockStarts: Int32Array, start: number, end: number, twin: BlockTwin): boolean {
  const [from, to] = blockSpan(blockStarts, text.length, start, end);
  return sideAgrees(twin.before, text, from, true) && sideAgrees(twin.after, text, to, false);
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
