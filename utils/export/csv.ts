import { pageIndex, pageTitle, stubPage } from '@/utils/export/pages';
import { cleanText, isoTime } from '@/utils/export/text';
import { startOf } from '@/utils/position';
import type { Annotation, PageRecord, TextPositionSelector } from '@/utils/types';
import { verdictLabel } from '@/utils/verdicts';

/**
 * CSV in Readwise's import layout (Highlight, Title, Author, URL, Note, Location, Date) followed by Quotemark's
 * own columns. RFC 4180: CRLF between records, fields quoted when they hold a comma, quote or line break, quotes
 * doubled. Spreadsheet-safe: a cell that would start a formula gets a leading apostrophe (the OWASP "CSV
 * injection" guard); the trade-off is that a note like "-5 points" reads "'-5 points" in the file.
 */

export interface CsvOptions {
  /** Prefix a UTF-8 byte order mark so Excel opens the file as UTF-8 (default false: most tools dislike it). */
  bom?: boolean;
}

/** Readwise's columns first (it ignores the rest), then ours. */
export const CSV_COLUMNS = [
  'Highlight',
  'Title',
  'Author',
  'URL',
  'Note',
  'Location',
  'Date',
  'Kind',
  'Speaker',
  'Verdict',
  'Evidence',
  'Tags',
  'Color',
  'Site',
  'Published',
  'Anchor',
  'Created',
  'Updated',
  'Id',
] as const;

/** A column name. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * First characters that make Excel, LibreOffice or Sheets read a cell as a formula (fullwidth forms too); a
 * leading line break counts as well, since a CR has become LF by the time the guard runs.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One CSV field: cleaned (control characters and bidi overrides removed, lone surrogates replaced), guarded
 * against formula injection, quoted when RFC 4180 requires it.
 */
export function csvCell(value: string): string {
  let text = cleanText(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Readwise's date form, `YYYY-MM-DD HH:MM:SS` in UTC; empty for an invalid time. */
export function readwiseDate(ms: number): string {
  const iso = isoTime(ms);
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : '';
}

/** The cells of one annotation's row, by column name. */
export function csvRecord(a: Annotation, page: PageRecord): Record<CsvColumn, string> {
  const position = a.selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const hasVerdict = a.kind === 'claim' || a.verdict !== undefined;
  return {
    Highlight: a.quote,
    Title: pageTitle(page),
    Author: page.byline ?? '',
    URL: a.pageUrl,
    Note: a.note,
    Location: position ? String(position.start) : '',
    Date: readwiseDate(a.createdAt),
    Kind: a.kind,
    Speaker: a.speaker ?? '',
    Verdict: hasVerdict ? verdictLabel(a.verdict) : '',
    Evidence: (a.evidence ?? []).map((e) => `${e.stance}: ${e.title ? `${e.title} ` : ''}<${e.url}>`).join('\n'),
    Tags: a.tags.join(', '),
    Color: a.color,
    Site: page.siteName ?? '',
    Published: page.publishedTime ?? '',
    Anchor: a.anchor?.status ?? '',
    Created: isoTime(a.createdAt) ?? '',
    Updated: isoTime(a.updatedAt) ?? '',
    Id: a.id,
  };
}

/**
 * The whole CSV: a header row and one row per annotation, in reading order within each page (pages in order of
 * first appearance). Author is the article's byline, not the speaker:
 * Readwise files highlights into one "book" per Title + Author, so a per-row speaker would split the article.
 */
export function toCsv(
  annotations: readonly Annotation[],
  pages: readonly PageRecord[],
  options: CsvOptions = {},
): string {
  const index = pageIndex(pages);
  const order = new Map<string, number>();
  for (const a of annotations) if (!order.has(a.pageUrl)) order.set(a.pageUrl, order.size);
  // Page order first, reading order inside (one stable sort, each key computed once).
  const keyed = annotations.map((a) => ({ a, page: order.get(a.pageUrl) ?? 0, start: startOf(a) }));
  keyed.sort((x, y) => x.page - y.page || x.start - y.start || x.a.createdAt - y.a.createdAt);
  const sorted = keyed.map((k) => k.a);
  const rows = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const a of sorted) {
    const record = csvRecord(a, index.get(a.pageUrl) ?? stubPage(a.pageUrl));
    rows.push(CSV_COLUMNS.map((c) => csvCell(record[c])).join(','));
  }
  return `${options.bom ? '\uFEFF' : ''}${rows.join('\r\n')}\r\n`;
}
