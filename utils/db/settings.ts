import { type BackupSettings, readSettings } from '@/utils/backup/schedule';
import type { QuotemarkDB } from '@/utils/db/schema';

const BACKUP_KEY = 'backup';

/** The backup settings (defaults when none are stored: off, daily, never run). */
export async function readBackupSettings(db: QuotemarkDB): Promise<BackupSettings> {
  return readSettings((await db.settings.get(BACKUP_KEY))?.value);
}

/** Applies `change` to the stored backup settings in one transaction; resolves to what was stored. */
export async function updateBackupSettings(
  db: QuotemarkDB,
  change: (old: BackupSettings) => BackupSettings,
): Promise<BackupSettings> {
  return db.transaction('rw', db.settings, async () => {
    const next = change(readSettings((await db.settings.get(BACKUP_KEY))?.value));
    await db.settings.put({ key: BACKUP_KEY, value: next });
    return next;
  });
}
