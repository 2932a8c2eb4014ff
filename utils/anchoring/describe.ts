/**
 * Range → W3C selectors. Context follows the rule in context-rule.ts; when the same or nearly the same text
 * occurs elsewhere on the page, it grows until no other place would pass anchoring's checks (so a removed passage
 * cannot land on a look-alike that was already there), and its length records how hard that was.
 */
import type { CssSelector, Selector, TextPositionSelector, TextQuoteSelector } from '../types';
import { blockAgreement, blockSupported } from './block-agreement';
import { contextScore, mightWin, type Scored, supportedOnBothSides } from './context';
import { markRepetition, prefixRule, type Repetition, suffixRule } from './context-rule';
import { blockKind, blockKindMatches, cssHint } from './css-hint';
import { nodeForStart, offsetsFromRange } from './dom-map';
import { lookAlikes, type Span } from './look-alikes';
import { rawAt } from './segments';
import { buildTextModel, TEXT_BLOCKS, type TextModel } from './text-model';
import { MAX_TWINS, twinRecords } from './twins';

/** Copies of a passage past which anchoring stops using block agreement (match-quote MAX_CANDIDATES). */
const BLOCK_COPIES_MAX = 2000;
/** Look-alikes starting this close to the passage are the passage itself, shifted (see match-quote pick). */
const SHIFT = 8;
/** Context never grows past this many characters a side. */
const MAX_CONTEXT = 1024;
/** Growth to beat look-alikes on the usual (one strong side) rule stops here; past it, both sides are required. */
const ONE_SIDE_MAX = 256;
/** Blocks longer than this are not simulated away (a whole article body is not a paragraph). */
const MAX_BLOCK = 4000;
/** Look-alikes this close to the passage's block are judged as if the block were gone. */
const REACH_AFTER_REMOVAL = 600;
/** Model offsets of the text block around [start, end), or null when there is none short of the whole page. */
function blockAround(model: TextModel, start: number, end: number): Span | null {
  if (model.nodes.length === 0 || start >= model.text.length) return null;
  const first = model.nodes[nodeForStart(model, rawAt(model, start))];
  let el = first.parentElement?.closest(TEXT_BLOCKS) ?? null;
  const range = model.root.ownerDocument.createRange();
  for (; el && el !== model.root && model.root.contains(el); el = el.parentElement?.closest(TEXT_BLOCKS) ?? null) {
    range.selectNodeContents(el);
    const span = offsetsFromRange(model, range);
    if (span.start <= start && span.end >= end) return span.end - span.start <= MAX_BLOCK ? span : null;
  }
  return null;
}

/**
 * The page as it would read with the passage's block removed (or moved away), and where `others` sit in it. A
 * look-alike in a neighbouring block then inherits the passage's context on one side (templated lists, repeated
 * teasers): describe must judge it there too, since that is what anchoring would see.
 */
function withoutBlock(folded: string, block: Span, others: Span[], reach: number): { text: string; others: Span[] } {
  const before = folded.slice(0, block.start).trimEnd();
  const after = folded.slice(block.end).trimStart();
  const text = `${before} ${after}`;
  const shift = text.length - folded.length;
  const moved = others
    .filter(
      (o) =>
        (o.end <= block.start && o.end > block.start - reach) || (o.start >= block.end && o.start < block.end + reach),
    )
    .map((o) => (o.start >= block.end ? { start: o.start + shift, end: o.end + shift } : o));
  return { text, others: moved };
}

/** Context lengths [prefix, suffix] for model offsets [start, end): the rule, grown and marked for repeats. */
export function contextLengths(model: TextModel, start: number, end: number): [number, number] {
  const { folded } = model;
  const rules: [number, number] = [prefixRule(folded, start), suffixRule(folded, end)];
  const room: [number, number] = [start, folded.length - end];
  const found = end > start ? lookAlikes(folded, start, end) : { exact: [], approximate: [] };
  // Copies overlapping the passage's own context a few characters off are the passage read at a shift:
  // anchoring gives that place to the best-aligned reading, so they are no rivals.
  const others = [...found.exact, ...found.approximate].filter((o) => Math.abs(o.start - start) > SHIFT);
  if (others.length === 0) return rules;
  const block = blockAround(model, start, end);
  const gone =
    block &&
    withoutBlock(
      folded,
      block,
      others.filter((o) => o.end <= block.start || o.start >= block.end),
      REACH_AFTER_REMOVAL,
    );
  const passes = (rule: (c: Scored) => boolean, [p, s]: [number, number]) => {
    const prefix = folded.slice(start - p, start);
    const suffix = folded.slice(end, end + s);
    const judge = (text: string) => (o: Span) => rule(contextScore(text, prefix, suffix, o.start, o.end));
    return others.some(judge(folded)) || (gone?.others.some(judge(gone.text)) ?? false);
  };
  const grow = (from: [number, number], rule: (c: Scored) => boolean, max: number): [number, number] => {
    let l = from;
    while (passes(rule, l)) {
      const next: [number, number] = [
        Math.min(room[0], Math.max(l[0], Math.min(l[0] * 2, max))),
        Math.min(room[1], Math.max(l[1], Math.min(l[1] * 2, max))),
      ];
      if (next[0] === l[0] && next[1] === l[1]) break;
      l = next;
    }
    return l;
  };
  const oneSide = grow(rules, mightWin, ONE_SIDE_MAX);
  if (!passes(mightWin, oneSide)) {
    return mark(model, start, end, oneSide, found.exact.length > 0 ? 'repeated' : 'unique');
  }
  // A look-alike shares a whole side of context: anchoring will ask for both sides, so grow until none has both.
  return mark(model, start, end, grow(oneSide, supportedOnBothSides, MAX_CONTEXT), 'twinned');
}

