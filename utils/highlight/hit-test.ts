/**
 * Finds which painted range lies under a point. The Custom Highlight API has no events of its own, so a click is
 * turned into a caret position and tested against each range; the last (innermost, most recent) match wins.
 * Ranges inside open shadow roots are found too: their roots are passed to `caretPositionFromPoint`, which otherwise
 * answers a point on the host (browsers without that option, or with only `caretRangeFromPoint`, miss them).
 */
export function rangeAtPoint<T>(doc: Document, x: number, y: number, entries: Iterable<[T, Range]>): T | null {
  const list = [...entries];
  const shadowRoots = new Set<ShadowRoot>();
  for (const [, range] of list) {
    const root = range.startContainer.getRootNode();
    if (root.nodeType === 11 && 'host' in root) shadowRoots.add(root as ShadowRoot);
  }
  const caret = caretAt(doc, x, y, [...shadowRoots]);
  if (!caret) return null;
  let found: T | null = null;
  for (const [key, range] of list) {
    try {
      if (range.startContainer.isConnected && range.isPointInRange(caret.node, caret.offset)) found = key;
    } catch {
      // A range whose nodes were moved to another document: not under the point.
    }
  }
  return found;
}

type CaretFromPoint = (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;

function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
): { node: Node; offset: number } | null {
  if ('caretPositionFromPoint' in doc && typeof doc.caretPositionFromPoint === 'function') {
    const fromPoint = doc.caretPositionFromPoint as CaretFromPoint;
    const p = shadowRoots.length > 0 ? fromPoint.call(doc, x, y, { shadowRoots }) : fromPoint.call(doc, x, y);
    if (p) return { node: p.offsetNode, offset: p.offset };
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null })
    .caretRangeFromPoint;
  const r = legacy?.call(doc, x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
