/**
 * Maps between text-model offsets and DOM boundary points, both ways, in O(log n) per point.
 */
import { flatPointBefore } from './composed-order';
import { isVirtual, modelAt, rawAt } from './segments';
import type { TextModel } from './text-model';

const FOLLOWING = 4;
const nodeIndexCache = new WeakMap<TextModel, Map<Node, number>>();

/** First index i in a sorted array with a[i] >= x (or a.length). */
function lowerBound(a: ArrayLike<number>, x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the text node holding raw offset `raw` as a start (first node whose end is after it). */
export function nodeForStart(model: TextModel, raw: number): number {
  const { nodeStarts, nodes } = model;
  // nodeStarts[i + 1] is node i's end; find first i with end > raw.
  const i = lowerBound(nodeStarts, raw + 1, 1, nodes.length + 1) - 1;
  return Math.min(i, nodes.length - 1);
}

/** Index of the text node holding raw offset `raw` as an end (first node whose end is at or after it). */
function nodeForEnd(model: TextModel, raw: number): number {
  const i = lowerBound(model.nodeStarts, raw, 1, model.nodes.length + 1) - 1;
  return Math.min(Math.max(i, 0), model.nodes.length - 1);
}

/**
 * A DOM Range for model offsets [start, end); null when the model has no text, or when the passage starts and ends in
 * different trees (a page and a shadow root in it): a Range's two ends must share one tree.
 * The range starts at the first source character and ends after the last one (added spaces map to nothing).
 */
export function rangeFromOffsets(model: TextModel, start: number, end: number): Range | null {
  const { nodes, nodeStarts } = model;
  if (nodes.length === 0) return null;
  const len = model.text.length;
  const s = Math.max(0, Math.min(start, len));
  let e = Math.max(s, Math.min(end, len));
  const range = model.root.ownerDocument.createRange();
  const sRaw = s < len ? rawAt(model, s) : nodeStarts[nodes.length];
  const si = nodeForStart(model, sRaw);
  range.setStart(nodes[si], Math.min(sRaw - nodeStarts[si], nodes[si].data.length));
  while (e > s && isVirtual(model, e - 1)) e--;
  if (e === s) {
    range.collapse(true);
    return range;
  }
  const eRaw = rawAt(model, e - 1) + 1;
  const ei = nodeForEnd(model, eRaw);
  if (model.shadowRoots.length > 0 && nodes[si].getRootNode() !== nodes[ei].getRootNode()) return null;
  range.setEnd(nodes[ei], Math.min(eRaw - nodeStarts[ei], nodes[ei].data.length));
  return range;
}

/** True when DOM point (container, offset) comes before text node `t` (t starts at or after the point). */
function pointBefore(container: Node, offset: number, t: Text): boolean {
  if (container.nodeType === 3 || container.nodeType === 8 || container.nodeType === 7) {
    return container !== t && (container.compareDocumentPosition(t) & FOLLOWING) !== 0;
  }
  const ref = container.childNodes[offset];
  if (ref) return ref === t || ref.contains(t) || (ref.compareDocumentPosition(t) & FOLLOWING) !== 0;
  return !container.contains(t) && (container.compareDocumentPosition(t) & FOLLOWING) !== 0;
}

/** Raw offset (into the concatenated node data) of a DOM boundary point. */
function rawOffsetOf(model: TextModel, container: Node, offset: number): number {
  let index = nodeIndexCache.get(model);
  if (!index) {
    index = new Map();
    for (let i = 0; i < model.nodes.length; i++) index.set(model.nodes[i], i);
    nodeIndexCache.set(model, index);
  }
  const i = index.get(container);
  if (i !== undefined) return model.nodeStarts[i] + Math.min(offset, model.nodes[i].data.length);
  // Not one of our text nodes: find the first model node after the point (in rendered order if shadow roots were read).
  const before = model.shadowRoots.length > 0 ? flatPointBefore : pointBefore;
  let lo = 0;
  let hi = model.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(container, offset, model.nodes[mid])) hi = mid;
    else lo = mid + 1;
  }
  return model.nodeStarts[lo];
}

/** Model offsets [start, end) of a DOM Range; edge spaces added at block boundaries are left out. */
export function offsetsFromRange(model: TextModel, range: Range): { start: number; end: number } {
  let start = modelAt(model, rawOffsetOf(model, range.startContainer, range.startOffset));
  while (isVirtual(model, start)) start++;
  const end = modelAt(model, rawOffsetOf(model, range.endContainer, range.endOffset));
  return { start, end: Math.max(start, end) };
}
