/**
 * Reported claims without quotation marks: the proposition of "X said (that) …", "X has repeatedly stated
 * it will …", "Russia continues to demand that …", "…, officials said." and "according to X, …".
 * A proposition runs to the end of its sentence, stopping at a lone dash, a semicolon or a second
 * reporting verb ("…, and warned that …"). Claims holding quotation marks are left to the quote
 * detector (their quoted words are partial quotes).
 * Trade-off: without "that", a clause is accepted only when it starts like one (pronoun, determiner,
 * name) and has a finite verb soon after; this keeps precision over recall.
 */
import { AUX, CLAUSE_STARTERS, FINITE, NAME_STOP, NP_STOP, REPORT_VERBS } from './lexicon';
import { phraseEndingAt, phraseFrom, sentenceSubject, subjectBefore } from './noun-phrase';
import type { Token } from './types';

/** A reported claim found in a sentence (offsets into the text). */
export interface ReportedClaim {
  start: number;
  end: number;
  np: Token[];
  at: number;
  confidence: number;
}

const ADJUNCT = new Set(
  `in on at to during for late early last this repeatedly also publicly again previously recently earlier later
  yesterday today monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);
const WH = new Set(['what', 'how', 'why', 'where', 'when', 'whether', 'who', 'which', 'whom', 'whose', 'if']);
const TRAILING_VERBS = new Set(['said', 'says', 'say', 'added', 'reported', 'estimated', 'warned', 'claimed']);
const word = (t: Token | undefined): t is Token => t?.kind === 'w';
const words = (ts: Token[]) => ts.filter((t) => t.kind === 'w').length;

/** The reported claims of one sentence. */
export function findReported(tokens: Token[]): ReportedClaim[] {
  const out: ReportedClaim[] = [];
  let covered = -1;
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j];
    if (j <= covered) continue;
    if (word(t) && t.lower === 'according' && tokens[j + 1]?.lower === 'to') {
      const claim = according(tokens, j);
      if (claim) out.push(claim);
      continue;
    }
    if (!word(t) || t.cap || !REPORT_VERBS.has(t.lower) || !word(tokens[j + 1])) continue;
    let cs = clauseAfter(tokens, j);
    const np = cs < 0 ? null : subjectOf(tokens, j);
    while (np && cs >= 0) {
      const ce = clauseEnd(tokens, cs);
      if (words(tokens.slice(cs, ce)) >= 3) {
        out.push({ start: tokens[cs].start, end: tokens[ce - 1].end, np, at: t.start, confidence: 0.6 });
      }
      covered = Math.max(covered, ce - 1);
      // A coordinated clause: "…, but that …" is a second claim of the same speaker.
      const k = tokens[ce]?.text === ',' ? ce + 1 : ce;
      cs = /^(and|but)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'that' ? k + 2 : -1;
    }
  }
  if (out.length === 0) {
    const claim = trailing(tokens);
    if (claim) out.push(claim);
  }
  return out.filter((c) => !tokens.some((t) => t.kind === 'q' && t.start >= c.start && t.end <= c.end));
}

/** Index where the clause reported by the verb at `j` starts, or -1. */
function clauseAfter(tokens: Token[], j: number): number {
  let k = j + 1;
  if (['told', 'tells', 'tell'].includes(tokens[j].lower)) {
    while (
      k < j + 5 &&
      word(tokens[k]) &&
      tokens[k].lower !== 'that' &&
      !/^(he|she|it|they|we|i)$/.test(tokens[k].lower)
    )
      k++;
    if (k === j + 1) return -1;
  } else if (ADJUNCT.has(tokens[k].lower)) {
    while (k < j + 7 && word(tokens[k]) && tokens[k].lower !== 'that') k++;
  }
  if (tokens[k]?.lower === 'that') return word(tokens[k + 1]) ? k + 1 : -1;
  if (k !== j + 1 && tokens[j].lower !== 'told' && tokens[j].lower !== 'tells') return -1;
  const s = tokens[k];
  if (!word(s) || WH.has(s.lower)) return -1;
  const base = s.lower.replace(/['’](s|re|ll|d|ve|m)$/, '');
  if (base !== s.lower && CLAUSE_STARTERS.has(base)) return k; // "there’s", "it’ll"
  const starter = CLAUSE_STARTERS.has(s.lower) || (s.cap && !NAME_STOP.has(s.lower));
  const bareNoun = !s.cap && !NP_STOP.has(s.lower) && !AUX.has(s.lower) && !/(ed|ing|ly)$/.test(s.lower);
  if (!starter && !bareNoun) return -1;
  const v = tokens[k + 1];
  if (/^(he|she|it)$/.test(s.lower) && word(v) && !v.cap && /[^s]s$/.test(v.lower)) return k; // "he expects"
  for (let m = k + 1; m < Math.min(tokens.length, k + (starter ? 14 : 5)); m++) {
    const x = tokens[m];
    if (x.kind === 'p' && (x.text !== ',' || !starter)) return -1;
    if (word(x) && (FINITE.has(x.lower) || (!x.cap && x.lower.length > 4 && x.lower.endsWith('ed')))) return k;
  }
  return -1;
}

/** End (exclusive) of a proposition starting at `cs`. */
function clauseEnd(tokens: Token[], cs: number): number {
  let end = tokens.length;
  const dashes = tokens.slice(cs).filter((t) => t.text === '—' || t.text === '–').length;
  let open = 0;
  for (let k = cs; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.text === '(') open++;
    const unbalanced = t.text === ')' && open-- === 0;
    if (t.text === ';' || unbalanced || (dashes === 1 && (t.text === '—' || t.text === '–'))) {
      end = k;
      break;
    }
    const joins = word(t) && (t.lower === 'and' || t.lower === 'but');
    const n = /^(he|she|it|they|we)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    if (joins && word(tokens[n]) && (REPORT_VERBS.has(tokens[n].lower) || tokens[k + 1].lower === 'that')) {
      end = tokens[k - 1]?.text === ',' ? k - 1 : k;
      break;
    }
  }
  while (end > cs && tokens[end - 1].kind === 'p' && /^[.,!?:]$/.test(tokens[end - 1].text)) end--;
  return end;
}

function subjectOf(tokens: Token[], j: number): Token[] | null {
  if (tokens[j].lower.endsWith('ing')) return sentenceSubject(tokens);
  const { np, coordinated } = subjectBefore(tokens, j);
  if (coordinated) return sentenceSubject(tokens);
  if (!np) return null;
  const before = tokens[tokens.indexOf(np[0]) - 1];
  return before?.kind === 'q' || (before?.text === ',' && tokens[tokens.indexOf(np[0]) - 2]?.kind === 'q') ? null : np;
}

/** "According to X, claim." or "claim, according to X." */
function according(tokens: Token[], a: number): ReportedClaim | null {
  const np = phraseFrom(tokens, a + 2);
  if (!np.length) return null;
  const start = datelineEnd(tokens);
  if (a <= start) {
    const c = a + 2 + np.length;
    if (tokens[c]?.text !== ',') return null;
    const ce = clauseEnd(tokens, c + 1);
    if (words(tokens.slice(c + 1, ce)) < 3) return null;
    return { start: tokens[c + 1].start, end: tokens[ce - 1].end, np, at: tokens[a].start, confidence: 0.6 };
  }
  let from = start;
  for (let k = start; k < a - 1; k++) if (tokens[k].text === '—' || tokens[k].text === '–') from = k + 1;
  if (tokens[a - 1]?.text !== ',' || words(tokens.slice(from, a - 1)) < 3) return null;
  return { start: tokens[from].start, end: tokens[a - 2].end, np, at: tokens[a].start, confidence: 0.6 };
}

/** "Claim, officials said (late Thursday)." or "Claim, said Tom Forte, who …" */
function trailing(tokens: Token[]): ReportedClaim | null {
  return trailingSubject(tokens) ?? trailingInversion(tokens);
}

function trailingInversion(tokens: Token[]): ReportedClaim | null {
  for (let v = 4; v < tokens.length; v++) {
    if (tokens[v - 1].text !== ',' || !word(tokens[v]) || !TRAILING_VERBS.has(tokens[v].lower)) continue;
    const np = phraseFrom(tokens, v + 1);
    const after = tokens[v + 1 + np.length];
    if (!np.length || !np[np.length - 1].cap || (after && after.text !== ',' && after.text !== '.')) return null;
    const start = datelineEnd(tokens);
    if (tokens[start]?.kind !== 'w' || words(tokens.slice(start, v - 1)) < 3) return null;
    return { start: tokens[start].start, end: tokens[v - 2].end, np, at: tokens[v].start, confidence: 0.55 };
  }
  return null;
}

function trailingSubject(tokens: Token[]): ReportedClaim | null {
  let last = tokens.length;
  while (last > 0 && tokens[last - 1].kind === 'p') last--;
  for (let v = last - 1; v >= Math.max(0, last - 5); v--) {
    if (!word(tokens[v]) || !TRAILING_VERBS.has(tokens[v].lower)) continue;
    if (!tokens.slice(v + 1, last).every(word)) return null;
    const np = phraseEndingAt(tokens, v - 1, 0);
    const c = v - 1 - np.length;
    const pronoun = /^(he|she|it|they)$/.test(tokens[v - 1]?.lower ?? '');
    const subject = pronoun ? [tokens[v - 1]] : np;
    const comma = pronoun ? v - 2 : c;
    if (!subject.length || tokens[comma]?.text !== ',') return null;
    const start = datelineEnd(tokens);
    if (tokens[start]?.kind !== 'w' || words(tokens.slice(start, comma)) < 3) return null;
    return {
      start: tokens[start].start,
      end: tokens[comma - 1].end,
      np: subject,
      at: tokens[v].start,
      confidence: 0.55,
    };
  }
  return null;
}

function datelineEnd(tokens: Token[]): number {
  let i = 0;
  while (i < 4 && word(tokens[i]) && tokens[i].text === tokens[i].text.toUpperCase() && /\p{Lu}/u.test(tokens[i].text))
    i++;
  return i > 0 && ['—', '–', '-'].includes(tokens[i]?.text) ? i + 1 : 0;
}
