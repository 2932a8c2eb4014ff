/**
 * Where a quote is now, in plain text (pure: no DOM). Works on folded model text and normalised selectors.
 * Order: old position with intact context → exact occurrences judged by context, then position → the text
 * between intact context (passage edited in place) → fuzzy search. Every stage must be *clearly* right (context
 * support, a clear winner) or it gives way; when nothing is, the answer is orphan, never a guess.
 */

import type { BlockTwin } from '../types';
import { blockAgreement, blockSupported } from './block-agreement';
import {
  contextScore,
  intact,
  MODERATE,
  type Scored,
  sideSimilarity,
  supported,
  supportedOnBothSides,
} from './context';
import { markOf } from './context-rule';
import { FUZZY_MIN_LENGTH, fuzzyErrors, fuzzyFind } from './fuzzy';
import { commonPrefixLength, commonSuffixLength, quoteSimilarity } from './similarity';
import { copyLeft } from './twins';

/** A quote to find: exact text and context, already normalised (`normalize`), plus the old offsets if known. */
export interface QuoteQuery {
  exact: string;
  prefix: string;
  suffix: string;
  start?: number;
  end?: number;
  /** Model offsets of the element named by the CssSelector hint, if it still exists (computed on demand): breaks ties. */
  scope?: () => { start: number; end: number } | null;
  /** How far earlier annotations of the same page moved (batch anchoring): tried right after the old place. */
  shift?: number;
  /** Model offsets where the text's blocks start (TextModel.blockStarts): enables block agreement. */
  blocks?: Int32Array;
  /**
   * Whether the block holding model offset `at` matches the stored block-kind hint (`loose`: the block's own tag
   * and classes only, not its parent's). Breaks ties between blocks that agree equally with the context.
   */
  blockKind?: (at: number, loose: boolean) => boolean;
  /** Where the passage's block twins stood when described, normalised (twins.ts): lets a moved block be told. */
  twins?: readonly BlockTwin[];
}

/** Where the quote was found, or orphan. `score`: similarity of the text found to the quote, 0..1 (1 unless changed). */
export type QuoteMatch =
  | { status: 'exact' | 'moved' | 'changed'; start: number; end: number; score: number }
  | { status: 'orphan'; score?: number };

/** Candidates this close together are the same place seen at two shifts (the context alignment band). */
const SHIFT = 8;
/** How far ahead of the runner-up (in context score) a winner must be. */
const MARGIN = 0.15;
/** Near-tied candidates are told apart by position only if every rival is at least this far from the old place. */
const FAR = 1000;
/** A copy of the quote this close to its old place sends the fast path to the full comparison. */
const NEARBY = 2000;
/** Exact text at least this long, unique now and when described, needs no context (its block moved). */
const DISTINCTIVE = 16;
const MAX_CANDIDATES = 2000;
/** How many more context characters a block must reproduce than a complete copy of it, to win over that copy. */
const BLOCK_MARGIN = 8;
const SCORED = 16;

interface Query extends QuoteQuery {
  /** Whether the quote occurred only once when described. */
  unique: boolean;
  /** Whether no look-alike had even moderate context support when described (not 'twinned'). */
  lenient: boolean;
  /** Whether a copy's own block agreed with the context as fully as the passage's when described. */
  blockTwin: boolean;
  accepts: (c: Scored) => boolean;
}

const score = (text: string, q: Query, start: number, end: number) =>
  contextScore(text, q.prefix, q.suffix, start, end);
const distance = (q: Query, at: number) => (q.start === undefined ? 0 : Math.abs(at - q.start));
const hasContext = (q: QuoteQuery) => q.prefix.length > 0 || q.suffix.length > 0;

function allOccurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i !== -1 && out.length < MAX_CANDIDATES; i = text.indexOf(needle, i + 1)) {
    out.push(i);
  }
  return out;
}

/**
 * The clear winner among scored candidates, or null. The best context wins if it leads every other by MARGIN;
 * among near-ties, the CssSelector's element, or else a far nearer position, decides.
 */
