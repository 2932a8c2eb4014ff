/**
 * extractArticle over every page of the shared corpus, against Readability's reference output
 * (expected-metadata.json and expected.html, produced by Readability's own test suite under jsdom).
 */
import { blockText, extractArticle } from '@/utils/extract';
import { corpusFile, corpusPages, parsePage } from './load-page';

type Field = 'title' | 'byline' | 'siteName' | 'publishedTime' | 'excerpt' | 'lang' | 'dir';
const FIELDS: Field[] = ['title', 'byline', 'siteName', 'publishedTime', 'excerpt', 'lang', 'dir'];

/**
 * Where Readability reports nothing and our documented fallbacks (pageMetadata) fill the gap. Every other field
 * must equal Readability's value exactly (after whitespace collapsing, which extractArticle applies on purpose).
 * The host fallback reads "fakehost" because Readability's suite, and so this one, loads pages at
 * http://fakehost/test/page.html.
 */
const FILLED: Record<string, Partial<Record<Field, string>>> = {
  // <time datetime> inside the article, no declared date.
  'ars-1': { publishedTime: '2015-04-16T20:02:01+00:00' },
  // <meta property="author">: Readability only reads prefixed properties (article:, og:…).
  'buzzfeed-1': { byline: 'Mark Di Stefano' },
  // <meta itemprop="datePublished">.
  'citylab-1': { publishedTime: '2019-04-30T13:39:00-04:00' },
  // <time itemprop="datePublished" content=…> (no datetime attribute).
  cnet: { publishedTime: '2017-01-18T23:00:00-0800' },
  // <meta name="DC.date.issued">.
  cnn: { publishedTime: '2016-02-01T01:28:49' },
  // <meta name="date">.
  heise: { publishedTime: '2015-04-08T12:46:00' },
  // <meta name="article:publicationdate">, kept as the page wrote it.
  'herald-sun-1': { publishedTime: 'Fri Mar 13 21:30:09 EST 2015' },
  hukumusume: { siteName: 'fakehost' },
  // <meta name="application-name">.
  'la-nacion': { siteName: 'LA NACION' },
  // <time itemprop="datePublished" datetime=…>.
  'lemonde-1': { publishedTime: '2015-05-04T13:36:31+02:00' },
  'lwn-1': { siteName: 'fakehost' },
  medicalnewstoday: { publishedTime: '2017-07-27' },
  // The only <time datetime> on the page (outside <article>).
  msn: { publishedTime: '2016-11-15T07:00:00.000Z' },
  // <meta property="article:published">.
  'nytimes-1': { siteName: 'fakehost', publishedTime: '2017-01-13T00:00:04-05:00' },
  'nytimes-2': { siteName: 'fakehost', publishedTime: '2016-07-29T16:42:34-04:00' },
  'rtl-1': { siteName: 'fakehost' },
  'salon-1': { siteName: 'fakehost' },
  // <meta itemprop="datePublished"> (the JSON-LD NewsArticle has only dateCreated).
  telegraph: { publishedTime: '2017-11-16T14:15+0000' },
  // <meta http-equiv="content-language">.
  'tmz-1': { lang: 'en' },
  'yahoo-1': { siteName: 'fakehost', publishedTime: '2016-10-13T17:00:03.000Z' },
};

const collapse = (s: unknown) => (s == null ? null : String(s).replace(/\s+/g, ' ').trim() || null);
const squeeze = (s: string) => s.replace(/\s+/g, '');
const LEAF_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dd, dt';

/** Text of the innermost block elements of Readability's expected.html, in document order. */
function expectedParagraphs(body: HTMLElement): string[] {
  return Array.from(body.querySelectorAll(LEAF_BLOCKS))
    .filter((el) => !el.querySelector(LEAF_BLOCKS))
    .map((el) => squeeze(el.textContent ?? ''))
    .filter(Boolean);
}

describe.each(corpusPages())('corpus page %s', (name) => {
  test('metadata, text and an untouched live document', { timeout: 30_000 }, () => {
    const doc = parsePage(corpusFile(name, 'source.html'));
    const expected = JSON.parse(corpusFile(name, 'expected-metadata.json'));
    const before = doc.documentElement.outerHTML;

    const article = extractArticle(doc);

    expect(doc.documentElement.outerHTML).toBe(before);
    expect(article).not.toBeNull();
    if (!article) return;
    const got = Object.fromEntries(FIELDS.map((f) => [f, article[f] ?? null]));
    const want = Object.fromEntries(FIELDS.map((f) => [f, collapse(FILLED[name]?.[f] ?? expected[f])]));
    expect(got).toEqual(want);
    expect(article.readerable).toBe(expected.readerable);

    const reference = parsePage(corpusFile(name, 'expected.html')).body;
    const paragraphs = expectedParagraphs(reference);
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(squeeze(article.text)).toContain(paragraphs[0]);
    expect(squeeze(article.text)).toContain(paragraphs[paragraphs.length - 1]);
    // Stronger: the whole text equals what blockText makes of Readability's reference HTML.
    expect(article.text).toBe(blockText(reference));
    expect(article.length).toBe(article.text.length);
    expect(article.html).toContain('readability-page-1');
  });
});

test('every corpus page is covered', () => {
  expect(corpusPages()).toHaveLength(33);
  for (const name of Object.keys(FILLED)) expect(corpusPages()).toContain(name);
});
