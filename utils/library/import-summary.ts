import type { ImportResult } from '@/utils/export';

/**
 * What the import dialog says about a parsed file (pure): a headline, the button's label (null when there is
 * nothing to import), and the problems in file order.
 */
export interface ImportSummary {
  headline: string;
  /** "Import 3 annotations", "Import 2 valid annotations", or null. */
  action: string | null;
  problems: string[];
}

const FORMAT_NAMES = {
  quotemark: 'Quotemark export',
  'web-annotation': 'W3C Web Annotation file',
  hypothesis: 'Hypothesis export',
} as const;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Summarises a parse result (its format, problems and number of valid annotations) for the reader. */
export function summarizeImport(result: Pick<ImportResult, 'format' | 'errors'> & { count: number }): ImportSummary {
  const valid = result.count;
  const bad = result.errors.length;
  const problems = result.errors.map((e) => e.text);
  const kind = result.format ? FORMAT_NAMES[result.format] : 'File';
  if (valid === 0) {
    return { headline: `${kind}: nothing can be imported (${plural(bad, 'problem')}).`, action: null, problems };
  }
  if (bad === 0) {
    return {
      headline: `${kind}: ${plural(valid, 'annotation')} ready.`,
      action: `Import ${plural(valid, 'annotation')}`,
      problems,
    };
  }
  return {
    headline: `${kind}: ${plural(valid, 'valid annotation')}, ${plural(bad, 'problem')}.`,
    action: `Import ${plural(valid, 'valid annotation')}`,
    problems,
  };
}

/**
 * What the import dialog says once the records are stored: how many were new, updated, already up to date (identical
 * to the stored copy, so not written) and kept as they are (edited here after the file was written).
 */
export function importOutcome(
  count: number,
  c: { added: number; replaced: number; kept: number; unchanged: number },
): string {
  const parts = [`${c.added} new`, `${c.replaced} updated`];
  if (c.unchanged > 0) parts.push(`${c.unchanged} already up to date`);
  if (c.kept > 0) parts.push(`${c.kept} kept as they are (edited here since)`);
  return `Imported ${count} annotations: ${parts.join(', ')}.`;
}
