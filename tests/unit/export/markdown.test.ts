import * as fc from 'fast-check';
import {
  annotationToMarkdown,
  articlesToMarkdown,
  articleToMarkdown,
  escapeMarkdown,
  markdownLink,
  yamlString,
} from '@/utils/export';
import type { Annotation } from '@/utils/types';
import { live } from '../../markdown-syntax';
import { make, NOW, PAGE_A, PAGE_B, RICH } from './fixtures';

/** The inertness contract: no live HTML, every live link goes to http(s), front matter lines well-formed. */
function expectInert(md: string) {
  const [, front, body] = md.split(/^---$/m);
  for (const line of front.trim().split('\n'))
    expect(line).toMatch(/^(\w+: "([^"\\]|\\.)*"|tags:| {2}- "([^"\\]|\\.)*")$/);
  // Read as Markdown by a viewer that does not know front matter, it still starts no HTML, link or image.
  expect(front).not.toMatch(/[<[\]]/);
  expect(live(body, '<')).toEqual([]);
  expect(live(body, '&')).toEqual([]);
  for (const i of live(body, '](')) {
    expect(body.slice(i + 2)).toMatch(/^https?:\/\/[^\s()<>]*\)/);
  }
  expect(body).not.toContain('!['); // no remote image embeds (tracking pixels)
}

const hostile: Partial<Annotation> = {
  quote: '<img src=x onerror=alert(1)> [click](javascript:alert(1)) ![x](https://t.example/p.png)\n# h\n- l\n1. n',
  speaker: '**Bob**</textarea><script>',
  note: '    code\n> q\n---\n[[Wiki link]] ==hl== %%hide%% ((block)) {{embed}} key:: v ^id $x$ &amp; &#60;',
  tags: ['#tag', '</textarea>'],
  evidence: [
    { url: 'javascript:alert(1)', stance: 'refutes', title: 'x](javascript:alert(2)' },
    { url: 'https://ok.example/a b(c)<d>', stance: 'supports' },
  ],
};

describe('escapeMarkdown', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['[a](javascript:x)', '\\[a\\](javascript:x)'],
    ['![i](https://x)', '!\\[i\\](https://x)'],
    ['# no heading', '\\# no heading'],
    ['- no list', '\\- no list'],
    ['+ no list', '\\+ no list'],
    ['12. no list', '12\\. no list'],
    ['    no code', 'no code'],
    ['**b** _i_ `c` ~~s~~', '\\*\\*b\\*\\* \\_i\\_ \\`c\\` \\~\\~s\\~\\~'],
    ['[[link]] ((ref)) {{macro}}', '\\[\\[link\\]\\] \\(\\(ref\\)\\) \\{\\{macro\\}\\}'],
    ['==hl== %%c%% a:: b', '\\=\\=hl\\=\\= \\%\\%c\\%\\% a\\:\\: b'],
    ['50% of (most) people: yes', '50% of (most) people: yes'],
    ['&lt; &amp;', '\\&lt; \\&amp;'],
    ['a\r\nb\u2028c', 'a\nb\nc'],
    ['rtl \u202Eoverride\u202C', 'rtl override'],
    ['lone \uDC00', 'lone \uFFFD'],
  ])('%j → %j', (input, out) => {
    expect(escapeMarkdown(input)).toBe(out);
  });
});

describe('markdownLink and yamlString', () => {
  it.each([
    ['Site', 'https://x.example/a', '[Site](https://x.example/a)'],
    ['', 'https://x.example/(a) b', '[https://x.example/(a) b](https://x.example/%28a%29%20b)'],
    ['Evil', 'javascript:alert(1)', 'Evil (javascript:alert(1))'],
    ['Evil', 'data:text/html,<b>', 'Evil (data:text/html,\\<b\\>)'],
    ['', 'vbscript:x', 'vbscript:x'],
  ])('[%j](%j) → %j', (text, url, out) => {
    expect(markdownLink(text, url)).toBe(out);
  });

  it.each([
    ['plain', '"plain"'],
    ['say "hi" \\ now', '"say \\"hi\\" \\\\ now"'],
    ['line\n---\nkey: value', '"line\\n---\\nkey: value"'],
    ['tab\there', '"tab\\there"'],
    ['bom\uFEFF', '"bom\\ufeff"'],
    [
      '<img src=x> [a](javascript:b) ![i](https://t.example/p.png)',
      '"\\u003cimg src=x> \\u005ba\\u005d(javascript:b) !\\u005bi\\u005d(https://t.example/p.png)"',
    ],
  ])('yamlString(%j) → %s', (input, out) => {
    expect(yamlString(input)).toBe(out);
  });
});

