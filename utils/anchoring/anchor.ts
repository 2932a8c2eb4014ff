/**
 * Selectors → DOM Range on the live page. `createAnchorer` builds the text model once and anchors any number of
 * selector lists against it (one DOM walk per page, then indexOf-speed work per annotation).
 */
import type { AnchorStatus, CssSelector, Selector, TextPositionSelector, TextQuoteSelector } from '../types';
import { resolveCssHint } from './css-hint';
import { rangeFromOffsets } from './dom-map';
import { matchQuote, type QuoteQuery } from './match-quote';
import { normalize } from './normalize';
import { buildTextModel, type TextModel } from './text-model';

/** Where an annotation landed. `text` is the page's text when it differs from the quote; `score` is 0..1. */
export interface AnchorResult {
  range: Range | null;
  status: AnchorStatus;
  score?: number;
  text?: string;
}

/** Anchors many annotations against one text model. Rebuild it (create a new one) after the page changes. */
export interface Anchorer {
  readonly model: TextModel;
  anchor(selectors: readonly Selector[]): AnchorResult;
  anchorAll(list: readonly (readonly Selector[])[]): AnchorResult[];
}

const ORPHAN: AnchorResult = { range: null, status: 'orphan' };

function find<T extends Selector>(selectors: readonly Selector[], type: T['type']): T | undefined {
  return selectors.find((s): s is T => s.type === type);
}

/** Anchors one selector list against a built model (see matchQuote for the rules). */
function anchorIn(model: TextModel, selectors: readonly Selector[]): AnchorResult {
  const quote = find<TextQuoteSelector>(selectors, 'TextQuoteSelector');
  const pos = find<TextPositionSelector>(selectors, 'TextPositionSelector');
  const css = find<CssSelector>(selectors, 'CssSelector');
  const len = model.text.length;
  const validPos = pos && pos.start >= 0 && pos.end >= pos.start && pos.end <= len ? pos : undefined;
  if (!quote) {
    // A bare position cannot be checked against anything: honour it if it still fits the page.
    if (!validPos) return ORPHAN;
    return { range: rangeFromOffsets(model, validPos.start, validPos.end), status: 'exact', score: 1 };
  }
  const q: QuoteQuery = {
    exact: normalize(quote.exact),
    prefix: normalize(quote.prefix ?? ''),
    suffix: normalize(quote.suffix ?? ''),
  };
  if (pos) {
    q.start = pos.start;
    q.end = pos.end;
  }
  const scope = css && resolveCssHint(model, css.value);
  if (scope) q.scope = scope;
  const m = matchQuote(model.folded, q);
  if (m.status === 'orphan') return ORPHAN;
  const range = rangeFromOffsets(model, m.start, m.end);
  if (!range) return ORPHAN;
  const result: AnchorResult = { range, status: m.status, score: m.score };
  if (m.status === 'changed') result.text = model.text.slice(m.start, m.end);
  return result;
}

/** Builds the page's text model once; anchor() and anchorAll() then reuse it. */
export function createAnchorer(root: Element): Anchorer {
  const model = buildTextModel(root);
  return {
    model,
    anchor: (selectors) => anchorIn(model, selectors),
    anchorAll: (list) => list.map((selectors) => anchorIn(model, selectors)),
  };
}

/** Anchors one annotation. Builds a text model per call: for many annotations use anchorAll/createAnchorer. */
export function anchorSelectors(root: Element, selectors: Selector[]): AnchorResult {
  return anchorIn(buildTextModel(root), selectors);
}

/** Anchors all annotations of a page in one pass over its text (one model, one result per selector list). */
export function anchorAll(root: Element, list: readonly (readonly Selector[])[]): AnchorResult[] {
  return createAnchorer(root).anchorAll(list);
}
