import { browser } from 'wxt/browser';
import type { BackupPorts, DownloadResult, PreparedFile } from '@/entrypoints/background/backup';
import { type BackupBlob, backupBlob } from '@/utils/backup/blob-file';
import { BACKUP_ALARM, BACKUP_PERMISSION } from '@/utils/backup/schedule';
import type { QuotemarkDB } from '@/utils/db/schema';
import type { BackupBroadcast } from '@/utils/messaging/protocol';
import type { OffscreenRequest } from '@/utils/messaging/schema';

const PERMISSION = { permissions: [BACKUP_PERMISSION] };
/** A download still running after this long is reported as failed (it may still finish; the next run will tell). */
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;
/** While a download runs, its state is also polled: each call keeps Chrome's service worker alive. */
const POLL_MS = 2_000;

/** The browser's side of the backup: permission, alarm, building the file (here or in an offscreen document), download. */
export function browserBackupPorts(db: QuotemarkDB): BackupPorts {
  return {
    permitted: () => browser.permissions.contains(PERMISSION).catch(() => false),
    release: async () => {
      await browser.permissions.remove(PERMISSION);
    },
    schedule: async (when, periodInMinutes) => {
      await browser.alarms.create(BACKUP_ALARM, { when, periodInMinutes });
    },
    unschedule: async () => {
      await browser.alarms.clear(BACKUP_ALARM);
    },
    nextAt: async () => (await browser.alarms.get(BACKUP_ALARM))?.scheduledTime ?? null,
    prepare: (now) => (typeof URL.createObjectURL === 'function' ? prepareHere(db, now) : prepareOffscreen(now)),
    download,
    announce: () => {
      const message: BackupBroadcast = { type: 'backup.changed' };
      browser.runtime.sendMessage(message).catch(() => undefined);
    },
  };
}

/** Firefox's background page is a window: build the blob right here. */
async function prepareHere(db: QuotemarkDB, now: number): Promise<PreparedFile> {
  const file = await backupBlob(db, now);
  return { ...file, dispose: async () => URL.revokeObjectURL(file.url) };
}

const OFFSCREEN_URL = '/offscreen.html';

/**
 * Chrome's service worker has no `URL.createObjectURL` (and a data: URL of 40 MB took 20 s to save, against 0.2 s for
 * a blob URL): an offscreen document reads the database and makes the blob; closing it frees the blob.
 */
async function prepareOffscreen(now: number): Promise<PreparedFile> {
  const offscreen = browser.offscreen;
  if (!offscreen) throw new Error('this browser has no offscreen documents');
  if (!(await offscreen.hasDocument())) {
    await offscreen.createDocument({
      url: OFFSCREEN_URL,
      reasons: ['BLOBS'],
      justification: 'Saves the automatic backup of your notes as a file.',
    });
  }
  const request: OffscreenRequest = { type: 'offscreen.backup', target: 'offscreen', now };
  const answer = (await browser.runtime.sendMessage(request)) as
    | { ok: true; data: BackupBlob }
    | { ok: false; error: string }
    | undefined;
  if (!answer?.ok) {
    await offscreen.closeDocument().catch(() => undefined);
    throw new Error(answer?.error ?? 'the offscreen document did not answer');
  }
  return { ...answer.data, dispose: () => offscreen.closeDocument().catch(() => undefined) };
}

/** Starts the download and waits until it is complete or interrupted (event, or a poll that keeps the worker up). */
async function download(url: string, filename: string): Promise<DownloadResult> {
  const id = await browser.downloads.download({ url, filename, conflictAction: 'uniquify', saveAs: false });
  return new Promise((resolve) => {
    const started = Date.now();
    const check = async () => {
      const [item] = await browser.downloads.search({ id }).catch(() => []);
      if (item?.state === 'complete') finish({ ok: true, path: item.filename });
      else if (!item || item.state === 'interrupted') finish({ ok: false, reason: item?.error ?? 'gone' });
      else if (Date.now() - started > DOWNLOAD_TIMEOUT_MS) finish({ ok: false, reason: 'timed out' });
    };
    const onChanged = (delta: { id: number; state?: { current?: string } }) => {
      if (delta.id === id && delta.state?.current && delta.state.current !== 'in_progress') void check();
    };
    const timer = setInterval(() => void check(), POLL_MS);
    const finish = (r: DownloadResult) => {
      clearInterval(timer);
      browser.downloads.onChanged.removeListener(onChanged);
      resolve(r);
    };
    browser.downloads.onChanged.addListener(onChanged);
    void check();
  });
}
