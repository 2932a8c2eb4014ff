import { VERDICTS } from '@/utils/types';
import { BEST_RATING, claimReviewRating, isVerdict, VERDICT_INFO, verdictLabel, WORST_RATING } from '@/utils/verdicts';

describe('verdict scale', () => {
  it('covers every verdict, in scale order, with a label and a ClaimReview name', () => {
    expect(Object.keys(VERDICT_INFO)).toEqual([...VERDICTS]);
    for (const v of VERDICTS) {
      expect(VERDICT_INFO[v].label.length).toBeGreaterThan(0);
      expect(VERDICT_INFO[v].alternateName.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['true', 'True', 5],
    ['mostly-true', 'Mostly true', 4],
    ['mixed', 'Mixed', 3],
    ['misleading', 'Misleading', 2],
    ['false', 'False', 1],
    ['unverified', 'Unverified', null],
    ['unprovable', 'Unprovable', null],
  ] as const)('%s → %s, rating %s', (verdict, label, rating) => {
    expect(verdictLabel(verdict)).toBe(label);
    expect(VERDICT_INFO[verdict].ratingValue).toBe(rating);
    const r = claimReviewRating(verdict);
    expect(r.alternateName).toBe(label);
    if (rating === null) expect(r).toStrictEqual({ '@type': 'Rating', alternateName: label });
    else
      expect(r).toStrictEqual({
        '@type': 'Rating',
        ratingValue: rating,
        bestRating: BEST_RATING,
        worstRating: WORST_RATING,
        alternateName: label,
      });
  });

  it('rates truer verdicts higher, within bounds', () => {
    const rated = VERDICTS.map((v) => VERDICT_INFO[v].ratingValue).filter((x): x is number => x !== null);
    expect(rated).toEqual([...rated].sort((a, b) => b - a));
    for (const r of rated) expect(r >= WORST_RATING && r <= BEST_RATING).toBe(true);
  });

  it.each([
    ['false', true],
    ['mostly-true', true],
    ['False', false],
    ['', false],
    [null, false],
    [3, false],
    ['__proto__', false],
    ['toString', false],
  ])('isVerdict(%j) is %s', (value, ok) => {
    expect(isVerdict(value)).toBe(ok);
  });

  it('labels an unknown or missing verdict as unverified instead of throwing', () => {
    expect(verdictLabel(undefined)).toBe('Unverified');
    expect(verdictLabel('bogus' as never)).toBe('Unverified');
  });
});
