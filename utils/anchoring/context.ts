/**
 * How well a candidate's surroundings match a selector's prefix and suffix, and when that is support enough
 * (pure). Describe uses the same rules to make sure no other place on the page would pass.
 */

/** Shifts tolerated when aligning context (insertions/deletions drifting from the diagonal). */
const BAND = 8;
/** One side at least this similar (share of its stored length that agrees) is strong support. */
export const STRONG = 0.7;
/** A mean of both sides at least this similar also supports a candidate. */
export const SUPPORT = 0.55;

/**
 * How much of stored context `ctx` agrees with the text going outward from `boundary` (backwards for a prefix),
 * as a fraction of its length: the best, over i, of i - 3 · (edits aligning its first i characters), with
 * alignments kept within ±BAND shifts. An edited word costs a little; context that stops matching (a moved block's edge, a
 * twin's divergence) stops counting where it stops matching; a shifted candidate never starts.
 * `floor`: stop as soon as the answer cannot end above it — an answer at or below `floor` then only says that the
 * true one is at or below it too (for callers that need to know whether a side is near-intact, not how near).
 */
export function sideSimilarity(ctx: string, text: string, boundary: number, backwards: boolean, floor = 0): number {
  const n = ctx.length;
  if (n === 0) return 1;
  if (backwards ? boundary >= n && text.startsWith(ctx, boundary - n) : text.startsWith(ctx, boundary)) return 1;
  const avail = backwards ? boundary : text.length - boundary;
  const W = 2 * BAND + 1;
  const INF = 1 << 20;
  let prev = new Int32Array(W).fill(INF);
  let cur = new Int32Array(W);
  // Row 0: aligning no context characters against j text characters costs j (column index d = j - i + BAND).
  for (let j = 0; j <= BAND && j <= avail; j++) prev[j + BAND] = j;
  let best = 0;
  for (let i = 1; i <= n; i++) {
    const ca = ctx.charCodeAt(backwards ? n - i : i - 1);
    let rowMin = INF;
    for (let d = 0; d < W; d++) {
      const j = i + d - BAND;
      if (j < 0 || j > avail) {
        cur[d] = INF;
        continue;
      }
      let v = prev[d] + (j > 0 && ca === text.charCodeAt(backwards ? boundary - j : boundary + j - 1) ? 0 : 1);
      if (j === 0) v = i;
      if (d + 1 < W && prev[d + 1] + 1 < v) v = prev[d + 1] + 1;
      if (d > 0 && cur[d - 1] + 1 < v) v = cur[d - 1] + 1;
      cur[d] = v;
      if (v < rowMin) rowMin = v;
    }
    const score = i - 3 * rowMin;
    if (score > best) best = score;
    if (n - 3 * rowMin <= Math.max(best, floor * n)) break; // the rest cannot beat the best so far (or the floor)
    [prev, cur] = [cur, prev];
  }
  return best / n;
}

/** A candidate span with its context scores (null side: the selector has no context there). */
export interface Scored {
  start: number;
  end: number;
  pre: number | null;
  suf: number | null;
  /** Mean of the available sides (0 with none). */
  ctx: number;
  /** Best side. */
  strong: number;
}

/** Scores candidate [start, end) in folded `text` against normalised `prefix`/`suffix`. */
export function contextScore(text: string, prefix: string, suffix: string, start: number, end: number): Scored {
  const pre = prefix.length > 0 ? sideSimilarity(prefix, text, start, true) : null;
  const suf = suffix.length > 0 ? sideSimilarity(suffix, text, end, false) : null;
  if (pre === null || suf === null) {
    const one = pre ?? suf ?? 0;
    return { start, end, pre, suf, ctx: one, strong: one };
  }
  return { start, end, pre, suf, ctx: (pre + suf) / 2, strong: Math.max(pre, suf) };
}

/** True when a candidate's context supports it: one strong side, or both sides fair. */
export function supported(c: Scored): boolean {
  return c.strong >= STRONG || c.ctx >= SUPPORT;
}

/** A side at least this similar makes a candidate that beats every rival by far acceptable. */
export const MODERATE = 0.5;

/**
 * True when a look-alike comes anywhere near being accepted (a side within 0.1 of MODERATE). Describe grows
 * context until no look-alike passes this, so once the passage is gone none can win, with a margin to spare.
 */
export function mightWin(c: Scored): boolean {
  return supported(c) || c.strong >= MODERATE - 0.1;
}

/**
 * Support demanded of a quote that had a twin when described (a place sharing one whole side of its context,
 * like a repeated teaser or footer): both sides must agree, since one side proves nothing there.
 */
export function supportedOnBothSides(c: Scored): boolean {
  if (c.pre === null || c.suf === null) return c.strong >= 0.9;
  return Math.min(c.pre, c.suf) >= 0.5 && c.ctx >= 0.65;
}

/** Both available sides at least 0.95: the context is intact. */
export function intact(c: Scored): boolean {
  return (c.pre ?? 1) >= 0.95 && (c.suf ?? 1) >= 0.95;
}
