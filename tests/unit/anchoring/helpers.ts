/** Test helpers: parse pages, pick passages by text, and read back where an anchor landed. */
import { Window } from 'happy-dom';
import {
  type AnchorResult,
  anchorSelectors,
  buildTextModel,
  describeRange,
  findText,
  rangeFromOffsets,
} from '@/utils/anchoring';
import type { Selector } from '@/utils/types';

/**
 * A fresh document holding `html`, in a window of its own (no scripts run, nothing is fetched). Not DOMParser:
 * happy-dom's ranges belong to the window's main document, so ranges on a parsed document collapse.
 */
export function parse(html: string): Document {
  const window = new Window({
    url: 'http://127.0.0.1/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** The Range of the `nth` (0-based) occurrence of `text` in the document's text model. */
export function rangeOf(doc: Document, text: string, nth = 0): Range {
  const model = buildTextModel(doc.body);
  const hit = findText(model, text)[nth];
  if (!hit) throw new Error(`not on the page: ${text} (#${nth})`);
  const range = rangeFromOffsets(model, hit.start, hit.end);
  if (!range) throw new Error('empty model');
  return range;
}

/** The `data-k` of the block holding a range's start (where it landed), or null. */
export function blockKey(range: Range | null): string | null {
  if (!range) return null;
  const node = range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el?.closest('[data-k]')?.getAttribute('data-k') ?? null;
}

/** Text of a range with whitespace collapsed (what a reader sees). */
export function shown(range: Range | null): string | null {
  return range ? range.toString().replace(/\s+/g, ' ').trim() : null;
}

/**
 * Describes the `nth` occurrence of `passage` on one fresh document from `load`, then anchors those selectors (after a
 * JSON round trip, as stored) on another one changed by `change`.
 */
export function anchorAfter(
  load: () => Document,
  passage: string,
  nth: number | undefined,
  change: (doc: Document) => void,
): AnchorResult {
  const original = load();
  const selectors: Selector[] = JSON.parse(
    JSON.stringify(describeRange(original.body, rangeOf(original, passage, nth))),
  );
  const changed = load();
  change(changed);
  return anchorSelectors(changed.body, selectors);
}
