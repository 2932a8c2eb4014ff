/**
 * Quotation detector: finds quoted speech and reported claims in an article's plain text and says who
 * said them. Pure (no DOM, no extension APIs, no downloads); English news style.
 *
 * What counts: direct quotes (“…,” said X / X said: “…”), quotes split by their attribution (two items,
 * same speaker), multi-paragraph quotes (one item spanning the paragraphs), partial quotes inside the
 * writer's sentence (described the plan as “reckless”), and unquoted reported claims (X said that …),
 * in curly, straight, single, guillemet and low-high quotation marks. Titles, names, nicknames, slogans
 * and scare quotes with no speaker are left out.
 */
import { type DetectOptions, detect } from './detect';
import type { DetectedQuote } from './types';

/** Options (minimum confidence). */
export type { DetectOptions } from './detect';
/** Groups results by speaker for the popup's "Quotes in this article". */
export { groupBySpeaker, type SpeakerGroup } from './group';
/** The result record and its kinds. */
export type { DetectedQuote, QuoteKind } from './types';

/**
 * Detects quotations in `text` (paragraphs separated by "\n\n", as the extractor gives them).
 * Each item satisfies `text.slice(item.start, item.end) === item.quote`; items are in text order.
 * Trade-off: rule-based and single-pass (fast: a long article takes milliseconds, nothing to download),
 * so unusual constructions are missed rather than guessed; `confidence` ranks what is kept
 * (≈0.95 quote with its attribution, 0.75–0.85 speaker carried over, 0.5–0.6 reported claims).
 */
export function detectQuotes(text: string, options?: DetectOptions): DetectedQuote[] {
  return detect(text, options);
}
