import * as fc from 'fast-check';
import { CSV_COLUMNS, csvCell, readwiseDate, toCsv } from '@/utils/export';
import { pageTitle } from '@/utils/export/pages';
import { cleanText } from '@/utils/export/text';
import type { Annotation } from '@/utils/types';
import { make, PAGE_A, PAGE_B, RICH } from './fixtures';

/** A small RFC 4180 reader: CRLF (or LF) between records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    i += 1;
    if (quoted && c === '"' && next === '"') {
      cell += '"';
      i += 1;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted || (c !== '"' && c !== ',' && c !== '\r' && c !== '\n')) cell += c;
    else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || (c === '\r' && next === '\n')) {
      if (c === '\r') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const FORMULA = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
const expected = (value: string) => {
  const clean = cleanText(value);
  return FORMULA.test(clean) ? `'${clean}` : clean;
};

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\nlf"'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\n=1"`],
    ['＝1+1', "'＝1+1"],
    ['a=1', 'a=1'],
    ['\u202Egpj.exe', 'gpj.exe'],
    ['nul\u0000byte', 'nulbyte'],
    ['lone \uD800', 'lone \uFFFD'],
  ])('%j → %j', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });
});

describe('toCsv', () => {
  it('starts with the Readwise columns, then ours, one row per annotation', () => {
    const rows = parseCsv(toCsv(RICH, [PAGE_A, PAGE_B]));
    expect(rows[0].slice(0, 7)).toEqual(['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date']);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(RICH.length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('fills Readwise and Quotemark columns for a claim', () => {
    const claim = RICH.find((a) => a.verdict === 'mostly-true')!;
    const [header, row] = parseCsv(toCsv([claim], [PAGE_A]));
    const cells = Object.fromEntries(header.map((h, i) => [h, row[i]]));
    expect(cells).toMatchObject({
      Highlight: claim.quote,
      Title: PAGE_A.title,
      Author: 'Ada Reporter',
      URL: PAGE_A.url,
      Location: '700',
      Date: '2025-03-02 12:00:00',
      Kind: 'claim',
      Speaker: 'Minister Jane Doe',
      Verdict: 'Mostly true',
      Evidence:
        'refutes: Labour force survey <https://stats.example.gov/labour/2>\nsupports: <https://archive.example.net/x?a=1&b=(2)>\ncontext: Background, explained <https://context.example.com/>',
      Tags: 'economy',
      Color: 'pink',
      Anchor: '',
      Id: claim.id,
    });
  });

  it('uses CRLF between records and an optional BOM', () => {
    const text = toCsv([make()], [PAGE_A]);
    expect(text.startsWith('Highlight,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3);
    expect(toCsv([make()], [PAGE_A], { bom: true }).startsWith('\uFEFFHighlight,')).toBe(true);
  });

  it('orders rows by page of first appearance, then reading position', () => {
    const a = make({ id: 'a', selectors: [{ type: 'TextPositionSelector', start: 50, end: 60 }] });
    const b = make({ id: 'b', pageUrl: PAGE_B.url });
    const c = make({ id: 'c', selectors: [{ type: 'TextPositionSelector', start: 10, end: 20 }] });
    const ids = parseCsv(toCsv([a, b, c], [PAGE_A, PAGE_B]))
      .slice(1)
      .map((r) => r[r.length - 1]);
    expect(ids).toEqual(['c', 'a', 'b']);
  });

  it('is inert against hostile text', () => {
    const evil = make({
      quote: '=cmd|"/c calc"!A1',
      note: '<img src=x onerror=alert(1)></textarea>,"\r\n-1',
      tags: ['@tag', '+x'],
      speaker: '\u202Eevil\u202C',
    });
    const [, row] = parseCsv(toCsv([evil], [PAGE_A]));
    expect(row[0]).toBe(`'=cmd|"/c calc"!A1`);
    expect(row[4]).toBe('<img src=x onerror=alert(1)></textarea>,"\n-1');
    expect(row[CSV_COLUMNS.indexOf('Tags')]).toBe("'@tag, +x");
    expect(row[CSV_COLUMNS.indexOf('Speaker')]).toBe('evil');
    for (const cell of row) expect(cell).not.toMatch(FORMULA);
  });

  it('readwiseDate is empty for an invalid time instead of throwing', () => {
    expect(readwiseDate(Number.NaN)).toBe('');
    expect(readwiseDate(8.64e15 + 1)).toBe('');
  });

  it('parses back to exactly the guarded, cleaned values (fuzzed)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({
        unit: fc.constantFrom('"', ',', '\n', '\r', '=', '+', '-', '@', '\t', 'a', ' ', '\u202E'),
        maxLength: 12,
      }),
    );
    const annotation = fc.record({
      quote: text,
      note: text,
      speaker: fc.option(text),
      tags: fc.array(text, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(annotation, { maxLength: 5 }), text, fc.boolean(), (list, title, bom) => {
        const annotations: Annotation[] = list.map((x, i) => make({ ...x, id: `id-${i}`, createdAt: i, updatedAt: i }));
        const page = { ...PAGE_A, title: title || PAGE_A.title };
        const out = toCsv(annotations, [page], { bom });
        const rows = parseCsv(bom ? out.slice(1) : out);
        expect(rows).toHaveLength(annotations.length + 1);
        annotations.forEach((a, i) => {
          const row = rows[i + 1];
          expect(row).toHaveLength(CSV_COLUMNS.length);
          expect(row[0]).toBe(expected(a.quote));
          expect(row[1]).toBe(expected(pageTitle(page)));
          expect(row[4]).toBe(expected(a.note));
          expect(row[CSV_COLUMNS.indexOf('Speaker')]).toBe(expected(a.speaker ?? ''));
          expect(row[CSV_COLUMNS.indexOf('Tags')]).toBe(expected(a.tags.join(', ')));
          for (const cell of row) expect(cell).not.toMatch(FORMULA);
        });
      }),
      { numRuns: 200 },
    );
  });
});
