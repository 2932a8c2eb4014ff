import type { Table } from 'dexie';
import { sameRecord } from '@/utils/db/same-record';
import type { QuotemarkDB } from '@/utils/db/schema';
import type { Annotation, PageRecord } from '@/utils/types';

/** What a bulk import did. */
export interface ImportCounts {
  /** Ids that were not stored before. */
  added: number;
  /** Stored copies replaced by a different copy updated at the same time or later. */
  replaced: number;
  /** Stored copies kept because they were updated after the file's copy. */
  kept: number;
  /** Stored copies identical to the file's copy (not written again). */
  unchanged: number;
  /** Page records of the import now stored: new, merged, or already the same. */
  pages: number;
}

/** The steps of an import's transaction, for measuring: reading stored copies, comparing, writing (to commit). */
export type ImportStep = 'read' | 'compare' | 'write';

/** Merges an imported page record into the stored one: stored non-empty fields win, URLs and times combine. */
export function mergePage(old: PageRecord | undefined, incoming: PageRecord): PageRecord {
  if (!old) return incoming;
  const filled = (a: string | null, b: string | null) => (a?.trim() ? a : b);
  return {
    ...old,
    title: old.title.trim() ? old.title : incoming.title,
    byline: filled(old.byline, incoming.byline),
    siteName: filled(old.siteName, incoming.siteName),
    publishedTime: filled(old.publishedTime, incoming.publishedTime),
    lang: filled(old.lang, incoming.lang),
    excerpt: filled(old.excerpt, incoming.excerpt),
    urls: [...new Set([...old.urls, ...incoming.urls])].slice(0, 100),
    firstSeen: Math.min(old.firstSeen, incoming.firstSeen),
    lastSeen: Math.max(old.lastSeen, incoming.lastSeen),
  };
}

/**
 * The stored records among `keys`, by key. The table's keys are listed first (keys only: cheap), so keys that are
 * not stored cost no read at all; when the stored ones are at least half the table, the whole table is read in one
 * request rather than one request per key (50,000 single reads take seconds; one read of everything, about one).
 */
export async function storedCopies<T, I>(
  table: Table<T, string, I>,
  keys: readonly string[],
  keyOf: (record: T) => string,
): Promise<Map<string, T>> {
  const stored = new Set(await table.toCollection().primaryKeys());
  const wanted = [...new Set(keys.filter((k) => stored.has(k)))];
  const found = new Map<string, T>();
  if (wanted.length === 0) return found;
  if (wanted.length * 2 >= stored.size) {
    const want = new Set(wanted);
    for (const record of await table.toArray()) if (want.has(keyOf(record))) found.set(keyOf(record), record);
  } else {
    const records = await table.bulkGet(wanted);
    for (const [i, record] of records.entries()) if (record !== undefined) found.set(wanted[i], record);
  }
  return found;
}

/**
 * Stores imported annotations and pages in ONE transaction (all or nothing). Ids are stable across exports, so a
 * second import of the same file adds nothing: an annotation already stored is replaced only when the file's copy
 * is at least as recent (`updatedAt`), so an import never undoes a later local edit, and a record identical to the
 * stored one is not written again (writes are what an import of 50,000 records spends its time on).
 * `onStep` hears how long each step took (ms).
 */
export async function importRecords(
  db: QuotemarkDB,
  annotations: readonly Annotation[],
  pages: readonly PageRecord[],
  onStep?: (step: ImportStep, ms: number) => void,
): Promise<ImportCounts> {
  return db.transaction('rw', db.annotations, db.pages, async () => {
    let t = performance.now();
    const lap = (step: ImportStep) => {
      const now = performance.now();
      onStep?.(step, now - t);
      t = now;
    };
    const needed = new Map<string, PageRecord>();
    for (const p of pages) if (!needed.has(p.url)) needed.set(p.url, p);
    const oldAnnotations = await storedCopies(
      db.annotations,
      annotations.map((a) => a.id),
      (a) => a.id,
    );
    const oldPages = await storedCopies(db.pages, [...needed.keys()], (p) => p.url);
    lap('read');

    const counts: ImportCounts = { added: 0, replaced: 0, kept: 0, unchanged: 0, pages: needed.size };
    const write: Annotation[] = [];
    for (const a of annotations) {
      const old = oldAnnotations.get(a.id);
      if (old && old.updatedAt > a.updatedAt) counts.kept++;
      else if (old && sameRecord(old, a)) counts.unchanged++;
      else {
        counts[old ? 'replaced' : 'added']++;
        write.push(a);
      }
    }
    const writePages: PageRecord[] = [];
    for (const [url, incoming] of needed) {
      const old = oldPages.get(url);
      const merged = mergePage(old, incoming);
      if (!old || !sameRecord(old, merged)) writePages.push(merged);
    }
    lap('compare');

    // An empty bulkPut would still tell every open notes page that the tables changed.
    if (writePages.length > 0) await db.pages.bulkPut(writePages);
    if (write.length > 0) await db.annotations.bulkPut(write);
    lap('write');
    return counts;
  });
}
