import type { Annotation, PageRecord } from '@/utils/types';

/** A fixed clock for every builder test: 2025-03-04T05:06:07.089Z. */
export const NOW = Date.UTC(2025, 2, 4, 5, 6, 7, 89);

export const PAGE_A: PageRecord = {
  url: 'https://news.example.com/2025/03/budget-vote',
  urls: ['https://news.example.com/2025/03/budget-vote', 'https://news.example.com/2025/03/budget-vote?amp=1'],
  title: 'Budget vote: what the minister said',
  byline: 'Ada Reporter',
  siteName: 'Example News',
  publishedTime: '2025-03-01T09:00:00Z',
  lang: 'en',
  excerpt: 'Parliament voted on the budget.',
  firstSeen: Date.UTC(2025, 2, 1),
  lastSeen: Date.UTC(2025, 2, 3),
};

export const PAGE_B: PageRecord = {
  url: 'https://other.example.org/ar/story',
  urls: ['https://other.example.org/ar/story'],
  title: 'خبر عاجل 🚀',
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: 'ar',
  excerpt: null,
  firstSeen: Date.UTC(2025, 1, 1),
  lastSeen: Date.UTC(2025, 1, 2),
};

const T = Date.UTC(2025, 2, 2, 12, 0, 0);

/** Minimal valid annotation; override what a test cares about. */
export function make(over: Partial<Annotation> = {}): Annotation {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    pageUrl: PAGE_A.url,
    kind: 'highlight',
    quote: 'the budget passed',
    selectors: [{ type: 'TextQuoteSelector', exact: 'the budget passed', prefix: 'Yesterday ', suffix: ' by a' }],
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: T,
    updatedAt: T,
    ...over,
  };
}

/** Every kind, verdict, stance, selector type, anchor status, optional-field shape and some awkward text. */
export const RICH: Annotation[] = [
  make({
    id: '11111111-1111-4111-8111-111111111111',
    selectors: [
      {
        type: 'TextQuoteSelector',
        exact: 'the budget passed',
        prefix: 'Yesterday ',
        suffix: ' by a wide margin',
        twins: [{ before: 'Most read ', after: ' Weather' }],
      },
      { type: 'TextPositionSelector', start: 120, end: 137 },
      { type: 'CssSelector', value: 'article > p:nth-of-type(2)' },
    ],
    tags: ['budget', 'parliament'],
    anchor: { status: 'exact', at: T + 1 },
  }),
  make({
    id: '22222222-2222-4222-8222-222222222222',
    kind: 'quote',
    quote: '"We will not raise taxes," she said.\n\nShe repeated it twice.',
    selectors: [
      { type: 'TextQuoteSelector', exact: '"We will not raise taxes," she said.\n\nShe repeated it twice.' },
      { type: 'TextPositionSelector', start: 300, end: 360 },
    ],
    speaker: 'Minister Jane Doe',
    color: 'blue',
    note: 'Line one\nLine two with *stars* and <b>tags</b>',
    anchor: { status: 'moved', at: T + 2 },
    updatedAt: T + 5000,
  }),
  make({ id: '33333333-3333-4333-8333-333333333333', kind: 'quote', speaker: null, color: 'green' }),
  ...(['unverified', 'true', 'mostly-true', 'mixed', 'misleading', 'false', 'unprovable'] as const).map((verdict, i) =>
    make({
      id: `44444444-4444-4444-8444-00000000000${i}`,
      kind: 'claim',
      quote: `Unemployment fell by ${i + 1}0% last year`,
      selectors: [
        { type: 'TextQuoteSelector', exact: `Unemployment fell by ${i + 1}0% last year`, prefix: 'said that ' },
        { type: 'TextPositionSelector', start: 500 + i * 100, end: 540 + i * 100 },
      ],
      speaker: 'Minister Jane Doe',
      verdict,
      evidence: [
        { url: `https://stats.example.gov/labour/${i}`, stance: 'refutes', title: 'Labour force survey' },
        { url: 'https://archive.example.net/x?a=1&b=(2)', stance: 'supports' },
        { url: 'https://context.example.com/', stance: 'context', title: 'Background, explained' },
      ],
      tags: ['economy'],
      color: 'pink',
      note: i === 3 ? 'Mixed: depends on the measure.' : '',
      anchor:
        i === 5 ? { status: 'changed', text: 'Unemployment fell by 6% last year', score: 0.93, at: T } : undefined,
    }),
  ),
  make({
    id: '55555555-5555-4555-8555-555555555555',
    pageUrl: PAGE_B.url,
    quote: 'نص عربي مع رمز 🚀',
    selectors: [{ type: 'TextQuoteSelector', exact: 'نص عربي مع رمز 🚀' }],
    color: 'purple',
    note: 'lone surrogate \uD800 here, and an emoji 🚀',
    tags: ['عربي'],
    anchor: { status: 'orphan', at: T },
  }),
  make({ id: 'legacy-id-not-a-uuid', pageUrl: PAGE_B.url, kind: 'claim', quote: 'no verdict yet' }),
];

/** Strips keys whose value is undefined (what JSON does), for strict comparisons. */
export function jsonShape<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
