import { pageIndex, pageTitle, stubPage } from '@/utils/export/pages';
import { isHttpUrl, isoDay } from '@/utils/export/text';
import type { Annotation, PageRecord } from '@/utils/types';
import { type ClaimReviewRating, claimReviewRating } from '@/utils/verdicts';

/**
 * Claims as schema.org `ClaimReview` JSON-LD (the markup fact-checkers publish and search engines read). One
 * review per claim with a verdict other than "unverified" (an unchecked claim is not a review); the rating comes
 * from utils/verdicts.ts. Only http(s) URLs are emitted; evidence with any other scheme is left out. No review
 * `url`: that is the address of a published fact-check, which a reader's notes do not have.
 */

export interface ClaimReviewOptions {
  /** Who reviewed the claims (`author` of each review). Omitted when not given. */
  reviewer?: { name: string; url?: string; type?: 'Person' | 'Organization' };
  /** Include claims still marked "unverified" (rating with only `alternateName`). Default false. */
  includeUnverified?: boolean;
}

/** One schema.org ClaimReview (the fields we emit; optional ones only when known). */
export interface ClaimReview {
  '@type': 'ClaimReview';
  claimReviewed: string;
  reviewRating: ClaimReviewRating;
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Person'; name: string };
    appearance: {
      '@type': 'CreativeWork';
      url: string;
      headline?: string;
      author?: { '@type': 'Person'; name: string };
      datePublished?: string;
      publisher?: { '@type': 'Organization'; name: string };
    };
  };
  datePublished?: string;
  dateModified?: string;
  author?: { '@type': 'Person' | 'Organization'; name: string; url?: string };
  reviewBody?: string;
  citation?: { '@type': 'CreativeWork'; url: string; name?: string; description: string }[];
  keywords?: string;
}

/** A JSON-LD document holding every review in `@graph` (one script tag or file, one context). */
export interface ClaimReviewDocument {
  '@context': 'https://schema.org';
  '@graph': ClaimReview[];
}

const STANCE_TEXT = {
  supports: 'Supports the claim',
  refutes: 'Refutes the claim',
  context: 'Context for the claim',
} as const;

/** One claim as a ClaimReview, or null when it is not a reviewable claim (kind, verdict or URL). */
export function toClaimReview(a: Annotation, page: PageRecord, options: ClaimReviewOptions = {}): ClaimReview | null {
  if (a.kind !== 'claim' || !isHttpUrl(a.pageUrl)) return null;
  const verdict = a.verdict ?? 'unverified';
  if (verdict === 'unverified' && !options.includeUnverified) return null;
  const appearance: ClaimReview['itemReviewed']['appearance'] = { '@type': 'CreativeWork', url: a.pageUrl };
  if (page.title.trim()) appearance.headline = pageTitle(page);
  if (page.byline?.trim()) appearance.author = { '@type': 'Person', name: page.byline };
  if (page.publishedTime?.trim()) appearance.datePublished = page.publishedTime;
  if (page.siteName?.trim()) appearance.publisher = { '@type': 'Organization', name: page.siteName };
  const review: ClaimReview = {
    '@type': 'ClaimReview',
    claimReviewed: a.quote,
    reviewRating: claimReviewRating(verdict),
    itemReviewed: { '@type': 'Claim', appearance },
  };
  if (a.speaker?.trim()) review.itemReviewed.author = { '@type': 'Person', name: a.speaker };
  const published = isoDay(a.createdAt);
  if (published) review.datePublished = published;
  const modified = isoDay(a.updatedAt);
  if (modified) review.dateModified = modified;
  if (options.reviewer?.name.trim()) {
    const { name, url, type = 'Person' } = options.reviewer;
    review.author = { '@type': type, name, ...(url && isHttpUrl(url) ? { url } : {}) };
  }
  if (a.note.trim()) review.reviewBody = a.note;
  const citation = (a.evidence ?? [])
    .filter((e) => isHttpUrl(e.url))
    .map((e) => ({
      '@type': 'CreativeWork' as const,
      url: e.url,
      ...(e.title ? { name: e.title } : {}),
      description: STANCE_TEXT[e.stance] ?? 'Evidence',
    }));
  if (citation.length > 0) review.citation = citation;
  if (a.tags.length > 0) review.keywords = a.tags.join(', ');
  return review;
}

/** Every reviewable claim as one JSON-LD document (`@graph`), pages looked up by URL. */
export function toClaimReviews(
  annotations: readonly Annotation[],
  pages: readonly PageRecord[],
  options: ClaimReviewOptions = {},
): ClaimReviewDocument {
  const index = pageIndex(pages);
  const graph: ClaimReview[] = [];
  for (const a of annotations) {
    const review = toClaimReview(a, index.get(a.pageUrl) ?? stubPage(a.pageUrl), options);
    if (review) graph.push(review);
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** The ClaimReview document as pretty-printed JSON text. */
export function toClaimReviewJson(
  annotations: readonly Annotation[],
  pages: readonly PageRecord[],
  options: ClaimReviewOptions = {},
): string {
  return `${JSON.stringify(toClaimReviews(annotations, pages, options), null, 2)}\n`;
}
