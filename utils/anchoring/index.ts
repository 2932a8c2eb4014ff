/**
 * Anchoring: describe a DOM Range as W3C selectors, and find those selectors again on a (possibly changed) page.
 * Never anchors in a place that is not clearly right: such annotations come back as 'orphan'.
 */
export { type Anchorer, type AnchorResult, anchorAll, anchorSelectors, createAnchorer } from './anchor';
export { MIN_CONTEXT, type Repetition, repetitionOf } from './context-rule';
export { contextLengths, describeOffsets, describeRange } from './describe';
export { offsetsFromRange, rangeFromOffsets } from './dom-map';
export { findText } from './find-text';
export { matchQuote, type QuoteMatch, type QuoteQuery } from './match-quote';
export { fold, normalize } from './normalize';
export { buildTextModel, isIgnored, type TextModel, textOf } from './text-model';
