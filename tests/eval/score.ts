/**
 * Scoring of detected quotes against labels (pure).
 * Matching rule: a detection matches a label when both are quoted speech (direct or partial, either
 * way round) and their normalised texts are equal (case, quotation-mark style and outer punctuation
 * ignored) or their spans overlap by at least 80% of the longer one; both reported, with an overlap
 * of at least 60% (a reported proposition's edges are a judgement call). A detection matching an
 * "ignore" entry counts for nothing. Speaker: equal after normalising (case, a leading "the",
 * apostrophes, dots), to the label's speaker or one of its aliases.
 */
import type { DetectedQuote } from '../../utils/quotes';
import type { LabeledArticle, LabeledQuote } from './quote-fixtures';

/** Counts for one kind (or the pooled 'quoted' = direct + partial). */
export interface KindCounts {
  labels: number;
  found: number;
  detections: number;
  correct: number;
  speakerRight: number;
  kindAgrees: number;
}

/** The score of one article. */
export interface ArticleScore {
  name: string;
  counts: Record<RowName, KindCounts>;
  misses: LabeledQuote[];
  falsePositives: DetectedQuote[];
  wrongSpeakers: { label: LabeledQuote; detected: DetectedQuote }[];
}

/** Table rows: each kind, and 'quoted' = direct + partial pooled. */
export const ROWS = ['direct', 'partial', 'quoted', 'reported'] as const;
/** One row of the table. */
export type RowName = (typeof ROWS)[number];

const isQuoted = (kind: string) => kind === 'direct' || kind === 'partial';

/** Text compared case- and mark-insensitively, outer punctuation dropped. */
export const normalizeText = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’‚']/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.,;:!?]+|[\s"'.,;:!?]+$/g, '');

/** Speaker compared without case, a leading "the", dots and apostrophe style. */
export const normalizeSpeaker = (s: string | null): string =>
  (s ?? '')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

const emptyCounts = (): KindCounts => ({
  labels: 0,
  found: 0,
  detections: 0,
  correct: 0,
  speakerRight: 0,
  kindAgrees: 0,
});

function occurrences(text: string, quote: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push([i, i + quote.length]);
  return out;
}

const overlap = (a: [number, number], b: [number, number]): number =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0])) / Math.max(a[1] - a[0], b[1] - b[0]);

/** True when detection `d` matches the label with spans `spans` (see the module comment). */
export function matches(d: DetectedQuote, label: LabeledQuote, spans: [number, number][]): boolean {
  const quoted = isQuoted(d.kind) && isQuoted(label.kind);
  if (!quoted && !(d.kind === 'reported' && label.kind === 'reported')) return false;
  if (quoted && normalizeText(d.quote) === normalizeText(label.quote)) return true;
  const threshold = quoted ? 0.8 : 0.6;
  return spans.some((s) => overlap([d.start, d.end], s) >= threshold);
}

/** True when the detection names the label's speaker (or an alias). */
export const speakerRight = (d: DetectedQuote, label: LabeledQuote): boolean =>
  [label.speaker, ...(label.aliases ?? [])].some((s) => normalizeSpeaker(s) === normalizeSpeaker(d.speaker));

/** Scores one article's detections. */
export function scoreArticle(article: LabeledArticle, detections: DetectedQuote[]): ArticleScore {
  const counts = Object.fromEntries(ROWS.map((r) => [r, emptyCounts()])) as Record<RowName, KindCounts>;
  const rowsOf = (kind: string): RowName[] => (isQuoted(kind) ? [kind as RowName, 'quoted'] : ['reported']);
  const spans = article.items.map((l) => occurrences(article.text, l.quote));
  const ignored = (d: DetectedQuote) =>
    article.ignore.some((q) => normalizeText(q) === normalizeText(d.quote) && isQuoted(d.kind));
  const score: ArticleScore = { name: article.name, counts, misses: [], falsePositives: [], wrongSpeakers: [] };
  for (const d of detections) {
    if (ignored(d)) continue;
    const ok = article.items.some((l, i) => matches(d, l, spans[i]));
    for (const r of rowsOf(d.kind)) {
      counts[r].detections++;
      if (ok) counts[r].correct++;
    }
    if (!ok) score.falsePositives.push(d);
  }
  article.items.forEach((label, i) => {
    const hits = detections.filter((d) => matches(d, label, spans[i]));
    const best = hits.find((d) => speakerRight(d, label)) ?? hits[0];
    for (const r of rowsOf(label.kind)) {
      const c = counts[r];
      c.labels++;
      if (!best) continue;
      c.found++;
      if (speakerRight(best, label)) c.speakerRight++;
      if (best.kind === label.kind) c.kindAgrees++;
    }
    if (!best) score.misses.push(label);
    else if (!speakerRight(best, label)) score.wrongSpeakers.push({ label, detected: best });
  });
  return score;
}

/** Sums the counts of several articles. */
export function total(scores: ArticleScore[]): Record<RowName, KindCounts> {
  const sum = Object.fromEntries(ROWS.map((r) => [r, emptyCounts()])) as Record<RowName, KindCounts>;
  for (const s of scores) {
    for (const r of ROWS) {
      for (const k of Object.keys(sum[r]) as (keyof KindCounts)[]) sum[r][k] += s.counts[r][k];
    }
  }
  return sum;
}
