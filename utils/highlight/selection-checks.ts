/**
 * What can't be highlighted, said plainly: empty selections, form fields and editors, our own UI, closed shadow roots,
 * and selections whose two ends are in different trees (the page and a component). DOM only, no extension APIs.
 */

const CLOSED_PROBLEM =
  'Quotemark can’t highlight this text: it is inside a closed component of the page (shadow DOM), which the page keeps private.';

/** Said when a selection starts and ends in different trees (the page and one of its components). */
export const CROSSING_PROBLEM =
  'Quotemark can’t highlight across the edge of one of the page’s components (shadow DOM): select text on one side of it.';

const isShadowRoot = (n: Node): n is ShadowRoot => n.nodeType === 11 && 'host' in n;

/**
 * True when the selection's two ends are in different trees (the page and a component, or two components): no Range
 * can join them, so it can't be highlighted. Chromium reports such a selection by one end only, so the true ends are
 * read with `getComposedRanges`, given the shadow roots around the reported ends.
 */
export function selectionCrosses(sel: Selection | null): boolean {
  const { anchorNode, focusNode } = sel ?? {};
  if (!sel || !anchorNode || !focusNode) return false;
  if (anchorNode.getRootNode() !== focusNode.getRootNode()) return true;
  const shadowRoots: ShadowRoot[] = [];
  for (let r = anchorNode.getRootNode(); isShadowRoot(r); r = r.host.getRootNode()) shadowRoots.push(r);
  if (shadowRoots.length === 0 || typeof sel.getComposedRanges !== 'function') return false;
  const [range] = sel.getComposedRanges({ shadowRoots });
  return !!range && range.startContainer.getRootNode() !== range.endContainer.getRootNode();
}

/** `el.closest(selector)`, continuing from each shadow host outwards. */
function closestComposed(el: Element, selector: string): Element | null {
  for (let e: Element | null = el; e; ) {
    const hit = e.closest(selector);
    if (hit) return hit;
    const root = e.getRootNode();
    e = isShadowRoot(root) ? root.host : null;
  }
  return null;
}

/**
 * Why a range can't be highlighted (empty, inside a form field or editor, inside our own UI or a closed shadow root),
 * or null. Text in open shadow roots is fine: the text model reads them.
 */
export function selectionProblem(range: Range): string | null {
  if (!range.toString().trim()) return 'Select some text first: the selection is empty.';
  const node = range.commonAncestorContainer;
  const el = node instanceof Element ? node : node.parentElement;
  if (!el) return 'Select some text first.';
  const root = node.getRootNode();
  if (isShadowRoot(root) && root.mode === 'closed') return CLOSED_PROBLEM;
  if (
    closestComposed(el, 'input, textarea, select, [data-quotemark-ui], quotemark-ui') ||
    (el as HTMLElement).isContentEditable
  ) {
    return 'Quotemark highlights the page’s text, not text inside form fields or editors.';
  }
  return null;
}
