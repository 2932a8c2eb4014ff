/**
 * Range → W3C selectors. The quote's context reaches past the sentence the passage sits in (a pull-quote or a
 * share card copies sentences, so context inside the sentence cannot tell copy from original). When the quote
 * occurs elsewhere on the page, the context gets a few characters more (the mark anchoring reads as "repeated")
 * and then doubles until no other occurrence would be accepted by the anchoring rules: a removed passage can
 * then not land on a twin that was already on the page.
 */
import type { CssSelector, Selector, TextPositionSelector, TextQuoteSelector } from '../types';
import { contextScore, prefixRule, suffixRule, supported } from './context';
import { cssHint } from './css-hint';
import { offsetsFromRange } from './dom-map';
import { buildTextModel, type TextModel } from './text-model';

/** Context never grows past this many characters a side. */
const MAX_CONTEXT = 1024;
/** Extra context characters that mark a repeated quote. */
const REPEAT_MARK = 8;
/** Other occurrences checked for twins (a very common quote is judged by the first ones). */
const MAX_OTHERS = 300;

function otherOccurrences(folded: string, start: number, end: number): number[] {
  const needle = folded.slice(start, end);
  const out: number[] = [];
  for (let i = folded.indexOf(needle); i !== -1 && out.length < MAX_OTHERS; i = folded.indexOf(needle, i + 1)) {
    if (i !== start) out.push(i);
  }
  return out;
}

/** Context lengths [prefix, suffix] for model offsets [start, end): the rule, grown while another place passes. */
export function contextLengths(model: TextModel, start: number, end: number): [number, number] {
  const { folded } = model;
  let pre = prefixRule(folded, start);
  let suf = suffixRule(folded, end);
  const others = end > start ? otherOccurrences(folded, start, end) : [];
  if (others.length === 0) return [pre, suf];
  const L = end - start;
  const twin = (p: number, s: number) => {
    const prefix = folded.slice(start - p, start);
    const suffix = folded.slice(end, end + s);
    return others.some((o) => supported(contextScore(folded, prefix, suffix, o, o + L)));
  };
  // A few characters past the rule mark the quote as repeated (see wasRepeated); then grow while a twin passes.
  pre = Math.min(start, pre + REPEAT_MARK);
  suf = Math.min(folded.length - end, suf + REPEAT_MARK);
  while (twin(pre, suf)) {
    const nextPre = Math.min(start, pre * 2, MAX_CONTEXT);
    const nextSuf = Math.min(folded.length - end, suf * 2, MAX_CONTEXT);
    if (nextPre === pre && nextSuf === suf) break;
    pre = nextPre;
    suf = nextSuf;
  }
  return [pre, suf];
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
  const position: TextPositionSelector = { type: 'TextPositionSelector', start, end };
  const selectors: Selector[] = [quote, position];
  const css = cssHint(model, start);
  if (css) selectors.push({ type: 'CssSelector', value: css } satisfies CssSelector);
  return selectors;
}

/**
 * Describes exactly the given range (no snapping) as JSON-serialisable W3C selectors: a TextQuoteSelector with
 * at least 32 characters of context each side (more past a sentence boundary, more when the quote is repeated),
 * a TextPositionSelector in text-model offsets, and a CssSelector when the passage sits in an element with an id.
 */
export function describeRange(root: Element, range: Range): Selector[] {
  const model = buildTextModel(root);
  const { start, end } = offsetsFromRange(model, range);
  return describeOffsets(model, start, end);
}