/**
 * Final context lengths: `lengths` marked with the repetition level, and with the block-twin flag when an exact
 * copy's own block reproduces the context stored (anchoring's block agreement could not tell it from the passage).
 */
function mark(model: TextModel, start: number, end: number, lengths: [number, number], level: Repetition) {
  const { folded } = model;
  const rules: [number, number] = [prefixRule(folded, start), suffixRule(folded, end)];
  const room: [number, number] = [start, folded.length - end];
  const plain = markRepetition(lengths, rules, room, level);
  const twins = blockTwins(model, start, end, plain);
  return twins === 'many' || twins.length > 0 ? markRepetition(lengths, rules, room, level, true) : plain;
}

/**
 * Exact copies of [start, end) whose own block reproduces the context `lengths` would store (block-agreement.ts),
 * or 'many' past the number of copies anchoring looks at.
 */
function blockTwins(model: TextModel, start: number, end: number, [p, s]: [number, number]): number[] | 'many' {
  const { folded, blockStarts } = model;
  const prefix = folded.slice(start - p, start);
  const suffix = folded.slice(end, end + s);
  const needle = folded.slice(start, end);
  const twins: number[] = [];
  let seen = 0;
  for (let i = folded.indexOf(needle); i !== -1 && end > start; i = folded.indexOf(needle, i + 1)) {
    if (i === start) continue;
    if (++seen >= BLOCK_COPIES_MAX) return 'many';
    const a = blockAgreement(folded, blockStarts, prefix, suffix, i, i + needle.length);
    if (blockSupported(a, needle.length)) twins.push(i);
  }
  return twins;
}

/**
 * The block-kind hint for the passage, if no copy whose block agrees with the context has a block of that kind,
 * even leaving out the parent (anchoring falls back to the block alone: a moved block leaves its parent behind).
 */
function distinctBlockKind(model: TextModel, start: number, end: number, lengths: [number, number]): string | null {
  const kind = blockKind(model, start);
  if (!kind || !blockKindMatches(model, start, kind, false)) return null;
  const twins = blockTwins(model, start, end, lengths);
  if (twins === 'many' || twins.some((t) => blockKindMatches(model, t, kind, true))) return null;
  return kind;
}

/** Selectors for model offsets [start, end) of an already built model. */
export function describeOffsets(model: TextModel, start: number, end: number): Selector[] {
  const { text } = model;
  const [pre, suf] = contextLengths(model, start, end);
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(start - pre, start),
    suffix: text.slice(end, end + suf),
  };
  const twins = blockTwins(model, start, end, [pre, suf]);
  const records =
    twins !== 'many' && twins.length > 0 && twins.length <= MAX_TWINS
      ? twinRecords(text, model.blockStarts, start, end, twins)
      : null;
  if (records) quote.twins = records;
  const position: TextPositionSelector = { type: 'TextPositionSelector', start, end };
  const selectors: Selector[] = [quote, position];
  const css = cssHint(model, start);
  if (css) selectors.push({ type: 'CssSelector', value: css } satisfies CssSelector);
  const kind = distinctBlockKind(model, start, end, [pre, suf]);
  if (kind) selectors.push({ type: 'CssSelector', value: kind } satisfies CssSelector);
  return selectors;
}

/**
 * Describes exactly the given range (no snapping) as JSON-serialisable W3C selectors: a TextQuoteSelector with
 * at least 32 characters of context each side (more past a sentence boundary, more when the text is repeated; with
 * the surroundings of its block twins, if any: twins.ts), a TextPositionSelector in text-model offsets, and
 * CssSelector hints (the element with an id around it; its block's kind when no twin shares it).
 */
export function describeRange(root: Element, range: Range): Selector[] {
  const model = buildTextModel(root);
  const { start, end } = offsetsFromRange(model, range);
  return describeOffsets(model, start, end);
}
