import type { ImportCounts, ImportStep } from '@/utils/db/import';
import type { Annotation, PageRecord } from '@/utils/types';

/** The answer to a part that is held: nothing stored yet. */
export const NOTHING_STORED: ImportCounts = { added: 0, replaced: 0, kept: 0, unchanged: 0, pages: 0 };

const STEPS = ['check', 'read', 'compare', 'write'] as const satisfies readonly ('check' | ImportStep)[];

/**
 * Records how long a step of an import took as a User Timing entry (`import:check` per part: JSON parse and
 * validation; then `import:read`, `import:compare`, `import:write` in the transaction), which `npm run bench:library`
 * reads from the background.
 */
export function measureImport(step: (typeof STEPS)[number], ms: number): void {
  performance.measure(`import:${step}`, { end: performance.now(), duration: ms });
}

/** Forgets the entries of earlier imports (a long-lived background would otherwise keep adding to them). */
export function clearImportMeasures(): void {
  for (const step of STEPS) performance.clearMeasures(`import:${step}`);
}

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
