/**
 * "Find this text in the page": every occurrence of a string in the text model, compared the way anchoring
 * compares (whitespace runs and typographic variants equal). For quote detection → page ranges.
 */
import { normalize } from './normalize';
import type { TextModel } from './text-model';

/** Model offsets of each occurrence of `text` (normalised, trimmed), in page order, at most `limit`. */
export function findText(model: TextModel, text: string, limit = 100): { start: number; end: number }[] {
  const needle = normalize(text).trim();
  const out: { start: number; end: number }[] = [];
  if (needle.length === 0) return out;
  for (let i = model.folded.indexOf(needle); i !== -1 && out.length < limit; i = model.folded.indexOf(needle, i + 1)) {
    out.push({ start: i, end: i + needle.length });
  }
  return out;
}
