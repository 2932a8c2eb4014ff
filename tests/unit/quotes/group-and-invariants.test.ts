import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DetectedQuote, detectQuotes, groupBySpeaker } from '../../../utils/quotes';

const item = (start: number, speaker: string | null): DetectedQuote => ({
  quote: `q${start}`,
  start,
  end: start + 2,
  speaker,
  kind: 'direct',
  confidence: 0.9,
});

describe('groupBySpeaker', () => {
  it('orders speakers by first quote, merges case variants and puts the unattributed last', () => {
    const groups = groupBySpeaker([
      item(30, 'Hakan Fidan'),
      item(5, null),
      item(10, 'the ministry'),
      item(0, 'Hakan Fidan'),
      item(20, 'The ministry'),
    ]);
    expect(groups.map((g) => [g.speaker, g.quotes.map((q) => q.start)])).toEqual([
      ['Hakan Fidan', [0, 30]],
      ['the ministry', [10, 20]],
      [null, [5]],
    ]);
  });

  it('groups what detectQuotes finds', () => {
    const text =
      '“Our goal is peace,” said Hakan Fidan. “It will be very difficult,” Kremlin spokesperson Dmitry Peskov said.\n\n“We are pleased,” Fidan added.';
    expect(groupBySpeaker(detectQuotes(text)).map((g) => [g.speaker, g.quotes.length])).toEqual([
      ['Hakan Fidan', 2],
      ['Dmitry Peskov', 1],
    ]);
  });

  it('returns no groups for no quotes', () => {
    expect(groupBySpeaker([])).toEqual([]);
  });
});

describe('detectQuotes on arbitrary text (property)', () => {
  const pieces = [
    '“',
    '”',
    '"',
    "'",
    '‘',
    '’',
    '«',
    '»',
    '„',
    '“',
    ' ',
    ' ',
    ', ',
    '. ',
    ': ',
    ' — ',
    '\n\n',
    '?',
    'said',
    ' he said',
    ' she told reporters',
    'Hakan Fidan',
    'Fidan',
    'Mr Kemp',
    'the ministry',
    ' that ',
    'We will win',
    'according to',
    'officials said',
    'don’t',
    "it's",
    '(',
    ')',
    'so-called',
    'Title Case Words',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));

  it('never throws and keeps the contract', () => {
    fc.assert(
      fc.property(text, (t) => {
        const found = detectQuotes(t, { minConfidence: 0 });
        let last = -1;
        for (const q of found) {
          expect(t.slice(q.start, q.end)).toBe(q.quote);
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeGreaterThan(q.start);
          expect(q.end).toBeLessThanOrEqual(t.length);
          expect(q.confidence).toBeGreaterThanOrEqual(0);
          expect(q.confidence).toBeLessThanOrEqual(1);
          expect(q.start).toBeGreaterThanOrEqual(last);
          last = q.start;
        }
      }),
      { numRuns: 300 },
    );
  });
});
