import { describe, expect, it } from 'vitest';
import { formatDate } from '@/components/ArticleHeader';
import { cleanEvidence } from '@/components/EvidenceList';
import { parseTags } from '@/components/NoteForm';
import { matchesFilter } from '@/components/NotesFilter';
import { articleHeadingId } from '@/components/notes/ArticleSection';
import { paintOf } from '@/utils/highlight/colors';

describe('form helpers', () => {
  it.each([
    ['a, b,  c', ['a', 'b', 'c']],
    [' , ,', []],
    ['kremlin, talks, kremlin', ['kremlin', 'talks']],
    ['one tag with spaces', ['one tag with spaces']],
  ])('parseTags(%j)', (input, expected) => expect(parseTags(input)).toEqual(expected));

  it('drops empty evidence rows and empty titles, trims links', () => {
    expect(
      cleanEvidence([
        { url: ' https://a.example/x ', stance: 'refutes', title: '  ' },
        { url: '', stance: 'supports', title: 'orphan title' },
        { url: 'https://b.example', stance: 'context', title: ' Report ' },
      ]),
    ).toEqual([
      { url: 'https://a.example/x', stance: 'refutes' },
      { url: 'https://b.example', stance: 'context', title: 'Report' },
    ]);
  });

  it('formats dates and keeps what is not a date', () => {
    expect(formatDate(null)).toBeNull();
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatDate('2025-07-24T08:15:00+03:00')).toMatch(/2025/);
  });
});

describe('filters and paint', () => {
  const claim = { kind: 'claim', verdict: 'false', color: 'blue' } as const;
  const quote = { kind: 'quote', color: 'green' } as const;
  it.each([
    [claim, { kind: 'all', verdict: 'all' }, true],
    [claim, { kind: 'claim', verdict: 'false' }, true],
    [claim, { kind: 'claim', verdict: 'true' }, false],
    [quote, { kind: 'all', verdict: 'false' }, false],
    [quote, { kind: 'quote', verdict: 'all' }, true],
    [{ kind: 'claim', color: 'yellow' }, { kind: 'all', verdict: 'unverified' }, true],
  ] as const)('matchesFilter(%j, %j) is %s', (a, f, expected) => expect(matchesFilter(a, f)).toBe(expected));

  it('paints claims by verdict and everything else by its colour', () => {
    expect(paintOf(claim)).toBe('verdict-false');
    expect(paintOf(quote)).toBe('green');
    expect(paintOf({ kind: 'claim', color: 'pink' })).toBe('pink');
  });
});

describe('articleHeadingId', () => {
  it('gives an id of safe characters for any URL, lone surrogates included', () => {
    const urls = [
      'https://a.example/x?q="><img src=x>',
      'https://a.example/broken-\uD800-path',
      'https://a.example/\uDC00',
    ];
    const ids = urls.map(articleHeadingId);
    for (const id of ids) expect(id).toMatch(/^article-[\w.!~*'()-]+$/);
    expect(new Set(ids).size).toBe(urls.length);
  });
});
