import { toClaimReview, toClaimReviewJson, toClaimReviews } from '@/utils/export';
import { VERDICT_INFO } from '@/utils/verdicts';
import { make, PAGE_A, PAGE_B, RICH } from './fixtures';

describe('toClaimReviews', () => {
  const doc = toClaimReviews(RICH, [PAGE_A, PAGE_B]);

  it('emits one ClaimReview per reviewed claim, skipping highlights, quotes and unverified claims', () => {
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph'].map((r) => r.reviewRating.alternateName)).toEqual([
      'True',
      'Mostly true',
      'Mixed',
      'Misleading',
      'False',
      'Unprovable',
    ]);
  });

  it('maps verdicts to a 1..5 rating, unprovable to a name only', () => {
    const byName = Object.fromEntries(doc['@graph'].map((r) => [r.reviewRating.alternateName, r.reviewRating]));
    expect(byName.False).toStrictEqual({
      '@type': 'Rating',
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'False',
    });
    expect(byName.True.ratingValue).toBe(5);
    expect(byName.Unprovable).toStrictEqual({ '@type': 'Rating', alternateName: 'Unprovable' });
  });

  it('describes the claim, who said it, where it appeared and the evidence', () => {
    const claim = RICH.find((a) => a.verdict === 'misleading')!;
    expect(
      toClaimReview({ ...claim, note: 'Cherry-picked.' }, PAGE_A, {
        reviewer: { name: 'Desk', url: 'https://desk.example/' },
      }),
    ).toStrictEqual({
      '@type': 'ClaimReview',
      claimReviewed: claim.quote,
      reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Misleading' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Minister Jane Doe' },
        appearance: {
          '@type': 'CreativeWork',
          url: PAGE_A.url,
          headline: PAGE_A.title,
          author: { '@type': 'Person', name: 'Ada Reporter' },
          datePublished: PAGE_A.publishedTime,
          publisher: { '@type': 'Organization', name: 'Example News' },
        },
      },
      datePublished: '2025-03-02',
      dateModified: '2025-03-02',
      author: { '@type': 'Person', name: 'Desk', url: 'https://desk.example/' },
      reviewBody: 'Cherry-picked.',
      citation: [
        {
          '@type': 'CreativeWork',
          url: 'https://stats.example.gov/labour/4',
          name: 'Labour force survey',
          description: 'Refutes the claim',
        },
        { '@type': 'CreativeWork', url: 'https://archive.example.net/x?a=1&b=(2)', description: 'Supports the claim' },
        {
          '@type': 'CreativeWork',
          url: 'https://context.example.com/',
          name: 'Background, explained',
          description: 'Context for the claim',
        },
      ],
      keywords: 'economy',
    });
  });

  it('can include unverified claims, and never emits non-http URLs', () => {
    const claim = make({
      kind: 'claim',
      evidence: [
        { url: 'javascript:alert(1)', stance: 'refutes' },
        { url: 'https://ok.example/', stance: 'supports' },
      ],
    });
    expect(toClaimReview(claim, PAGE_A)).toBeNull();
    const review = toClaimReview(claim, PAGE_A, {
      includeUnverified: true,
      reviewer: { name: 'X', url: 'javascript:x' },
    })!;
    expect(review.reviewRating).toStrictEqual({
      '@type': 'Rating',
      alternateName: VERDICT_INFO.unverified.alternateName,
    });
    expect(review.citation?.map((c) => c.url)).toEqual(['https://ok.example/']);
    expect(review.author).toStrictEqual({ '@type': 'Person', name: 'X' });
    expect(toClaimReview({ ...claim, verdict: 'false', pageUrl: 'javascript:alert(1)' }, PAGE_A)).toBeNull();
  });

  it('serialises as JSON text', () => {
    expect(JSON.parse(toClaimReviewJson(RICH, [PAGE_A, PAGE_B]))).toStrictEqual(doc);
  });
});
