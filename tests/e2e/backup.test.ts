import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toWebAnnotationJson } from '@/utils/export';
import {
  type BrowserUi,
  connectBrowserUi,
  freePort,
  startXDisplay,
  toScreen,
  type XDisplay,
} from '../../scripts/lib/x-display.mjs';
import { NOW, PAGE_A, PAGE_B, RICH } from '../unit/export/fixtures';
import { dbSnapshot } from './records';
import { type ExtensionBrowser, launchWithExtension } from './setup';

// Automatic backup, end to end: the downloads permission is optional, the switch asks for it, the alarm follows the
// setting, "Back up now" and the alarm write files into the downloads folder, and a wiped database comes back whole
// through the notes page's Import.
//
// The permission prompt is Chromium's own dialog, so this file runs a headed Chromium on a virtual X display and
// answers it as a reader would, with real X input: a click on "Allow", or Escape to refuse. The dialog is drawn inside
// the browser's X window (xdotool can't find it), so its buttons — their text, whether "Allow" is enabled yet (Chromium
// enables it half a second after showing it), where they are on screen — are read from Chromium's UI DevTools.

/** The extension APIs the tests evaluate in the service worker (typed here, run there). */
declare const chrome: {
  alarms: {
    get(name: string): Promise<{ periodInMinutes?: number; scheduledTime: number } | undefined>;
    create(name: string, info: { when: number }): Promise<void>;
  };
  permissions: { contains(p: { permissions: string[] }): Promise<boolean> };
  runtime: { getManifest(): { permissions?: string[]; optional_permissions?: string[] } };
};

const SEED = toWebAnnotationJson(RICH, [PAGE_A, PAGE_B], { now: NOW });
const ALARM = 'quotemark-backup';
/** How long a step may take on a busy machine (a poll ends as soon as its condition holds). */
const SOON = { timeout: 15_000 };

/** Empties the notes (annotations, pages, reader snapshots) as a wiped profile would have them. */
async function wipe(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('quotemark');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const tx = db.transaction(['annotations', 'pages', 'snapshots'], 'readwrite');
    for (const name of ['annotations', 'pages', 'snapshots']) tx.objectStore(name).clear();
    await new Promise((ok, fail) => {
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  });
}

const alarm = (b: ExtensionBrowser) =>
  b.context
    .serviceWorkers()[0]
    .evaluate(
      (name) => chrome.alarms.get(name).then((a) => (a ? { period: a.periodInMinutes, at: a.scheduledTime } : null)),
      ALARM,
    );
const hasDownloads = (b: ExtensionBrowser) =>
  b.context.serviceWorkers()[0].evaluate(() => chrome.permissions.contains({ permissions: ['downloads'] }));
const backupSwitch = (notes: Page) => notes.getByRole('switch', { name: 'Automatic backup' });
const summary = (notes: Page) => notes.locator('#summary').innerText();
const backupFiles = (dir: string) =>
  existsSync(join(dir, 'Quotemark backups')) ? readdirSync(join(dir, 'Quotemark backups')).sort() : [];

async function openNotes(b: ExtensionBrowser): Promise<Page> {
  const notes = await b.context.newPage();
  await notes.goto(`chrome-extension://${b.extensionId}/notes.html`);
  await notes.getByRole('heading', { name: 'Backup' }).waitFor();
  return notes;
}

