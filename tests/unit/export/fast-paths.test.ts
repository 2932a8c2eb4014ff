import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '@/utils/export';
import { escapeMarkdownLine } from '@/utils/export/markdown-escape';
import { cleanText, toWellFormed } from '@/utils/export/text';

/** The full chains of replacements the builders' fast paths skip when nothing would change (the specification). */
const fullClean = (text: string) =>
  text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters removed
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
const fullEscapeLine = (line: string) =>
  line
    .replace(/^[ \t]+/, '')
    .replace(/[\\`*_[\]<>&|~$^{}#]/g, '\\$&')
    .replace(/([=%():])\1+/g, (run) => run.replace(/./g, '\\$&'))
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');

// Text made of the characters the rules care about, plain letters and a few astral/lone surrogates.
const tricky = fc
  .array(
    fc.oneof(
      fc.constantFrom(...' \t\n\r-+=0123456789.)(:%*_#[]<>&|~$^{}`\\ab'.split('')),
      fc.constantFrom('\u2028', '\u0085', '\u0007', '\u202E', '\uD83D\uDE80', '\uD800', '\uDC00', 'é'),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('the export builders’ fast paths give what the full replacements give', () => {
  it('cleanText and toWellFormed', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        expect(cleanText(text)).toBe(fullClean(text));
        expect(toWellFormed(text)).toBe(
          text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('escapeMarkdownLine and escapeMarkdown', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const line = text.replace(/\n/g, ' ');
        expect(escapeMarkdownLine(line)).toBe(fullEscapeLine(line));
        expect(escapeMarkdown(text)).toBe(fullClean(text).split('\n').map(fullEscapeLine).join('\n'));
      }),
      { numRuns: 3000 },
    );
  });
});
