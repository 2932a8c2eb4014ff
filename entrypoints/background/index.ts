import { browser } from 'wxt/browser';
import { createBackup } from '@/entrypoints/background/backup';
import { browserBackupPorts } from '@/entrypoints/background/backup-ports';
import { createHandler } from '@/entrypoints/background/handlers';
import { QuotemarkDB } from '@/utils/db/schema';
import { listen } from '@/utils/messaging/client';
import type { ChangedBroadcast, TabCommand } from '@/utils/messaging/protocol';

const MENU_ID = 'highlight-selection';

/** Wiring only: open the database, route messages, register the context menu and keyboard command. */
export default defineBackground(() => {
  const db = new QuotemarkDB();
  // Commands go to the top frame unless a frame is named; 'all' reaches every frame (each frame is a page of its own).
  const tell = (tabId: number, command: TabCommand, frameId: number | 'all' = 0) =>
    browser.tabs.sendMessage(tabId, command, frameId === 'all' ? {} : { frameId }).catch(() => undefined);

  // Automatic backup: the alarm listener is registered at once, so an alarm wakes the worker into a running backup.
  const backup = createBackup({ db, now: Date.now, ports: browserBackupPorts(db) });
  browser.alarms.onAlarm.addListener((alarm) => void backup.onAlarm(alarm.name));
  void backup.start();

  const handle = createHandler({
    db,
    backup,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    now: Date.now,
    notifyPage: (pageUrl, tabsToo = true) => {
      const changed: ChangedBroadcast = { type: 'changed', pageUrl };
      browser.runtime.sendMessage(changed).catch(() => undefined);
      if (!tabsToo) return;
      void browser.tabs.query({}).then((tabs) => {
        for (const tab of tabs) if (tab.id !== undefined) void tell(tab.id, { type: 'tab.refresh', pageUrl }, 'all');
      });
    },
    closeEditor: (tabId) => void tell(tabId, { type: 'tab.closeEditor' }, 'all'),
  });
  listen((message, sender) => handle(message, sender));

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Highlight selection', contexts: ['selection'] });
    requestPersistence();
  });
  browser.runtime.onStartup.addListener(requestPersistence);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) {
      void tell(tab.id, { type: 'tab.highlightSelection' }, info.frameId ?? 0);
    }
  });
  browser.commands.onCommand.addListener((command, tab) => {
    // The frame holding the focus acts (its selection is the one the reader sees); the others stay silent.
    if (command === MENU_ID && tab?.id !== undefined) {
      void tell(tab.id, { type: 'tab.highlightSelection', focusedFrame: true }, 'all');
    }
    if (command === 'open-reader' && tab?.id !== undefined) {
      void browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?tab=${tab.id}`) });
    }
  });
});

/**
 * Asks the browser to keep our storage through storage pressure. Firefox's background page has `persist()`; Chrome's
 * service worker does not (it is Window-only there), so the popup asks too (components/StorageStatus.tsx).
 */
function requestPersistence(): void {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (typeof storage?.persist === 'function') void storage.persist().catch(() => false);
}
