/**
 * Bounded approximate search: filter, then verify. Exact hits of a few pieces of the pattern (plus the old
 * position) pick a handful of regions; Myers' bit-parallel matcher (`approx-string-match`) verifies each one.
 * Cost stays near a few indexOf scans plus O(k/32 · region) per region, never a full-text Myers pass.
 */
import search from 'approx-string-match';

/** One approximate occurrence: model offsets and the edit distance to the pattern. */
export interface FuzzyHit {
  start: number;
  end: number;
  errors: number;
}

/** Quotes shorter than this are never matched approximately (one edit is too large a share of them). */
export const FUZZY_MIN_LENGTH = 16;

/** Edits allowed for an approximate match of a quote of length `n`: a quarter of it, at most 64. */
export function fuzzyErrors(n: number): number {
  return Math.min(64, Math.floor(n * 0.25));
}

const MAX_PIECES = 8;
const MAX_HITS_PER_PIECE = 48;

/** Region starts suggested by exact hits of pattern pieces, most-voted first. */
function seedRegions(text: string, pattern: string, maxErrors: number): number[] {
  const pieces = Math.min(MAX_PIECES, Math.floor(pattern.length / 8));
  if (pieces < 2) return [];
  const pieceLen = Math.floor(pattern.length / pieces);
  const estimates: number[] = [];
  for (let p = 0; p < pieces; p++) {
    const off = p * pieceLen;
    const piece = pattern.slice(off, off + pieceLen);
    const found: number[] = [];
    for (let i = text.indexOf(piece); i !== -1; i = text.indexOf(piece, i + 1)) {
      found.push(i - off);
      if (found.length > MAX_HITS_PER_PIECE) break;
    }
    if (found.length <= MAX_HITS_PER_PIECE) estimates.push(...found);
  }
  estimates.sort((a, b) => a - b);
  const clusters: { at: number; votes: number }[] = [];
  for (const e of estimates) {
    const last = clusters[clusters.length - 1];
    if (last && e - last.at <= maxErrors + 8) last.votes++;
    else clusters.push({ at: e, votes: 1 });
  }
  return clusters.sort((a, b) => b.votes - a.votes).map((c) => c.at);
}

/**
 * Best approximate occurrences of `pattern` (≤ `maxErrors` edits), one per region, fewest errors first.
 * Regions come from piece hits and from `hint` (the old start), so a passage edited in place is always tried.
 */
export function fuzzyFind(
  text: string,
  pattern: string,
  maxErrors: number,
  hint?: number,
  maxRegions = 10,
): FuzzyHit[] {
  const L = pattern.length;
  const starts = seedRegions(text, pattern, maxErrors).slice(0, maxRegions);
  const regions: [number, number][] = starts.map((s) => [s - maxErrors - 8, s + L + maxErrors + 8]);
  if (hint !== undefined) regions.unshift([hint - 2 * L - 256, hint + 3 * L + 256]);
  const hits: FuzzyHit[] = [];
  for (const [a0, b0] of regions) {
    const a = Math.max(0, a0);
    const b = Math.min(text.length, b0);
    if (b - a < L - maxErrors) continue;
    const found = search(text.slice(a, b), pattern, maxErrors);
    for (const m of found) {
      const hit = { start: a + m.start, end: a + m.end, errors: m.errors };
      if (!hits.some((h) => h.start < hit.end && hit.start < h.end)) hits.push(hit);
    }
  }
  return hits.sort((x, y) => x.errors - y.errors);
}
