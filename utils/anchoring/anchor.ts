/**
 * Selectors → DOM Range on the live page. `createAnchorer` builds the text model once and anchors any number of
 * selector lists against it (one DOM walk per page, then indexOf-speed work per annotation).
 */
import type { AnchorStatus, CssSelector, Selector, TextPositionSelector, TextQuoteSelector } from '../types';
import { blockKindMatches, resolveCssHint } from './css-hint';
import { rangeFromOffsets } from './dom-map';
import { matchQuote, type QuoteQuery } from './match-quote';
import { normalize } from './normalize';
import { buildTextModel, type TextModel } from './text-model';

/**
 * Where an annotation landed. `text`: the page's text when it differs from the quote ('changed'); `score`: how
 * similar the text found is to the quote, 0..1 (1 for 'exact' and 'moved').
 */
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

const orphan = (): AnchorResult => ({ range: null, status: 'orphan' });

function find<T extends Selector>(selectors: readonly Selector[], type: T['type']): T | undefined {
  return selectors.find((s): s is T => s.type === type);
}

/**
 * Anchors one selector list against a built model (see matchQuote for the rules). `shift` is a hint from batch
 * anchoring; `moved` in the answer is how far this annotation moved from its stored position, when known.
 */
function anchorIn(model: TextModel, selectors: readonly Selector[], shift = 0): AnchorResult & { moved?: number } {
  const quote = find<TextQuoteSelector>(selectors, 'TextQuoteSelector');
  const pos = find<TextPositionSelector>(selectors, 'TextPositionSelector');
  const css = selectors.find((s): s is CssSelector => s.type === 'CssSelector' && s.value.startsWith('#'));
  const kind = selectors.find((s): s is CssSelector => s.type === 'CssSelector' && !s.value.startsWith('#'));
  const len = model.text.length;
  const validPos = pos && pos.start >= 0 && pos.end >= pos.start && pos.end <= len ? pos : undefined;
  if (!quote) {
    // A bare position cannot be checked against anything: honour it if it still fits the page.
    if (!validPos) return orphan();
    return { range: rangeFromOffsets(model, validPos.start, validPos.end), status: 'exact', score: 1 };
  }
  const q: QuoteQuery = {
    exact: normalize(quote.exact),
    prefix: normalize(quote.prefix ?? ''),
    suffix: normalize(quote.suffix ?? ''),
    blocks: model.blockStarts,
  };
  if (quote.twins) q.twins = quote.twins.map((t) => ({ before: normalize(t.before), after: normalize(t.after) }));
  if (pos) {
    q.start = pos.start;
    q.end = pos.end;
    q.shift = shift;
  }
  // Resolved only when context and position leave a tie (it maps a DOM boundary: not free on a big page).
  if (css) q.scope = () => resolveCssHint(model, css.value);
  if (kind) q.blockKind = (at, loose) => blockKindMatches(model, at, kind.value, loose);
  const m = matchQuote(model.folded, q);
  if (m.status === 'orphan') return orphan();
  const range = rangeFromOffsets(model, m.start, m.end);
  if (!range) return orphan();
  const result: AnchorResult & { moved?: number } = { range, status: m.status, score: m.score };
  if (m.status === 'changed') result.text = model.text.slice(m.start, m.end);
  if (pos) result.moved = m.start - pos.start;
  return result;
}

/**
 * Anchors lists in page order, carrying how far the previous annotation moved: after content inserted above,
 * the rest are found by one check at old place + shift instead of a search through the whole text.
 */
function anchorBatch(model: TextModel, list: readonly (readonly Selector[])[]): AnchorResult[] {
  const startOf = (s: readonly Selector[]) => find<TextPositionSelector>(s, 'TextPositionSelector')?.start ?? -1;
  const order = list.map((_, i) => i).sort((a, b) => startOf(list[a]) - startOf(list[b]));
  const results: AnchorResult[] = new Array(list.length);
  let shift = 0;
  for (const i of order) {
    const { moved, ...result } = anchorIn(model, list[i], shift);
    if (moved !== undefined) shift = moved;
    results[i] = result;
  }
  return results;
}

/** Builds the page's text model once; anchor() and anchorAll() then reuse it. */
export function createAnchorer(root: Element): Anchorer {
  const model = buildTextModel(root);
  return {
    model,
    anchor: (selectors) => {
      const { moved: _, ...result } = anchorIn(model, selectors);
      return result;
    },
    anchorAll: (list) => anchorBatch(model, list),
  };
}

/** Anchors one annotation. Builds a text model per call: for many annotations use anchorAll/createAnchorer. */
export function anchorSelectors(root: Element, selectors: Selector[]): AnchorResult {
  return createAnchorer(root).anchor(selectors);
}

/** Anchors all annotations of a page in one pass over its text (one model, one result per selector list). */
export function anchorAll(root: Element, list: readonly (readonly Selector[])[]): AnchorResult[] {
  return createAnchorer(root).anchorAll(list);
}