function pick(q: Query, list: Scored[]): Scored | null {
  if (list.length === 0) return null;
  const top = list.reduce((a, b) => (b.ctx > a.ctx ? b : a));
  // A rival is out if it trails by MARGIN, or trails a little and is no better on either side (a copy) — unless
  // one side of it is intact where the leader's is not (a copy set down right where the passage used to start).
  // Candidates a few characters apart are one place read at two shifts: the better aligned one takes it.
  const lead = (c: Scored) => top.ctx - c.ctx >= 0.05 || (Math.abs(top.start - c.start) <= SHIFT && top.ctx > c.ctx);
  const dominates = (c: Scored) => lead(c) && (top.pre ?? 0) >= (c.pre ?? 0) && (top.suf ?? 0) >= (c.suf ?? 0);
  const side = (c: Scored, k: 'pre' | 'suf') => (c[k] ?? 0) >= 0.95 && (c[k] ?? 0) - (top[k] ?? 0) >= 0.1;
  const ties = list.filter(
    (c) => c === top || side(c, 'pre') || side(c, 'suf') || (top.ctx - c.ctx < MARGIN && !dominates(c)),
  );
  if (ties.length === 1) {
    if (q.accepts(top)) return top;
    // Moderate support is enough far ahead of every rival, unless a look-alike kept that much when described.
    const far = list.every((c) => c === top || c.strong <= top.strong - 0.3);
    return q.lenient && top.strong >= MODERATE && far ? top : null;
  }
  const scope = q.scope?.();
  if (scope) {
    const inside = ties.filter((c) => c.start >= scope.start && c.end <= scope.end);
    if (inside.length === 1 && top.ctx - inside[0].ctx <= 0.02 && q.accepts(inside[0])) return inside[0];
  }
  if (q.start === undefined) return null;
  const best = ties.reduce((a, b) => (distance(q, b.start) < distance(q, a.start) ? b : a));
  if (top.ctx - best.ctx > 0.02 || !q.accepts(best)) return null;
  const d = distance(q, best.start);
  const clear = ties.every((c) => c === best || (d * 3 + 64 < distance(q, c.start) && distance(q, c.start) >= FAR));
  return clear ? best : null;
}

/**
 * The occurrence whose own block reproduces the stored context completely, with more of it than any other
 * occurrence's block: a moved paragraph (its neighbours are new, its own text is not), or the original paragraph
 * beside a pull-quote of it (the copy holds only the quoted sentences). A passage with block twins is the one copy
 * left once each twin is found where it stood (twins.ts). Among complete blocks too close to call,
 * the block-kind hint decides (describe stores it only if no copy's block of that kind agreed). Without the hint,
 * off when describe saw a copy whose block agreed too: with the passage gone, that copy would win.
 */
function matchBlock(text: string, q: Query, occ: number[]): Scored | null {
  if (!q.blocks || occ.length >= MAX_CANDIDATES) return null;
  const L = q.exact.length;
  const all = occ.map((o) => ({ o, a: blockAgreement(text, q.blocks as Int32Array, q.prefix, q.suffix, o, o + L) }));
  // Only complete blocks compete: one that stops agreeing short of its edge contradicts the context, however much
  // of it agrees first (a sentence quoted inside a longer paragraph).
  const complete = all.filter((c) => c.a.complete);
  const most = Math.max(...complete.map((c) => c.a.chars));
  const top = complete.filter((c) => c.a.chars === most);
  if (top.length === 1 && !q.blockTwin && blockSupported(top[0].a, L)) {
    const best = top[0];
    // Any other complete block must reproduce clearly less.
    const clear = complete.every((c) => c === best || c.a.chars <= most - BLOCK_MARGIN);
    if (clear) return score(text, q, best.o, best.o + L);
  }
  if (q.blockTwin && q.twins) {
    const copies = all.filter((c) => blockSupported(c.a, L)).map((c) => c.o);
    const left = copyLeft(text, q.blocks, copies, L, q.twins);
    if (left !== null) return score(text, q, left, left + L);
  }
  const kind = q.blockKind;
  if (!kind) return null;
  // Loose first (a moved block has a new parent); the parent only separates blocks of one kind (a pull-quote box).
  const loose = top.filter((c) => blockSupported(c.a, L) && kind(c.o, true));
  const strict = loose.length > 1 ? loose.filter((c) => kind(c.o, false)) : loose;
  return strict.length === 1 ? score(text, q, strict[0].o, strict[0].o + L) : null;
}

/** A rival side this similar or less can't bring its mean within 0.05 of a candidate with its whole context intact. */
const NEAR_INTACT = 0.9;

/**
 * The occurrence among `chosen` with its whole stored context intact, when no other comes near it on both sides —
 * what pick() would answer, found without scoring every rival in full: on a page that repeats a name hundreds of
 * times, that scoring was most of the work. Null when pick() must weigh them (or no occurrence is intact).
 */
