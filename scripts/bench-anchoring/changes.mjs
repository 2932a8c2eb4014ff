/**
 * The change classes the benchmark applies to a fresh copy of a page. Passages are tracked with empty marker
 * elements (<qm-truth>): they hold no text, so no tool sees them, and they travel with the DOM they sit in.
 * Global changes touch the whole page once; per-passage changes return an undo function.
 */
import { int, otherWord, pickOne, sentence } from './prng.mjs';

const BLOCKS = 'p, li, blockquote, dd, h2, h3, h4, td, figcaption';
const SKIP = 'script, style, noscript, template, pre, textarea, svg, qm-truth';

/** Inserts start/end markers for every passage (model offsets of the pristine page). */
export function placeMarkers(qm, model, passages) {
  const points = [];
  passages.forEach((p, i) => {
    const r = qm.rangeFromOffsets(model, p.start, p.end);
    points.push({ at: p.start, edge: 's', i, node: r.startContainer, offset: r.startOffset });
    points.push({ at: p.end, edge: 'e', i, node: r.endContainer, offset: r.endOffset });
  });
  // Back to front, so splitting a text node never moves a point still to be placed.
  points.sort((a, b) => b.at - a.at || (a.edge === 's' ? -1 : 1));
  const doc = model.root.ownerDocument;
  for (const pt of points) {
    const m = doc.createElement('qm-truth');
    m.dataset.i = String(pt.i);
    m.dataset.edge = pt.edge;
    const t = pt.node;
    if (pt.offset === 0) t.parentNode.insertBefore(m, t);
    else if (pt.offset >= t.data.length) t.parentNode.insertBefore(m, t.nextSibling);
    else t.parentNode.insertBefore(m, t.splitText(pt.offset));
  }
}

/** The passage's true place now (between its markers), or null when they are gone. */
export function truthRange(doc, i) {
  const s = doc.querySelector(`qm-truth[data-i="${i}"][data-edge="s"]`);
  const e = doc.querySelector(`qm-truth[data-i="${i}"][data-edge="e"]`);
  if (!s || !e) return null;
  const r = doc.createRange();
  r.setStartAfter(s);
  r.setEndBefore(e);
  return r;
}

/** The text block holding passage i. */
export function blockOf(doc, i) {
  const s = doc.querySelector(`qm-truth[data-i="${i}"][data-edge="s"]`);
  const e = doc.querySelector(`qm-truth[data-i="${i}"][data-edge="e"]`);
  let el = s?.parentElement ?? null;
  while (el && !(el.matches(BLOCKS) && el.contains(e))) el = el.parentElement;
  return el;
}

/** Rendered text blocks: where changes land (a block moved into a hidden menu would vanish, not move). */
function blocksWithText(doc) {
  return [...doc.body.querySelectorAll(BLOCKS)].filter(
    (el) =>
      !el.querySelector(BLOCKS) &&
      el.textContent.trim().length >= 60 &&
      el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
  );
}

function newParagraph(doc, rng) {
  const p = doc.createElement('p');
  p.textContent = Array.from({ length: int(rng, 1, 3) }, () => sentence(rng)).join(' ');
  return p;
}

/** Global: new paragraphs before the first text block and before a few random ones. */
export function insertContent(doc, rng) {
  const blocks = blocksWithText(doc);
  if (blocks.length === 0) return;
  const targets = [blocks[0], ...Array.from({ length: 5 }, () => pickOne(rng, blocks))];
  for (const b of targets) b.parentNode.insertBefore(newParagraph(doc, rng), b);
}

function textNodes(root) {
  const out = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest(SKIP)) out.push(n);
  return out;
}

/** Global: same visible text, different markup and whitespace (spans, wrappers, p→div, reflowed spaces). */
export function restructure(doc, rng) {
  for (const t of textNodes(doc.body)) {
    if (rng() < 0.3) t.data = t.data.replace(/ (?=\S)/g, () => (rng() < 0.3 ? '\n      ' : ' '));
    const spaces = [...t.data.matchAll(/ /g)].map((m) => m.index);
    if (spaces.length > 1 && rng() < 0.3) {
      const tail = t.splitText(pickOne(rng, spaces));
      const span = doc.createElement(rng() < 0.5 ? 'span' : 'b');
      tail.parentNode.insertBefore(span, tail);
      span.appendChild(tail);
    }
  }
  for (const p of [...doc.body.querySelectorAll('p')]) {
    const roll = rng();
    if (roll < 0.25) {
      const div = doc.createElement('div');
      div.className = 'qm-wrap';
      p.parentNode.insertBefore(div, p);
      div.appendChild(p);
      div.insertBefore(doc.createTextNode('\n    '), p);
    } else if (roll < 0.45) {
      const div = doc.createElement('div');
      while (p.firstChild) div.appendChild(p.firstChild);
      p.replaceWith(div);
    }
  }
  for (const b of blocksWithText(doc)) if (rng() < 0.5) b.parentNode.insertBefore(doc.createTextNode('\n\n  '), b);
}

/** Replaces model word [start, end) inside one text node; returns an undo function or null. */
function replaceWord(qm, model, start, end, word) {
  const r = qm.rangeFromOffsets(model, start, end);
  if (!r || r.startContainer !== r.endContainer || r.startContainer.nodeType !== 3) return null;
  const node = r.startContainer;
  const old = node.data;
  node.data = old.slice(0, r.startOffset) + word + old.slice(r.endOffset);
  return () => {
    node.data = old;
  };
}

