/**
 * The text model: the page's visible text as one string, built once per page, with a map back to DOM positions.
 * Describe and anchor both read this model, so offsets and quotes mean the same thing on both sides.
 */
import { BLOCK_MARK, modelText } from './model-text';
import { fold } from './normalize';

/** The page text as anchoring sees it. Offsets into `text` are what TextPositionSelector stores. */
export interface TextModel {
  readonly root: Element;
  /** Visible text: whitespace runs collapsed to one space, a space at block boundaries, invisibles dropped. */
  readonly text: string;
  /** `text` with typographic variants folded (same length): the string every search runs on. */
  readonly folded: string;
  /** The text nodes that make up `text`, in document order. */
  readonly nodes: readonly Text[];
  /** Start of each node in the raw text: the nodes' data end to end, one mark character at each block boundary. */
  readonly nodeStarts: Int32Array;
  /**
   * Where model characters come from, as runs of SEG numbers: model start, raw start, length, virtual flag. A run
   * maps one to one onto raw offsets; a virtual run is one space added at a
   * block boundary, with no source character (its raw start is the raw offset just after it). See segments.ts.
   */
  readonly segments: Int32Array;
  /** Model offsets where a text block starts (just after the space that separates it from earlier text), ascending. */
  readonly blockStarts: Int32Array;
  /** The open shadow roots read into the text (composed order); empty on most pages. */
  readonly shadowRoots: readonly ShadowRoot[];
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

/** Selector of the block elements that hold text (where a reader's passage usually sits). */
export const TEXT_BLOCKS = [...BLOCK].filter((t) => t !== 'br' && t !== 'hr').join(',');

const DISPLAY_NONE = /display\s*:\s*none/i;

/** True when an element and everything under it is left out of the text model. */
export function isIgnored(el: Element): boolean {
  if (SKIP.has(el.localName)) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('data-quotemark-ui')) return true;
  const style = el.getAttribute('style');
  return style !== null && DISPLAY_NONE.test(style);
}

const HIDDEN_SELECTOR = '[hidden],[data-quotemark-ui],[style*="none" i]';

/** Elements left out for their attributes, in document order (inline-style candidates confirmed by isIgnored). */
function ignoredByAttribute(root: Element): Element[] {
  return [...root.querySelectorAll(HIDDEN_SELECTOR)].filter(isIgnored);
}

/** How the walk treats an element, by local name: bit flags. */
const KIND = new Map<string, number>();
const BLOCKS = 1;
const SKIPPED = 2;
const SLOT = 4;
/** May have a shadow root: custom elements (a `-` in the name) and the built-in elements `attachShadow` accepts. */
const HOST = 8;
for (const tag of BLOCK) KIND.set(tag, BLOCKS);
for (const tag of SKIP) KIND.set(tag, SKIPPED);
KIND.set('slot', SLOT);
for (const tag of 'article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span'.split(
  ' ',
)) {
  KIND.set(tag, (KIND.get(tag) ?? 0) | HOST);
}
// Common inline elements, listed so the walk finds them in the map rather than testing their names for a '-'.
for (const tag of 'a b i u s q em strong small sub sup abbr cite code mark time label img picture source wbr'.split(
  ' ',
)) {
  KIND.set(tag, 0);
}
const kindOf = (name: string): number => KIND.get(name) ?? (name.includes('-') ? HOST : 0);

/** What the walk has collected so far (shared by the walks of the document and of each shadow tree in it). */
interface Walk {
  nodes: Text[];
  starts: number[];
  parts: string[];
  raw: number;
  pendingBreak: boolean;
  /** Next unmet attribute-hidden element of the document walk (only that walk moves it). */
  h: number;
  shadowRoots: ShadowRoot[];
}

/**
 * Walks `start`, its following siblings and everything under them, up to `top` (exclusive; `start === top` walks
 * `top` alone). `hidden`: the document's attribute-hidden elements in order, or null inside shadow trees and slotted
 * content, whose order differs from the document's (each element is then checked itself). An element with an open
 * shadow root is read as rendered: its shadow tree, where each slot shows the nodes assigned to it.
 */
