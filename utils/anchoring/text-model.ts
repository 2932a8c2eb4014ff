/**
 * The text model: the page's visible text as one string, built once per page, with a map back to DOM positions.
 * Describe and anchor both read this model, so offsets and quotes mean the same thing on both sides.
 */
import { fold, isSpace } from './normalize';
import { SEG } from './segments';

/** The page text as anchoring sees it. Offsets into `text` are what TextPositionSelector stores. */
export interface TextModel {
  readonly root: Element;
  /** Visible text: whitespace runs collapsed to one space, a space at block boundaries, invisibles dropped. */
  readonly text: string;
  /** `text` with typographic variants folded (same length): the string every search runs on. */
  readonly folded: string;
  /** The text nodes that make up `text`, in document order. */
  readonly nodes: readonly Text[];
  /** Start of each node in the raw concatenation of node data. */
  readonly nodeStarts: Int32Array;
  /**
   * Where model characters come from, as runs of SEG numbers: model start, raw start, length, virtual flag. A run
   * maps one to one onto raw offsets (into the concatenated node data); a virtual run is one space added at a
   * block boundary, with no source character (its raw start is the raw offset just after it). See segments.ts.
   */
  readonly segments: Int32Array;
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

const IGNORED_SELECTOR = `${[...SKIP].join(',')},[hidden],[data-quotemark-ui],[style*="none" i]`;

/**
 * Elements whose subtree is left out, found by one native querySelectorAll (cheaper than three attribute reads
 * on every element of a long page); the inline-style candidates are confirmed with isIgnored.
 */
function ignoredIn(root: Element): Set<Element> {
  const set = new Set<Element>();
  for (const el of root.querySelectorAll(IGNORED_SELECTOR)) if (isIgnored(el)) set.add(el);
  return set;
}

/** Collects the model's text nodes and, for each, whether a block boundary precedes it. */
function collect(root: Element): { nodes: Text[]; breaks: boolean[] } {
  const ignored = ignoredIn(root);
  const nodes: Text[] = [];
  const breaks: boolean[] = [];
  let pendingBreak = false;
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      nodes.push(node as Text);
      breaks.push(pendingBreak);
      pendingBreak = false;
    } else if (node.nodeType === 1 && !ignored.has(node as Element)) {
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
  return { nodes, breaks };
}

const WHITESPACE = /[^\S\ufeff]+/g;
const ONE_SPACE = /[^\S\ufeff]/g;
/** A whitespace run longer than one character, or an invisible character: the node needs the slow path. */
const RUN_OR_INVISIBLE = /[^\S\ufeff]{2}|[\u00ad\u200b-\u200d\u2060\ufeff]/;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const INVISIBLES = /[\u00ad\u200b-\u200d\u2060\ufeff]+/g;

/** Accumulates model text and its segment map while text nodes are fed in order. */
class Builder {
  readonly parts: string[] = [];
  readonly segs: number[] = [];
  n = 0;
  /** Raw offset of the first character of a pending whitespace run, or -1. */
  pendingSpace = -1;
  pendingBreak = false;

  /** Appends model text `s` whose characters map one to one onto raw offsets from `raw` (or one virtual space). */
  private push(s: string, raw: number, virtual: boolean): void {
    const { segs } = this;
    const k = segs.length - SEG;
    // Extend the last segment when this one continues it exactly (the common case: "word word word").
    if (
      !virtual &&
      k >= 0 &&
      segs[k + 3] === 0 &&
      segs[k] + segs[k + 2] === this.n &&
      segs[k + 1] + segs[k + 2] === raw
    ) {
      segs[k + 2] += s.length;
    } else {
      segs.push(this.n, raw, s.length, virtual ? 1 : 0);
    }
    this.parts.push(s);
    this.n += s.length;
  }

  /**
   * Non-blank text at raw offset `raw` whose spaces are single and map one to one; invisible characters are
   * dropped unless the caller knows there are none (`clean`).
   */
  word(w: string, raw: number, clean = false): void {
    if (this.n > 0 && (this.pendingSpace >= 0 || this.pendingBreak)) {
      if (this.pendingSpace >= 0) this.push(' ', this.pendingSpace, false);
      else this.push(' ', raw, true);
    }
    this.pendingSpace = -1;
    this.pendingBreak = false;
    if (clean || !INVISIBLE.test(w)) {
      this.push(w, raw, false);
      return;
    }
    let at = 0;
    for (const m of w.matchAll(INVISIBLES)) {
      if (m.index > at) this.push(w.slice(at, m.index), raw + at, false);
      at = m.index + m[0].length;
    }
    if (at < w.length) this.push(w.slice(at), raw + at, false);
  }

  /** A whitespace run at raw offset `raw`. */
  space(raw: number): void {
    if (this.pendingSpace < 0) this.pendingSpace = raw;
  }
}

/** Builds the text model of `root`: one DOM walk, then native regex work per text node. */
export function buildTextModel(root: Element): TextModel {
  const { nodes, breaks } = collect(root);
  const nodeStarts = new Int32Array(nodes.length + 1);
  const b = new Builder();
  let raw = 0;
  for (let i = 0; i < nodes.length; i++) {
    const data = nodes[i].data;
    nodeStarts[i] = raw;
    if (breaks[i]) b.pendingBreak = true;
    if (!RUN_OR_INVISIBLE.test(data)) {
      // Fast path (most text nodes): every whitespace run is one character, so the node maps one to one.
      const n = data.length;
      const lead = n > 0 && isSpace(data.charCodeAt(0)) ? 1 : 0;
      const trail = n > lead && isSpace(data.charCodeAt(n - 1)) ? 1 : 0;
      if (lead) b.space(raw);
      if (n > lead + trail) b.word(data.slice(lead, n - trail).replace(ONE_SPACE, ' '), raw + lead, true);
      if (trail) b.space(raw + data.length - 1);
    } else {
      let at = 0;
      WHITESPACE.lastIndex = 0;
      for (let m = WHITESPACE.exec(data); m; m = WHITESPACE.exec(data)) {
        if (m.index > at) b.word(data.slice(at, m.index), raw + at);
        b.space(raw + m.index);
        at = m.index + m[0].length;
      }
      if (at < data.length) b.word(at === 0 ? data : data.slice(at), raw + at);
    }
    raw += data.length;
  }
  nodeStarts[nodes.length] = raw;
  const text = b.parts.join('');
  return { root, text, folded: fold(text), nodes, nodeStarts, segments: Int32Array.from(b.segs) };
}

/** The model text of `root` (collapsed whitespace, hidden and script text left out). */
export function textOf(root: Element): string {
  return buildTextModel(root).text;
}
