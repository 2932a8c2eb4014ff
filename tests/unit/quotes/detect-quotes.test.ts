import { describe, expect, it } from 'vitest';
import { type DetectedQuote, detectQuotes } from '../../../utils/quotes';

interface Expected {
  quote: string;
  speaker: string | null;
  kind: DetectedQuote['kind'];
}

const pick = ({ quote, speaker, kind }: DetectedQuote): Expected => ({ quote, speaker, kind });
const quotedSpeech = (text: string) => detectQuotes(text).filter((q) => q.kind !== 'reported');

describe('detectQuotes: quoted speech', () => {
  it.each<[string, string, Expected[]]>([
    [
      '“…,” said X',
      '“We will win,” said Hakan Fidan.',
      [{ quote: 'We will win', speaker: 'Hakan Fidan', kind: 'direct' }],
    ],
    [
      'X said: “…”',
      'Hakan Fidan said: “We will win.”',
      [{ quote: 'We will win', speaker: 'Hakan Fidan', kind: 'direct' }],
    ],
    [
      '“…,” X told reporters, with title and role stripped',
      '“No one expects an easy path,” Kremlin spokesperson Dmitry Peskov told reporters.',
      [{ quote: 'No one expects an easy path', speaker: 'Dmitry Peskov', kind: 'direct' }],
    ],
    [
      'appositive before the verb',
      '“This was not an oversight,” the agency’s chair, Sofia Lindqvist, said on Monday.',
      [{ quote: 'This was not an oversight', speaker: 'Sofia Lindqvist', kind: 'direct' }],
    ],
    [
      'inverted attribution with an appositive after it',
      '“We are ready,” said Dr. Maria Lopez, the hospital’s director.',
      [{ quote: 'We are ready', speaker: 'Maria Lopez', kind: 'direct' }],
    ],
    [
      'split quote: two items, one speaker',
      '“Every day this goes on,” Daniel Ferreira said, “farmers lose money.”',
      [
        { quote: 'Every day this goes on', speaker: 'Daniel Ferreira', kind: 'direct' },
        { quote: 'farmers lose money', speaker: 'Daniel Ferreira', kind: 'direct' },
      ],
    ],
    [
      'a second quote in the paragraph continues the speaker',
      '“We did not want this,” said Marisol Okafor. “Our members need a raise.”',
      [
        { quote: 'We did not want this', speaker: 'Marisol Okafor', kind: 'direct' },
        { quote: 'Our members need a raise', speaker: 'Marisol Okafor', kind: 'direct' },
      ],
    ],
    [
      'a question mark stays in the quote',
      'Sarah Kemp runs the bakery. “Why does nobody learn?” she asked.',
      [{ quote: 'Why does nobody learn?', speaker: 'Sarah Kemp', kind: 'direct' }],
    ],
    [
      'partial quote: described … as “…”',
      'Opposition leader Tom Whitcombe described the plan as “reckless” on Monday.',
      [{ quote: 'reckless', speaker: 'Tom Whitcombe', kind: 'partial' }],
    ],
    [
      'partial quote: thanked … for showing “…”',
      'Minister Hakan Fidan thanked both delegations for showing “the will to continue these discussions.”',
      [{ quote: 'the will to continue these discussions', speaker: 'Hakan Fidan', kind: 'partial' }],
    ],
    [
      'partial quote: according to an organisation',
      'The storm was “the worst in a century,” according to the Met Office.',
      [{ quote: 'the worst in a century', speaker: 'Met Office', kind: 'partial' }],
    ],
    [
      'partial quote: passive with an agent',
      'The strandings have been described as “heartbreaking” by the Department of Conservation.',
      [{ quote: 'heartbreaking', speaker: 'Department of Conservation', kind: 'partial' }],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotedSpeech(text).map(pick)).toEqual(expected);
  });

  it('joins a multi-paragraph quote into one item that keeps the speaker of the paragraph before', () => {
    const text = [
      'Transport Minister Helen Achterberg urged both sides to return. “A strike is felt everywhere,” she said.',
      '“I have asked my officials to prepare plans.',
      '“Nobody wins a long dispute.”',
    ].join('\n\n');
    const [, multi] = quotedSpeech(text);
    expect(pick(multi)).toEqual({
      quote: 'I have asked my officials to prepare plans.\n\n“Nobody wins a long dispute',
      speaker: 'Helen Achterberg',
      kind: 'direct',
    });
  });

  it('carries the speaker to an unattributed quote paragraph, skipping a caption', () => {
    const text = [
      '“Man’s greed is hurting the whales,” says Hori Parata, a fierce elder.',
      'Hori Parata at his farm',
      '“We are having to put up with a lot of stuff today.”',
    ].join('\n\n');
    expect(quotedSpeech(text).map((q) => q.speaker)).toEqual(['Hori Parata', 'Hori Parata']);
  });
});

