import fc from 'fast-check';
import { canonicalUrl, isTrackingParam, normalizeUrl, siteHost, TRACKING_PARAMS, TRACKING_PREFIXES } from '@/utils/url';

describe('normalizeUrl', () => {
  test.each([
    ['fragment dropped', 'https://news.example/a#comments', 'https://news.example/a'],
    ['host lower-cased, path case kept', 'HTTPS://News.Example/World/Story', 'https://news.example/World/Story'],
    ['default ports dropped', 'http://news.example:80/a', 'http://news.example/a'],
    ['default https port dropped', 'https://news.example:443/a', 'https://news.example/a'],
    ['other ports kept', 'http://127.0.0.1:8080/a', 'http://127.0.0.1:8080/a'],
    ['trailing dot of the host dropped', 'https://news.example./a', 'https://news.example/a'],
    ['credentials dropped', 'https://user:secret@news.example/a', 'https://news.example/a'],
    ['utm_* dropped', 'https://n.example/a?utm_source=tw&utm_medium=social&UTM_Campaign=x', 'https://n.example/a'],
    [
      'click ids dropped',
      'https://n.example/a?fbclid=1&gclid=2&dclid=3&msclkid=4&yclid=5&igshid=6&_ga=7&mc_cid=8&mc_eid=9',
      'https://n.example/a',
    ],
    [
      'publisher share codes dropped',
      'https://n.example/a?ref_src=twsrc&cmpid=rss&ocid=msn&smid=tw-share&sr_share=fb&at_medium=RSS&at_campaign=64&CMP=share',
      'https://n.example/a',
    ],
    [
      'remaining params sorted, tracking removed',
      'https://n.example/a?b=2&utm_source=x&a=1',
      'https://n.example/a?a=1&b=2',
    ],
    ['repeated keys keep their order', 'https://n.example/a?z=1&a=2&a=1', 'https://n.example/a?a=2&a=1&z=1'],
    ['original encoding kept', 'https://n.example/s?q=a+b&r=%2F', 'https://n.example/s?q=a+b&r=%2F'],
    ['percent-escapes upper-cased', 'https://n.example/caf%c3%a9?q=%c3%a9', 'https://n.example/caf%C3%A9?q=%C3%A9'],
    ['empty query and empty pairs removed', 'https://n.example/a?&&', 'https://n.example/a'],
    ['bare keys kept', 'https://n.example/a?print', 'https://n.example/a?print'],
    ['ref is not tracking (branches, pages)', 'https://n.example/a?ref=main', 'https://n.example/a?ref=main'],
    ['trailing index.html kept', 'https://n.example/news/index.html', 'https://n.example/news/index.html'],
    ['trailing slash kept', 'https://n.example/news/', 'https://n.example/news/'],
    ['empty path becomes /', 'https://n.example', 'https://n.example/'],
    ['dot segments resolved', 'https://n.example/a/../b/./c', 'https://n.example/b/c'],
    ['IDN host to punycode', 'https://bücher.example/a', 'https://xn--bcher-kva.example/a'],
    ['surrounding whitespace trimmed', '  https://n.example/a  ', 'https://n.example/a'],
    [
      'file: unchanged minus fragment',
      'file:///home/me/Page.HTML?utm_source=x#top',
      'file:///home/me/Page.HTML?utm_source=x',
    ],
    ['about: unchanged minus fragment', 'about:blank#x', 'about:blank'],
    ['unparsable unchanged minus fragment', 'not a url#frag', 'not a url'],
    ['spaces before a fragment trimmed too (a fixed point)', '! #', '!'],
  ])('%s', (_, input, want) => {
    expect(normalizeUrl(input)).toBe(want);
  });
});