function wordAt(text, at) {
  let s = at;
  let e = at;
  while (s > 0 && /\p{L}/u.test(text[s - 1])) s--;
  while (e < text.length && /\p{L}/u.test(text[e])) e++;
  return e - s >= 4 ? { start: s, end: e } : null;
}

/** Global: ~40 random words edited outside every passage, plus one word in each passage's nearby context. */
export function editElsewhere(qm, doc, rng, count) {
  const model = qm.buildTextModel(doc.body);
  const guarded = [];
  for (let i = 0; i < count; i++) {
    const r = truthRange(doc, i);
    if (r) guarded.push(qm.offsetsFromRange(model, r));
  }
  const free = (w) => !guarded.some((g) => w.start < g.end && g.start < w.end);
  const picks = [];
  for (let k = 0; k < 400 && picks.length < 40; k++) {
    const w = wordAt(model.text, int(rng, 0, model.text.length - 1));
    if (w && free(w) && !picks.some((p) => p.start === w.start)) picks.push(w);
  }
  for (const g of guarded) {
    const at = rng() < 0.5 ? g.start - int(rng, 8, 40) : g.end + int(rng, 8, 40);
    const w = at >= 0 && at < model.text.length ? wordAt(model.text, at) : null;
    if (w && free(w) && !picks.some((p) => p.start === w.start)) picks.push(w);
  }
  picks.sort((a, b) => b.start - a.start);
  for (const w of picks) replaceWord(qm, model, w.start, w.end, otherWord(rng, model.text.slice(w.start, w.end)));
}

/** Per passage: one word inside it replaced by another. */
export function editInside(qm, doc, rng, i) {
  const model = qm.buildTextModel(doc.body);
  const tr = truthRange(doc, i);
  const { start, end } = qm.offsetsFromRange(model, tr);
  const text = model.text.slice(start, end);
  const cjk = /[\u3040-\u30ff\u3400-\u9fff]/.test(text) && (text.match(/ /g)?.length ?? 0) < text.length * 0.04;
  const options = cjk
    ? [{ index: int(rng, 0, text.length - 2), 0: text.slice(0, 2) }]
    : [...text.matchAll(/\p{L}{3,}/gu)];
  for (let k = 0; k < 6 && options.length; k++) {
    const m = pickOne(rng, options);
    const s = start + m.index;
    const word = cjk ? text.slice(m.index, m.index + 2) : m[0];
    const undo = replaceWord(qm, model, s, s + word.length, cjk ? '改変' : otherWord(rng, word));
    if (undo) return undo;
  }
  return null;
}

/** Per passage: its block moved at least three blocks away. */
export function moveBlock(doc, rng, i) {
  const b = blockOf(doc, i);
  if (!b) return null;
  const blocks = blocksWithText(doc);
  const at = blocks.indexOf(b);
  const far = blocks.filter((x, k) => Math.abs(k - at) >= 3 && !x.contains(b) && !b.contains(x));
  if (far.length === 0) return null;
  const target = pickOne(rng, far);
  const parent = b.parentNode;
  const next = b.nextSibling;
  target.parentNode.insertBefore(b, rng() < 0.5 ? target : target.nextSibling);
  return () => parent.insertBefore(b, next);
}

/** Per passage: the sentence(s) holding it copied into a pull-quote up to eight blocks earlier. */
export function duplicateSentence(qm, doc, rng, i) {
  const b = blockOf(doc, i);
  if (!b) return null;
  const model = qm.buildTextModel(doc.body);
  const { start, end } = qm.offsetsFromRange(model, truthRange(doc, i));
  const br = doc.createRange();
  br.selectNodeContents(b);
  const block = qm.offsetsFromRange(model, br);
  const before = model.text.slice(block.start, start);
  const m = [...before.matchAll(/[.!?。！？]["'”’)]*\s*/g)].pop();
  const s = m ? block.start + m.index + m[0].length : block.start;
  // The sentence ends at the passage's end if the passage ends one; else at the next terminator in the block.
  const endsSentence = /[.!?。！？]["'”’)]*$/.test(model.text.slice(start, end));
  const after = model.text.slice(end, block.end).search(/[.!?。！？]/);
  const e = endsSentence ? end : after === -1 ? block.end : end + after + 1;
  const frag = qm.rangeFromOffsets(model, s, e).cloneContents();
  for (const t of frag.querySelectorAll('qm-truth')) t.remove();
  const aside = doc.createElement('aside');
  const p = doc.createElement('p');
  p.appendChild(frag);
  aside.appendChild(p);
  const blocks = blocksWithText(doc);
  const at = blocks.indexOf(b);
  const target = at > 0 ? blocks[Math.max(0, at - int(rng, 1, 8))] : b;
  target.parentNode.insertBefore(aside, target);
  return () => aside.remove();
}

/** Per passage: its block removed. */
export function removeBlock(doc, i) {
  const b = blockOf(doc, i);
  if (!b) return null;
  const parent = b.parentNode;
  const next = b.nextSibling;
  b.remove();
  return () => parent.insertBefore(b, next);
}
