/**
 * Groups detected quotes by speaker for the popup's "Quotes in this article" list.
 */
import type { DetectedQuote } from './types';

/** One speaker and their quotes, in text order. `speaker` is null for the unattributed group. */
export interface SpeakerGroup {
  speaker: string | null;
  quotes: DetectedQuote[];
}

/**
 * Groups `quotes` by speaker. Speakers are ordered by their first quote in the text and the
 * unattributed group (if any) comes last. Names are compared case-insensitively, so "the ministry"
 * and "The ministry" share a group (the first spelling is kept).
 * Trade-off: no fuzzy merging — the detector already resolves surnames and pronouns to full names.
 */
export function groupBySpeaker(quotes: readonly DetectedQuote[]): SpeakerGroup[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  const groups = new Map<string, SpeakerGroup>();
  const none: SpeakerGroup = { speaker: null, quotes: [] };
  for (const q of sorted) {
    if (q.speaker === null) {
      none.quotes.push(q);
      continue;
    }
    const key = q.speaker.toLowerCase();
    let g = groups.get(key);
    if (!g) {
      g = { speaker: q.speaker, quotes: [] };
      groups.set(key, g);
    }
    g.quotes.push(q);
  }
  const out = [...groups.values()];
  if (none.quotes.length) out.push(none);
  return out;
}
