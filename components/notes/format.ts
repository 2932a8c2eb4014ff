/**
 * Dates for the notes page, through one shared formatter: `toLocaleDateString` builds a formatter per call, which
 * costs more than the rest of a note's rendering when hundreds of notes render at once.
 */
const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A time (epoch ms) as the reader's medium date ("Mar 4, 2025"); empty for an invalid time. */
export function formatDay(ms: number): string {
  return Number.isFinite(ms) ? DAY.format(ms) : '';
}

/** A page's published time as a medium date; the raw text when it is not a date; null when missing. */
export function formatPublished(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? value : DAY.format(t);
}
