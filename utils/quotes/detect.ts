/**
 * The detector's pipeline: quotation marks → masked text → paragraph groups → sentences; then, reading
 * in order, names are registered, each quotation is classified, filtered and attributed, and reported
 * claims are collected. A quotation with no attribution of its own continues the speaker of the
 * previous quote in its paragraph, or (when it opens a paragraph) of the paragraph before, skipping
 * captions and headings (paragraphs with no final punctuation).
 * Trade-off: one left-to-right pass — a speaker named only after a quote's paragraph is never used.
 */
import { findAttribution } from './attribution';
import { EntityRegistry } from './entities';
import { GROUP_NOUNS, ORG_NOUNS, PRONOUNS, REPORT_VERBS, ROLE_NOUNS, SPEECH_VERBS } from './lexicon';
import { registerMentions } from './mentions';
import { sentenceSubject } from './noun-phrase';
import { isNaming, isTitleLike, quoteKind, wordCount } from './quote-filters';
import { scanQuoteMarks } from './quote-marks';
import { findReported } from './reported';
import { maskQuotes, paragraphGroups, paragraphRanges, splitSentences } from './segment';
import { resolveSpeaker } from './speakers';
import { indexSpans } from './tokenize';
import type { DetectedQuote, QuoteSpan, Sentence, Token } from './types';

/** Options of `detectQuotes`. */
export interface DetectOptions {
  /** Items below this confidence are left out (default 0.5). Use 0 to see every candidate. */
  minConfidence?: number;
}

interface GroupState {
  /** Ends with sentence punctuation (not a caption or heading). */
  real: boolean;
  lastSpeaker: string | null;
  lastPerson: string | null;
}

interface Context {
  text: string;
  spans: QuoteSpan[];
  registry: EntityRegistry;
  groups: GroupState[];
}

