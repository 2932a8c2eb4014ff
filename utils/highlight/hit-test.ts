/**
 * Finds which painted range lies under a point. The Custom Highlight API has no events of its own, so a click is
 * turned into a caret position and tested against each range; the last (innermost, most recent) match wins.
 */
export function rangeAtPoint<T>(doc: Document, x: number, y: number, entries: Iterable<[T, Range]>): T | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  let found: T | null = null;
  for (const [key, range] of entries) {
    try {
      if (range.startContainer.isConnected && range.isPointInRange(caret.node, caret.offset)) found = key;
    } catch {
      // A range whose nodes were moved to another document: not under the point.
    }
  }
  return found;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if ('caretPositionFromPoint' in doc && typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    if (p) return { node: p.offsetNode, offset: p.offset };
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null })
    .caretRangeFromPoint;
  const r = legacy?.call(doc, x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
