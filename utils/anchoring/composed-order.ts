/**
 * Order of nodes as the page is rendered (the flat tree: an open shadow host shows its shadow tree, a slot shows the
 * nodes assigned to it). `compareDocumentPosition` can't compare nodes in different trees, so on pages whose text
 * model reads shadow roots, DOM boundary points are placed with this instead. Only used on such pages.
 */

/** The slot of `shadow` that shows light child `n`, or null when none does (then `n` is not rendered). */
function slotOf(n: Node, shadow: ShadowRoot): Node | null {
  const assigned = (n as Element).assignedSlot;
  if (assigned !== undefined) return assigned;
  // Not every DOM implements assignedSlot (happy-dom): ask the slots.
  for (const slot of shadow.querySelectorAll('slot')) if (slot.assignedNodes().includes(n)) return slot;
  return null;
}

/** The node's parent in the flat tree (a shadow tree's top nodes hang from the host), or null. */
function flatParent(n: Node): Node | null {
  const p = n.parentNode;
  if (!p) return null;
  if (p.nodeType === 11) return (p as ShadowRoot).host ?? null;
  const shadow = (p as Element).shadowRoot;
  return shadow ? slotOf(n, shadow) : p;
}

/** The node's children in the flat tree. */
function flatChildren(p: Node): ArrayLike<Node> {
  const shadow = (p as Element).shadowRoot;
  if (shadow) return shadow.childNodes;
  if ((p as Element).localName === 'slot') {
    const assigned = (p as HTMLSlotElement).assignedNodes();
    if (assigned.length > 0) return assigned;
  }
  return p.childNodes;
}

/** Flat-tree ancestors of `n`, outermost first, ending with `n`. */
function pathOf(n: Node): Node[] {
  const path: Node[] = [];
  for (let x: Node | null = n; x; x = flatParent(x)) path.push(x);
  return path.reverse();
}

/** True when `a` is `b` or a flat-tree ancestor of it. */
export function flatContains(a: Node, b: Node): boolean {
  for (let x: Node | null = b; x; x = flatParent(x)) if (x === a) return true;
  return false;
}

/** True when `a` comes before `b` in rendered order (an ancestor comes before its descendants). */
export function flatPrecedes(a: Node, b: Node): boolean {
  if (a === b) return false;
  const pa = pathOf(a);
  const pb = pathOf(b);
  if (pa[0] !== pb[0]) return false; // not in one flat tree (a node that isn't rendered)
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length) return true; // a is an ancestor of b
  if (i === pb.length) return false;
  const siblings = flatChildren(pa[i - 1]);
  return Array.prototype.indexOf.call(siblings, pa[i]) < Array.prototype.indexOf.call(siblings, pb[i]);
}

/** True when the DOM point (container, offset) comes before text node `t` in rendered order. */
export function flatPointBefore(container: Node, offset: number, t: Text): boolean {
  if (container.nodeType === 3 || container.nodeType === 8 || container.nodeType === 7) {
    return flatPrecedes(container, t);
  }
  // A host's offsets count its light children; a shadow root's, its own.
  const ref = container.childNodes[offset];
  if (ref) return flatContains(ref, t) || flatPrecedes(ref, t);
  const host = container.nodeType === 11 ? (container as ShadowRoot).host : null;
  const scope = host ?? container;
  return !flatContains(scope, t) && flatPrecedes(scope, t);
}
