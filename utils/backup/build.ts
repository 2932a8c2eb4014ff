import { backupFilename } from '@/utils/backup/schedule';
import { buildExport, libraryOrder } from '@/utils/library/export-build';
import type { Annotation, PageRecord } from '@/utils/types';

/** A backup file, ready to save. */
export interface BackupFile {
  text: string;
  /** Relative to the downloads folder (`Quotemark backups/…`). */
  filename: string;
  count: number;
}

/**
 * The whole library as the notes page's "Export → Everything → JSON" writes it (the same builder, so import reads it
 * back), under the backup's own file name.
 */
export function buildBackup(annotations: readonly Annotation[], pages: readonly PageRecord[], now: number): BackupFile {
  const built = buildExport('json', libraryOrder(annotations), pages, now);
  return { text: built.text, filename: backupFilename(now), count: built.count };
}
