import { VERDICTS, type Verdict } from '@/utils/types';

/**
 * The verdict scale: human labels for the UI and exports, and how each verdict maps onto a schema.org
 * ClaimReview `reviewRating` (1 = worst … 5 = best, the convention fact-checkers publish with).
 * Pure data, no DOM.
 */

export interface VerdictInfo {
  /** Short human label ("Mostly true"). */
  label: string;
  /** One line for tooltips and legends. */
  description: string;
  /**
   * ClaimReview `ratingValue` on a 1..5 scale, or null where no point on the scale applies
   * (unverified, unprovable): those reviews carry only `alternateName`.
   */
  ratingValue: number | null;
  /** ClaimReview `alternateName`: the textual rating shown by search engines. */
  alternateName: string;
}

/** Lowest ClaimReview `ratingValue` we emit (false). */
export const WORST_RATING = 1;
/** Highest ClaimReview `ratingValue` we emit (true). */
export const BEST_RATING = 5;

/** Every verdict with its label and rating; the key order is the order of `VERDICTS`. */
export const VERDICT_INFO: Readonly<Record<Verdict, Readonly<VerdictInfo>>> = {
  unverified: {
    label: 'Unverified',
    description: 'Not checked yet.',
    ratingValue: null,
    alternateName: 'Unverified',
  },
  true: { label: 'True', description: 'Accurate, nothing significant missing.', ratingValue: 5, alternateName: 'True' },
  'mostly-true': {
    label: 'Mostly true',
    description: 'Accurate but needs clarification or extra context.',
    ratingValue: 4,
    alternateName: 'Mostly true',
  },
  mixed: {
    label: 'Mixed',
    description: 'Partly accurate, partly not.',
    ratingValue: 3,
    alternateName: 'Mixed',
  },
  misleading: {
    label: 'Misleading',
    description: 'Contains some truth but leaves a false impression.',
    ratingValue: 2,
    alternateName: 'Misleading',
  },
  false: { label: 'False', description: 'Not accurate.', ratingValue: 1, alternateName: 'False' },
  unprovable: {
    label: 'Unprovable',
    description: 'Cannot be proven or disproven with the evidence available.',
    ratingValue: null,
    alternateName: 'Unprovable',
  },
};

/** Type guard: is `value` one of the verdicts on our scale? Accepts anything (use it on untrusted input). */
export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value);
}

/** The human label of a verdict ("Mostly true"); an unknown value yields "Unverified" rather than throwing. */
export function verdictLabel(verdict: Verdict | undefined): string {
  return isVerdict(verdict) ? VERDICT_INFO[verdict].label : VERDICT_INFO.unverified.label;
}

/** schema.org `Rating` object for a ClaimReview; `ratingValue`/`bestRating`/`worstRating` only where the scale applies. */
export interface ClaimReviewRating {
  '@type': 'Rating';
  alternateName: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
}

/**
 * The ClaimReview `reviewRating` for a verdict. Verdicts off the numeric scale (unverified, unprovable) get only
 * an `alternateName`, since a number there would claim a judgement the reviewer did not make.
 */
export function claimReviewRating(verdict: Verdict): ClaimReviewRating {
  const info = VERDICT_INFO[verdict];
  if (info.ratingValue === null) return { '@type': 'Rating', alternateName: info.alternateName };
  return {
    '@type': 'Rating',
    ratingValue: info.ratingValue,
    bestRating: BEST_RATING,
    worstRating: WORST_RATING,
    alternateName: info.alternateName,
  };
}
