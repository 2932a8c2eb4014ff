/**
 * Finds the phrase naming who said a quotation, within its sentence:
 * after it ("…,” said Fidan / “…,” Fidan added / “…” in that law, Azzouz said / “…,” according to X),
 * or before it (X said: “…” / X described the plan as “…” / X, saying that it “…”), and the agent of a
 * passive ("described as “…” by the conservation department").
 * Trade-off: the first speech verb after a sentence-initial quote, and the nearest one before any
 * other quote, decide; a quote with no speech verb in its sentence gets no speaker here (the caller
 * may carry one over from the paragraph before).
 */
import { SPEECH_VERBS } from './lexicon';
import { phraseFrom, sentenceSubject, subjectBefore } from './noun-phrase';
import type { Token } from './types';

/** Where a quotation's speaker phrase was found. */
export interface Attribution {
  np: Token[];
  /** Text offset of the verb (or "according"), used to order subject mentions. */
  at: number;
  /** The attribution touches the quote (“…,” he said / he said: “…”). */
  adjacent: boolean;
}

const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);
const isVerb = (t: Token | undefined): t is Token => t?.kind === 'w' && !t.cap && SPEECH_VERBS.has(t.lower);
const isAccording = (tokens: Token[], j: number) => tokens[j].lower === 'according' && tokens[j + 1]?.lower === 'to';

/** The speaker phrase of the quotation token at `q`, or null. */
export function findAttribution(tokens: Token[], q: number): Attribution | null {
  const initial = tokens.slice(0, q).every((t) => t.kind !== 'w');
  return (initial ? null : attributionBefore(tokens, q)) ?? attributionAfter(tokens, q);
}

function attributionBefore(tokens: Token[], q: number): Attribution | null {
  const found = verbBefore(tokens, q);
  if (found !== undefined) return found;
  // "Alverson summed up the journey …: “…”" (a heading such as "Review: ‘…’" is too short to count).
  if (tokens[q - 1]?.text !== ':' || tokens.slice(0, q).filter((t) => t.kind === 'w').length < 4) return null;
  const np = sentenceSubject(tokens);
  return np ? { np, at: tokens[q - 1].start, adjacent: false } : null;
}

/** Attribution through the nearest speech verb before the quote; undefined when there is none. */
function verbBefore(tokens: Token[], q: number): Attribution | null | undefined {
  let seen = false;
  for (let j = q - 1, verbs = 0; j >= 0 && verbs < 2; j--) {
    const t = tokens[j];
    if (t.kind === 'w' && isAccording(tokens, j)) {
      const np = phraseFrom(tokens, j + 2, q);
      if (np.length) return { np, at: t.start, adjacent: false };
    }
    if (!isVerb(t)) continue;
    verbs++;
    seen = true;
    const adjacent = j >= q - 2;
    if (PASSIVE.has(tokens[j - 1]?.lower)) {
      const agent = agentOf(tokens, j, q);
      return agent ? { np: agent, at: t.start, adjacent: false } : null;
    }
    const np = subjectOfVerb(tokens, j, 0);
    if (np) return { np, at: t.start, adjacent };
  }
  return seen ? null : undefined;
}

function attributionAfter(tokens: Token[], q: number): Attribution | null {
  let end = tokens.length;
  for (let k = q + 1; k < tokens.length; k++) {
    if (tokens[k].kind === 'q') {
      end = k;
      break;
    }
  }
  for (let j = q + 1; j < Math.min(end, q + 16); j++) {
    const t = tokens[j];
    if (t.kind === 'w' && isAccording(tokens, j)) {
      const np = phraseFrom(tokens, j + 2, end);
      return np.length ? { np, at: t.start, adjacent: j === q + 1 || j === q + 2 } : null;
    }
    if (!isVerb(t)) continue;
    if (tokens.slice(q + 1, j).every((x) => x.kind === 'p')) {
      const np = phraseFrom(tokens, j + 1, end);
      if (np.length) return { np, at: t.start, adjacent: true };
    }
    if (PASSIVE.has(tokens[j - 1]?.lower)) {
      const agent = agentOf(tokens, j, end);
      return agent ? { np: agent, at: t.start, adjacent: false } : null;
    }
    const np = subjectOfVerb(tokens, j, q + 1);
    if (!np) return null;
    const between = j - (q + 1) - np.length;
    return { np, at: t.start, adjacent: between <= 2 };
  }
  return null;
}

/** Subject of the speech verb at `j`; a participle ("saying") or a coordinated verb takes the sentence's. */
function subjectOfVerb(tokens: Token[], j: number, floor: number): Token[] | null {
  if (tokens[j].lower.endsWith('ing')) return floor === 0 ? sentenceSubject(tokens) : null;
  const { np, coordinated } = subjectBefore(tokens, j, floor);
  if (coordinated) return floor === 0 ? sentenceSubject(tokens) : null;
  return np;
}

/** The agent of a passive speech verb: "by X" after the verb, before `end`. */
function agentOf(tokens: Token[], verb: number, end: number): Token[] | null {
  for (let k = verb + 1; k < Math.min(tokens.length, verb + 8); k++) {
    const t = tokens[k];
    if (t.kind === 'w' && t.lower === 'by') {
      const np = phraseFrom(tokens, k + 1, Math.max(end, k + 8));
      return np.length ? np : null;
    }
    if (t.kind === 'p' && t.text !== ',') return null;
  }
  return null;
}
