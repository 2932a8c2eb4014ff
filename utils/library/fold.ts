/**
 * Text folding for search (pure): case-insensitive and accent-insensitive, so "Zelensky" finds "zelenský" and
 * "ÉTAT" finds "état". Folding loses offsets (NFD changes lengths): it is for matching, never for display.
 */

const MARKS = /\p{M}+/gu;
const NON_ASCII = /[\u0080-\uffff]/;

/** Lower-cases and strips combining marks. ASCII text takes a fast path (most of a news library). */
export function fold(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/**
 * A search box's text as folded terms: whitespace separates terms, `"double quotes"` keep a phrase together.
 * Every term must match (AND). A term contained in another term is dropped (it adds no condition), and so are
 * duplicates; the result is sorted longest first, so the rarest condition is tested first.
 */
export function tokenize(query: string): string[] {
  const terms: string[] = [];
  for (const m of fold(query).matchAll(/"([^"]*)"?|(\S+)/g)) {
    const term = (m[1] ?? m[2] ?? '').replace(/\s+/g, ' ').trim();
    if (term) terms.push(term);
  }
  const unique = [...new Set(terms)].sort((a, b) => b.length - a.length);
  return unique.filter((t, i) => !unique.some((other, j) => j < i && other.includes(t)));
}

/**
 * True when every match of `next` is also a match of `previous` (AND of substrings): each old term is inside some
 * new term. Lets a search narrow the previous result instead of scanning everything again while the reader types.
 */
export function refines(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((old) => next.some((t) => t.includes(old)));
}