function wholeContextWinner(text: string, q: Query, chosen: number[]): Scored | null {
  const L = q.exact.length;
  const whole = chosen.find(
    (o) => o >= q.prefix.length && text.startsWith(q.prefix, o - q.prefix.length) && text.startsWith(q.suffix, o + L),
  );
  if (whole === undefined) return null;
  const near = (o: number) =>
    sideSimilarity(q.prefix, text, o, true, NEAR_INTACT) > NEAR_INTACT &&
    sideSimilarity(q.suffix, text, o + L, false, NEAR_INTACT) > NEAR_INTACT;
  return chosen.every((o) => o === whole || !near(o)) ? score(text, q, whole, whole + L) : null;
}

/** Exact occurrences judged by context: the clear winner, 'ambiguous' on a tie of supported ones, or null. */
function matchExact(text: string, q: Query): Scored | 'ambiguous' | null {
  const L = q.exact.length;
  const occ = allOccurrences(text, q.exact);
  if (occ.length === 0) return null;
  if (!hasContext(q)) {
    if (occ.length === 1) return score(text, q, occ[0], occ[0] + L);
    const at = occ.find((o) => o === q.start);
    return at === undefined ? 'ambiguous' : score(text, q, at, at + L);
  }
  // Cheap pre-rank by exact run lengths at both edges, then full context scores for the best few.
  const pm = Math.min(q.prefix.length, 64);
  const sm = Math.min(q.suffix.length, 64);
  const run = (o: number) =>
    commonSuffixLength(q.prefix, q.prefix.length, text, o, pm) + commonPrefixLength(q.suffix, 0, text, o + L, sm);
  const chosen =
    occ.length <= SCORED
      ? occ
      : occ
          .map((o) => ({ o, r: run(o) }))
          .sort((a, b) => b.r - a.r)
          .slice(0, SCORED)
          .map((x) => x.o);
  if (q.start !== undefined) {
    const nearest = occ.reduce((a, b) => (distance(q, b) < distance(q, a) ? b : a));
    if (!chosen.includes(nearest)) chosen.push(nearest);
  }
  const whole = wholeContextWinner(text, q, chosen);
  if (whole) return whole;
  const scored = chosen.map((o) => score(text, q, o, o + L));
  const best = pick(q, scored) ?? matchBlock(text, q, occ);
  if (best) return best;
  // Unique when described and unique now: the same passage, moved, unless it is short and its context is gone.
  if (occ.length === 1 && q.unique && (L >= DISTINCTIVE || scored[0].strong >= 0.3)) return scored[0];
  // Two places each with one side of support is a tie whatever the level: no later stage may break it.
  return scored.filter(supported).length > 1 ? 'ambiguous' : null;
}

/** The passage edited in place: intact context on both sides with a plausible gap between. */
function matchBetweenContext(text: string, q: Query): QuoteMatch | null {
  const L = q.exact.length;
  if (q.prefix.length < 8 || q.suffix.length < 8) return null;
  const tail = q.prefix.slice(-32);
  const head = q.suffix.slice(0, 32);
  const minGap = Math.max(1, Math.floor(L * 0.4));
  const maxGap = L * 2 + 20;
  const found: { start: number; end: number; sim: number }[] = [];
  for (const t of allOccurrences(text, tail)) {
    const start = t + tail.length;
    const end = text.indexOf(head, start);
    // The context closing up (gap too short) means the passage is gone, not edited.
    if (end === -1 || end - start < minGap || end - start > maxGap) continue;
    if (text.slice(start, end).includes(q.exact)) continue; // the quote itself is there: not an edit
    found.push({ start, end, sim: quoteSimilarity(q.exact, text.slice(start, end)) });
    if (found.length > 1) return null;
  }
  if (found.length !== 1) return null;
  const f = found[0];
  // One edited word changes about a dozen characters: a neighbour with the same template changes far more.
  if (f.sim < 0.85 - 12 / L) return null;
  if (!q.accepts(score(text, q, f.start, f.end))) return null;
  return { status: 'changed', start: f.start, end: f.end, score: Math.max(0, f.sim) };
}

/** Approximate occurrences, accepted only with quote similarity, context support and a clear winner. */
function matchFuzzy(text: string, q: Query): QuoteMatch | null {
  const L = q.exact.length;
  if (L < FUZZY_MIN_LENGTH) return null;
  const hits = fuzzyFind(text, q.exact, fuzzyErrors(L), q.start).filter((h) => h.errors > 0);
  if (hits.length === 0) return null;
  const scored = hits.map((h) => ({ h, sim: 1 - h.errors / L, c: score(text, q, h.start, h.end) }));
  const rank = (x: (typeof scored)[number]) => x.sim * 0.5 + x.c.ctx * 0.5;
  scored.sort((a, b) => rank(b) - rank(a));
  const [best, next] = scored;
  const lead = next ? rank(best) - rank(next) : 1;
  if (best.sim < 0.75 || !q.accepts(best.c) || lead < 0.1) return null;
  return { status: 'changed', start: best.h.start, end: best.h.end, score: best.sim };
}

