/**
 * Record types shared by every layer (pure: no DOM, no extension APIs).
 * Selectors follow the W3C Web Annotation Data Model so exports carry them unchanged.
 */

/** W3C TextQuoteSelector: the exact text with some context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
  /**
   * Ours, not W3C (exports move it into the `quotemark` extension): the text around each block twin when described
   * — an exact copy of the passage whose own block (paragraph, list item…) matches the context as fully as the
   * passage's does. Anchoring finds those copies where they still stand; once all are accounted for, the one copy
   * left is the passage, moved. See utils/anchoring/twins.ts.
   */
  twins?: BlockTwin[];
}

/** The text just outside a block twin's block: up to 32 characters before its start and after its end. */
export interface BlockTwin {
  before: string;
  after: string;
}

/** W3C TextPositionSelector: character offsets into the root's text content (as our text model sees it). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** W3C CssSelector: a structural hint (the nearest block element holding the start of the passage). */
export interface CssSelector {
  type: 'CssSelector';
  value: string;
}

export type Selector = TextQuoteSelector | TextPositionSelector | CssSelector;

/** How the last visit placed an annotation: same place, same text elsewhere, edited text, or not found. */
export type AnchorStatus = 'exact' | 'moved' | 'changed' | 'orphan';

export const KINDS = ['highlight', 'quote', 'claim'] as const;
export type Kind = (typeof KINDS)[number];

/** Verdict scale, mapped onto schema.org ClaimReview ratings 1..5 where one applies (see utils/verdicts.ts). */
export const VERDICTS = ['unverified', 'true', 'mostly-true', 'mixed', 'misleading', 'false', 'unprovable'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const STANCES = ['supports', 'refutes', 'context'] as const;
export type Stance = (typeof STANCES)[number];

export interface Evidence {
  url: string;
  stance: Stance;
  title?: string;
}

export const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type Color = (typeof COLORS)[number];

export interface Annotation {
  /** UUID. */
  id: string;
  /** Canonical URL of the page (see utils/url.ts). */
  pageUrl: string;
  kind: Kind;
  /** The exact text as it was selected. */
  quote: string;
  selectors: Selector[];
  color: Color;
  note: string;
  tags: string[];
  /** Quotes and claims: who said it. */
  speaker?: string | null;
  /** Claims only. */
  verdict?: Verdict;
  evidence?: Evidence[];
  createdAt: number;
  updatedAt: number;
  /** Result of the last anchoring on the live page. */
  anchor?: {
    status: AnchorStatus;
    /** The text found on the page when it differed from `quote` (status 'changed'). */
    text?: string;
    /** Similarity 0..1 for 'changed'. */
    score?: number;
    at: number;
  };
}

export interface PageRecord {
  /** Canonical URL: primary key. */
  url: string;
  /** Every URL this page was seen at (normalised). */
  urls: string[];
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  firstSeen: number;
  lastSeen: number;
}

/** A copy of an article as the reader view showed it, kept so notes stay readable if the page changes or vanishes. */
export interface ArticleSnapshot {
  /** Canonical URL of the page: primary key (one snapshot a page, the latest). */
  pageUrl: string;
  /** The URL it was read at. */
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** Article HTML, already sanitised (utils/reader/sanitize.ts) — and sanitised again before it is shown. */
  html: string;
  /** Plain text, paragraphs separated by "\n\n". */
  text: string;
  savedAt: number;
}
