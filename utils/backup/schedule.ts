import { isoDay } from '@/utils/export/text';

/**
 * Automatic backup: settings, schedule and outcome texts (pure: no DOM, no extension APIs). The background keeps the
 * settings in Dexie (`settings` table), schedules one repeating browser alarm and saves the JSON export through the
 * downloads API, which the reader grants only when turning backup on.
 */

/** How often a backup runs. */
export const FREQUENCIES = ['daily', 'weekly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** The alarm's period per frequency, in minutes. */
export const PERIOD_MINUTES: Readonly<Record<Frequency, number>> = { daily: 24 * 60, weekly: 7 * 24 * 60 };

/** Name of the one repeating alarm. */
export const BACKUP_ALARM = 'quotemark-backup';

/** Folder (inside the browser's downloads folder) the files go to. */
export const BACKUP_FOLDER = 'Quotemark backups';

/** The optional permission backup needs. */
export const BACKUP_PERMISSION = 'downloads' as const;

/** Delay before the first backup after turning it on (or after a missed one), so it never runs mid-click. */
export const FIRST_DELAY_MS = 60_000;

/** What one backup run came to. */
export interface BackupOutcome {
  at: number;
  ok: boolean;
  /** Annotations written (0 on failure). */
  count: number;
  /** File size in bytes, when saved. */
  bytes?: number;
  /** Path relative to the downloads folder, when saved. */
  filename?: string;
  /** Plain-language reason, on failure. */
  error?: string;
}

/** The stored settings. */
export interface BackupSettings {
  enabled: boolean;
  frequency: Frequency;
  /** The last run, successful or not. */
  last: BackupOutcome | null;
  /** Time of the last successful run (the schedule counts from it). */
  lastSuccessAt: number | null;
}

/** Off by default. */
export const DEFAULT_BACKUP: BackupSettings = { enabled: false, frequency: 'daily', last: null, lastSuccessAt: null };

/** What the options page shows. */
export interface BackupStatus {
  settings: BackupSettings;
  /** Whether the browser currently grants the downloads permission. */
  permitted: boolean;
  /** When the alarm fires next (null when none is set). */
  nextAt: number | null;
  /** A run in progress. */
  running: boolean;
}

/** After a failed run, the next try comes this much later (or one period later, if that is sooner). */
export const RETRY_MS = 60 * 60_000;

/**
 * When the next backup should run: one period after the last success; after a failure, an hour after it (a full disk
 * is not retried every minute); never sooner than FIRST_DELAY_MS from now — so turning backup on, or starting a
 * browser that missed a run, backs up about a minute later.
 */
export function nextBackupAt(settings: BackupSettings, now: number): number {
  const period = PERIOD_MINUTES[settings.frequency] * 60_000;
  let due = settings.lastSuccessAt === null ? now : settings.lastSuccessAt + period;
  const last = settings.last;
  if (last && !last.ok) due = Math.max(due, last.at + Math.min(RETRY_MS, period));
  return Math.max(now + FIRST_DELAY_MS, due);
}

/** `Quotemark backups/quotemark-backup-YYYY-MM-DD.json` (UTC date of `now`); the browser adds " (1)" to repeats. */
export function backupFilename(now: number): string {
  return `${BACKUP_FOLDER}/quotemark-backup-${isoDay(now) ?? 'undated'}.json`;
}

/** Interrupt reasons of the downloads API (Chrome's and Firefox's) in words a reader can act on. */
const DOWNLOAD_ERRORS: Readonly<Record<string, string>> = {
  FILE_NO_SPACE: 'the disk is full — free some space',
  FILE_TOO_LARGE: 'the file is too large for the downloads folder’s file system',
  FILE_ACCESS_DENIED: 'the browser may not write to the downloads folder',
  FILE_NAME_TOO_LONG: 'the downloads folder’s path is too long',
  FILE_BLOCKED: 'the browser or the system blocked the file',
  FILE_VIRUS_INFECTED: 'a virus scanner blocked the file',
  FILE_TRANSIENT_ERROR: 'the system was busy; it will be tried again',
  FILE_FAILED: 'the file could not be written',
  USER_CANCELED: 'the download was cancelled',
  USER_SHUTDOWN: 'the browser closed before the file was written',
  CRASH: 'the browser crashed before the file was written',
};

/** A download failure as a sentence ("Not saved: the disk is full — free some space."). */
export function describeDownloadError(reason: string | undefined): string {
  const known = reason ? DOWNLOAD_ERRORS[reason] : undefined;
  return `Not saved: ${known ?? `the download failed${reason ? ` (${reason})` : ''}`}.`;
}

/** Merges a stored value (possibly from an older version, possibly partial) over the defaults. */
export function readSettings(stored: unknown): BackupSettings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<BackupSettings>;
  return {
    enabled: s.enabled === true,
    frequency: FREQUENCIES.includes(s.frequency as Frequency) ? (s.frequency as Frequency) : 'daily',
    last: s.last && typeof s.last === 'object' ? s.last : null,
    lastSuccessAt: typeof s.lastSuccessAt === 'number' ? s.lastSuccessAt : null,
  };
}