/**
 * True when the quote is at `at` with its context intact, and no other copy within NEARBY characters shares a
 * stretch of that context (a copy set down right before the passage would; a name repeated nearby does not).
 */
function intactAt(text: string, q: Query, at: number): boolean {
  const L = q.exact.length;
  if (at < 0 || !text.startsWith(q.exact, at)) return false;
  if (hasContext(q) && !intact(score(text, q, at, at + L))) return false;
  const pm = Math.min(q.prefix.length, 16);
  const sm = Math.min(q.suffix.length, 16);
  // Search only the window (a plain indexOf past the last copy would scan on to the end of a long page).
  const from = Math.max(0, at - NEARBY);
  const window = text.slice(from, Math.min(text.length, at + L + NEARBY));
  for (let w = window.indexOf(q.exact); w !== -1; w = window.indexOf(q.exact, w + 1)) {
    const o = from + w;
    if (o === at) continue;
    if (!hasContext(q)) return false;
    const shared =
      commonSuffixLength(q.prefix, q.prefix.length, text, o, pm) + commonPrefixLength(q.suffix, 0, text, o + L, sm);
    if (shared >= Math.min(16, pm + sm)) return false;
  }
  return true;
}

/** Characters of context next to a copy of the quote that must match to call a candidate that copy. */
const NEIGHBOUR_CONTEXT = 16;
/** How far the runs of matching context are followed. */
const RUN = 64;

/**
 * True when the candidate `c` is a copy of the quote that the stored context itself holds — the passage's
 * neighbour. Cutting the passage sets that neighbour right against the passage's other side ("Not logged in | Log in
 * now | Create an account": cut "Log in now" and the first " in" gains the passage's suffix). Told by the text
 * beside it matching what the context holds beside that copy for longer than it matches the passage's own side
 * (a sentence repeated twice in a row matches both equally: that is no evidence either way).
 */
function isNeighbour(text: string, q: Query, c: Scored): boolean {
  const L = q.exact.length;
  const ownPre = commonSuffixLength(q.prefix, q.prefix.length, text, c.start, RUN);
  for (let k = q.prefix.indexOf(q.exact); k !== -1 && (c.pre ?? 1) < 0.95; k = q.prefix.indexOf(q.exact, k + 1)) {
    const run = commonSuffixLength(q.prefix, k, text, c.start, RUN);
    if (run >= Math.max(4, Math.min(NEIGHBOUR_CONTEXT, k)) && run > ownPre) return true;
  }
  const ownSuf = commonPrefixLength(q.suffix, 0, text, c.end, RUN);
  for (let k = q.suffix.indexOf(q.exact); k !== -1 && (c.suf ?? 1) < 0.95; k = q.suffix.indexOf(q.exact, k + 1)) {
    const run = commonPrefixLength(q.suffix, k + L, text, c.end, RUN);
    if (run >= Math.max(4, Math.min(NEIGHBOUR_CONTEXT, q.suffix.length - k - L)) && run > ownSuf) return true;
  }
  return false;
}

/** Finds `query` in folded model text. See the module comment for the order and the acceptance rules. */
export function matchQuote(text: string, query: QuoteQuery): QuoteMatch {
  const L = query.exact.length;
  if (L === 0) return { status: 'orphan' };
  const { level: repetition, blockTwin } = markOf(query.exact, query.prefix, query.suffix);
  const q: Query = {
    ...query,
    unique: repetition === 'unique',
    lenient: repetition !== 'twinned',
    blockTwin,
    accepts: repetition === 'twinned' ? supportedOnBothSides : supported,
  };
  // Fast path: the quote is still at its old place (or where its neighbours moved to) with its context intact,
  // and no copy of it close by.
  if (q.start !== undefined) {
    if (intactAt(text, q, q.start)) return { status: 'exact', start: q.start, end: q.start + L, score: 1 };
    const moved = q.start + (q.shift ?? 0);
    if (moved !== q.start && intactAt(text, q, moved))
      return { status: 'moved', start: moved, end: moved + L, score: 1 };
  }
  const exact = matchExact(text, q);
  if (exact === 'ambiguous') return { status: 'orphan' };
  if (exact && isNeighbour(text, q, exact)) return { status: 'orphan' };
  if (exact) {
    const status = exact.start === q.start ? 'exact' : 'moved';
    return { status, start: exact.start, end: exact.end, score: 1 };
  }
  return matchBetweenContext(text, q) ?? matchFuzzy(text, q) ?? { status: 'orphan' };
}
