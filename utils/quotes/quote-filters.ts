/**
 * Tells quoted speech from other uses of quotation marks, and direct quotes from partial ones.
 * Not speech: titles of works and features ("the film «Groundhog Day»", Title Case fragments), names
 * and terms ("so-called", "nicknamed", "whom colleagues call “the Accountant”"), nicknames inside a name
 * ("Lorenzo «Lollo» Bianchi"), signs and slogans ("signs reading “Fair Pay Now”"). A fragment with no
 * speaker (a scare quote) is dropped by the caller.
 * Trade-off: a Title Case quote is kept only when an attribution touches it (“Thank You,” she said).
 */
import { NAME_STOP, NAMING_CUES, SPEECH_VERBS } from './lexicon';
import type { QuoteKind, Token } from './types';

/** Number of words in a string. */
export const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * 'direct' when the quotation opens its sentence or follows a speech verb, a colon or "said,";
 * 'partial' when it is embedded in the writer's own words.
 */
export function quoteKind(tokens: Token[], q: number, quote: string): Exclude<QuoteKind, 'reported'> {
  const before = tokens.slice(0, q);
  if (before.every((t) => t.kind !== 'w')) return 'direct';
  const last = before[before.length - 1];
  if (last.text === ':') return 'direct';
  const bare = last.kind === 'w';
  const verb = bare ? last : /^[,—–]$/.test(last.text) ? before[before.length - 2] : undefined;
  if (verb?.kind !== 'w' || !SPEECH_VERBS.has(verb.lower)) return 'partial';
  // "he said "every president …"." is direct; "he admitted "politics in this town" meant …" is partial.
  const ends = tokens.slice(q + 1).every((t) => t.kind === 'p');
  return !bare || ends || /^\P{L}*\p{Lu}/u.test(quote) ? 'direct' : 'partial';
}

/** True when the quotation names something (a title, a term, a nickname) instead of reporting words. */
export function isNaming(tokens: Token[], q: number, quote: string): boolean {
  const prev = tokens[q - 1];
  const prev2 = tokens[q - 2];
  if (prev?.kind === 'w' && NAMING_CUES.has(prev.lower)) return true;
  if (prev?.lower === 'as' && ['known', 'referred', 'billed', 'branded'].includes(prev2?.lower ?? '')) return true;
  const next = tokens[q + 1];
  const after = next?.text === ',' ? tokens[q + 2] : next;
  if (after?.kind === 'w' && (after.lower === 'reads' || after.lower === 'read')) return true;
  const nameBefore = prev?.kind === 'w' && prev.cap && !NAME_STOP.has(prev.lower);
  return nameBefore && next?.kind === 'w' && next.cap && wordCount(quote) <= 3;
}

/** True for Title Case text ("Find My Friends", "Fit for the Future"): a name or title, not speech. */
export function isTitleLike(quote: string): boolean {
  const words = quote.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 8) return false;
  return words.every((w, k) => {
    const letters = w.replace(/^\P{L}+/u, '');
    return (k > 0 && letters.length < 4) || /^\p{Lu}/u.test(letters);
  });
}
