import * as fc from 'fast-check';
import { EXTENSIONS, exportFilename, MAX_BASENAME, safeBaseName } from '@/utils/export';
import { NOW } from './fixtures';

describe('exportFilename', () => {
  it.each([
    ['Budget vote: what the minister said', 'markdown', 'Budget vote what the minister said.md'],
    ['Tax/Spend? "Yes" <now>', 'csv', 'Tax Spend Yes now.csv'],
    ['Ελληνικά νέα', 'json', 'Ελληνικά νέα.json'],
    ['#tag [[link]] ^block | pipe', 'markdown', 'tag link block pipe.md'],
    ['..hidden...', 'markdown', 'hidden.md'],
    ['CON', 'csv', '_CON.csv'],
    ['nul.txt', 'csv', '_nul.txt.csv'],
    ['evil\u202Egpj.exe', 'markdown', 'evilgpj.exe.md'],
    ['tab\tand\nnewline\u0000', 'markdown', 'tab and newline.md'],
    ['claims', 'claim-review', 'claims.jsonld'],
    ['', 'markdown', 'quotemark-2025-03-04.md'],
    ['???', 'csv', 'quotemark-2025-03-04.csv'],
  ] as const)('%j as %s → %j', (title, format, out) => {
    expect(exportFilename(title, format, NOW)).toBe(out);
  });

  it('falls back for a missing title and an invalid clock', () => {
    expect(exportFilename(null, 'json', NOW)).toBe('quotemark-2025-03-04.json');
    expect(exportFilename(undefined, 'json', Number.NaN)).toBe('quotemark-export.json');
  });

  it('limits length without splitting a surrogate pair', () => {
    expect(safeBaseName('a'.repeat(500))).toHaveLength(MAX_BASENAME);
    const emoji = safeBaseName(`${'a'.repeat(MAX_BASENAME - 1)}🚀`);
    expect(emoji).toBe('a'.repeat(MAX_BASENAME - 1));
  });

  it('is always safe (fuzzed)', () => {
    const formats = Object.keys(EXTENSIONS) as (keyof typeof EXTENSIONS)[];
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(...formats), (title, format) => {
        const name = exportFilename(title, format, NOW);
        const base = name.slice(0, -(EXTENSIONS[format].length + 1));
        expect(name.endsWith(`.${EXTENSIONS[format]}`)).toBe(true);
        expect(base.length).toBeGreaterThan(0);
        expect(base.length).toBeLessThanOrEqual(MAX_BASENAME);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting control characters are gone
        expect(base).not.toMatch(/[<>:"/\\|?*#^[\]%{}`\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
        expect(base).not.toMatch(/^[.\s]|[.\s]$/);
        expect(base.isWellFormed()).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
