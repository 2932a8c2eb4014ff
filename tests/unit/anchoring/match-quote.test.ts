/** matchQuote and its building blocks on plain strings (no DOM): context rules, fuzzy search, decisions. */
import fc from 'fast-check';
import { matchQuote, normalize, type QuoteQuery } from '@/utils/anchoring';
import { sideSimilarity } from '@/utils/anchoring/context';
import { markRepetition, prefixRule, repetitionOf, suffixRule } from '@/utils/anchoring/context-rule';
import { fuzzyFind } from '@/utils/anchoring/fuzzy';

const PAGE =
  'Officials met on Monday. The committee said the budget review would take place next week, after a vote. ' +
  'Analysts expected a long debate about school funding and housing. The mayor declined to comment on the plan. ' +
  'Residents who spoke at the meeting asked for more time to read the proposal before any decision is made.';

/** A query for PAGE[start, start + len) with `ctx` characters of context each side. */
function query(text: string, exact: string, ctx = 40): QuoteQuery {
  const start = text.indexOf(exact);
  return {
    exact,
    prefix: text.slice(Math.max(0, start - ctx), start),
    suffix: text.slice(start + exact.length, start + exact.length + ctx),
    start,
    end: start + exact.length,
  };
}

describe('context agreement', () => {
  const ctx = 'the budget review would take place next week';
  test.each([
    ['identical', ctx, 1, 1],
    ['one word edited far from the passage', ctx.replace('budget', 'annual'), 0.55, 0.95],
    ['one word edited next to the passage', ctx.replace('the budget', 'our budget'), 0.7, 0.95],
    ['unrelated text', 'residents asked for more time to read it all', 0, 0.2],
    ['the same text shifted by a few words', `said that ${ctx}`.slice(0, ctx.length), 0, 0.35],
  ])('%s', (_name, window, min, max) => {
    const sim = sideSimilarity(ctx, `${window}|`, 0, false);
    expect(sim).toBeGreaterThanOrEqual(min);
    expect(sim).toBeLessThanOrEqual(max);
  });
});

describe('context agreement with a floor', () => {
  // Words from a small vocabulary, so contexts share runs and diverge the way real pages do.
  const words = fc.array(fc.constantFrom('the', 'talks', 'in', 'Istanbul', 'said', 'Fidan', 'on', 'Monday', '.'), {
    minLength: 1,
    maxLength: 40,
  });
  const text = words.map((w) => w.join(' '));
  test('above the floor the answer is exact; at or below it, the true answer is too', () => {
    fc.assert(
      fc.property(text, text, fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }), (ctx, page, back, floor) => {
        const at = back ? page.length : 0;
        const full = sideSimilarity(ctx, page, at, back);
        const cut = sideSimilarity(ctx, page, at, back, floor);
        return cut > floor ? cut === full : full <= floor;
      }),
      { numRuns: 500 },
    );
  });
});

describe('context rule and repetition mark', () => {
  const text = normalize(PAGE);
  const start = text.indexOf('Analysts');
  const end = text.indexOf(' about school');

  test('prefix reaches past the sentence boundary before the passage; suffix past the one after', () => {
    const prefix = text.slice(start - prefixRule(text, start), start);
    expect(prefix.endsWith('after a vote. ')).toBe(true);
    expect(prefix.length).toBe(32 + '. '.length);
    expect(text.slice(end, end + suffixRule(text, end))).toMatch(/^ about school funding and housing\. The mayor/);
  });

  test.each(['unique', 'repeated', 'twinned'] as const)(
    'a %s mark survives the round trip through the stored strings',
    (level) => {
      const rules: [number, number] = [prefixRule(text, start), suffixRule(text, end)];
      for (const grown of [rules, [rules[0] * 2, rules[1] * 2] as [number, number]]) {
        const [p, s] = markRepetition(grown, rules, [start, text.length - end], level);
        expect(repetitionOf(text.slice(start, end), text.slice(start - p, start), text.slice(end, end + s))).toBe(
          level,
        );
      }
      expect(
        repetitionOf(text.slice(start, end), text.slice(start - rules[0], start), text.slice(end, end + rules[1])),
      ).toBe('unique');
    },
  );
});

describe('fuzzyFind', () => {
  test('finds an edited passage and reports its edit distance', () => {
    const text = normalize(PAGE).replace('long debate', 'lengthy debate');
    const [hit] = fuzzyFind(text, 'Analysts expected a long debate about school funding', 10);
    expect(text.slice(hit.start, hit.end)).toBe('Analysts expected a lengthy debate about school funding');
    expect(hit.errors).toBe(4);
  });
});

describe('matchQuote', () => {
  const text = normalize(PAGE);
  test.each<[string, string, (q: QuoteQuery) => QuoteQuery, string, string | null]>([
    ['unchanged', text, (q) => q, 'exact', 'The mayor declined to comment'],
    [
      'one word edited inside, context intact',
      text.replace('declined to comment', 'refused to comment'),
      (q) => q,
      'changed',
      'The mayor refused to comment',
    ],
    [
      'edited inside and moved, context on one side intact',
      `Breaking news first. ${text.replace('declined to comment', 'declined to say anything')}`,
      (q) => ({ ...q, exact: 'The mayor declined to comment on the plan.' }),
      'changed',
      'The mayor declined to say anything on the plan.',
    ],
    ['gone', text.replace('The mayor declined to comment on the plan. ', ''), (q) => q, 'orphan', null],
    [
      'a copy set down right where it used to start',
      text.replace('The mayor declined', 'The mayor declined to comment. The mayor declined'),
      (q) => q,
      'orphan',
      null,
    ],
  ])('%s', (_name, page, adjust, status, found) => {
    const q = adjust(query(text, 'The mayor declined to comment'));
    const m = matchQuote(page, { ...q, suffix: text.slice(text.indexOf(q.exact) + q.exact.length).slice(0, 40) });
    expect(m.status).toBe(status);
    expect(m.status === 'orphan' ? null : page.slice(m.start, m.end)).toBe(found);
  });
});
