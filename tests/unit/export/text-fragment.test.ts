import * as fc from 'fast-check';
import { encodeTextTerm, passageUrl, textDirective } from '@/utils/export';
import { toWellFormed } from '@/utils/export/text';

describe('encodeTextTerm', () => {
  it.each([
    ['plain words', 'plain%20words'],
    ['well-known', 'well%2Dknown'],
    ['rock & roll, live', 'rock%20%26%20roll%2C%20live'],
    ['50% #1 a=b?', '50%25%20%231%20a%3Db%3F'],
    ['café 🚀', 'caf%C3%A9%20%F0%9F%9A%80'],
    ['lone \uD800', 'lone%20%EF%BF%BD'],
  ])('%j → %j', (term, out) => {
    expect(encodeTextTerm(term)).toBe(out);
  });
});

describe('textDirective', () => {
  it.each([
    ['a short quote whole', ['the budget passed'], 'text=the%20budget%20passed'],
    [
      'a long quote as start,end',
      ['one two three four five six seven eight nine ten eleven twelve'],
      'text=one%20two%20three%20four,nine%20ten%20eleven%20twelve',
    ],
    [
      'a quote across blocks as start,end',
      ['First para here.\n\nSecond one.'],
      'text=First%20para%20here.,Second%20one.',
    ],
    ['whitespace runs collapsed', ['  a\t\tb  '], 'text=a%20b'],
    [
      'context, cut words at the far ends dropped',
      ['passed', 'ay the budget ', ' by a wide marg'],
      'text=the%20budget-,passed,-by%20a%20wide',
    ],
    [
      'context from the same block only',
      ['passed', 'Old para.\nThe budget ', ' today.\nNext'],
      'text=The%20budget-,passed,-today.',
    ],
    ['context of one partial word is skipped', ['passed', 'budget ', ' tod'], 'text=passed'],
    ['dashes and commas in context are encoded', ['x', 'a well-known, ', ' y'], 'text=well%2Dknown%2C-,x'],
  ])('%s', (_name, [exact, prefix, suffix], out) => {
    expect(textDirective(exact, prefix, suffix)).toBe(out);
  });

  it('returns null when there is no text', () => {
    expect(textDirective('')).toBeNull();
    expect(textDirective(' \n\n ')).toBeNull();
  });

  it('always yields a well-formed directive whose start decodes to the first words (fuzzed)', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'b', ' ', '\n', '-', ',', '&', '%', '#', 'é', '\uD800', '🚀'),
    });
    fc.assert(
      fc.property(
        text,
        fc.option(text, { nil: undefined }),
        fc.option(text, { nil: undefined }),
        (exact, prefix, suffix) => {
          const d = textDirective(exact, prefix, suffix);
          if (exact.trim() === '') {
            expect(d).toBeNull();
            return;
          }
          expect(d).toMatch(/^text=([^,&\s-]+-,)?[^,&\s-]+(,[^,&\s-]+)?(,-[^,&\s-]+)?$/);
          const terms = d!.slice(5).split(',');
          const start = terms.find((t) => !t.endsWith('-'))!;
          const firstWord = exact.trim().split(/\s+/)[0];
          expect(decodeURIComponent(start).split(' ')[0]).toBe(toWellFormed(firstWord));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('passageUrl', () => {
  it('appends the directive to the URL, replacing any fragment', () => {
    const sel = [{ type: 'TextQuoteSelector' as const, exact: 'the budget' }];
    expect(passageUrl('https://x.example/a?b=1#top', sel, 'ignored')).toBe(
      'https://x.example/a?b=1#:~:text=the%20budget',
    );
  });

  it('falls back to the quote without a TextQuoteSelector, and to the bare URL without text', () => {
    const pos = [{ type: 'TextPositionSelector' as const, start: 1, end: 5 }];
    expect(passageUrl('https://x.example/', pos, 'some words')).toBe('https://x.example/#:~:text=some%20words');
    expect(passageUrl('https://x.example/', pos, '  ')).toBe('https://x.example/');
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'not a url', ''])('refuses %j', (url) => {
    expect(passageUrl(url, [], 'q')).toBeNull();
  });
});
