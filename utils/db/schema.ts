import Dexie, { type EntityTable } from 'dexie';
import type { Annotation, ArticleSnapshot, PageRecord } from '@/utils/types';

/** One extension setting (e.g. `backup`); values are read through a parser that fills defaults. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** Default database name; tests pass their own to stay isolated. */
export const DB_NAME = 'quotemark';

/** The first schema, kept as written so the upgrade test can create a database exactly as v1 left it. */
export const SCHEMA_V1 = {
  annotations: 'id, pageUrl, kind, verdict, speaker, *tags, createdAt, updatedAt',
  pages: 'url, *urls, siteName, lastSeen',
} as const;

/** The indexes since v5: only what is queried (see the constructor). */
export const SCHEMA_V5 = {
  annotations: 'id, pageUrl, createdAt',
  pages: 'url',
} as const;

/**
 * The Dexie database. Every schema change is a new `version(n)` with an upgrade function and a test that opens a
 * database written by the previous version (tests/unit/db/upgrade.test.ts).
 */
export class QuotemarkDB extends Dexie {
  annotations!: EntityTable<Annotation, 'id'>;
  pages!: EntityTable<PageRecord, 'url'>;
  snapshots!: EntityTable<ArticleSnapshot, 'pageUrl'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name: string = DB_NAME) {
    super(name);
    // v1: what the popup and notes page query: page, kind, verdict, tags (multi-entry), speaker, times.
    this.version(1).stores(SCHEMA_V1);
    // v2 (claims and quotes): the popup filters a page's notes by kind; every claim carries a verdict and every
    // quote or claim a speaker field (null when unknown), so filters and exports never meet a missing one.
    this.version(2)
      .stores({ annotations: `${SCHEMA_V1.annotations}, [pageUrl+kind]` })
      .upgrade((tx) =>
        tx
          .table<Annotation>('annotations')
          .toCollection()
          .modify((a) => {
            if (a.kind === 'claim') {
              a.verdict ??= 'unverified';
              a.evidence ??= [];
            }
            if (a.kind === 'highlight') delete a.speaker;
            else a.speaker ??= null;
          }),
      );
    // v3 (reader view): a snapshot of each article read in the reader view; nothing to migrate.
    this.version(3).stores({ snapshots: 'pageUrl, savedAt' });
    // v4 (automatic backup): extension settings as key/value records; nothing to migrate.
    this.version(4).stores({ settings: 'key' });
    // v5 (faster bulk writes): only the indexes something reads are kept: a page's annotations (`pageUrl`) and the
    // newest ones for the notes page's first screen (`createdAt`). Every index costs each write; the notes page filters
    // and searches in its worker's memory, and no query used the others. Nothing to migrate: Dexie drops the indexes.
    this.version(5).stores({ annotations: SCHEMA_V5.annotations, pages: SCHEMA_V5.pages });
  }
}
