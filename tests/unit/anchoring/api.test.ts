/** The public API around anchoring: batch anchoring, selector lists without some selectors, foreign selectors. */
import { anchorAll, anchorSelectors, createAnchorer, describeRange } from '@/utils/anchoring';
import type { Selector } from '@/utils/types';
import { ARTICLE } from './article';
import { blockKey, parse, rangeOf, shown } from './helpers';

const PASSAGES = ['bloody war', 'Rustem Umerov', 'further prisoner exchanges', 'Fidan meets Rubio'];

describe('batch anchoring', () => {
  const doc = parse(ARTICLE);
  const lists = PASSAGES.map((p) => describeRange(doc.body, rangeOf(doc, p)));

  test('anchorAll gives the same answers as one anchorSelectors call per annotation', () => {
    const one = lists.map((s) => anchorSelectors(doc.body, s));
    const all = anchorAll(doc.body, lists);
    expect(all.map((r) => [r.status, shown(r.range)])).toEqual(one.map((r) => [r.status, shown(r.range)]));
    expect(all.map((r) => shown(r.range))).toEqual(PASSAGES);
  });

  test('after content is inserted above, the batch (which follows the shift) agrees with one-by-one anchoring', () => {
    const changed = parse(ARTICLE.replace('<h1', '<p>Breaking: a new paragraph was added at the top.</p><h1'));
    const one = lists.map((s) => anchorSelectors(changed.body, s));
    const all = anchorAll(changed.body, [...lists].reverse()).reverse();
    expect(all.map((r) => [r.status, shown(r.range)])).toEqual(one.map((r) => [r.status, shown(r.range)]));
    expect(all.map((r) => r.status)).toEqual(['moved', 'moved', 'moved', 'moved']);
  });

  test('an anchorer reuses one text model for every list', () => {
    const anchorer = createAnchorer(doc.body);
    expect(anchorer.model.text).toContain('Rustem Umerov');
    expect(anchorer.anchorAll(lists).every((r) => r.status === 'exact')).toBe(true);
  });
});

describe('selector lists', () => {
  const doc = parse(ARTICLE);

  test.each<[string, Selector[], string | null]>([
    ['a position alone is honoured', [{ type: 'TextPositionSelector', start: 0, end: 5 }], 'World'],
    [
      'a position past the end of the text is orphan',
      [{ type: 'TextPositionSelector', start: 1e6, end: 1e6 + 3 }],
      null,
    ],
    [
      'a unique quote without context or position',
      [{ type: 'TextQuoteSelector', exact: 'Ciragan Palace' }],
      'Ciragan Palace',
    ],
    ['a repeated quote without context or position is orphan', [{ type: 'TextQuoteSelector', exact: 'Fidan' }], null],
    ['an empty quote is orphan', [{ type: 'TextQuoteSelector', exact: '' }], null],
    ['no selectors at all', [], null],
    [
      'a quote as another tool stores it: raw whitespace, straight quotes, 32 characters of context',
      [
        {
          type: 'TextQuoteSelector',
          exact: 'urged both sides\n    to end the "bloody war"',
          prefix: 'ign Minister Hakan Fidan ',
          suffix: ' that has raged for\n    over three',
        },
      ],
      'urged both sides to end the “bloody war”',
    ],
  ])('%s', (_name, selectors, expected) => {
    const result = anchorSelectors(doc.body, selectors);
    expect(shown(result.range)).toBe(expected);
    expect(result.status === 'orphan').toBe(expected === null);
  });

  test('a changed anchor reports the text now on the page and a similarity score', () => {
    const selectors = describeRange(doc.body, rangeOf(doc, 'said the memorandums exchanged in June were'));
    const changed = parse(ARTICLE.replace('memorandums exchanged', 'papers exchanged'));
    const result = anchorSelectors(changed.body, selectors);
    expect(result).toMatchObject({ status: 'changed', text: 'said the papers exchanged in June were' });
    expect(result.score).toBeGreaterThan(0.5);
    expect(result.score).toBeLessThan(1);
    expect(blockKey(result.range)).toBe('p6');
  });
});
