import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BackupPorts, createBackup, type DownloadResult } from '@/entrypoints/background/backup';
import { createHandler } from '@/entrypoints/background/handlers';
import { BACKUP_ALARM, FIRST_DELAY_MS, RETRY_MS } from '@/utils/backup/schedule';
import { QuotemarkDB } from '@/utils/db/schema';
import { readBackupSettings } from '@/utils/db/settings';
import { parseOffscreenRequest } from '@/utils/messaging/schema';
import { make } from '../export/fixtures';

const DAY = 24 * 3600_000;

/** The browser as the backup sees it, in memory: a permission flag, one alarm, a downloads folder. */
class FakeBrowser implements BackupPorts {
  granted = false;
  alarm: { when: number; period: number } | null = null;
  files: string[] = [];
  prepared = 0;
  disposed = 0;
  nextDownload: DownloadResult | null = null;
  constructor(private readonly db: QuotemarkDB) {}
  permitted = async () => this.granted;
  release = async () => {
    this.granted = false;
  };
  schedule = async (when: number, period: number) => {
    this.alarm = { when, period };
  };
  unschedule = async () => {
    this.alarm = null;
  };
  nextAt = async () => this.alarm?.when ?? null;
  prepare = async (now: number) => {
    this.prepared++;
    const count = await this.db.annotations.count();
    return {
      url: `blob:${now}`,
      filename: `f-${now}.json`,
      count,
      bytes: count * 10,
      dispose: async () => void this.disposed++,
    };
  };
  download = async (_url: string, filename: string): Promise<DownloadResult> => {
    const r = this.nextDownload ?? { ok: true, path: `/downloads/${filename}` };
    if (r.ok) this.files.push(filename);
    return r;
  };
  announce = () => undefined;
}

let db: QuotemarkDB;
let fake: FakeBrowser;
let clock: number;
let backup: ReturnType<typeof createBackup>;
beforeEach(async () => {
  db = new QuotemarkDB(`backup-${crypto.randomUUID()}`);
  fake = new FakeBrowser(db);
  clock = Date.UTC(2026, 10, 28, 10);
  backup = createBackup({ db, now: () => clock, ports: fake });
  await db.annotations.bulkAdd([make({ id: 'a' }), make({ id: 'b' })]);
});
afterEach(() => db.delete());

describe('the background’s backup', () => {
  it('refuses to turn on without the downloads permission, and changes nothing', async () => {
    const r = await backup.configure(true, 'daily');
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/allow downloads/) });
    expect((await readBackupSettings(db)).enabled).toBe(false);
    expect(fake.alarm).toBeNull();
  });

  it('turns on with the permission: first run a minute later, then one period after each success', async () => {
    fake.granted = true;
    const r = await backup.configure(true, 'weekly');
    expect(r.ok && r.data.settings).toMatchObject({ enabled: true, frequency: 'weekly' });
    expect(fake.alarm).toEqual({ when: clock + FIRST_DELAY_MS, period: 7 * 24 * 60 });

    clock += FIRST_DELAY_MS;
    await backup.onAlarm(BACKUP_ALARM);
    expect(fake.files).toEqual([`f-${clock}.json`]);
    expect(fake.disposed).toBe(1);
    const s = await readBackupSettings(db);
    expect(s.last).toEqual({ at: clock, ok: true, count: 2, bytes: 20, filename: `/downloads/f-${clock}.json` });
    expect(s.lastSuccessAt).toBe(clock);
    expect(fake.alarm).toEqual({ when: clock + 7 * DAY, period: 7 * 24 * 60 });
  });

  it('records a full disk in plain words and retries an hour later, keeping the last success', async () => {
    fake.granted = true;
    await backup.configure(true, 'daily');
    await backup.run();
    const success = clock;
    clock += DAY;
    fake.nextDownload = { ok: false, reason: 'FILE_NO_SPACE' };
    const status = await backup.run();
    expect(status.settings.last).toEqual({
      at: clock,
      ok: false,
      count: 0,
      error: 'Not saved: the disk is full — free some space.',
    });
    expect(status.settings.lastSuccessAt).toBe(success);
    expect(fake.alarm?.when).toBe(clock + RETRY_MS);
    expect(fake.disposed).toBe(2);
  });

  it('turns itself off when the permission was withdrawn behind its back', async () => {
    fake.granted = true;
    await backup.configure(true, 'daily');
    fake.granted = false;
    await backup.onAlarm(BACKUP_ALARM);
    const s = await readBackupSettings(db);
    expect(s.enabled).toBe(false);
    expect(s.last).toMatchObject({ ok: false, error: expect.stringMatching(/may not save files/) });
    expect(fake.alarm).toBeNull();
    expect(fake.prepared).toBe(0);
  });

  it('turning off clears the alarm and gives the permission back; a stale alarm does nothing', async () => {
    fake.granted = true;
    await backup.configure(true, 'daily');
    await backup.configure(false, 'daily');
    expect(fake.alarm).toBeNull();
    expect(fake.granted).toBe(false);
    fake.alarm = { when: clock, period: 1440 };
    await backup.onAlarm(BACKUP_ALARM);
    expect(fake.alarm).toBeNull();
    expect(fake.prepared).toBe(0);
    await backup.onAlarm('some-other-alarm');
    expect(fake.prepared).toBe(0);
  });

  it('writes no file for an empty library', async () => {
    fake.granted = true;
    await db.annotations.clear();
    const status = await backup.run();
    expect(status.settings.last).toEqual({ at: clock, ok: true, count: 0, bytes: 0 });
    expect(fake.files).toEqual([]);
  });

  it('on a background start, puts back a missing alarm (browser restart) and keeps an existing one', async () => {
    fake.granted = true;
    await backup.configure(true, 'daily');
    fake.alarm = null;
    await backup.start();
    expect(fake.alarm).toEqual({ when: clock + FIRST_DELAY_MS, period: 1440 });
    fake.alarm = { when: clock + 5, period: 1440 };
    await backup.start();
    expect(fake.alarm).toEqual({ when: clock + 5, period: 1440 });
  });

  it('runs one backup at a time: a second press joins the first', async () => {
    fake.granted = true;
    const [a, b] = await Promise.all([backup.run(), backup.run()]);
    expect(a).toEqual(b);
    expect(fake.prepared).toBe(1);
  });
});

