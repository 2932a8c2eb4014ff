import { buildBackup } from '@/utils/backup/build';
import type { QuotemarkDB } from '@/utils/db/schema';

/** A backup built in this context, as a blob URL that a `downloads.download` call can read. */
export interface BackupBlob {
  url: string;
  filename: string;
  count: number;
  bytes: number;
}

/**
 * Reads every annotation and page, builds the JSON export and wraps it in a Blob URL (no copy into a data: URL, so
 * tens of megabytes cost a fraction of a second). Needs `URL.createObjectURL`: a window (Firefox's background page,
 * Chrome's offscreen document), not Chrome's service worker. Revoke the URL once the download has finished.
 */
export async function backupBlob(db: QuotemarkDB, now: number): Promise<BackupBlob> {
  const [annotations, pages] = await db.transaction('r', db.annotations, db.pages, () =>
    Promise.all([db.annotations.toArray(), db.pages.toArray()]),
  );
  const file = buildBackup(annotations, pages, now);
  const blob = new Blob([file.text], { type: 'application/json' });
  return { url: URL.createObjectURL(blob), filename: file.filename, count: file.count, bytes: blob.size };
}
