import { describe, expect, it } from 'vitest';
import { importAnnotations } from '@/utils/export';
import { buildExport, libraryOrder } from '@/utils/library';
import { A, B, C, LIBRARY, PAGES, T } from './fixtures';

const onA = LIBRARY.filter((a) => a.pageUrl === A.url);

describe('export builds', () => {
  it.each([
    ['markdown', 'Budget vote what the minister said.md', 'text/markdown'],
    ['csv', 'Budget vote what the minister said.csv', 'text/csv'],
    ['json', 'Budget vote what the minister said.json', 'application/json'],
    ['claim-review', 'Budget vote what the minister said.jsonld', 'application/ld+json'],
  ] as const)('one article as %s is named after its title', (format, filename, mime) => {
    const built = buildExport(format, onA, PAGES, T);
    expect(built.filename).toBe(filename);
    expect(built.mime.startsWith(mime)).toBe(true);
  });

  it('names a many-article export by date and writes only the pages it uses', () => {
    const built = buildExport(
      'json',
      LIBRARY.filter((a) => a.pageUrl !== C.url),
      PAGES,
      Date.UTC(2025, 4, 6),
    );
    expect(built.filename).toBe('quotemark-2025-05-06.json');
    const doc = JSON.parse(built.text);
    expect(doc.quotemark.pages.map((p: { url: string }) => p.url).sort()).toEqual([A.url, B.url].sort());
  });

  it('writes one article’s Markdown with its front matter, many under one title', () => {
    expect(buildExport('markdown', onA, PAGES, T).text).toMatch(/^---\ntitle: .*Budget vote/);
    expect(buildExport('markdown', LIBRARY, PAGES, T).text).toContain('# Quotemark notes');
  });

  it('counts reviewed claims for ClaimReview', () => {
    expect(buildExport('claim-review', LIBRARY, PAGES, T).count).toBe(1); // a3 (false); b2 is unverified
  });

  it('round-trips through the importer with nothing lost', () => {
    const back = importAnnotations(buildExport('json', LIBRARY, PAGES, T).text);
    expect(back.errors).toEqual([]);
    expect(back.annotations).toEqual(LIBRARY.map((a) => JSON.parse(JSON.stringify(a))));
    expect(back.pages).toEqual(PAGES);
  });

  it('orders the whole library newest article first, reading order inside', () => {
    expect(libraryOrder(LIBRARY).map((a) => a.id)).toEqual(['c1', 'a1', 'a3', 'a2', 'b1', 'b2']);
  });
});