describe('backup messages', () => {
  const handler = () =>
    createHandler({
      db,
      backup,
      extensionId: 'ext',
      extensionOrigin: 'chrome-extension://ext/',
      now: () => clock,
      notifyPage: () => undefined,
      closeEditor: () => undefined,
    });
  const ownPage = { id: 'ext', url: 'chrome-extension://ext/notes.html' };

  it('are answered for our own pages only', async () => {
    fake.granted = true;
    const handle = handler();
    const content = { id: 'ext', url: 'https://evil.example/', tab: { id: 1, url: 'https://evil.example/' } };
    for (const m of [{ type: 'backup.configure', enabled: true, frequency: 'daily' }, { type: 'backup.run' }]) {
      expect(await handle(m, content)).toEqual({
        ok: false,
        error: `${m.type} is only allowed from Quotemark's own pages`,
      });
    }
    expect(await handle({ type: 'backup.get' }, { id: 'other-extension', url: ownPage.url })).toMatchObject({
      ok: false,
    });
    expect((await readBackupSettings(db)).enabled).toBe(false);
    expect(fake.prepared).toBe(0);

    const on = await handle({ type: 'backup.configure', enabled: true, frequency: 'weekly' }, ownPage);
    expect(on).toMatchObject({ ok: true, data: { settings: { enabled: true, frequency: 'weekly' }, permitted: true } });
    const ran = await handle({ type: 'backup.run' }, ownPage);
    expect(ran).toMatchObject({ ok: true, data: { settings: { last: { ok: true, count: 2 } } } });
  });

  it('reject malformed shapes', async () => {
    const handle = handler();
    for (const m of [
      { type: 'backup.configure', enabled: true, frequency: 'hourly' },
      { type: 'backup.configure', enabled: 'yes', frequency: 'daily' },
      { type: 'backup.configure', frequency: 'daily' },
    ]) {
      expect(await handle(m, ownPage)).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid message/) });
    }
    expect(fake.alarm).toBeNull();
  });
});

describe('the offscreen document’s one request', () => {
  it('is recognised only in its exact shape', () => {
    const good = { type: 'offscreen.backup', target: 'offscreen', now: 5 };
    expect(parseOffscreenRequest(good)).toEqual(good);
    for (const bad of [
      { type: 'changed', pageUrl: 'x' },
      { ...good, now: -1 },
      { ...good, now: 1.5 },
      { ...good, target: 'background' },
      null,
    ]) {
      expect(parseOffscreenRequest(bad)).toBeNull();
    }
  });
});
