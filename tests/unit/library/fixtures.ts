import { stubPage } from '@/utils/export/pages';
import type { Annotation, PageRecord } from '@/utils/types';

/** 2025-03-10 12:00 local time. */
export const T = new Date(2025, 2, 10, 12, 0, 0).getTime();
export const DAY = 86_400_000;

/** A page record; override what a test cares about. */
export function page(url: string, over: Partial<PageRecord> = {}): PageRecord {
  return { ...stubPage(url), lang: 'en', firstSeen: T, lastSeen: T, ...over };
}

let n = 0;
/** An annotation (ids count up unless given); `start` sets its TextPositionSelector. */
export function note(over: Partial<Annotation> & { start?: number } = {}): Annotation {
  const { start = 0, ...rest } = over;
  const quote = rest.quote ?? `quote ${++n}`;
  return {
    id: `id-${String(++n).padStart(4, '0')}`,
    pageUrl: 'https://news.example.com/a',
    kind: 'highlight',
    quote,
    selectors: [
      { type: 'TextQuoteSelector', exact: quote },
      { type: 'TextPositionSelector', start, end: start + quote.length },
    ],
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: T,
    updatedAt: T,
    ...rest,
  };
}

export const A = page('https://news.example.com/a', {
  title: 'Budget vote: what the minister said',
  siteName: 'Example News',
  byline: 'Ada Reporter',
  publishedTime: '2025-03-01T09:00:00Z',
});
export const B = page('https://www.other.example.org/b', { title: 'Élections municipales à Paris' });
export const C = page('https://third.example.net/c', { title: 'Zebra crossings', siteName: 'Third Times' });

/** A small library over three articles: kinds, verdicts, speakers, tags, accents, dates over a week. */
export const LIBRARY: Annotation[] = [
  note({ id: 'a1', quote: 'The budget passed by a wide margin', tags: ['budget', 'Parliament'], start: 10 }),
  note({
    id: 'a2',
    kind: 'quote',
    quote: 'We will not raise taxes',
    speaker: 'Jane Doe',
    note: 'Promise to check later',
    start: 200,
    createdAt: T + DAY,
  }),
  note({
    id: 'a3',
    kind: 'claim',
    quote: 'Unemployment fell by 10% last year',
    speaker: 'Jane Doe',
    verdict: 'false',
    tags: ['economy'],
    start: 100,
    createdAt: T + 2 * DAY,
  }),
  note({
    id: 'b1',
    pageUrl: B.url,
    kind: 'quote',
    quote: 'Nous avons gagné',
    speaker: 'José Martí',
    tags: ['élection'],
    createdAt: T - 3 * DAY,
  }),
  note({ id: 'b2', pageUrl: B.url, kind: 'claim', quote: 'Turnout hit a record', createdAt: T - 2 * DAY, start: 5 }),
  note({
    id: 'c1',
    pageUrl: C.url,
    quote: 'Stripes save lives',
    note: 'Zebra statistics from the council',
    tags: ['budget'],
    createdAt: T + 5 * DAY,
  }),
];

export const PAGES = [A, B, C];
