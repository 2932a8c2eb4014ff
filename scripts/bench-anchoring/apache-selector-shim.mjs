/**
 * Stand-in for `@apache-annotator/selector` 0.2.0, which `@apache-annotator/dom` 0.2.0 imports but lists only as a
 * devDependency (so npm never installs it). Written for this benchmark from the package's documented behaviour:
 * - textQuoteSelectorMatcher: every exact, case- and whitespace-sensitive occurrence of prefix + exact + suffix,
 *   in text order, over the chunker's text (the DOM layer's chunks are all text nodes in the scope);
 * - describeTextQuote (default options): start with no context, extend prefix/suffix to whole words (≤ 50 chars),
 *   then, while another occurrence matches, extend both until they tell it apart (and again to whole words).
 * Used only when the real package cannot be resolved (see bench-anchoring.mjs).
 */

function flatten(chunker) {
  const chunks = [];
  const starts = [];
  let text = '';
  for (let c = chunker.currentChunk; c; c = chunker.nextChunk()) {
    starts.push(text.length);
    chunks.push(c);
    text += c.data;
  }
  return { chunks, starts, text };
}

function sameChunk(a, b) {
  if (a.equals) return a.equals(b);
  if (b.equals) return b.equals(a);
  return a === b;
}

function toChunkRange(flat, start, end) {
  const { chunks, starts } = flat;
  let si = 0;
  while (si < chunks.length - 1 && starts[si] + chunks[si].data.length <= start) si++;
  let ei = 0;
  while (ei < chunks.length - 1 && starts[ei] + chunks[ei].data.length < end) ei++;
  return { startChunk: chunks[si], startIndex: start - starts[si], endChunk: chunks[ei], endIndex: end - starts[ei] };
}

function offsetOf(flat, chunk, index) {
  const i = flat.chunks.findIndex((c) => sameChunk(c, chunk));
  if (i === -1) throw new Error('chunk not in scope');
  return flat.starts[i] + index;
}

function occurrences(text, prefix, exact, suffix) {
  const pattern = prefix + exact + suffix;
  const out = [];
  for (let i = text.indexOf(pattern); i !== -1; i = text.indexOf(pattern, i + 1)) out.push(i + prefix.length);
  return out;
}

export function textQuoteSelectorMatcher(selector) {
  return async function* matchAll(chunker) {
    const flat = flatten(chunker);
    const prefix = selector.prefix || '';
    const suffix = selector.suffix || '';
    for (const start of occurrences(flat.text, prefix, selector.exact, suffix)) {
      yield toChunkRange(flat, start, start + selector.exact.length);
    }
  };
}

const isSpace = (ch) => /^\s$/.test(ch);

/** Characters from `at` outward (backwards when `back`) up to the next whitespace, at most `limit`. */
function toWordEdge(text, at, back, limit = 50) {
  let n = 0;
  while (n < limit) {
    const i = back ? at - n - 1 : at + n;
    if (i < 0 || i >= text.length || isSpace(text[i])) break;
    n++;
  }
  return back ? text.slice(at - n, at) : text.slice(at, at + n);
}

/** Characters read from `a` (outward) until the character at the same step from `b` differs; undefined at an edge. */
function untilDifferent(text, a, b, back) {
  for (let n = 1; ; n++) {
    const ia = back ? a - n : a + n - 1;
    if (ia < 0 || ia >= text.length) return undefined;
    const ib = back ? b - n : b + n - 1;
    if (ib < 0 || ib >= text.length || text[ia] !== text[ib]) return back ? text.slice(ia, a) : text.slice(a, ia + 1);
  }
}

export async function describeTextQuote(target, scope, options = {}) {
  const minimal = options.minimalContext ?? false;
  const maxWord = options.maxWordLength ?? 50;
  const flat = flatten(scope());
  const { text } = flat;
  const start = offsetOf(flat, target.startChunk, target.startIndex);
  const end = offsetOf(flat, target.endChunk, target.endIndex);
  const exact = text.slice(start, end);
  let prefix = minimal ? '' : toWordEdge(text, start, true, maxWord);
  let suffix = minimal ? '' : toWordEdge(text, end, false, maxWord);
  for (;;) {
    const other = occurrences(text, prefix, exact, suffix).find((s) => s !== start);
    if (other === undefined) return { type: 'TextQuoteSelector', exact, prefix, suffix };
    const pa = start - prefix.length;
    let extraPrefix = untilDifferent(text, pa, other - prefix.length, true);
    if (extraPrefix !== undefined && !minimal)
      extraPrefix = toWordEdge(text, pa - extraPrefix.length, true, maxWord) + extraPrefix;
    const sa = end + suffix.length;
    let extraSuffix = untilDifferent(text, sa, other + exact.length + suffix.length, false);
    if (extraSuffix !== undefined && !minimal) extraSuffix += toWordEdge(text, sa + extraSuffix.length, false, maxWord);
    if (extraPrefix === undefined && extraSuffix === undefined) throw new Error('cannot disambiguate');
    if (minimal) {
      if (extraPrefix !== undefined && (extraSuffix === undefined || extraPrefix.length <= extraSuffix.length))
        prefix = extraPrefix + prefix;
      else suffix += extraSuffix;
    } else {
      if (extraPrefix !== undefined) prefix = extraPrefix + prefix;
      if (extraSuffix !== undefined) suffix += extraSuffix;
    }
  }
}

export function textPositionSelectorMatcher() {
  throw new Error('not part of the benchmark');
}

export async function describeTextPosition() {
  throw new Error('not part of the benchmark');
}
