import {
  BACKUP_ALARM,
  type BackupOutcome,
  type BackupSettings,
  type BackupStatus,
  describeDownloadError,
  type Frequency,
  nextBackupAt,
  PERIOD_MINUTES,
} from '@/utils/backup/schedule';
import type { QuotemarkDB } from '@/utils/db/schema';
import { readBackupSettings, updateBackupSettings } from '@/utils/db/settings';
import type { Result } from '@/utils/messaging/protocol';

/** A backup file the browser can download (a blob URL), and how to let it go. */
export interface PreparedFile {
  url: string;
  filename: string;
  count: number;
  bytes: number;
  dispose(): Promise<void>;
}

/** A finished download: where the browser wrote it, or the interrupt reason (`FILE_NO_SPACE`, …). */
export type DownloadResult = { ok: true; path?: string } | { ok: false; reason?: string };

/** What the backup needs from the browser (backup-ports.ts; tests pass their own). */
export interface BackupPorts {
  permitted(): Promise<boolean>;
  /** Gives the downloads permission back. */
  release(): Promise<void>;
  schedule(when: number, periodMinutes: number): Promise<void>;
  unschedule(): Promise<void>;
  /** When the alarm fires next, or null when there is none. */
  nextAt(): Promise<number | null>;
  /** Builds the whole export from the database as a downloadable file. */
  prepare(now: number): Promise<PreparedFile>;
  /** Downloads `url` as `filename` (uniquified, no dialog); resolves once the file is written or failed. */
  download(url: string, filename: string): Promise<DownloadResult>;
  /** Tells open extension pages that the status changed. */
  announce(): void;
}

export interface BackupController {
  status(): Promise<BackupStatus>;
  /** Turns backup on or off and sets the frequency; on needs the downloads permission already granted. */
  configure(enabled: boolean, frequency: Frequency): Promise<Result<BackupStatus>>;
  /** Backs up now (the "Back up now" button). */
  run(): Promise<BackupStatus>;
  onAlarm(name: string): Promise<void>;
  /** On every background start: puts the alarm back if it went missing (browser restart, update), or clears it. */
  start(): Promise<void>;
}

const NOT_PERMITTED = 'Quotemark may not save files: allow downloads to use automatic backup.';

/**
 * The background's backup: settings in Dexie, one repeating alarm, one file per run. A run that finds the permission
 * withdrawn (the reader removed it in the browser's settings) records why and turns backup off.
 */
export function createBackup(deps: { db: QuotemarkDB; now: () => number; ports: BackupPorts }): BackupController {
  const { db, ports } = deps;
  let running: Promise<BackupStatus> | null = null;

  const status = async (): Promise<BackupStatus> => ({
    settings: await readBackupSettings(db),
    permitted: await ports.permitted(),
    nextAt: await ports.nextAt(),
    running: running !== null,
  });

  const reschedule = async (s: BackupSettings) =>
    s.enabled ? ports.schedule(nextBackupAt(s, deps.now()), PERIOD_MINUTES[s.frequency]) : ports.unschedule();

  const record = async (outcome: BackupOutcome, turnOff = false) => {
    const s = await updateBackupSettings(db, (old) => ({
      ...old,
      enabled: turnOff ? false : old.enabled,
      last: outcome,
      lastSuccessAt: outcome.ok ? outcome.at : old.lastSuccessAt,
    }));
    await reschedule(s);
  };

  const attempt = async (): Promise<void> => {
    const at = deps.now();
    if (!(await ports.permitted())) return record({ at, ok: false, count: 0, error: NOT_PERMITTED }, true);
    let file: PreparedFile;
    try {
      file = await ports.prepare(at);
    } catch (e) {
      return record({ at, ok: false, count: 0, error: `Not saved: could not read the notes (${message(e)}).` });
    }
    try {
      if (file.count === 0) return await record({ at, ok: true, count: 0, bytes: 0 });
      const done = await ports
        .download(file.url, file.filename)
        .catch((e) => ({ ok: false as const, reason: message(e) }));
      const saved = {
        at,
        ok: true,
        count: file.count,
        bytes: file.bytes,
        filename: done.ok ? (done.path ?? file.filename) : '',
      };
      await record(done.ok ? saved : { at, ok: false, count: 0, error: describeDownloadError(done.reason) });
    } finally {
      await file.dispose().catch(() => undefined);
    }
  };

  const run = (): Promise<BackupStatus> => {
    running ??= (async () => {
      ports.announce();
      try {
        await attempt();
      } finally {
        running = null;
        ports.announce();
      }
      return status();
    })();
    return running;
  };

  return {
    status,
    run,
    async configure(enabled, frequency) {
      if (enabled && !(await ports.permitted())) return { ok: false, error: NOT_PERMITTED };
      const s = await updateBackupSettings(db, (old) => ({ ...old, enabled, frequency }));
      await reschedule(s);
      if (!enabled) await ports.release().catch(() => undefined);
      ports.announce();
      return { ok: true, data: await status() };
    },
    async onAlarm(name) {
      if (name !== BACKUP_ALARM) return;
      const s = await readBackupSettings(db);
      if (!s.enabled) return ports.unschedule();
      await run();
    },
    async start() {
      const s = await readBackupSettings(db);
      if (!s.enabled) return ports.unschedule();
      if (!(await ports.permitted())) {
        return record({ at: deps.now(), ok: false, count: 0, error: NOT_PERMITTED }, true);
      }
      if ((await ports.nextAt()) === null) await reschedule(s);
    },
  };
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
