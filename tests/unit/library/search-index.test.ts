import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex, createSearcher, fold, matchesTerms, refines, siteOf, tokenize } from '@/utils/library';
import { A, B, C, LIBRARY, note, PAGES } from './fixtures';

const ids = (list: { annotation: { id: string } }[]) => list.map((n) => n.annotation.id).sort();

describe('fold', () => {
  it.each([
    ['Zelenský', 'zelensky'],
    ['ÉTAT', 'etat'],
    ['plain ASCII', 'plain ascii'],
    ['Ångström', 'angstrom'],
    ['İstanbul', 'istanbul'],
    ['日本語', '日本語'],
  ])('%s → %s', (input, expected) => expect(fold(input)).toBe(expected));
});

describe('tokenize', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['   ', []],
    ['Budget', ['budget']],
    ['budget  vote', ['budget', 'vote']],
    ['"wide margin" budget', ['wide margin', 'budget']],
    ['war warm', ['warm']],
    ['tax Tax TAX', ['tax']],
    ['"unclosed phrase', ['unclosed phrase']],
    ['élection', ['election']],
  ])('%j → %j', (query, terms) => expect(tokenize(query)).toEqual(terms));
});

describe('refines', () => {
  it.each<[string[], string[], boolean]>([
    [[], ['a'], true],
    [['bud'], ['budg'], true],
    [['bud'], ['budget', 'vote'], true],
    [['budget'], ['bud'], false],
    [['a', 'b'], ['ab'], true],
    [['vote'], ['budget'], false],
  ])('%j then %j → %s', (previous, next, expected) => expect(refines(previous, next)).toBe(expected));
});

describe('search index', () => {
  const index = buildIndex(LIBRARY, PAGES);
  const search = createSearcher(index);

  it.each<[string, string[]]>([
    ['', ['a1', 'a2', 'a3', 'b1', 'b2', 'c1']],
    ['budget', ['a1', 'a2', 'a3', 'c1']], // a2/a3 through their article's title, c1 through its tag
    ['wide margin', ['a1']],
    ['"margin wide"', []],
    ['taxes', ['a2']],
    ['check later', ['a2']], // note
    ['parliament', ['a1']], // tag, any case
    ['jane', ['a2', 'a3']], // speaker
    ['jose marti', ['b1']], // accents folded
    ['ELECTIONS', ['b1', 'b2']], // title, accents folded
    ['example news unemployment', ['a3']], // outlet and quote
    ['other.example.org', ['b1', 'b2']], // host stands in for a missing site name
    ['zebra', ['c1']],
    ['nothing-like-this', []],
  ])('%j finds %j', (query, expected) => expect(ids(search(query))).toEqual(expected));

  it('uses the site name, else the host without www.', () => {
    expect([siteOf(A), siteOf(B), siteOf(C)]).toEqual(['Example News', 'other.example.org', 'Third Times']);
  });

  it('stubs the page of an annotation without a page record and counts annotations per article', () => {
    const orphan = note({ id: 'x', pageUrl: 'https://lost.example/p' });
    const i = buildIndex([...LIBRARY, orphan], PAGES);
    expect(i.pages.get('https://lost.example/p')?.title).toBe('');
    expect(i.counts.get(A.url)).toBe(3);
    expect(i.byId.get('x')?.site).toBe('lost.example');
  });

  it('reuses folded text of unchanged annotations and refolds changed ones', () => {
    const first = buildIndex(LIBRARY, PAGES);
    const edited = LIBRARY.map((a) => (a.id === 'a1' ? { ...a, note: 'Édité', updatedAt: a.updatedAt + 1 } : a));
    const second = buildIndex(edited, PAGES, first);
    expect(second.byId.get('a2')?.text).toBe(first.byId.get('a2')?.text);
    expect(second.byId.get('a1')?.text).toContain('edite');
    expect(second.cache.size).toBe(LIBRARY.length); // old keys are dropped
  });

  it('answers narrowing queries from the last result exactly as a full scan would (typed char by char)', () => {
    const words = ['budget', 'jane', 'the', 'a', 'élection', 'zeb', 'x', 'turn', '"by a"'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 3 }), fc.boolean(), (picked, backspace) => {
        const typed = picked.join(' ');
        const s = createSearcher(index);
        for (let i = 1; i <= typed.length; i++) s(typed.slice(0, i));
        const query = backspace ? typed.slice(0, -1) : typed;
        const full = index.notes.filter((n) => matchesTerms(n, tokenize(query)));
        expect(ids(s(query))).toEqual(ids(full));
      }),
    );
  });
});
