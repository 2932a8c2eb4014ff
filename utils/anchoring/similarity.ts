/** String measures used to judge anchoring candidates (pure): edit distance and exact run lengths. */

/** Levenshtein distance between `a` and `b`, giving up (returning `limit + 1`) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length === 0 || b.length === 0) return Math.max(a.length, b.length);
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      const v = Math.min(sub, del, ins);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** 1 - editDistance / longer length: 1 for equal strings, 0 for nothing in common. */
export function quoteSimilarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - editDistance(a, b) / n;
}

/** How many characters match going backwards from the ends of `a` and `b`. */
export function commonSuffixLength(a: string, aEnd: number, b: string, bEnd: number, max: number): number {
  let k = 0;
  while (k < max && aEnd - k > 0 && bEnd - k > 0 && a.charCodeAt(aEnd - k - 1) === b.charCodeAt(bEnd - k - 1)) k++;
  return k;
}

/** How many characters match going forwards from `aStart` in `a` and `bStart` in `b`. */
export function commonPrefixLength(a: string, aStart: number, b: string, bStart: number, max: number): number {
  let k = 0;
  while (
    k < max &&
    aStart + k < a.length &&
    bStart + k < b.length &&
    a.charCodeAt(aStart + k) === b.charCodeAt(bStart + k)
  )
    k++;
  return k;
}
