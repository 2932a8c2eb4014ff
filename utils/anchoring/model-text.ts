/**
 * Raw page text → model text (pure, no DOM). The raw string is the text nodes' data end to end, with BLOCK_MARK
 * wherever a block boundary lies between two nodes. One native regex pass finds every gap between words; only gaps
 * that are not already a single whitespace character cost any script work, so long pages build at regex speed.
 */
import { SEG } from './segments';

/** Marks a block boundary in the raw string (a Unicode noncharacter: never page text). Becomes a virtual space. */
export const BLOCK_MARK = '\ufdd0';

/** Model text, its segment map (see TextModel.segments) and the model offsets where text blocks start. */
export interface ModelText {
  text: string;
  segments: Int32Array;
  blockStarts: Int32Array;
}

// Whitespace as the model sees it: JavaScript's \s without U+FEFF, which counts as invisible.
const OTHER_SPACE = /[^\S\ufeff ]/g;
const GAP_CHAR = '\\s\\ufdd0\\u00ad\\u200b-\\u200d\\u2060';
/** A gap that changes length or kind: two or more gap characters, or one invisible character or block mark. */
const GAP = new RegExp(`[${GAP_CHAR}]{2,}|[\\ufdd0\\u00ad\\u200b-\\u200d\\u2060\\ufeff]`, 'g');
const FIRST_WORD = new RegExp(`[^${GAP_CHAR}]`);

/**
 * Collapses `raw`: each gap between words becomes one space — a real one (mapped to the gap's first whitespace
 * character) if the gap has whitespace, else a virtual one if it has a block mark — or nothing (invisible
 * characters only). Text before the first word and after the last is dropped.
 */
export function modelText(raw: string): ModelText {
  const spaced = raw.replace(OTHER_SPACE, ' ');
  const first = spaced.search(FIRST_WORD);
  if (first === -1) return { text: '', segments: new Int32Array(0), blockStarts: new Int32Array(0) };
  const pieces: string[] = [];
  const segs: number[] = [];
  const blocks: number[] = [];
  let n = 0;
  // Appends model text mapping one to one onto raw offsets from `at`, merged with the previous run when contiguous.
  const run = (s: string, at: number) => {
    const k = segs.length - SEG;
    if (k >= 0 && segs[k + 3] === 0 && segs[k] + segs[k + 2] === n && segs[k + 1] + segs[k + 2] === at) {
      segs[k + 2] += s.length;
    } else segs.push(n, at, s.length, 0);
    pieces.push(s);
    n += s.length;
  };
  let at = first;
  let end = spaced.length;
  GAP.lastIndex = first;
  for (let m = GAP.exec(spaced); m !== null; m = GAP.exec(spaced)) {
    const gap = m[0];
    if (m.index + gap.length === spaced.length) {
      end = m.index; // a trailing gap is dropped
      break;
    }
    if (m.index > at) run(spaced.slice(at, m.index), at);
    at = m.index + gap.length;
    // Whitespace is all ' ' by now; a one-character gap here is a mark or an invisible character.
    const space = gap.length === 1 ? -1 : gap.indexOf(' ');
    const block = gap.includes(BLOCK_MARK);
    if (space >= 0) run(' ', m.index + space);
    else if (block) {
      segs.push(n, at, 1, 1);
      pieces.push(' ');
      n++;
    }
    if (block) blocks.push(n);
  }
  // The rest is words and single spaces; a last single space is trailing whitespace.
  if (end === spaced.length && spaced.endsWith(' ')) end--;
  if (end > at) run(spaced.slice(at, end), at);
  return { text: pieces.join(''), segments: Int32Array.from(segs), blockStarts: Int32Array.from(blocks) };
}
