/**
 * Other places on the page that read like a passage (pure): describe judges each of them against the context it
 * is about to store. Exact copies near the passage all count, far ones by how much context they share; and
 * approximate copies close by are found with the passage itself masked out (Myers only reports the best match of
 * a region, which would otherwise always be the passage).
 */
import search from 'approx-string-match';
import { FUZZY_MIN_LENGTH, fuzzyErrors, fuzzyFind } from './fuzzy';
import { commonPrefixLength, commonSuffixLength } from './similarity';

/** A span of model offsets. */
export type Span = { start: number; end: number };

/** Exact copies within this distance of the passage are all kept (they can inherit its context). */
export const NEAR = 5000;
/** Far exact copies kept: the ones sharing most context with the passage. */
const FAR_KEPT = 64;
/** Occurrences scanned at most (a name can occur thousands of times on a long page). */
const MAX_SCAN = 20000;
/** Rounds of masked search for approximate copies around the passage. */
const ROUNDS = 3;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Exact copies of folded[start, end) other than itself. */
function exactCopies(folded: string, start: number, end: number): Span[] {
  const needle = folded.slice(start, end);
  const L = needle.length;
  const near: Span[] = [];
  const far: { span: Span; shared: number }[] = [];
  let scanned = 0;
  for (let i = folded.indexOf(needle); i !== -1 && scanned < MAX_SCAN; i = folded.indexOf(needle, i + 1), scanned++) {
    if (i === start) continue;
    const span = { start: i, end: i + L };
    if (Math.abs(i - start) <= NEAR) near.push(span);
    else {
      const shared =
        commonSuffixLength(folded, start, folded, i, 64) + commonPrefixLength(folded, end, folded, i + L, 64);
      far.push({ span, shared });
    }
  }
  far.sort((a, b) => b.shared - a.shared);
  return [...near, ...far.slice(0, FAR_KEPT).map((f) => f.span)];
}

/** Approximate copies in the passage's neighbourhood, found with the passage (and each find) masked out. */
function nearbyApproximate(folded: string, start: number, end: number, maxErrors: number): Span[] {
  const needle = folded.slice(start, end);
  const from = Math.max(0, start - NEAR);
  const to = Math.min(folded.length, end + NEAR);
  const mask = (s: string, a: number, b: number) => s.slice(0, a) + '\u0000'.repeat(b - a) + s.slice(b);
  let region = mask(folded.slice(from, to), start - from, end - from);
  const out: Span[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const found = search(region, needle, maxErrors);
    if (found.length === 0) break;
    for (const m of found) {
      const span = { start: from + m.start, end: from + m.end };
      if (!out.some((o) => overlaps(o, span))) out.push(span);
      region = mask(region, m.start, m.end);
    }
  }
  return out;
}

/** Other places with the passage's text: exact copies, and approximate ones anchoring's fuzzy stage could accept. */
export function lookAlikes(folded: string, start: number, end: number): { exact: Span[]; approximate: Span[] } {
  const exact = exactCopies(folded, start, end);
  const approximate: Span[] = [];
  const L = end - start;
  if (L < FUZZY_MIN_LENGTH) return { exact, approximate };
  const self = { start, end };
  const k = fuzzyErrors(L);
  const found = [
    ...fuzzyFind(folded, folded.slice(start, end), k, start).filter((h) => h.errors > 0),
    ...nearbyApproximate(folded, start, end, k),
  ];
  for (const h of found) {
    if (!overlaps(h, self) && ![...exact, ...approximate].some((o) => overlaps(o, h))) approximate.push(h);
  }
  return { exact, approximate };
}
