/**
 * Lookups in a text model's segment map (model offset ↔ raw offset into the concatenated text-node data), each a
 * binary search over runs rather than a per-character table: building stays at regex speed on long pages.
 */
import type { TextModel } from './text-model';

/** Numbers per segment: model start, raw start, length, virtual flag. */
export const SEG = 4;

/** Index (in segments, not numbers) of the segment holding model offset `i` (clamped to the last one). */
function segmentOf(segs: Int32Array, i: number): number {
  let lo = 0;
  let hi = segs.length / SEG - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (segs[mid * SEG] <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Raw offset of model character `i`; for an added block-boundary space, the raw offset just after it. */
export function rawAt(model: TextModel, i: number): number {
  const segs = model.segments;
  const k = segmentOf(segs, i) * SEG;
  return segs[k + 3] === 1 ? segs[k + 1] : segs[k + 1] + (i - segs[k]);
}

/** True when model character `i` is a space added at a block boundary (no DOM character behind it). */
export function isVirtual(model: TextModel, i: number): boolean {
  const segs = model.segments;
  if (i < 0 || i >= model.text.length) return false;
  return segs[segmentOf(segs, i) * SEG + 3] === 1;
}

/** The first model offset whose raw offset is at or after `raw` (model length if none). */
export function modelAt(model: TextModel, raw: number): number {
  const segs = model.segments;
  const count = segs.length / SEG;
  // First segment whose last raw offset is >= raw.
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const k = mid * SEG;
    const last = segs[k + 3] === 1 ? segs[k + 1] : segs[k + 1] + segs[k + 2] - 1;
    if (last < raw) lo = mid + 1;
    else hi = mid;
  }
  if (lo === count) return model.text.length;
  const k = lo * SEG;
  return segs[k + 3] === 1 ? segs[k] : segs[k] + Math.max(0, raw - segs[k + 1]);
}