describe('automatic backup', () => {
  const profileDir = mkdtempSync(join(tmpdir(), 'quotemark-backup-profile-'));
  const downloads = mkdtempSync(join(tmpdir(), 'quotemark-backup-downloads-'));
  let x: XDisplay | undefined;
  let ui: BrowserUi | undefined;
  let b: ExtensionBrowser;
  let notes: Page;
  beforeAll(async () => {
    // The reader's download settings: a folder of our own, files saved under their own names without asking where.
    mkdirSync(join(profileDir, 'Default'));
    writeFileSync(
      join(profileDir, 'Default', 'Preferences'),
      JSON.stringify({ download: { default_directory: downloads, prompt_for_download: false } }),
    );
    x = await startXDisplay();
    const port = await freePort();
    b = await launchWithExtension({ profileDir, display: x.display, args: [`--enable-ui-devtools=${port}`] });
    ui = await connectBrowserUi(port);
    notes = await openNotes(b);
    // Playwright routes downloads to its own folder under random names; give them back to the browser's settings.
    await (await b.context.newCDPSession(notes)).send('Browser.setDownloadBehavior', { behavior: 'default' });
  });
  afterAll(async () => {
    ui?.close();
    await b?.close({ keepProfile: false });
    await x?.close();
    rmSync(downloads, { recursive: true, force: true });
    rmSync(profileDir, { recursive: true, force: true });
  });

  /** Clicks the "Automatic backup" switch with the real mouse. */
  async function clickSwitch() {
    await notes.bringToFront();
    await backupSwitch(notes).scrollIntoViewIfNeeded();
    const r = (await backupSwitch(notes).boundingBox())!;
    const at = await toScreen(notes, r.x + r.width / 2, r.y + r.height / 2);
    x!.xdotool('mousemove', at.x, at.y);
    x!.xdotool('click', 1);
  }

  /** The buttons of Chromium's extension permission dialog (none while it is closed). */
  const promptButtons = () => ui!.buttons('ExtensionInstallDialogView');
  const promptButton = async (text: string) => (await promptButtons()).find((button) => button.text === text);

  /** Waits for the permission dialog to be up and answerable ("Allow" enabled), answers it, waits for it to close. */
  async function answerPrompt(answer: 'Allow' | 'Escape') {
    await expect.poll(() => promptButton('Allow').then((a) => a?.enabled), SOON).toBe(true);
    expect((await promptButtons()).map((button) => button.text).sort()).toEqual(['Allow', 'Deny']);
    if (answer === 'Escape') x!.xdotool('key', 'Escape');
    else {
      const allow = (await promptButton('Allow'))!;
      x!.xdotool('mousemove', Math.round(allow.x + allow.width / 2), Math.round(allow.y + allow.height / 2));
      // Chromium itself says the pointer is on "Allow" before it is pressed.
      await expect.poll(() => promptButton('Allow').then((a) => a?.hovered), SOON).toBe(true);
      x!.xdotool('click', 1);
    }
    await expect.poll(() => promptButtons().then((list) => list.length), SOON).toBe(0);
  }

  it('needs no downloads permission at install; the switch asks, and a refusal leaves backup off', async () => {
    const manifest = await b.sw.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions).not.toContain('downloads');
    expect(manifest.optional_permissions).toEqual(['downloads']);
    expect(await hasDownloads(b)).toBe(false);

    await expect.poll(() => notes.locator('#backup-last').innerText(), SOON).toBe('No backup yet.');
    expect(await backupSwitch(notes).isChecked()).toBe(false);
    expect(await notes.getByRole('button', { name: 'Back up now' }).isDisabled()).toBe(true);
    expect(await promptButtons()).toEqual([]);
    await clickSwitch();
    // While the browser's dialog waits for an answer: nothing granted, nothing scheduled.
    await notes.getByText('Waiting for your answer: allow Quotemark to save files').waitFor();
    await expect.poll(() => promptButtons().then((list) => list.length), SOON).toBe(2);
    expect(await backupSwitch(notes).isChecked()).toBe(false);
    expect(await hasDownloads(b)).toBe(false);
    expect(await alarm(b)).toBeNull();

    await answerPrompt('Escape');
    await notes
      .getByRole('alert')
      .filter({ hasText: 'Automatic backup stays off: Quotemark was not allowed to save files.' })
      .waitFor();
    expect(await backupSwitch(notes).isChecked()).toBe(false);
    expect(await hasDownloads(b)).toBe(false);
    expect(await alarm(b)).toBeNull();
    expect(await notes.getByRole('button', { name: 'Back up now' }).isDisabled()).toBe(true);
  });

  it('turns on through the dialog, schedules the alarm, and backs up on demand and on the alarm', async () => {
    await notes.getByLabel('Import', { exact: true }).setInputFiles({
      name: 'seed.json',
      mimeType: 'application/json',
      buffer: Buffer.from(SEED),
    });
    await notes.getByRole('button', { name: `Import ${RICH.length} annotations` }).click();
    await notes.getByText(`Imported ${RICH.length} annotations: ${RICH.length} new, 0 updated.`).waitFor();
    await notes.getByRole('button', { name: 'Close' }).click();

    await clickSwitch();
    await answerPrompt('Allow');
    await expect.poll(() => backupSwitch(notes).isChecked(), SOON).toBe(true);
    expect(await hasDownloads(b)).toBe(true);
    await expect.poll(() => alarm(b).then((a) => a?.period), SOON).toBe(24 * 60);
    await notes.getByRole('combobox', { name: 'Frequency' }).selectOption('weekly');
    await expect.poll(() => alarm(b).then((a) => a?.period), SOON).toBe(7 * 24 * 60);
    await notes.getByText(/^Next backup: /).waitFor();

    await notes.getByRole('button', { name: 'Back up now' }).click();
    const last = notes.locator('#backup-last');
    await expect
      .poll(() => last.innerText(), { timeout: 60_000 })
      .toMatch(/^Last backup: .* — 12 annotations saved to /);
    // A download still being written has a temporary name: wait for the finished file.
    await expect
      .poll(() => backupFiles(downloads), { timeout: 60_000 })
      .toEqual([expect.stringMatching(/^quotemark-backup-\d{4}-\d{2}-\d{2}\.json$/)]);
    const [first] = backupFiles(downloads);
    expect(await last.innerText()).toContain(join(downloads, 'Quotemark backups', first));
    const doc = JSON.parse(readFileSync(join(downloads, 'Quotemark backups', first), 'utf8'));
    expect(doc.total).toBe(RICH.length);
    // After a success the next run is a full period away.
    const next = (await alarm(b))!;
    expect(next.at - Date.now()).toBeGreaterThan(7 * 24 * 3600_000 - 5 * 60_000);

    // The alarm itself runs a backup (fired now instead of in a week), then puts the weekly schedule back.
    await b.sw.evaluate((name) => chrome.alarms.create(name, { when: Date.now() }), ALARM);
    await expect
      .poll(() => backupFiles(downloads), { timeout: 60_000 })
      .toEqual([first, first.replace('.json', ' (1).json')].sort());
    await expect.poll(() => alarm(b).then((a) => a?.period), SOON).toBe(7 * 24 * 60);
  });

  it('restores a wiped database from the backup file through Import', async () => {
    const before = await dbSnapshot(notes);
    expect(before.annotations).toHaveLength(RICH.length);
    await wipe(notes);
    await notes.reload();
    await expect.poll(() => summary(notes), SOON).toBe('0 annotations in 0 articles');

    const first = backupFiles(downloads).find((name) => !name.includes('('))!;
    await notes.getByLabel('Import', { exact: true }).setInputFiles(join(downloads, 'Quotemark backups', first));
    await notes.getByRole('button', { name: `Import ${RICH.length} annotations` }).click();
    await notes.getByText(`Imported ${RICH.length} annotations: ${RICH.length} new, 0 updated.`).waitFor();
    await expect.poll(() => summary(notes), SOON).toBe(`${RICH.length} annotations in 2 articles`);
    const byKey = <T>(list: T[], key: (t: T) => string) => [...list].sort((x, y) => (key(x) < key(y) ? -1 : 1));
    const after = await dbSnapshot(notes);
    expect(byKey(after.annotations, (a) => a.id)).toEqual(byKey(before.annotations, (a) => a.id));
    expect(byKey(after.pages, (p) => p.url)).toEqual(byKey(before.pages, (p) => p.url));
  });

  it('turns off: the alarm is removed and the permission given back', async () => {
    await expect.poll(() => backupSwitch(notes).isChecked(), SOON).toBe(true);
    await clickSwitch();
    await expect.poll(() => backupSwitch(notes).isChecked(), SOON).toBe(false);
    await expect.poll(() => alarm(b), SOON).toBeNull();
    expect(await hasDownloads(b)).toBe(false);
    expect(await notes.getByRole('button', { name: 'Back up now' }).isDisabled()).toBe(true);
    expect(await promptButtons()).toEqual([]); // giving a permission back asks nothing
  });
});
