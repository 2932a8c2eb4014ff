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

/** How the walk treats an element, by local name. */
const KIND = new Map<string, number>();
const BLOCKS = 1;
const SKIPPED = 2;
for (const tag of BLOCK) KIND.set(tag, BLOCKS);
for (const tag of SKIP) KIND.set(tag, SKIPPED);

/**
 * Builds the text model of `root`: one DOM walk that only collects text node data (with a mark at each block
 * boundary), then native regex work over the whole page text (model-text.ts).
 */
export function buildTextModel(root: Element): TextModel {
  // Attribute-hidden elements, in document order: the walk meets them in the same order, so one pointer comparison
  // per element finds them (no attribute reads or set lookups per element).
  const hidden = ignoredByAttribute(root);
  let h = 0;
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let raw = 0;
  let pendingBreak = false;
  let node: Node | null = root.firstChild;
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
      const kind = KIND.get((node as Element).localName);
      if (kind === SKIPPED || node === hidden[h]) {
        // Left out with everything under it, including any attribute-hidden element inside.
        while (h < hidden.length && (hidden[h] === node || node.contains(hidden[h]))) h++;
      } else {
        if (kind === BLOCKS) pendingBreak = true;
        if (node.firstChild) {
          node = node.firstChild;
          continue;
        }
      }
    }
    // Climb out of finished elements (a block's end is a boundary too), then step to the next sibling.
    while (node !== root && !node.nextSibling) {
      node = node.parentNode as Node;
      if (node !== root && KIND.get((node as Element).localName) === BLOCKS) pendingBreak = true;
    }
    if (node === root) break;
    node = node.nextSibling;
  }
  starts.push(raw);
  const { text, segments, blockStarts } = modelText(parts.join(''));
  return { root, text, folded: fold(text), nodes, nodeStarts: Int32Array.from(starts), segments, blockStarts };
}

/** The model text of `root` (collapsed whitespace, hidden and script text left out). */
export function textOf(root: Element): string {
  return buildTextModel(root).text;
}