describe('detectQuotes: resolving speakers', () => {
  it.each<[string, string, (string | null)[]]>([
    [
      'surname → full name mentioned earlier',
      'Turkish Foreign Minister Hakan Fidan opened the talks. “Our goal is peace,” Fidan said.',
      ['Hakan Fidan'],
    ],
    ['"he" → the last male subject', 'Hakan Fidan opened the talks. “Our goal is peace,” he said.', ['Hakan Fidan']],
    [
      '"she" and "he" → the right person each',
      'Sarah Kemp runs a bakery. Her husband, David Kemp, was calmer. “We will manage,” she said. “The wall will hold,” he said.',
      ['Sarah Kemp', 'David Kemp'],
    ],
    [
      '"Mr" picks the man among two people with one surname',
      'Sarah Kemp said she was frightened. Her husband, David Kemp, was calmer. “The wall will hold,” Mr Kemp said.',
      ['David Kemp'],
    ],
    [
      'a role → the person holding it',
      'President Barack Obama spoke in London. “We will not give up,” the president said.',
      ['Barack Obama'],
    ],
    [
      'an organisation noun → the organisation named earlier',
      'The Ministry of Transport met the unions. “We are monitoring the situation,” the ministry said.',
      ['Ministry of Transport'],
    ],
    [
      'an organisation noun with no organisation named earlier stays as written',
      '“We are monitoring the situation,” the ministry said.',
      ['the ministry'],
    ],
    [
      'a nickname inside a name does not hide the name',
      'Italian Premier Lorenzo «Lollo» Bianchi proposed a deal. «They were wrong,» Bianchi said.',
      ['Lorenzo Bianchi'],
    ],
  ])('%s', (_name, text, speakers) => {
    expect(quotedSpeech(text).map((q) => q.speaker)).toEqual(speakers);
  });
});

describe('detectQuotes: quotation marks', () => {
  it.each([
    ['curly', '“We will win,” said Ana Ruiz.'],
    ['straight', '"We will win," said Ana Ruiz.'],
    ['curly single', '‘We will win,’ said Ana Ruiz.'],
    ['straight single', "'We will win,' said Ana Ruiz."],
    ['guillemets', '«We will win», said Ana Ruiz.'],
    ['low-high', '„We will win“, said Ana Ruiz.'],
  ])('%s', (_name, text) => {
    expect(quotedSpeech(text).map(pick)).toEqual([{ quote: 'We will win', speaker: 'Ana Ruiz', kind: 'direct' }]);
  });
});

describe('detectQuotes: quotation marks that are not quotations', () => {
  it.each([
    ['scare quote', 'The president enjoyed a string of "wins" on healthcare.'],
    ['so-called', 'The so-called "Pellbury wall" held overnight.'],
    ['title of a song', 'A radio played the folk song “Bridge Over the Wend” as volunteers worked.'],
    ['title of a report', 'The review, published under the title ‘Fit for the Future’, recommended cuts.'],
    [
      'title of a film after a speech verb',
      'A delegate joked that the summit was a remake of the film «Groundhog Day».',
    ],
    ['Title Case feature name', 'The agency said the company’s "Find My Friends" feature was switched on by default.'],
    ['nickname between names', 'Italian Premier Lorenzo «Lollo» Bianchi proposed a deal.'],
    ['nickname', 'The founder, nicknamed "the Wizard" by staff, declined to comment.'],
    ['slogan on a sign', 'Protesters carried signs reading “Fair Pay Now” outside the gate.'],
    ['quoted term', 'The word “resilience” appears in every chapter of the plan.'],
    ['cited title', '^ "Names of the two main islands formalised". New Zealand Government. Retrieved 1 May 2017.'],
  ])('%s', (_name, text) => {
    expect(quotedSpeech(text)).toEqual([]);
  });
});

describe('detectQuotes: contract', () => {
  it('gives offsets into the text, in text order, with confidence in 0..1', () => {
    const text =
      'Hakan Fidan opened the talks.\n\n“Our goal is peace,” he said. Russia continues to demand that Ukraine withdraw its troops.';
    const found = detectQuotes(text);
    expect(found.length).toBeGreaterThan(1);
    for (const q of found) {
      expect(text.slice(q.start, q.end)).toBe(q.quote);
      expect(q.confidence).toBeGreaterThanOrEqual(0);
      expect(q.confidence).toBeLessThanOrEqual(1);
    }
    expect(found.map((q) => q.start)).toEqual([...found.map((q) => q.start)].sort((a, b) => a - b));
  });

  it('returns more candidates with minConfidence 0', () => {
    const text = '“We need to rebuild everything from scratch now.”';
    expect(detectQuotes(text, { minConfidence: 0.9 })).toEqual([]);
    expect(detectQuotes(text, { minConfidence: 0 }).map(pick)).toEqual([
      { quote: 'We need to rebuild everything from scratch now', speaker: null, kind: 'direct' },
    ]);
  });

  it('handles empty and quote-free text', () => {
    expect(detectQuotes('')).toEqual([]);
    expect(detectQuotes('Nothing to see here.\n\nOr here.')).toEqual([]);
  });
});