describe('articleToMarkdown', () => {
  const md = articleToMarkdown(
    PAGE_A,
    RICH.filter((a) => a.pageUrl === PAGE_A.url),
    { now: NOW },
  );

  it('writes front matter with the article metadata and every tag once', () => {
    expect(
      md.startsWith(`---
title: "Budget vote: what the minister said"
url: "https://news.example.com/2025/03/budget-vote"
site: "Example News"
author: "Ada Reporter"
published: "2025-03-01T09:00:00Z"
exported: "2025-03-04T05:06:07.089Z"
tags:
  - "budget"
  - "parliament"
  - "economy"
---

# Budget vote: what the minister said

[Example News](https://news.example.com/2025/03/budget-vote) · By Ada Reporter · Published 2025-03-01T09:00:00Z
`),
    ).toBe(true);
  });

  it('renders a claim with speaker, kind, verdict, evidence, note, tags and a passage link', () => {
    const claim = RICH.find((a) => a.verdict === 'mixed')!;
    expect(annotationToMarkdown(claim)).toBe(`> Unemployment fell by 40% last year
>
> — **Minister Jane Doe**

**Claim** · Verdict: **Mixed** · 2025-03-02 · [Open passage](https://news.example.com/2025/03/budget-vote#:~:text=that-,Unemployment%20fell%20by%2040%25%20last%20year)

Evidence:
- Refutes: [Labour force survey](https://stats.example.gov/labour/3)
- Supports: [https://archive.example.net/x?a=1\\&b=(2)](https://archive.example.net/x?a=1&b=%282%29)
- Context: [Background, explained](https://context.example.com/)

Note:
Mixed: depends on the measure.

Tags: economy`);
  });

  it('keeps multi-paragraph quotes in one blockquote and warns about orphaned or changed passages', () => {
    expect(annotationToMarkdown(RICH[1])).toContain(
      '> "We will not raise taxes," she said.\n>\n> She repeated it twice.',
    );
    expect(annotationToMarkdown(RICH[RICH.length - 2])).toContain(
      '*The passage was not found on the page at the last visit.*',
    );
    expect(annotationToMarkdown(RICH.find((a) => a.anchor?.status === 'changed')!)).toContain('edited on the page');
  });

  it('is inert for hostile page content and metadata', () => {
    const page = { ...PAGE_A, title: 'T"\n---\nx: <script>', byline: '\u202Eevil', siteName: '](javascript:x)' };
    const out = articleToMarkdown(page, [make(hostile)], { now: NOW });
    expectInert(out);
    expect(out).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(out).toContain('- Refutes: x\\](javascript:alert(2) (javascript:alert(1))');
    expect(out).toContain('[https://ok.example/a b(c)\\<d\\>](https://ok.example/a%20b%28c%29%3Cd%3E)');
    expect(out).not.toContain('\u202E');
  });

  it('writes front matter tags in Obsidian form (no #, no spaces), once each', () => {
    const out = articleToMarkdown(PAGE_A, [make({ tags: ['#tag', 'two words', 'tag'] })], { now: NOW });
    expect(out).toContain('tags:\n  - "tag"\n  - "two-words"\n---');
    expect(out).toContain('Tags: \\#tag, two words, tag');
  });

  it('omits unknown metadata and survives invalid times', () => {
    const out = articleToMarkdown(PAGE_B, [make({ pageUrl: PAGE_B.url, createdAt: Number.NaN })], { now: Number.NaN });
    expect(out).not.toMatch(/^(author|site|published|exported):/m);
    expect(out).toContain('[other.example.org](https://other.example.org/ar/story)');
  });
});

describe('articlesToMarkdown', () => {
  it('puts each article in its own section with a link back', () => {
    const out = articlesToMarkdown(RICH, [PAGE_A, PAGE_B], { now: NOW });
    expect(out).toMatch(/^---\ntitle: "Quotemark notes"\nexported: "2025-03-04T05:06:07.089Z"\ntags:\n/);
    expect(out).toContain('\n# Quotemark notes\n');
    expect(out).toContain('\n## Budget vote: what the minister said\n');
    expect(out).toContain('\n## خبر عاجل 🚀\n');
    expect(out.match(/Open passage/g)).toHaveLength(RICH.length);
  });

  it('falls back to the URL for pages it has no record of', () => {
    const out = articlesToMarkdown([make({ pageUrl: 'https://unknown.example/x' })], [], { now: NOW, title: 'Mine' });
    expect(out).toContain('## https://unknown.example/x');
  });

  it('stays inert for arbitrary text (fuzzed)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.string({
        unit: fc.constantFrom('<', '>', '[', ']', '(', ')', '!', '\\', '&', '"', '\n', ':', 'javascript:', ' '),
        maxLength: 20,
      }),
    );
    fc.assert(
      fc.property(text, text, text, text, text, (quote, note, speaker, title, url) => {
        const a = make({ quote, note, speaker, tags: [title], evidence: [{ url, stance: 'refutes', title }] });
        expectInert(articleToMarkdown({ ...PAGE_A, title, byline: speaker, siteName: note }, [a], { now: NOW }));
        expectInert(articlesToMarkdown([a], [{ ...PAGE_A, title }], { now: NOW, title }));
      }),
      { numRuns: 200 },
    );
  });
});
