import { describe, expect, it } from 'vitest';
import { buildBackup } from '@/utils/backup/build';
import { describeLastBackup, describeNextBackup } from '@/utils/backup/describe';
import {
  type BackupSettings,
  type BackupStatus,
  backupFilename,
  DEFAULT_BACKUP,
  describeDownloadError,
  FIRST_DELAY_MS,
  nextBackupAt,
  RETRY_MS,
  readSettings,
} from '@/utils/backup/schedule';
import { importAnnotations } from '@/utils/export';
import { jsonShape, NOW, PAGE_A, PAGE_B, RICH } from '../export/fixtures';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const now = Date.UTC(2026, 10, 28, 10, 0, 0);
const settings = (over: Partial<BackupSettings>): BackupSettings => ({ ...DEFAULT_BACKUP, enabled: true, ...over });

describe('nextBackupAt', () => {
  it.each([
    ['never backed up: a minute from now', settings({}), now + FIRST_DELAY_MS],
    ['daily, last success 3 h ago: 21 h from now', settings({ lastSuccessAt: now - 3 * HOUR }), now + 21 * HOUR],
    [
      'weekly, last success 2 days ago: in 5 days',
      settings({ frequency: 'weekly', lastSuccessAt: now - 2 * DAY }),
      now + 5 * DAY,
    ],
    [
      'overdue (browser was closed): a minute from now',
      settings({ lastSuccessAt: now - 3 * DAY }),
      now + FIRST_DELAY_MS,
    ],
    [
      'failed 10 minutes ago after an old success: retried an hour after the failure',
      settings({
        lastSuccessAt: now - 3 * DAY,
        last: { at: now - 10 * 60_000, ok: false, count: 0, error: 'disk full' },
      }),
      now - 10 * 60_000 + RETRY_MS,
    ],
    [
      'a failure never pulls a due run earlier',
      settings({ lastSuccessAt: now - HOUR, last: { at: now - 5 * 60_000, ok: false, count: 0 } }),
      now + 23 * HOUR,
    ],
  ])('%s', (_name, s, expected) => {
    expect(nextBackupAt(s, now)).toBe(expected);
  });
});

describe('backup files and texts', () => {
  it('names the file by UTC day inside the backup folder', () => {
    expect(backupFilename(now)).toBe('Quotemark backups/quotemark-backup-2026-11-28.json');
    expect(backupFilename(Date.UTC(2026, 0, 1, 23, 59))).toBe('Quotemark backups/quotemark-backup-2026-01-01.json');
  });

  it('says what a download failure means', () => {
    expect(describeDownloadError('FILE_NO_SPACE')).toBe('Not saved: the disk is full — free some space.');
    expect(describeDownloadError('SOMETHING_NEW')).toBe('Not saved: the download failed (SOMETHING_NEW).');
    expect(describeDownloadError(undefined)).toBe('Not saved: the download failed.');
  });

  it('reads stored settings defensively: off and daily unless stored otherwise', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_BACKUP);
    expect(readSettings({ enabled: 'yes', frequency: 'hourly', lastSuccessAt: '1' })).toEqual(DEFAULT_BACKUP);
    expect(readSettings({ enabled: true, frequency: 'weekly', lastSuccessAt: 5 })).toMatchObject({
      enabled: true,
      frequency: 'weekly',
      lastSuccessAt: 5,
    });
  });

  it('describes the last and next backup', () => {
    const time = (ms: number) => new Date(ms).toISOString();
    const status = (over: Partial<BackupSettings>, extra: Partial<BackupStatus> = {}): BackupStatus => ({
      settings: settings(over),
      permitted: true,
      nextAt: now + DAY,
      running: false,
      ...extra,
    });
    expect(describeLastBackup(status({}), time)).toBe('No backup yet.');
    expect(describeLastBackup(status({}, { running: true }), time)).toBe('Backing up…');
    expect(
      describeLastBackup(
        status({ last: { at: now, ok: true, count: 1, filename: '/d/Quotemark backups/x.json' } }),
        time,
      ),
    ).toBe('Last backup: 2026-11-28T10:00:00.000Z — 1 annotation saved to /d/Quotemark backups/x.json.');
    expect(describeLastBackup(status({ last: { at: now, ok: false, count: 0, error: 'Not saved: x.' } }), time)).toBe(
      'Last backup failed (2026-11-28T10:00:00.000Z): Not saved: x.',
    );
    expect(describeNextBackup(status({}), time)).toBe('Next backup: 2026-11-29T10:00:00.000Z.');
    expect(describeNextBackup(status({ enabled: false }), time)).toBe('');
  });
});

describe('buildBackup', () => {
  it('is the full JSON export, and import reads every annotation back', () => {
    const file = buildBackup(RICH, [PAGE_A, PAGE_B], NOW);
    expect(file.filename).toBe('Quotemark backups/quotemark-backup-2025-03-04.json');
    expect(file.count).toBe(RICH.length);
    const back = importAnnotations(file.text);
    expect(back.errors).toEqual([]);
    const byId = (list: { id: string }[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(jsonShape(back.annotations))).toEqual(byId(jsonShape(RICH)));
  });
});