/** Runs the whole detector on `text`; see `detectQuotes`. */
export function detect(text: string, options: DetectOptions = {}): DetectedQuote[] {
  const min = options.minConfidence ?? 0.5;
  const spans = scanQuoteMarks(text);
  const masked = maskQuotes(text, spans);
  const index = indexSpans(spans);
  const ctx: Context = { text, spans, registry: new EntityRegistry(), groups: [] };
  const isNickname = (t: Token) => t.span >= 0 && wordCount(text.slice(spans[t.span].start, spans[t.span].end)) <= 3;
  const sentences: { s: Sentence; first: boolean }[] = [];
  paragraphGroups(paragraphRanges(text), spans).forEach((g, gi) => {
    ctx.groups.push({ real: /[.!?”"’»)]$/.test(text.slice(g.start, g.end)), lastSpeaker: null, lastPerson: null });
    for (const [si, s] of splitSentences(text, masked, g, index, gi).entries()) sentences.push({ s, first: si === 0 });
  });
  // A sentence's subject only matters to a pronoun shortly after it: resolve subjects near quotes and claims.
  const relevant = sentences.map(({ s }) => s.tokens.some(isCue));
  let nextRelevant = Number.POSITIVE_INFINITY;
  const distance = relevant.map(() => 0);
  for (let i = sentences.length - 1; i >= 0; i--) {
    if (relevant[i]) nextRelevant = i;
    distance[i] = nextRelevant - i;
  }
  const out: DetectedQuote[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const { s, first } = sentences[i];
    registerMentions(s.tokens, ctx.registry, isNickname);
    if (distance[i] < SUBJECT_WINDOW) noteSubject(ctx, s, ctx.groups[s.group]);
    if (!relevant[i]) continue;
    for (let q = 0; q < s.tokens.length; q++) {
      const found = s.tokens[q].kind === 'q' ? quoteAt(ctx, s, q, first) : null;
      if (found) out.push(found);
    }
    out.push(...reportedIn(ctx, s));
  }
  return out.filter((q) => q.confidence >= min).sort((a, b) => a.start - b.start);
}

/** How many sentences before a quote or claim keep their subjects for pronouns. */
const SUBJECT_WINDOW = 6;

/** A quotation or a word that can introduce speech or a claim. */
const isCue = (t: Token): boolean =>
  t.kind === 'q' ||
  (t.kind === 'w' && (t.lower === 'according' || (!t.cap && (SPEECH_VERBS.has(t.lower) || REPORT_VERBS.has(t.lower)))));

function noteSubject(ctx: Context, s: Sentence, state: GroupState): void {
  const np = sentenceSubject(s.tokens);
  if (!np || !mayName(np[np.length - 1])) return;
  const speaker = resolveSpeaker(np, ctx.registry, np[0].start);
  if (!speaker?.entity || speaker.via === 'generic') return;
  ctx.registry.noteSubject(speaker.entity, np[0].start);
  if (speaker.entity.kind === 'person') state.lastPerson = speaker.name;
}

/** A subject phrase ending in this word can name a person, organisation or group (not "the talks"). */
const mayName = (t: Token): boolean =>
  t.cap || PRONOUNS.has(t.lower) || ROLE_NOUNS.has(t.lower) || ORG_NOUNS.has(t.lower) || GROUP_NOUNS.has(t.lower);

function quoteAt(ctx: Context, s: Sentence, q: number, firstSentence: boolean): DetectedQuote | null {
  const { text, registry } = ctx;
  const span = ctx.spans[s.tokens[q].span];
  if (!span) return null;
  const { start, end } = trimQuote(text, span.start, span.end);
  if (end <= start) return null;
  const quote = text.slice(start, end);
  if (isNaming(s.tokens, q, quote)) return null;
  const kind = quoteKind(s.tokens, q, quote);
  const state = ctx.groups[s.group];
  const attribution = findAttribution(s.tokens, q);
  const speaker = attribution ? resolveSpeaker(attribution.np, registry, attribution.at) : null;
  let name: string | null = null;
  let confidence: number;
  if (attribution && speaker) {
    if (speaker.entity) registry.noteSubject(speaker.entity, attribution.at);
    const adjacent = kind === 'direct' && attribution.adjacent;
    if (isTitleLike(quote) && !adjacent) return null;
    name = speaker.name;
    confidence = kind === 'direct' ? (adjacent ? 0.95 : 0.85) : 0.8;
    if (speaker.via === 'pronoun') confidence -= 0.05;
    if (speaker.via === 'generic') confidence -= 0.1;
  } else {
    if (isTitleLike(quote) || (kind === 'direct' && isCitedTitle(text, span))) return null;
    if (kind === 'partial') {
      // "The price … is “as low as I’ve ever seen.”": a long fragment continues the paragraph's speaker.
      if (!state.lastSpeaker || wordCount(quote) < 4) return null;
      return { quote, start, end, speaker: state.lastSpeaker, kind, confidence: 0.6 };
    }
    const opensGroup = firstSentence && s.tokens.slice(0, q).every((t) => t.kind !== 'w');
    const inherited = opensGroup ? fromPreviousGroup(ctx, s.group) : null;
    if (state.lastSpeaker) [name, confidence] = [state.lastSpeaker, 0.85];
    else if (inherited) [name, confidence] = inherited;
    else if (wordCount(quote) >= 4) confidence = 0.5;
    else return null;
  }
  if (!span.closed) confidence -= 0.1;
  if (name) state.lastSpeaker = name;
  return { quote, start, end, speaker: name, kind, confidence: round(confidence) };
}

/** "“Names of NZ's two main islands formalised”. New Zealand Government." — a cited title, not speech. */
function isCitedTitle(text: string, span: QuoteSpan): boolean {
  return span.closed && /^(\.|\)|,? \()/.test(text.slice(span.closeEnd, span.closeEnd + 3));
}

/** Speaker carried over from the last paragraph with final punctuation (captions skipped). */
function fromPreviousGroup(ctx: Context, gi: number): [string, number] | null {
  for (let k = gi - 1; k >= Math.max(0, gi - 3); k--) {
    const g = ctx.groups[k];
    if (!g.real) continue;
    if (g.lastSpeaker) return [g.lastSpeaker, 0.75];
    if (g.lastPerson) return [g.lastPerson, 0.6];
    return null;
  }
  return null;
}

function reportedIn(ctx: Context, s: Sentence): DetectedQuote[] {
  const out: DetectedQuote[] = [];
  for (const c of findReported(s.tokens)) {
    const speaker = resolveSpeaker(c.np, ctx.registry, c.at);
    if (!speaker) continue;
    if (speaker.entity) ctx.registry.noteSubject(speaker.entity, c.at);
    const confidence = c.confidence - (speaker.via === 'generic' ? 0.05 : 0);
    const quote = ctx.text.slice(c.start, c.end);
    out.push({
      quote,
      start: c.start,
      end: c.end,
      speaker: speaker.name,
      kind: 'reported',
      confidence: round(confidence),
    });
  }
  return out;
}

/** Quoted text without surrounding spaces and without the comma or full stop closing it inside the marks. */
export function trimQuote(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s && /[,.]/.test(text[e - 1]) && text[e - 2] !== '.') e--;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

const round = (x: number): number => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
