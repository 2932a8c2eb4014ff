import { readFileSync } from 'node:fs';
import { extractArticle, pageMetadata, readUrlHints } from '@/utils/extract';
import { DEMO, parsePage } from './load-page';

const DEMO_URL = 'https://rks-news.example/world/russia-ukraine-istanbul-talks-third-round?utm_source=tw#top';
const demoHtml = readFileSync(DEMO, 'utf8');
const filler = (n: number) => 'Readers check every claim in this long paragraph of plain words. '.repeat(n);
const page = (head: string, body: string, url?: string) =>
  parsePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, url);

describe('extractArticle on the demo article', () => {
  const doc = parsePage(demoHtml, DEMO_URL);
  const before = doc.documentElement.outerHTML;
  const article = extractArticle(doc);

  test('reads its metadata', () => {
    expect(article).toMatchObject({
      title: 'Russia and Ukraine Hold New Round of Talks in Turkey — Fidan Calls for Urgent End to “Bloody War”',
      byline: 'RKS NEWS',
      siteName: 'RKS NEWS',
      publishedTime: '2025-07-24T08:15:00+03:00',
      lang: 'en',
      excerpt:
        'Turkish Foreign Minister Hakan Fidan urged Russia and Ukraine to end the bloody war as the third round of talks opened in Istanbul.',
      readerable: true,
    });
    expect(article?.dir).toBeUndefined();
  });

  test('keeps the story as paragraphs and leaves the page chrome out', () => {
    const paragraphs = article?.text.split('\n\n') ?? [];
    expect(paragraphs).toContain(
      '“No one expects an easy path. It will be very difficult,” Kremlin spokesperson Dmitry Peskov told reporters when asked about his expectations for the negotiations.',
    );
    expect(paragraphs.at(-1)).toMatch(/^Russia launched its full-scale invasion of Ukraine in February 2022\./);
    expect(paragraphs.every((p) => p === p.trim() && !/\s{2}/.test(p))).toBe(true);
    for (const chrome of ['Politics', 'Opinion', 'Sport']) expect(article?.text).not.toContain(chrome);
    expect(article?.length).toBe(article?.text.length);
  });

  test('does not touch the live document', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractArticle on pages without an article', () => {
  test.each([
    ['an empty page', page('<title>Nothing</title>', '')],
    ['a login form', page('<title>Log in</title>', '<form><label>User <input></label><button>Go</button></form>')],
    [
      'a menu only',
      page('<title>Menu</title>', '<nav><a href="/">Home</a> <a href="/a">About</a></nav><div>Contact us</div>'),
    ],
    ['images only', page('<title>Gallery</title>', '<div><img src="a.jpg"><img src="b.jpg"></div>')],
  ])('%s → null', (_, doc) => {
    expect(extractArticle(doc)).toBeNull();
  });

  test('a page the readerable hint rejects is still tried and kept when the text is long', () => {
    const article = extractArticle(page('<title>Wall of text</title>', `<div>${filler(12)}</div>`));
    expect(article?.readerable).toBe(false);
    expect(article?.text).toBe(filler(12).trim());
  });

  test('a news brief too short for the hint is kept from 250 characters on', () => {
    const brief = (n: number) => extractArticle(page('<title>Brief</title>', `<main><p>${filler(n)}</p></main>`));
    expect(filler(4).trim().length).toBeGreaterThanOrEqual(250);
    expect(brief(4)).toMatchObject({ readerable: false, text: filler(4).trim() });
    expect(filler(3).trim().length).toBeLessThan(250);
    expect(brief(3)).toBeNull();
  });
});

describe('metadata fallbacks', () => {
  const body = `<article><h1>Headline</h1><p>${filler(10)}</p><p>${filler(10)}</p></article>`;
  test.each([
    [
      '<time datetime> in the article',
      '',
      `<article><time datetime="2024-03-01T10:00:00Z">1 March</time>${body}</article>`,
      { publishedTime: '2024-03-01T10:00:00Z' },
    ],
    [
      'a marked <time> beats an earlier one',
      '',
      `<time datetime="2020-01-01">ticker</time><time itemprop="datePublished" datetime="2024-05-05">5 May</time>${body}`,
      { publishedTime: '2024-05-05' },
    ],
    [
      'JSON-LD @graph datePublished, publisher and author',
      '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":["NewsArticle"],"datePublished":"2024-02-02T08:00:00+01:00","publisher":{"name":"The Daily"},"author":[{"name":"A. Writer"},{"name":"B. Writer"}]}]}</script>',
      body,
      { publishedTime: '2024-02-02T08:00:00+01:00', siteName: 'The Daily', byline: 'A. Writer, B. Writer' },
    ],
    ['og:site_name', '<meta property="og:site_name" content="  The   Paper ">', body, { siteName: 'The Paper' }],
    ['the host without www. when nothing names the site', '', body, { siteName: 'news.example' }],
    ['og:locale for the language', '<meta property="og:locale" content="fr_FR">', body, { lang: 'fr-FR' }],
    ['a date-less <time> is ignored', '', `<time datetime="10:30">10:30</time>${body}`, { publishedTime: null }],
  ])('%s', (_, head, html, want) => {
    const doc = page(head, html, 'https://www.news.example/story/1');
    expect(extractArticle(doc)).toMatchObject(want);
    expect(pageMetadata(doc)).toMatchObject(want);
  });

  test('Readability wins over the fallbacks when it has a value', () => {
    const doc = page(
      '<meta property="article:published_time" content="2023-01-01T00:00:00Z"><meta property="og:site_name" content="OG Name">',
      `<time datetime="2020-01-01">old</time>${body}`,
      'https://news.example/a',
    );
    expect(extractArticle(doc)).toMatchObject({ publishedTime: '2023-01-01T00:00:00Z', siteName: 'OG Name' });
  });
});

describe('pageMetadata', () => {
  test('reads the demo page without Readability, and judges its canonical hint', () => {
    const served = pageMetadata(parsePage(demoHtml, 'http://127.0.0.1:8080/istanbul-talks.html?utm_medium=x#p3'));
    expect(served).toEqual({
      url: 'http://127.0.0.1:8080/istanbul-talks.html',
      pageUrl: 'http://127.0.0.1:8080/istanbul-talks.html?utm_medium=x#p3',
      hints: { canonical: 'https://rks-news.example/world/russia-ukraine-istanbul-talks-third-round', ogUrl: null },
      title: 'Russia and Ukraine Hold New Round of Talks in Turkey — Fidan Calls for Urgent End to “Bloody War”',
      byline: 'RKS NEWS',
      siteName: 'RKS NEWS',
      publishedTime: '2025-07-24T08:15:00+03:00',
      lang: 'en',
      dir: null,
      excerpt:
        'Turkish Foreign Minister Hakan Fidan urged Russia and Ukraine to end the bloody war as the third round of talks opened in Istanbul.',
    });
    const onSite = pageMetadata(parsePage(demoHtml, 'https://amp.rks-news.example/story?id=1&fbclid=x'));
    expect(onSite.url).toBe('https://rks-news.example/world/russia-ukraine-istanbul-talks-third-round');
  });

  test('falls back to <title>, then the first <h1>', () => {
    expect(pageMetadata(page('<title> Plain  title </title>', '<h1>H</h1>')).title).toBe('Plain title');
    expect(pageMetadata(page('', '<h1>Only a heading</h1>')).title).toBe('Only a heading');
    expect(pageMetadata(page('', '')).title).toBe('');
  });
});

describe('readUrlHints', () => {
  test.each([
    [
      'absolute hints',
      '<link rel="canonical" href="https://x.example/a"><meta property="og:url" content="https://x.example/b">',
      { canonical: 'https://x.example/a', ogUrl: 'https://x.example/b' },
    ],
    [
      'relative hints resolve against <base>',
      '<base href="https://x.example/dir/"><link rel="Canonical" href="a?b=1"><meta name="og:url" content="/c">',
      { canonical: 'https://x.example/dir/a?b=1', ogUrl: 'https://x.example/c' },
    ],
    [
      'rel lists',
      '<link rel="alternate canonical" href="https://x.example/a">',
      { canonical: 'https://x.example/a', ogUrl: null },
    ],
    [
      'absent or empty',
      '<link rel="canonical" href=" "><meta property="og:url" content="">',
      { canonical: null, ogUrl: null },
    ],
    [
      'the first matching tag wins; look-alike keys, a canonical link without href and a property that shadows name do not count',
      [
        '<link rel="canonical-ish" href="https://x.example/no"><link rel="canonical"><link rel="canonical" href="/yes">',
        '<meta property="og:url:secure" content="/no"><meta property="og:title" name="og:url" content="/no2">',
        '<meta property=" OG:URL " content="/og"><meta property="og:url" content="/later">',
      ].join(''),
      { canonical: 'https://x.example/yes', ogUrl: 'https://x.example/og' },
    ],
    [
      'too long for the messaging schema',
      `<link rel="canonical" href="https://x.example/${'a'.repeat(4000)}">`,
      { canonical: null, ogUrl: null },
    ],
  ])('%s', (_, head, want) => {
    expect(readUrlHints(page(head, '', 'https://x.example/page'))).toEqual(want);
  });
});
