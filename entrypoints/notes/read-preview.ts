import type { Annotation, PageRecord } from '@/utils/types';

/**
 * The first screen of the notes page, read with plain IndexedDB: the page itself carries no Dexie (the library worker
 * owns the library), so it parses less script before its first render. Read-only, and it never creates the database.
 */

/** The database's name; the same as DB_NAME in utils/db/schema.ts (a unit test checks), not imported from there
 * because that module brings Dexie with it. */
export const PREVIEW_DB_NAME = 'quotemark';

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((ok, fail) => {
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });

/** Opens the database if it exists; null when it does not (the open is aborted instead of creating it). */
function openExisting(name: string): Promise<IDBDatabase | null> {
  return new Promise((ok) => {
    const r = indexedDB.open(name);
    r.onupgradeneeded = () => r.transaction?.abort();
    r.onsuccess = () => ok(r.result);
    r.onerror = (e) => {
      e.preventDefault();
      ok(null);
    };
    r.onblocked = () => ok(null);
  });
}

/** `getAllRecords` (Chromium 141+): many records of an index in one round trip, newest first if asked. */
type WithGetAllRecords = IDBIndex & {
  getAllRecords(options: { count: number; direction: 'prev' }): IDBRequest<{ value: unknown }[]>;
};

/** The `limit` newest values of an index: one round trip where getAllRecords exists, else a cursor (one per value). */
function newest<T>(index: IDBIndex, limit: number): Promise<T[]> {
  if ('getAllRecords' in index) {
    const r = (index as WithGetAllRecords).getAllRecords({ count: limit, direction: 'prev' });
    return request(r).then((records) => records.map((x) => x.value as T));
  }
  return take<T>(index.openCursor(null, 'prev'), limit);
}

/** Up to `limit` values of a cursor. */
function take<T>(cursor: IDBRequest<IDBCursorWithValue | null>, limit: number): Promise<T[]> {
  const out: T[] = [];
  return new Promise((ok, fail) => {
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c || out.length >= limit) return ok(out);
      out.push(c.value as T);
      c.continue();
    };
    cursor.onerror = () => fail(cursor.error);
  });
}

/**
 * The `articles` most recently annotated articles, each with all its annotations, and their page records: reads
 * about `articles * 12` recent annotations to find them, whatever the library's size.
 */
export async function readRecent(
  articles: number,
  name = PREVIEW_DB_NAME,
): Promise<{ annotations: Annotation[]; pages: PageRecord[] }> {
  const db = await openExisting(name);
  if (!db) return { annotations: [], pages: [] };
  try {
    if (!db.objectStoreNames.contains('annotations') || !db.objectStoreNames.contains('pages')) {
      return { annotations: [], pages: [] };
    }
    const tx = db.transaction(['annotations', 'pages'], 'readonly');
    const store = tx.objectStore('annotations');
    const recent = await newest<Annotation>(store.index('createdAt'), articles * 12);
    const urls = [...new Set(recent.map((a) => a.pageUrl))].slice(0, articles);
    const [lists, pages] = await Promise.all([
      Promise.all(urls.map((u) => request(store.index('pageUrl').getAll(u) as IDBRequest<Annotation[]>))),
      Promise.all(urls.map((u) => request(tx.objectStore('pages').get(u) as IDBRequest<PageRecord | undefined>))),
    ]);
    return { annotations: lists.flat(), pages: pages.filter((p): p is PageRecord => !!p) };
  } finally {
    db.close();
  }
}

/** Articles in the first screen's preview: enough to fill it. */
export const PREVIEW_ARTICLES = 8;

let early: Promise<{ annotations: Annotation[]; pages: PageRecord[] }> | null = null;

/**
 * Starts reading the first screen (readRecent) once per page load, as early as possible: notes/main.tsx calls it
 * before the rest of the page's script is loaded, so the read and the script's loading overlap. Later calls get the
 * same read; `onDone` times it.
 */
export function recentRead(onDone?: (ms: number) => void): Promise<{ annotations: Annotation[]; pages: PageRecord[] }> {
  if (!early) {
    const started = performance.now();
    early = readRecent(PREVIEW_ARTICLES);
    early.then(() => onDone?.(performance.now() - started)).catch(() => undefined);
  }
  return early;
}
