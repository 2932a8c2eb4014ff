import type { Page } from 'playwright-core';
import { stubPage } from '@/utils/export/pages';
import type { Annotation, PageRecord } from '@/utils/types';

/** Noon UTC of a date, as epoch ms: fixed times for test records. */
export const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

/** A page record with empty metadata, seen on 1–5 March 2025, with `over` on top. */
export const pageRecord = (url: string, over: Partial<PageRecord>): PageRecord => ({
  ...stubPage(url),
  lang: 'en',
  firstSeen: day('2025-03-01'),
  lastSeen: day('2025-03-05'),
  ...over,
});

/** Every annotation and page in the extension's IndexedDB, read raw from one of its pages, sorted by key. */
export async function dbSnapshot(page: Page): Promise<{ annotations: Annotation[]; pages: PageRecord[] }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('quotemark');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const read = <T>(store: string) =>
      new Promise<T[]>((ok) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => ok(r.result as T[]);
      });
    const out = { annotations: await read<Annotation>('annotations'), pages: await read<PageRecord>('pages') };
    db.close();
    return out;
  });
}
