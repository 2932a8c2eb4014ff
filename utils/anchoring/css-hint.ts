/**
 * CssSelector hints, tie-breakers only (never enough on their own to place an annotation):
 * - scope: the nearest element around the passage that has a stable, unique id (`#id`). Ids survive re-layout and
 *   most edits, positional paths (`div:nth-child(3) > p`) do not, so no hint is stored rather than a brittle one.
 * - block kind: the passage's text block by tag and classes, with its parent's (`div.body > p.dek`). Markup moves
 *   with a block, so it tells a moved paragraph from an identical one elsewhere (a teaser list, a pull-quote box).
 */
import { nodeForStart, offsetsFromRange } from './dom-map';
import { rawAt } from './segments';
import { TEXT_BLOCKS, type TextModel } from './text-model';

const STABLE_ID = /^[A-Za-z][\w-]{0,63}$/;
/** Ids that look generated per render (long digit runs, framework prefixes) change between visits. */
const GENERATED_ID = /\d{5,}|^(?:ember|react|ng-|vue|radix|headlessui|mui|css-|jsx-|:r)/i;
const TOO_BROAD = new Set(['html', 'body', 'main']);

/** The `#id` of the nearest suitable ancestor of the model character at `offset`, or null. */
export function cssHint(model: TextModel, offset: number): string | null {
  if (offset >= model.text.length || model.nodes.length === 0) return null;
  const i = nodeForStart(model, rawAt(model, offset));
  const doc = model.root.ownerDocument;
  for (let el = model.nodes[i].parentElement; el && el !== model.root; el = el.parentElement) {
    if (TOO_BROAD.has(el.localName)) return null;
    const id = el.id;
    if (!id || !STABLE_ID.test(id) || GENERATED_ID.test(id)) continue;
    if (doc.querySelectorAll(`#${id}`).length === 1) return `#${id}`;
  }
  return null;
}

/** Model offsets [start, end) of the text inside the element a CssSelector hint names, or null if absent. */
export function resolveCssHint(model: TextModel, value: string): { start: number; end: number } | null {
  if (!value.startsWith('#') || !STABLE_ID.test(value.slice(1))) return null;
  const el = model.root.ownerDocument.getElementById(value.slice(1));
  if (!el || !model.root.contains(el)) return null;
  const range = model.root.ownerDocument.createRange();
  range.selectNodeContents(el);
  return offsetsFromRange(model, range);
}

const SAFE_CLASS = /^-?[A-Za-z_][\w-]*$/;
const MAX_CLASSES = 4;
const MAX_CLASS_LENGTH = 40;

/** `tag.class1.class2` for an element: up to MAX_CLASSES classes, escaped (or, with no CSS.escape, only safe ones). */
function kindOf(el: Element): string {
  const esc = globalThis.CSS?.escape;
  const classes = [...el.classList]
    .filter((c) => c.length <= MAX_CLASS_LENGTH && (esc || SAFE_CLASS.test(c)))
    .slice(0, MAX_CLASSES)
    .map((c) => (esc ? esc(c) : c));
  return [el.localName, ...classes].join('.');
}

/** The text block holding model character `offset`, or null (none short of the root). */
export function blockElementAt(model: TextModel, offset: number): Element | null {
  if (offset >= model.text.length || model.nodes.length === 0) return null;
  const block = model.nodes[nodeForStart(model, rawAt(model, offset))].parentElement?.closest(TEXT_BLOCKS) ?? null;
  return block && block !== model.root && model.root.contains(block) ? block : null;
}

/** The block-kind hint for the passage starting at `offset`: `parent > block` by tag and classes, or null. */
export function blockKind(model: TextModel, offset: number): string | null {
  const block = blockElementAt(model, offset);
  const parent = block?.parentElement;
  if (!block || !parent) return null;
  return `${kindOf(parent)} > ${kindOf(block)}`;
}

/**
 * True when the text block holding model character `offset` matches a block-kind hint (false if it is invalid);
 * `loose`: the block's own part only, whatever its parent.
 */
export function blockKindMatches(model: TextModel, offset: number, value: string, loose: boolean): boolean {
  const block = blockElementAt(model, offset);
  try {
    return block?.matches(loose ? (value.split(' > ').pop() ?? value) : value) ?? false;
  } catch {
    return false;
  }
}
