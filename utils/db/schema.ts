import Dexie, { type EntityTable } from 'dexie';
import type { Annotation, PageRecord } from '@/utils/types';

/** Default database name; tests pass their own to stay isolated. */
export const DB_NAME = 'quotemark';

/**
 * The Dexie database. Every schema change is a new `version(n)` with an upgrade function and a test that opens a
 * database written by the previous version (tests/unit/db/upgrade.test.ts).
 */
export class QuotemarkDB extends Dexie {
  annotations!: EntityTable<Annotation, 'id'>;
  pages!: EntityTable<PageRecord, 'url'>;

  constructor(name: string = DB_NAME) {
    super(name);
    // v1: what the popup and notes page query: page, kind, verdict, tags (multi-entry), speaker, times.
    this.version(1).stores({
      annotations: 'id, pageUrl, kind, verdict, speaker, *tags, createdAt, updatedAt',
      pages: 'url, *urls, siteName, lastSeen',
    });
  }
}
