import type { Annotation, PageRecord } from '@/utils/types';

/** The records of one import message (`annotations.importJson`), already validated. */
export interface ImportRecords {
  annotations: Annotation[];
  pages: PageRecord[];
}

/**
 * A big import arrives in parts (`annotations.importJson` with `importId`, `part`, `parts`), each a message of a few
 * megabytes, because extension messages are capped (64 MiB in Chrome). The parts are held here, in the background's
 * memory, and stored together in one transaction when the last arrives, so an import is still all or nothing. One
 * import at a time: a new first part drops an unfinished one. A missing part (the service worker restarted between
 * two parts, which drops what was held) fails the import and nothing is stored.
 */
export class ImportParts {
  private current: { id: string; next: number; parts: number; records: ImportRecords } | null = null;

  /** Adds one part; `all` is every part's records once the last has arrived, null before. */
  add(
    id: string,
    part: number,
    parts: number,
    records: ImportRecords,
  ): { ok: true; all: ImportRecords | null } | { ok: false; error: string } {
    if (part === 0) this.current = { id, next: 0, parts, records: { annotations: [], pages: [] } };
    const c = this.current;
    if (!c || c.id !== id || c.next !== part || c.parts !== parts) {
      this.current = null;
      return { ok: false, error: 'the import was interrupted (a part went missing); nothing was imported, try again' };
    }
    for (const a of records.annotations) c.records.annotations.push(a);
    for (const p of records.pages) c.records.pages.push(p);
    c.next++;
    if (c.next < parts) return { ok: true, all: null };
    this.current = null;
    return { ok: true, all: c.records };
  }
}
