/**
 * Noun phrases around verbs, on sentence tokens: the subject before a verb ("Kremlin spokesperson Dmitry
 * Peskov told"), the phrase after it ("said Fidan", "according to the ministry"), and a sentence's own
 * subject. Handles appositives ("the agency's chair, Sofia Lindqvist, said") and relative clauses
 * ("Sarah Kemp, who runs a bakery, said").
 * Trade-off: a shallow, word-list grammar; it is fast and predictable but does not parse clauses.
 */
import {
  ADVERBIAL_STARTERS,
  AUX,
  GROUP_NOUNS,
  isAdverb,
  NAME_STOP,
  NP_STOP,
  ORG_NOUNS,
  PRONOUNS,
  ROLE_NOUNS,
  SPEECH_VERBS,
} from './lexicon';
import type { Token } from './types';

/** Determiners and possessives that open a noun phrase. */
export const DETS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my']);
const PARTICLES = new Set(['bin', 'ibn', 'ben', 'van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'le', 'la', 'dos']);
/** Prepositions that may follow the head of a speaker phrase ("prosecutors in San Francisco", "Jamie Werner of Ngātiwai"). */
export const PREPOSITIONS = new Set(['of', 'for', 'in', 'at', 'from', 'with']);
/** Words joining the parts of an organisation's name ("Department of Conservation"). */
export const CONNECTORS = new Set(['of', 'for', 'and']);
const BREAKS = new Set([';', ':', '—', '–', '(', ')', '[', ']']);

const word = (t: Token | undefined): t is Token => t?.kind === 'w';
/** A capitalised word that can be part of a name. */
export const isNameWord = (t: Token | undefined): boolean =>
  word(t) &&
  (t.cap
    ? !NAME_STOP.has(t.lower) && !(t.text.includes('-') && COMPOUND_ADJECTIVE.test(t.text))
    : t.text[2] === '-' || t.text[3] === '-'
      ? ARABIC_ARTICLE.test(t.text)
      : false);
/** "Amazon-owned", "Seattle-based": an adjective, not part of a name. */
const COMPOUND_ADJECTIVE = /-\p{Ll}+$/u;
const ARABIC_ARTICLE = /^(al|el|ad|as|ash)-\p{Lu}/u;
/** A lower-case particle inside a name ("van", "bin"). */
export const isParticle = (t: Token | undefined): boolean => word(t) && !t.cap && PARTICLES.has(t.lower);
/** A lower-case verb form in -ed or -ing ("stormed", "bristling"). */
export const isVerbLike = (t: Token): boolean =>
  !t.cap && t.lower.length > 4 && /(ed|ing)$/.test(t.lower) && !ROLE_NOUNS.has(t.lower);
const isNoun = (t: Token): boolean =>
  ROLE_NOUNS.has(t.lower) || GROUP_NOUNS.has(t.lower) || ORG_NOUNS.has(t.lower) || /['’]s$/.test(t.lower);
/** A lower-case plural noun ("politicians"); only trusted as the head of a subject before its verb. */
const isPlural = (t: Token): boolean => t.lower.length > 3 && /[^su]s$/.test(t.lower);
const stops = (t: Token): boolean =>
  NP_STOP.has(t.lower) || AUX.has(t.lower) || SPEECH_VERBS.has(t.lower) || isVerbLike(t) || PRONOUNS.has(t.lower);

/** The noun phrase ending at token `i`, walking left no further than `floor`. */
export function phraseEndingAt(tokens: Token[], i: number, floor: number): Token[] {
  let j = i;
  while (j >= floor && i - j < 10) {
    const t = tokens[j];
    if (!word(t)) break;
    if (DETS.has(t.lower)) {
      j--;
      break;
    }
    const joins = CONNECTORS.has(t.lower) && j < i && isNameWord(tokens[j - 1]) && isNameWord(tokens[j + 1]);
    if (isNameWord(t) || isParticle(t) || joins) {
      j--;
      continue;
    }
    if (PREPOSITIONS.has(t.lower) && j < i && word(tokens[j - 1]) && !tokens[j - 1].cap && isNoun(tokens[j - 1])) {
      j--;
      continue;
    }
    if (t.cap || stops(t)) break;
    if (isNoun(t) || j < i || isPlural(t)) {
      j--;
      continue;
    }
    break;
  }
  return tokens.slice(j + 1, i + 1);
}

/** The noun phrase starting at token `i` (a determiner, modifiers, names, a head noun), up to `end`. */
export function phraseFrom(tokens: Token[], i: number, end = tokens.length): Token[] {
  let j = i;
  if (word(tokens[j]) && DETS.has(tokens[j].lower)) j++;
  while (j < end && j - i < 10) {
    const t = tokens[j];
    if (!word(t)) break;
    const joins = CONNECTORS.has(t.lower) && j > i && isNameWord(tokens[j - 1]) && isNameWord(tokens[j + 1]);
    const and = t.lower === 'and' && j > i && headAhead(tokens, j + 1, end);
    if (isNameWord(t) || joins || and || (isParticle(t) && isNameWord(tokens[j + 1]))) j++;
    else if (t.cap || stops(t)) break;
    else if (isNoun(t) || headAhead(tokens, j + 1, end)) j++;
    else break;
  }
  return j > i && !(j === i + 1 && DETS.has(tokens[i].lower)) ? tokens.slice(i, j) : [];
}

/** True when a name or a role, group or organisation noun follows within four words ("fact checker and staff writer David Emery"). */
function headAhead(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 4); k++) {
    const t = tokens[k];
    if (word(t) && t.lower === 'and' && !t.cap) continue;
    if (!word(t) || stops(t)) return false;
    if (isNameWord(t) || isNoun(t)) return true;
  }
  return false;
}

/** Subject of the verb at `v`: a phrase, or `coordinated` when the verb follows "and"/"but". */
export function subjectBefore(tokens: Token[], v: number, floor = 0): { np: Token[] | null; coordinated: boolean } {
  let i = v - 1;
  while (i >= floor && word(tokens[i]) && !tokens[i].cap && (AUX.has(tokens[i].lower) || isAdverb(tokens[i].lower)))
    i--;
  const t = tokens[i];
  if (i < floor || !t) return { np: null, coordinated: false };
  if (word(t) && (t.lower === 'and' || t.lower === 'but')) return { np: null, coordinated: true };
  if (t.text === ',') return { np: appositiveSubject(tokens, i, floor), coordinated: false };
  if (word(t) && PRONOUNS.has(t.lower)) return { np: [t], coordinated: false };
  if (!word(t)) return { np: null, coordinated: false };
  if (t.lower === 'who' || t.lower === 'that' || t.lower === 'which') {
    // "an article by New York magazine that claimed …", "Eric Reeves, who said …"
    const k = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
    const np = k >= floor && word(tokens[k]) ? phraseEndingAt(tokens, k, floor) : [];
    return { np: np.length ? np : null, coordinated: false };
  }
  const np = phraseEndingAt(tokens, i, floor);
  return { np: np.length ? np : null, coordinated: false };
}

/** "NAME, who …, said" / "the agency's chair, NAME, said": the subject behind commas before a verb. */
function appositiveSubject(tokens: Token[], comma: number, floor: number): Token[] | null {
  const segments: [number, number][] = [];
  let end = comma;
  while (segments.length < 4) {
    let k = end - 1;
    while (k >= floor && tokens[k].text !== ',' && tokens[k].kind !== 'q' && !BREAKS.has(tokens[k].text)) k--;
    segments.unshift([k + 1, end]);
    if (k < floor || tokens[k].text !== ',') break;
    end = k;
  }
  let generic: Token[] | null = null;
  for (const [a, b] of segments) {
    const first = tokens[a];
    if (a >= b || !word(first) || skipsSegment(first)) continue;
    const np = phraseEndingAt(tokens, b - 1, a);
    if (np[0] !== first) continue;
    if (isNameWord(np[np.length - 1])) return np;
    generic ??= np;
  }
  return generic;
}

function skipsSegment(first: Token): boolean {
  const w = first.lower;
  return (
    ADVERBIAL_STARTERS.has(w) ||
    ['who', 'which', 'whom', 'whose', 'where', 'one', 'a', 'an'].includes(w) ||
    /^\d/.test(w) ||
    isVerbLike(first)
  );
}

/** Index of the first token after a dateline ("LONDON —") and a leading adverbial ("In a statement,"). */
export function clauseStart(tokens: Token[]): number {
  let i = 0;
  while (i < 4 && word(tokens[i]) && /\p{Lu}/u.test(tokens[i].text) && tokens[i].text === tokens[i].text.toUpperCase())
    i++;
  i = i > 0 && ['—', '–', '-'].includes(tokens[i]?.text) ? i + 1 : 0;
  const t = tokens[i];
  if (word(t) && ADVERBIAL_STARTERS.has(t.lower)) {
    let c = i;
    while (c < tokens.length && c - i < 10 && tokens[c].text !== ',' && tokens[c].kind !== 'q') c++;
    if (tokens[c]?.text === ',') return c + 1;
    if (['but', 'and', 'so', 'yet', 'however', 'still', 'meanwhile'].includes(t.lower)) return i + 1;
  }
  return i;
}

/** The subject of a sentence: a pronoun, a name (through an appositive) or a role, group or organisation. */
export function sentenceSubject(tokens: Token[]): Token[] | null {
  const i = clauseStart(tokens);
  const t = tokens[i];
  if (!word(t)) return null;
  if (PRONOUNS.has(t.lower)) return [t];
  let np = phraseFrom(tokens, i);
  if (!np.length) return null;
  let next = i + np.length;
  if (word(tokens[next]) && tokens[next].lower === 'of' && isNameWord(tokens[next + 1])) {
    next = i + np.length + 1 + phraseFrom(tokens, next + 1).length;
  }
  if (!isNameWord(np[np.length - 1]) && tokens[next]?.text === ',') {
    const app = phraseFrom(tokens, next + 1);
    if (app.length && isNameWord(app[app.length - 1])) np = app;
  }
  return np;
}
