import { IMPORT_LIMITS, importAnnotations, stableUuid, toWebAnnotationJson } from '@/utils/export';
import { jsonShape, make, NOW, PAGE_A, PAGE_B, RICH } from './fixtures';

const ownFile = (annotations = RICH, pages = [PAGE_A, PAGE_B]) => toWebAnnotationJson(annotations, pages, { now: NOW });
// biome-ignore lint/suspicious/noExplicitAny: tests poke at raw JSON of any shape
type Item = any;
const texts = (r: ReturnType<typeof importAnnotations>) => r.errors.map((e) => e.text);

describe('importAnnotations: our own JSON', () => {
  it('round-trips every field of every record, pages included', () => {
    const result = importAnnotations(ownFile());
    expect(result.errors).toEqual([]);
    expect(result.format).toBe('quotemark');
    expect(result.annotations).toStrictEqual(jsonShape(RICH));
    expect(result.pages).toStrictEqual([PAGE_A, PAGE_B]);
  });

  it('keeps the lone surrogate, the RTL text and the non-UUID id exactly', () => {
    const result = importAnnotations(ownFile());
    const arabic = result.annotations.find((a) => a.id === '55555555-5555-4555-8555-555555555555');
    expect(arabic?.note).toBe('lone surrogate \uD800 here, and an emoji 🚀');
    expect(arabic?.quote).toBe('نص عربي مع رمز 🚀');
    expect(result.annotations.some((a) => a.id === 'legacy-id-not-a-uuid')).toBe(true);
  });

  it('is idempotent: importing its own re-export gives the same records (same ids, no duplicates)', () => {
    const once = importAnnotations(ownFile());
    const twice = importAnnotations(toWebAnnotationJson(once.annotations, once.pages, { now: NOW + 1 }));
    expect(twice.annotations).toStrictEqual(once.annotations);
    expect(new Set(twice.annotations.map((a) => a.id)).size).toBe(RICH.length);
  });

  it('accepts a UTF-8 BOM, a plain array and a single annotation', () => {
    const collection = JSON.parse(ownFile());
    expect(importAnnotations(`\uFEFF${ownFile()}`).annotations).toHaveLength(RICH.length);
    const array = importAnnotations(JSON.stringify(collection.first.items));
    expect(array.format).toBe('web-annotation');
    expect(array.annotations).toStrictEqual(jsonShape(RICH));
    expect(importAnnotations(JSON.stringify(collection.first.items[1])).annotations).toStrictEqual([
      jsonShape(RICH[1]),
    ]);
  });

  it('adds a stub page for annotations whose page record is missing', () => {
    const result = importAnnotations(ownFile(RICH, [PAGE_A]));
    expect(result.pages.map((p) => p.url)).toEqual([PAGE_A.url, PAGE_B.url]);
    expect(result.pages[1]).toMatchObject({ url: PAGE_B.url, urls: [PAGE_B.url], title: '', byline: null });
  });

  it('keeps the newer copy of a duplicated id and says so', () => {
    const older = make({ note: 'old', updatedAt: 1 });
    const newer = make({ note: 'new', updatedAt: 2 });
    const result = importAnnotations(ownFile([newer, older]));
    expect(result.annotations.map((a) => a.note)).toEqual(['new']);
    expect(texts(result)).toEqual([
      expect.stringMatching(/^annotation 2: duplicate id .*kept the more recently updated/),
    ]);
  });
});

