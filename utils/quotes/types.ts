/**
 * Public and internal types of the quotation detector (pure: no DOM, no extension APIs).
 */

/** How a quotation appears: a quoted utterance, a quoted fragment inside reported speech, or an unquoted claim. */
export type QuoteKind = 'direct' | 'partial' | 'reported';

/**
 * One detected quotation. `text.slice(start, end) === quote` for the text given to `detectQuotes`.
 * `quote` excludes the quotation marks and the comma or full stop that closes it inside the marks;
 * for 'reported' it is the reported proposition. `speaker` is a full name where the article gives one,
 * an organisation or group as written ("the ministry", "officials") otherwise, or null.
 */
export interface DetectedQuote {
  quote: string;
  start: number;
  end: number;
  speaker: string | null;
  kind: QuoteKind;
  /** 0..1: how sure the detector is that this is a quotation and that the speaker is right. */
  confidence: number;
}

/** A pair of quotation marks found in the text (offsets into the original text). */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  openAt: number;
  /** Offset just after the closing mark (or the end of the quoted text when no closing mark was found). */
  closeEnd: number;
  /** Quoted text, marks excluded: [start, end). */
  start: number;
  end: number;
  /** The opening mark character. */
  mark: string;
  /** True when the quote runs over several paragraphs (opening mark repeated at each paragraph start). */
  multiParagraph: boolean;
  /** False when no closing mark was found (the quote was closed at a paragraph end). */
  closed: boolean;
}

/** A token of a sentence: a word, a punctuation mark, or a whole quotation (kind 'q'). */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'w' | 'p' | 'q';
  /** Index into the span list for kind 'q'. */
  span: number;
  /** Word starting with an upper-case letter. */
  cap: boolean;
}

/** A sentence of the masked text: quotations are single tokens, so their punctuation never splits it. */
export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
  /** Index of the paragraph group holding the sentence. */
  group: number;
}
