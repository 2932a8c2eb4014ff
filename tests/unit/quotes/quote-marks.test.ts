import { describe, expect, it } from 'vitest';
import { scanQuoteMarks } from '../../../utils/quotes/quote-marks';

/** The quoted texts (marks excluded) the scanner finds in `text`. */
const quoted = (text: string) => scanQuoteMarks(text).map((s) => text.slice(s.start, s.end));

describe('scanQuoteMarks', () => {
  it.each([
    ['curly double', 'He said “we will win,” and left.', ['we will win,']],
    ['straight double', 'He said "we will win" and left.', ['we will win']],
    ['curly single (British)', 'She said ‘no good options’ remained.', ['no good options']],
    ['straight single', "She said 'no good options' remained.", ['no good options']],
    ['French guillemets', 'Il a dit «nous gagnerons» hier.', ['nous gagnerons']],
    ['German reversed guillemets', 'Er sagte »wir gewinnen« gestern.', ['wir gewinnen']],
    ['German low-high', 'Er sagte „wir gewinnen“ gestern.', ['wir gewinnen']],
    ['Swedish ”…”', 'Hon sa ”vi vinner” i går.', ['vi vinner']],
    ['two quotes in a sentence', '“One,” he said, “two.”', ['One,', 'two.']],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it.each([
    ['apostrophes inside a single-quoted quote', '‘We don’t know,’ she said.', ['We don’t know,']],
    [
      'plural possessive inside single quotes',
      '‘The workers’ demands are fair,’ she said.',
      ['The workers’ demands are fair,'],
    ],
    [
      'straight apostrophes in a straight double quote',
      `"My daughters' generation isn't like that," he said.`,
      ["My daughters' generation isn't like that,"],
    ],
    ['a lone apostrophe is not a quote', "It's the workers' right, the '90s way.", []],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('keeps only the outer quote when quotes are nested', () => {
    const text = '‘They told me to “go online”. Some of us don’t,’ she said.';
    expect(quoted(text)).toEqual(['They told me to “go online”. Some of us don’t,']);
  });

  it('joins a quote over paragraphs when the opening mark repeats and no closing mark comes', () => {
    const text = '“I have asked for plans.\n\n“Nobody wins a long dispute.”\n\nNext paragraph.';
    const [span, ...rest] = scanQuoteMarks(text);
    expect(rest).toEqual([]);
    expect(span.multiParagraph).toBe(true);
    expect(text.slice(span.start, span.end)).toBe('I have asked for plans.\n\n“Nobody wins a long dispute.');
  });

  it('closes an unclosed quote that opens its paragraph at the paragraph end', () => {
    const text = '“We will keep looking\n\nThe agency said nothing.';
    const [span] = scanQuoteMarks(text);
    expect(span.closed).toBe(false);
    expect(text.slice(span.start, span.end)).toBe('We will keep looking');
  });

  it('drops a stray opening mark in mid-paragraph', () => {
    expect(quoted('Prices rose 5" overnight and "then fell\n\nNothing else.')).toEqual([]);
  });
});
