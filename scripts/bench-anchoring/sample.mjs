/**
 * Picks passages a reader would highlight, from the page's text blocks: a few words to a sentence, one to three
 * whole sentences, or a short name that recurs on the page. Deterministic for a given seed.
 */
import { int, pickOne } from './prng.mjs';

const BLOCKS = 'p, li, blockquote, dd, h2, h3, h4, td, figcaption';

/** Innermost text blocks with at least `min` characters of model text, as { el, start, end }. */
export function textBlocks(qm, model, min = 60) {
  const out = [];
  for (const el of model.root.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue;
    // A reader can only select what is rendered.
    if (
      typeof el.checkVisibility === 'function' &&
      !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    )
      continue;
    const r = el.ownerDocument.createRange();
    r.selectNodeContents(el);
    const { start, end } = qm.offsetsFromRange(model, r);
    if (end - start >= min) out.push({ el, start, end });
  }
  return out;
}

const isCjk = (s) => /[\u3040-\u30ff\u3400-\u9fff]/.test(s) && (s.match(/ /g)?.length ?? 0) < s.length * 0.04;

function words(text, base) {
  const out = [];
  for (const m of text.matchAll(/\S+/g)) out.push({ start: base + m.index, end: base + m.index + m[0].length });
  return out;
}

function sentences(text, base) {
  const out = [];
  const re = /[^.!?。！？]+[.!?。！？]+["'”’)]*/g;
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    const s = base + m.index + lead;
    if (m[0].trim().length > 10) out.push({ start: s, end: base + m.index + m[0].length });
  }
  return out;
}

function trimWord(text, start, end) {
  // Drop trailing punctuation of a word-sliced phrase (readers rarely select it).
  while (end > start + 1 && /[,;:()"“”]/.test(text[end - 1])) end--;
  while (start < end - 1 && /[("“]/.test(text[start])) start++;
  return { start, end };
}

/** One passage inside `block`, or null. */
function passageIn(rng, model, block, names) {
  const text = model.text.slice(block.start, block.end);
  const roll = rng();
  if (isCjk(text)) {
    const len = int(rng, 4, Math.min(80, text.length));
    const s = block.start + int(rng, 0, text.length - len);
    return { start: s, end: s + len, kind: 'cjk' };
  }
  if (roll < 0.2) {
    const found = [...text.matchAll(/(?<=[a-z,] )\p{Lu}\p{Ll}{2,}(?: \p{Lu}\p{Ll}{2,})?/gu)].filter(
      (m) => (names.get(m[0]) ?? 0) >= 2,
    );
    if (found.length === 0) return null;
    const m = pickOne(rng, found);
    return { start: block.start + m.index, end: block.start + m.index + m[0].length, kind: 'name' };
  }
  if (roll < 0.45) {
    const list = sentences(text, block.start);
    if (list.length === 0) return null;
    const n = int(rng, 1, Math.min(3, list.length));
    const i = int(rng, 0, list.length - n);
    return { start: list[i].start, end: list[i + n - 1].end, kind: 'sentences' };
  }
  const list = words(text, block.start);
  if (list.length < 2) return null;
  const n = int(rng, 2, Math.min(20, list.length));
  const i = int(rng, 0, list.length - n);
  return { ...trimWord(model.text, list[i].start, list[i + n - 1].end), kind: 'phrase' };
}

function count(hay, needle, max = 3) {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1 && n < max; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

/** Up to `n` non-overlapping passages (model offsets + kind + block index), unique with 64 chars of context. */
export function samplePassages(qm, model, rng, n) {
  const blocks = textBlocks(qm, model);
  if (blocks.length === 0) return [];
  const names = new Map();
  for (const m of model.text.matchAll(/\p{Lu}\p{Ll}{2,}(?: \p{Lu}\p{Ll}{2,})?/gu))
    names.set(m[0], (names.get(m[0]) ?? 0) + 1);
  const out = [];
  for (let tries = 0; out.length < n && tries < n * 60; tries++) {
    const bi = int(rng, 0, blocks.length - 1);
    const p = passageIn(rng, model, blocks[bi], names);
    if (!p || p.end - p.start < 3) continue;
    if (out.some((o) => o.start < p.end + 1 && p.start < o.end + 1)) continue;
    const ctx = model.folded.slice(Math.max(0, p.start - 64), p.end + 64);
    if (count(model.folded, ctx) !== 1) continue;
    out.push({ ...p, block: bi, exact: model.text.slice(p.start, p.end) });
  }
  return out.sort((a, b) => a.start - b.start);
}
