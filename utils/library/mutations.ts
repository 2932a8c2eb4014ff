/**
 * Which records a database write touched, read from Dexie's `storagemutated` event (pure). Dexie reports, per
 * `idb://<db>/<table>/` part, an interval tree of primary keys (a single key is a range from = to); writes of 50 or
 * more records and range deletes come as ranges. The notes page re-reads single keys and re-reads everything for
 * anything else.
 */

/** Keys written in one table, or 'all' when only a range is known (or there are too many keys to re-read). */
export type KeyChange = Set<string> | 'all';

/** What a write touched in the annotations and pages tables (null: nothing there). */
export interface LibraryChange {
  annotations: KeyChange | null;
  pages: KeyChange | null;
}

interface TreeNode {
  from?: unknown;
  to?: unknown;
  l?: TreeNode | null;
  r?: TreeNode | null;
}

/** Above this many keys in one table, a full re-read is cheaper than looking each up. */
export const MAX_KEYS = 1000;

/** The keys of one table in an ObservabilitySet-shaped object, null when the table was not written. */
export function changedKeys(parts: Readonly<Record<string, unknown>>, db: string, table: string): KeyChange | null {
  const tree = parts[`idb://${db}/${table}/`] as TreeNode | undefined;
  if (!tree || typeof tree !== 'object') return null;
  const keys = new Set<string>();
  const stack: TreeNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('from' in node)) continue;
    if (node.from !== node.to || typeof node.from !== 'string') return 'all';
    keys.add(node.from);
    if (keys.size > MAX_KEYS) return 'all';
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return keys.size > 0 ? keys : null;
}

/** The change a `storagemutated` event describes for the library's two tables. */
export function libraryChange(parts: Readonly<Record<string, unknown>>, db: string): LibraryChange {
  return { annotations: changedKeys(parts, db, 'annotations'), pages: changedKeys(parts, db, 'pages') };
}

function mergeKeys(a: KeyChange | null, b: KeyChange | null): KeyChange | null {
  if (a === 'all' || b === 'all') return 'all';
  if (!a || !b) return a ?? b;
  const out = new Set([...a, ...b]);
  return out.size > MAX_KEYS ? 'all' : out;
}

/** Two changes as one (changes that arrive while an update runs are applied together). */
export function mergeChanges(a: LibraryChange | null, b: LibraryChange): LibraryChange {
  if (!a) return b;
  return { annotations: mergeKeys(a.annotations, b.annotations), pages: mergeKeys(a.pages, b.pages) };
}

/** True when the change needs a full re-read. */
export const needsFullRead = (c: LibraryChange): boolean => c.annotations === 'all' || c.pages === 'all';
