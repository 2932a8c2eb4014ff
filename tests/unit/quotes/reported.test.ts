import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../utils/quotes';

const reported = (text: string) =>
  detectQuotes(text)
    .filter((q) => q.kind === 'reported')
    .map(({ quote, speaker }) => ({ quote, speaker }));

describe('detectQuotes: reported claims (no quotation marks)', () => {
  it.each<[string, string, { quote: string; speaker: string }[]]>([
    [
      'X continues to demand that …',
      'Russia continues to demand that Ukraine withdraw from four regions — a demand Kyiv rejects.',
      [{ quote: 'Ukraine withdraw from four regions', speaker: 'Russia' }],
    ],
    [
      'X said that …',
      'Hakan Fidan said that the talks would resume in August.',
      [{ quote: 'the talks would resume in August', speaker: 'Hakan Fidan' }],
    ],
    [
      'X has … stated it will … (coordinated verb)',
      'Ukraine has ruled out concessions and has repeatedly stated it will never recognize the annexation.',
      [{ quote: 'it will never recognize the annexation', speaker: 'Ukraine' }],
    ],
    [
      'pronoun subject resolved',
      'Hakan Fidan opened the talks. He also emphasized that Turkey can monitor a ceasefire.',
      [{ quote: 'Turkey can monitor a ceasefire', speaker: 'Hakan Fidan' }],
    ],
    [
      'trailing attribution',
      'Two gunmen died, and three others may have escaped, officials said.',
      [{ quote: 'Two gunmen died, and three others may have escaped', speaker: 'officials' }],
    ],
    [
      'According to X, …',
      'The Data Protection Agency fined the company. According to the agency, the app has about 4 million users.',
      [{ quote: 'the app has about 4 million users', speaker: 'Data Protection Agency' }],
    ],
    [
      'coordinated that-clauses are two claims',
      'Officials said that they had briefed the team, but that they did not know the plan.',
      [
        { quote: 'they had briefed the team', speaker: 'Officials' },
        { quote: 'they did not know the plan', speaker: 'Officials' },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    ['a direct quote’s attribution', '“We will win,” Hakan Fidan said in a statement.'],
    ['a claim holding quotation marks (its words are a partial quote)', 'Mr Obama said it was "distressing" to fail.'],
    ['an indirect question', 'Let us say what the sale is not.'],
    ['a denial', 'She denied that any data had been sold to advertisers.'],
    ['a belief', 'Residents believe that the wall will hold.'],
    ['a verb with no clause', 'Donald Trump gave Russia a deadline, warning of sanctions.'],
  ])('not for %s', (_name, text) => {
    expect(reported(text)).toEqual([]);
  });

  it('gives reported claims a lower confidence than quoted speech', () => {
    const found = detectQuotes('“We will win,” said Hakan Fidan. Fidan said that the talks would resume in August.');
    const [direct, claim] = found;
    expect(direct.kind).toBe('direct');
    expect(claim.kind).toBe('reported');
    expect(claim.confidence).toBeLessThan(direct.confidence);
  });
});