function walk(w: Walk, start: Node | null, top: Node, hidden: Element[] | null): void {
  const { nodes, starts, parts } = w;
  let { raw, pendingBreak, h } = w;
  let node = start;
  while (node) {
    const type = node.nodeType;
    if (type === 3) {
      const data = (node as Text).data;
      if (data.length > 0) {
        if (pendingBreak && raw > 0) {
          parts.push(BLOCK_MARK);
          raw++;
        }
        pendingBreak = false;
        nodes.push(node as Text);
        starts.push(raw);
        parts.push(data);
        raw += data.length;
      }
    } else if (type === 1) {
      const el = node as Element;
      const kind = kindOf(el.localName);
      if (kind & SKIPPED || (hidden ? el === hidden[h] : isIgnored(el))) {
        // Left out with everything under it, including any attribute-hidden element inside.
        if (hidden) while (h < hidden.length && (hidden[h] === el || el.contains(hidden[h]))) h++;
      } else {
        if (kind & BLOCKS) pendingBreak = true;
        const shadow = kind & HOST ? el.shadowRoot : null;
        if (shadow || kind & SLOT) {
          w.raw = raw;
          w.pendingBreak = pendingBreak;
          rendered(w, el, shadow);
          ({ raw, pendingBreak } = w);
          if (kind & BLOCKS) pendingBreak = true;
          // The light children were read in slot order (or not at all): step past their hidden elements.
          if (hidden) while (h < hidden.length && el.contains(hidden[h])) h++;
        } else if (el.firstChild) {
          node = el.firstChild;
          continue;
        }
      }
    }
    // Climb out of finished elements (a block's end is a boundary too), then step to the next sibling.
    while (node !== top && !node.nextSibling) {
      node = node.parentNode as Node;
      if (node !== top && BLOCK.has((node as Element).localName)) pendingBreak = true;
    }
    if (node === top) break;
    node = node.nextSibling;
  }
  w.raw = raw;
  w.pendingBreak = pendingBreak;
  if (hidden) w.h = h;
}

/** Walks what an open shadow host or a slot renders instead of its light children. */
function rendered(w: Walk, el: Element, shadow: ShadowRoot | null): void {
  if (shadow) {
    w.shadowRoots.push(shadow);
    walk(w, shadow.firstChild, shadow, null);
    return;
  }
  const assigned = (el as HTMLSlotElement).assignedNodes?.() ?? [];
  if (assigned.length === 0) {
    walk(w, el.firstChild, el, null); // a slot's fallback content
    return;
  }
  for (const n of assigned) {
    walk(w, n, n, null);
    if (n.nodeType === 1 && kindOf((n as Element).localName) & BLOCKS && !isIgnored(n as Element)) {
      w.pendingBreak = true;
    }
  }
}

/**
 * Builds the text model of `root`: one DOM walk that only collects text node data (with a mark at each block
 * boundary), then native regex work over the whole page text (model-text.ts). Open shadow roots are read as rendered
 * (composed order); closed ones can't be read, so their host's light children stand in for them.
 */
export function buildTextModel(root: Element): TextModel {
  // Attribute-hidden elements, in document order: the walk meets them in the same order, so one pointer comparison
  // per element finds them (no attribute reads or set lookups per element).
  const w: Walk = { nodes: [], starts: [], parts: [], raw: 0, pendingBreak: false, h: 0, shadowRoots: [] };
  const shadow = root.shadowRoot;
  if (shadow || root.localName === 'slot') rendered(w, root, shadow);
  else walk(w, root.firstChild, root, ignoredByAttribute(root));
  w.starts.push(w.raw);
  const { text, segments, blockStarts } = modelText(w.parts.join(''));
  return {
    root,
    text,
    folded: fold(text),
    nodes: w.nodes,
    nodeStarts: Int32Array.from(w.starts),
    segments,
    blockStarts,
    shadowRoots: w.shadowRoots,
  };
}

/** The model text of `root` (collapsed whitespace, hidden and script text left out). */
export function textOf(root: Element): string {
  return buildTextModel(root).text;
}