describe('importAnnotations: partly valid and malformed files', () => {
  const items = () => JSON.parse(ownFile()).first.items as Item[];

  it('returns the good records plus one placed error per bad record', () => {
    const list = items();
    delete list[1].target.selector;
    list[3].quotemark.evidence[0].url = 'javascript:alert(1)';
    list[4].quotemark.kind = 'rumour';
    const result = importAnnotations(JSON.stringify(list));
    expect(result.annotations).toHaveLength(RICH.length - 3);
    expect(texts(result)).toEqual([
      'annotation 2: selector missing',
      expect.stringMatching(/^annotation 4: quotemark\.evidence\.0\.url: not an http\(s\) URL/),
      expect.stringMatching(/^annotation 5: quotemark\.kind: not one of highlight, quote, claim/),
    ]);
  });

  it.each([
    ['empty text', '', /^file: not valid JSON/],
    ['truncated JSON', '{"type": "AnnotationCollection", "first": {', /^file: not valid JSON/],
    ['a number', '42', /^file: not a Quotemark, W3C Web Annotation or Hypothesis export$/],
    ['null', 'null', /^file: not a Quotemark/],
    ['an unrelated object', '{"hello": "world"}', /^file: not a Quotemark/],
  ])('%s yields errors only', (_name, input, message) => {
    const result = importAnnotations(input);
    expect(result.annotations).toEqual([]);
    expect(result.pages).toEqual([]);
    expect(texts(result)).toEqual([expect.stringMatching(message)]);
  });

  it('warns about a file from a newer format version but still reads it', () => {
    const file = JSON.parse(ownFile());
    file.quotemark.version = 99;
    const result = importAnnotations(JSON.stringify(file));
    expect(result.annotations).toHaveLength(RICH.length);
    expect(texts(result)).toEqual([expect.stringMatching(/^file: written by a newer Quotemark \(format 99\)/)]);
  });

  it('reports an empty file as such', () => {
    expect(texts(importAnnotations('[]'))).toEqual(['file: no annotations found']);
    expect(texts(importAnnotations(ownFile([], [])))).toEqual(['file: no annotations found']);
  });

  it('survives absurd nesting', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(() => importAnnotations(deep)).not.toThrow();
    expect(importAnnotations(deep).errors.length).toBeGreaterThan(0);
  });

  it('reports bad page records by position and still imports the annotations', () => {
    const file = JSON.parse(ownFile());
    file.quotemark.pages[0].url = 'javascript:alert(1)';
    const result = importAnnotations(JSON.stringify(file));
    expect(result.annotations).toHaveLength(RICH.length);
    expect(texts(result)).toEqual([expect.stringMatching(/^page 1: url: not an http\(s\) URL/)]);
    expect(result.pages.find((p) => p.url === PAGE_A.url)?.title).toBe(''); // stubbed instead
  });
});

