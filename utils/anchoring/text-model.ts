/**
 * The text model: the page's visible text as one string, built once per page, with a map back to DOM positions.
 * Describe and anchor both read this model, so offsets and quotes mean the same thing on both sides.
 */
import { foldChar, isInvisible, isSpace } from './normalize';

/** The page text as anchoring sees it. Offsets into `text` are what TextPositionSelector stores. */
export interface TextModel {
  readonly root: Element;
  /** Visible text: whitespace runs collapsed to one space, a space at block boundaries, invisibles dropped. */
  readonly text: string;
  /** `text` with typographic variants folded (same length): the string every search runs on. */
  readonly folded: string;
  /** The text nodes that make up `text`, in document order (empty nodes left out). */
  readonly nodes: readonly Text[];
  /** Start of each node in the raw concatenation of node data. */
  readonly nodeStarts: Int32Array;
  /** For each model character, its raw offset; for an added block-boundary space, the raw offset after it. */
  readonly rawPos: Int32Array;
  /** 1 where the model character is an added block-boundary space with no source character. */
  readonly virtual: Uint8Array;
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'svg',
  'iframe',
  'object',
  'video',
  'audio',
  'canvas',
  'textarea',
  'select',
  'datalist',
  'quotemark-ui',
]);

const BLOCK = new Set(
  (
    'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody td tfoot th thead ' +
    'tr ul legend menu center'
  ).split(' '),
);

const DISPLAY_NONE = /display\s*:\s*none/i;

/** True when an element and everything under it is left out of the text model. */
export function isIgnored(el: Element): boolean {
  if (SKIP.has(el.localName)) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('data-quotemark-ui')) return true;
  const style = el.getAttribute('style');
  return style !== null && DISPLAY_NONE.test(style);
}

/** Collects the model's text nodes and, for each, whether a block boundary precedes it. */
function collect(root: Element): { nodes: Text[]; breaks: boolean[]; total: number } {
  const nodes: Text[] = [];
  const breaks: boolean[] = [];
  let total = 0;
  let pendingBreak = false;
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      const len = (node as Text).data.length;
      if (len > 0) {
        nodes.push(node as Text);
        breaks.push(pendingBreak);
        pendingBreak = false;
        total += len;
      }
    } else if (node.nodeType === 1 && !isIgnored(node as Element)) {
      if (BLOCK.has((node as Element).localName)) pendingBreak = true;
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    // Climb out of finished elements (a block's end is a boundary too), then step to the next sibling.
    while (node !== root && !node.nextSibling) {
      node = node.parentNode as Node;
      if (node !== root && BLOCK.has((node as Element).localName)) pendingBreak = true;
    }
    if (node === root) break;
    node = node.nextSibling;
  }
  return { nodes, breaks, total };
}

/** Builds the text model of `root` (one DOM walk, one pass over the characters). */
export function buildTextModel(root: Element): TextModel {
  const { nodes, breaks, total } = collect(root);
  const cap = total + nodes.length + 1;
  const text = new Uint16Array(cap);
  const folded = new Uint16Array(cap);
  const rawPos = new Int32Array(cap);
  const virtual = new Uint8Array(cap);
  const nodeStarts = new Int32Array(nodes.length + 1);
  let n = 0;
  let raw = 0;
  // -1: no pending space; otherwise the raw offset of the first whitespace char of the pending run.
  let pendingSpace = -1;
  let pendingBreak = false;
  for (let i = 0; i < nodes.length; i++) {
    const data = nodes[i].data;
    nodeStarts[i] = raw;
    if (breaks[i]) pendingBreak = true;
    for (let j = 0; j < data.length; j++, raw++) {
      const c = data.charCodeAt(j);
      if (isSpace(c)) {
        if (pendingSpace < 0) pendingSpace = raw;
        continue;
      }
      if (isInvisible(c)) continue;
      if ((pendingSpace >= 0 || pendingBreak) && n > 0) {
        text[n] = 32;
        folded[n] = 32;
        if (pendingSpace >= 0) rawPos[n] = pendingSpace;
        else {
          rawPos[n] = raw;
          virtual[n] = 1;
        }
        n++;
      }
      pendingSpace = -1;
      pendingBreak = false;
      text[n] = c;
      folded[n] = foldChar(c);
      rawPos[n] = raw;
      n++;
    }
  }
  nodeStarts[nodes.length] = raw;
  return {
    root,
    text: decode(text, n),
    folded: decode(folded, n),
    nodes,
    nodeStarts,
    rawPos: rawPos.subarray(0, n),
    virtual: virtual.subarray(0, n),
  };
}

function decode(buf: Uint16Array, n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i += 8192) {
    parts.push(String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + 8192)) as unknown as number[]));
  }
  return parts.join('');
}

/** The model text of `root` (collapsed whitespace, hidden and script text left out). */
export function textOf(root: Element): string {
  return buildTextModel(root).text;
}
