/**
 * CssSelector hint: the nearest element around the passage that has a stable, unique id (`#id`).
 * Only a tie-breaker when anchoring (two candidates with equal context): ids survive re-layout and most edits,
 * positional paths (`div:nth-child(3) > p`) do not, so no hint is stored rather than a brittle one.
 */
import { nodeForStart, offsetsFromRange } from './dom-map';
import { rawAt } from './segments';
import type { TextModel } from './text-model';

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