describe('importAnnotations: hostile input', () => {
  const one = (over: Record<string, unknown>, ext: Record<string, unknown> = {}) => {
    const [item] = JSON.parse(ownFile([make()])).first.items;
    Object.assign(item, over);
    Object.assign(item.quotemark, ext);
    return JSON.stringify([item]);
  };

  it('rejects huge strings with an error instead of importing them', () => {
    const result = importAnnotations(one({}, { quote: 'x'.repeat(100_001) }));
    expect(result.annotations).toEqual([]);
    expect(texts(result)).toEqual([
      expect.stringMatching(/^annotation 1: quote: too long \(100001 characters, limit 100000\)/),
    ]);
  });

  it('rejects a file over the size limit without parsing it', () => {
    const result = importAnnotations(' '.repeat(IMPORT_LIMITS.input + 1));
    expect(texts(result)).toEqual([expect.stringMatching(/^file: too large/)]);
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>', ' javascript:x', 'ftp://x/'])(
    'rejects evidence URL %j',
    (url) => {
      const result = importAnnotations(one({}, { kind: 'claim', evidence: [{ url, stance: 'refutes' }] }));
      expect(result.annotations).toEqual([]);
      expect(texts(result)[0]).toMatch(/evidence\.0\.url: not an http\(s\) URL/);
    },
  );

  it('rejects a javascript: page URL', () => {
    const result = importAnnotations(one({ target: { source: 'javascript:alert(1)', selector: make().selectors } }));
    expect(texts(result)).toEqual([expect.stringMatching(/^annotation 1: pageUrl: not an http\(s\) URL/)]);
  });

  it('gives __proto__, constructor and prototype keys no effect', () => {
    const evil = `[{"__proto__": {"polluted": true, "quotemark": {"kind": "claim"}},
      "constructor": {"prototype": {"polluted": true}},
      ${one({}).slice(2, -2)},
      "quotemark": {"__proto__": {"verdict": "false"}, "kind": "highlight", "quote": "q", "color": "yellow"}}]`;
    const result = importAnnotations(evil);
    expect(result.errors).toEqual([]);
    const [a] = result.annotations;
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(a.kind).toBe('highlight');
    expect(a.verdict).toBeUndefined();
    expect('polluted' in a).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an id of ours with half a surrogate pair (ids go into the editor frame URL)', () => {
    const result = importAnnotations(ownFile([{ ...RICH[0], id: 'note-\ud800' }], [PAGE_A]));
    expect(result.annotations).toEqual([]);
    expect(texts(result).join('\n')).toMatch(/id is not well-formed text/);
  });

  it('survives lone surrogates everywhere (as data, in keys, in ids)', () => {
    const raw = `[{"id": "\\udc00", "\\ud800": 1, "target": {"source": "https://x.example/\\ud800", "selector": [{"type": "TextQuoteSelector", "exact": "\\udfff"}]}, "created": "2025-01-01T00:00:00Z"}]`;
    const result = importAnnotations(raw);
    expect(result.errors).toEqual([]);
    expect(result.annotations[0].quote).toBe('\uDFFF');
    expect(result.annotations[0].id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('importAnnotations: Hypothesis', () => {
  const row = (over: Record<string, unknown> = {}) => ({
    id: 'AbC123xyz',
    created: '2024-05-06T07:08:09.123456+00:00',
    updated: '2024-05-07T07:08:09.000000+00:00',
    user: 'acct:reader@hypothes.is',
    uri: 'https://blog.example.com/post',
    text: 'My **note**',
    tags: ['climate', 'to-check'],
    group: '__world__',
    permissions: { read: ['group:__world__'] },
    target: [
      {
        source: 'https://blog.example.com/post',
        selector: [
          {
            type: 'RangeSelector',
            startContainer: '/div[1]/p[2]',
            startOffset: 0,
            endContainer: '/div[1]/p[2]',
            endOffset: 20,
          },
          { type: 'TextPositionSelector', start: 1000, end: 1020 },
          {
            type: 'TextQuoteSelector',
            exact: 'sea levels are rising',
            prefix: 'Scientists agree that ',
            suffix: ' faster than',
          },
        ],
      },
    ],
    document: { title: ['A blog post about the sea'] },
    links: { html: 'https://hypothes.is/a/AbC123xyz' },
    ...over,
  });

  it('reads the client export, keeps W3C selectors, derives a stable UUID and a page', () => {
    const file = {
      export_date: '2024-06-01T00:00:00Z',
      export_userid: 'acct:reader@hypothes.is',
      client_version: '1.0',
      annotations: [row()],
    };
    const result = importAnnotations(JSON.stringify(file));
    expect(result.format).toBe('hypothesis');
    expect(result.errors).toEqual([]);
    expect(result.annotations).toStrictEqual([
      {
        id: stableUuid('hypothesis', 'AbC123xyz'),
        pageUrl: 'https://blog.example.com/post',
        kind: 'highlight',
        quote: 'sea levels are rising',
        selectors: [
          { type: 'TextPositionSelector', start: 1000, end: 1020 },
          {
            type: 'TextQuoteSelector',
            exact: 'sea levels are rising',
            prefix: 'Scientists agree that ',
            suffix: ' faster than',
          },
        ],
        color: 'yellow',
        note: 'My **note**',
        tags: ['climate', 'to-check'],
        createdAt: Date.parse('2024-05-06T07:08:09.123Z'),
        updatedAt: Date.parse('2024-05-07T07:08:09Z'),
      },
    ]);
    expect(result.pages).toStrictEqual([
      {
        url: 'https://blog.example.com/post',
        urls: ['https://blog.example.com/post'],
        title: 'A blog post about the sea',
        byline: null,
        siteName: null,
        publishedTime: null,
        lang: null,
        excerpt: null,
        firstSeen: Date.parse('2024-05-06T07:08:09.123Z'),
        lastSeen: Date.parse('2024-05-07T07:08:09Z'),
      },
    ]);
  });

  it('gives the same ids on a second import (dedupe by id) and reads API search responses and bare lists', () => {
    const a = importAnnotations(JSON.stringify({ annotations: [row()] }));
    const b = importAnnotations(JSON.stringify({ total: 1, rows: [row()] }));
    const c = importAnnotations(JSON.stringify([row()]));
    expect(b.annotations).toStrictEqual(a.annotations);
    expect(c.annotations).toStrictEqual(a.annotations);
    expect(a.annotations[0].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('reads a bare list mixing Hypothesis rows and W3C annotations, each with its own converter', () => {
    const w3c = JSON.parse(ownFile([make()])).first.items[0];
    const result = importAnnotations(JSON.stringify([row(), w3c]));
    expect(result.errors).toEqual([]);
    expect(result.annotations.map((a) => a.note)).toEqual(['My **note**', '']);
    expect(result.pages.map((p) => p.title)).toEqual(['A blog post about the sea', '']);
  });

  it('reads a foreign W3C annotation: note, tags and an assessing verdict from the bodies, a stable id', () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://annotations.example/anno/7',
      type: 'Annotation',
      created: '2024-01-01T00:00:00Z',
      body: [
        { type: 'TextualBody', value: 'A comment' },
        { type: 'TextualBody', purpose: 'tagging', value: 'econ' },
        { type: 'TextualBody', purpose: 'assessing', value: 'Mostly true' },
        { type: 'SpecificResource', source: 'https://elsewhere.example/' },
      ],
      target: { source: 'https://page.example/', selector: { type: 'TextQuoteSelector', exact: 'some words' } },
    };
    const [a] = importAnnotations(JSON.stringify(foreign)).annotations;
    expect(a).toStrictEqual({
      id: stableUuid('web-annotation', 'https://annotations.example/anno/7'),
      pageUrl: 'https://page.example/',
      kind: 'claim',
      verdict: 'mostly-true',
      quote: 'some words',
      selectors: [{ type: 'TextQuoteSelector', exact: 'some words' }],
      color: 'yellow',
      note: 'A comment',
      tags: ['econ'],
      createdAt: Date.parse('2024-01-01T00:00:00Z'),
      updatedAt: Date.parse('2024-01-01T00:00:00Z'),
    });
  });

  it('reports page notes, replies and bad rows by place, and imports the rest', () => {
    const rows = [
      row(),
      row({ id: 'pagenote', target: [{ source: 'https://blog.example.com/post' }] }),
      row({ id: 'reply', references: ['AbC123xyz'] }),
      row({
        id: 'pdf',
        uri: 'urn:x-pdf:abc',
        target: [{ source: 'urn:x-pdf:abc', selector: row().target[0].selector }],
      }),
      row({ id: 'nodate', created: 'yesterday', updated: undefined }),
      row({ id: 'badtag', tags: [''] }),
      'not an object',
    ];
    const result = importAnnotations(JSON.stringify({ annotations: rows }));
    expect(result.annotations).toHaveLength(1);
    expect(texts(result)).toEqual([
      'annotation 2: selector missing (a page note or an annotation without quoted text)',
      'annotation 3: a reply, not imported',
      expect.stringMatching(/^annotation 4: pageUrl: not an http\(s\) URL/),
      'annotation 5: created: missing or not a date',
      expect.stringMatching(/^annotation 6: tags\.0: empty/),
      expect.stringMatching(/^annotation 7: /),
    ]);
  });
});