describe('canonicalUrl', () => {
  const page = 'https://www.news.example/world/story-1?utm_source=tw#p2';
  test.each([
    ['no hints → the normalised page URL', page, {}, 'https://www.news.example/world/story-1'],
    [
      'canonical on the same host',
      page,
      { canonical: 'https://www.news.example/world/story-1?id=9' },
      'https://www.news.example/world/story-1?id=9',
    ],
    [
      'canonical beats og:url',
      page,
      { canonical: 'https://news.example/c', ogUrl: 'https://news.example/o' },
      'https://news.example/c',
    ],
    [
      'og:url when there is no canonical',
      page,
      { canonical: null, ogUrl: 'https://news.example/o' },
      'https://news.example/o',
    ],
    [
      'relative canonical resolved against the page',
      page,
      { canonical: '/world/story-1' },
      'https://www.news.example/world/story-1',
    ],
    [
      'canonical normalised too',
      page,
      { canonical: 'https://News.Example/c?utm_campaign=x#y' },
      'https://news.example/c',
    ],
    [
      'www. ↔ bare host',
      'https://news.example/a',
      { canonical: 'https://www.news.example/a' },
      'https://www.news.example/a',
    ],
    [
      'm. page → www. canonical',
      'https://m.news.example/a',
      { canonical: 'https://www.news.example/a' },
      'https://www.news.example/a',
    ],
    [
      'amp. page → bare canonical',
      'https://amp.news.example/a',
      { canonical: 'https://news.example/a' },
      'https://news.example/a',
    ],
    [
      'http page → https canonical',
      'http://news.example/a',
      { canonical: 'https://news.example/a' },
      'https://news.example/a',
    ],
    [
      'another site is refused',
      page,
      { canonical: 'https://evil.example/world/story-1' },
      'https://www.news.example/world/story-1',
    ],
    [
      'a sibling subdomain is refused',
      page,
      { canonical: 'https://blog.news.example/x' },
      'https://www.news.example/world/story-1',
    ],
    [
      'a parent domain is refused',
      'https://user.host.example/a',
      { canonical: 'https://host.example/a' },
      'https://user.host.example/a',
    ],
    [
      'a look-alike suffix is refused',
      page,
      { canonical: 'https://news.example.evil.example/a' },
      'https://www.news.example/world/story-1',
    ],
    [
      'another port is refused',
      'http://127.0.0.1:8080/a',
      { canonical: 'http://127.0.0.1:9090/a' },
      'http://127.0.0.1:8080/a',
    ],
    [
      'the demo page served locally keeps its own URL',
      'http://127.0.0.1:8080/istanbul-talks.html',
      { canonical: 'https://rks-news.example/world/x' },
      'http://127.0.0.1:8080/istanbul-talks.html',
    ],
    [
      'a refused canonical falls through to og:url',
      page,
      { canonical: 'https://evil.example/a', ogUrl: 'https://news.example/o' },
      'https://news.example/o',
    ],
    [
      'the site root from a deeper page is refused',
      page,
      { canonical: 'https://www.news.example/' },
      'https://www.news.example/world/story-1',
    ],
    [
      'the site root is fine for the home page',
      'https://news.example/?utm_source=x',
      { canonical: 'https://www.news.example/' },
      'https://www.news.example/',
    ],
    [
      'non-http hints are refused',
      page,
      { canonical: 'javascript:alert(1)', ogUrl: 'ftp://news.example/a' },
      'https://www.news.example/world/story-1',
    ],
    [
      'garbage hints are ignored',
      page,
      { canonical: 'http://[bad', ogUrl: '   ' },
      'https://www.news.example/world/story-1',
    ],
    ['file: pages ignore hints', 'file:///tmp/a.html#x', { canonical: 'https://news.example/a' }, 'file:///tmp/a.html'],
  ])('%s', (_, pageUrl, hints, want) => {
    expect(canonicalUrl(pageUrl, hints)).toBe(want);
  });
});

test.each([
  ['www.news.example', 'news.example'],
  ['m.www.news.example', 'news.example'],
  ['amp.news.example', 'news.example'],
  ['mobile.news.example', 'news.example'],
  ['blog.news.example', 'blog.news.example'],
  ['m.example', 'm.example'],
  ['WWW.News.Example.', 'news.example'],
])('siteHost(%s) = %s', (host, want) => {
  expect(siteHost(host)).toBe(want);
});

describe('properties', () => {
  const tracking = fc.constantFrom(
    ...TRACKING_PARAMS,
    ...TRACKING_PREFIXES.map((p) => `${p}x`),
    'UTM_Source',
    'FbClId',
    'utm%5Fsource',
  );
  const key = fc.stringMatching(/^[a-z][a-z0-9_.-]{0,8}$/).filter((k) => !isTrackingParam(k));
  const value = fc.oneof(fc.string({ maxLength: 8 }), fc.webSegment());
  const pairs = fc.array(fc.tuple(fc.oneof(key, tracking), value), { maxLength: 6 });
  const webUrl = fc.tuple(fc.webUrl({ withFragments: true, withQueryParameters: true }), pairs).map(([base, ps]) => {
    const extra = ps.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
    const hash = base.indexOf('#');
    const [head, frag] = hash < 0 ? [base, ''] : [base.slice(0, hash), base.slice(hash)];
    return extra ? `${head}${head.includes('?') ? '&' : '?'}${extra}${frag}` : base;
  });
  const anyUrl = fc.oneof(webUrl, fc.string(), fc.constantFrom('file:///a#b', 'about:blank#x', 'mailto:a@b.c#x'));

  test('normalizeUrl is idempotent', () => {
    fc.assert(fc.property(anyUrl, (url) => normalizeUrl(normalizeUrl(url)) === normalizeUrl(url)));
  });

  test('no fragment survives', () => {
    fc.assert(fc.property(anyUrl, (url) => !normalizeUrl(url).includes('#')));
  });

  test('no tracking parameter survives, every other one does', () => {
    fc.assert(
      fc.property(webUrl, (url) => {
        const before = new URL(url).searchParams;
        const after = new URL(normalizeUrl(url)).searchParams;
        const kept = [...before.keys()].filter((k) => !isTrackingParam(k));
        return [...after.keys()].every((k) => !isTrackingParam(k)) && after.size === kept.length;
      }),
    );
  });

  test('canonicalUrl always returns normalised output on the page’s own site', () => {
    fc.assert(
      fc.property(webUrl, fc.option(anyUrl), fc.option(anyUrl), (pageUrl, canonical, ogUrl) => {
        const out = canonicalUrl(pageUrl, { canonical, ogUrl });
        return (
          normalizeUrl(out) === out &&
          siteHost(new URL(out).hostname) === siteHost(new URL(normalizeUrl(pageUrl)).hostname)
        );
      }),
    );
  });
});
