/** describeRange: what goes into the selectors, and that repeated text gets the context it needs. */
import { anchorSelectors, describeRange, MIN_CONTEXT } from '@/utils/anchoring';
import { repetitionOf } from '@/utils/anchoring/context-rule';
import type { CssSelector, TextPositionSelector, TextQuoteSelector } from '@/utils/types';
import { ARTICLE } from './article';
import { blockKey, parse, rangeOf } from './helpers';

const DISCLAIMER =
  'Any medical information published on this website is not intended as a substitute for informed medical ' +
  'advice and you should not take any action before consulting with a healthcare professional. We do not endorse ' +
  'any of the products advertised here, and the opinions expressed are those of the authors. Privacy policy. ' +
  'Terms of use. Cookie settings. Contact the newsroom. Advertise with us.';
const FOOTERS =
  `<body><p>2019 Healthline Media UK Ltd. All rights reserved. MNT is the registered trade mark of Healthline Media. ${DISCLAIMER}</p>` +
  `<p>Healthline Media UK Ltd, Brighton, UK. MNT is the registered trade mark of Healthline Media. ${DISCLAIMER}</p></body>`;

const quoteOf = (s: ReturnType<typeof describeRange>) =>
  s.find((x) => x.type === 'TextQuoteSelector') as TextQuoteSelector;

describe('describeRange', () => {
  const doc = parse(ARTICLE);

  test('returns JSON-serialisable quote and position selectors for exactly the range given', () => {
    const range = rangeOf(doc, 'ukraine took pl'.replace('u', 'U'));
    const selectors = describeRange(doc.body, range);
    expect(JSON.parse(JSON.stringify(selectors))).toEqual(selectors);
    const quote = quoteOf(selectors);
    expect(quote.exact).toBe('Ukraine took pl');
    const pos = selectors.find((x) => x.type === 'TextPositionSelector') as TextPositionSelector;
    expect(pos.end - pos.start).toBe(quote.exact.length);
  });

  test('context is at least 32 characters each side and reaches past the sentence boundary', () => {
    const quote = quoteOf(describeRange(doc.body, rangeOf(doc, 'The ultimate aim')));
    expect(quote.prefix!.length).toBeGreaterThanOrEqual(MIN_CONTEXT);
    expect(quote.suffix!.length).toBeGreaterThanOrEqual(MIN_CONTEXT);
    expect(quote.prefix).toContain('as possible. ');
    expect(quote.prefix!.indexOf('as possible. ')).toBeGreaterThan(0);
  });

  test.each([
    ['a quote that occurs once', ARTICLE, 'Ciragan Palace', 'unique'],
    ['a repeated name', ARTICLE, 'Fidan', 'repeated'],
    ['a footer repeated with a different first line', FOOTERS, 'registered trade mark', 'twinned'],
  ])('%s: context length records it (%s)', (_name, html, text, level) => {
    const page = parse(html);
    const q = quoteOf(describeRange(page.body, rangeOf(page, text)));
    expect(repetitionOf(q.exact, q.prefix!, q.suffix!)).toBe(level);
  });

  test('a CssSelector hint names the nearest element with a stable id, and only then', () => {
    const page = parse(
      '<body><div id="story"><p>Some words here that a reader might select today.</p></div>' +
        '<div id="ember1234567"><p>Other words in a generated container, selected as well.</p></div></body>',
    );
    const hint = (text: string) =>
      (
        describeRange(page.body, rangeOf(page, text)).find(
          (s) => s.type === 'CssSelector' && s.value.startsWith('#'),
        ) as CssSelector | undefined
      )?.value;
    expect(hint('a reader might')).toBe('#story');
    expect(hint('generated container')).toBeUndefined();
  });
});

describe('twins: the same headline in two lists', () => {
  const list = (k: string) =>
    `<ul data-k="${k}"><li>Sudan deal sweetened to lift terror listing</li><li>Aid groups allowed back into Darfur</li></ul>`;
  const page = `<body><p data-k="intro">Related coverage from this week, in two boxes.</p>${list('a')}
    <p data-k="mid">More from the newsroom below, picked by our editors.</p>${list('b')}</body>`;

  test('describing one copy anchors to that copy', () => {
    const doc = parse(page);
    const selectors = describeRange(doc.body, rangeOf(doc, 'terror listing', 1));
    const result = anchorSelectors(parse(page).body, selectors);
    expect(result.status).toBe('exact');
    expect(blockKey(result.range)).toBe('b');
  });

  test('when that copy is removed, the other copy does not take the highlight', () => {
    const doc = parse(page);
    const selectors = describeRange(doc.body, rangeOf(doc, 'terror listing', 0));
    const changed = parse(page);
    changed.querySelector('[data-k="a"]')!.remove();
    expect(anchorSelectors(changed.body, selectors).status).toBe('orphan');
  });
});

describe('twins: a footer repeated with only its first line different', () => {
  const footers = FOOTERS.replace('<p>', '<p data-k="f1">').replace('</p><p>', '</p><p data-k="f2">');
  const selectors = (() => {
    const doc = parse(footers);
    return describeRange(doc.body, rangeOf(doc, 'registered trade mark', 0));
  })();

  test.each([
    ['unchanged', () => {}, 'f1'],
    ['the other footer removed', (d: Document) => d.querySelector('[data-k="f2"]')!.remove(), 'f1'],
    ['this footer removed', (d: Document) => d.querySelector('[data-k="f1"]')!.remove(), null],
  ])('%s', (_name, change, lands) => {
    const doc = parse(footers);
    change(doc);
    const result = anchorSelectors(doc.body, selectors);
    expect(blockKey(result.range)).toBe(lands);
    expect(result.status === 'orphan').toBe(lands === null);
  });
});
