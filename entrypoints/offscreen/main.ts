import { browser } from 'wxt/browser';
import { backupBlob } from '@/utils/backup/blob-file';
import { QuotemarkDB } from '@/utils/db/schema';
import { parseOffscreenRequest } from '@/utils/messaging/schema';

/**
 * Chrome's offscreen document for automatic backup (Chrome only): the service worker can't make blob URLs, so it opens
 * this page, which reads the database, builds the JSON export and answers with a blob URL for downloads.download.
 * The worker closes the page when the download is done, which frees the blob. Answers only our own worker.
 */
const db = new QuotemarkDB();
const workerUrl = browser.runtime.getURL('/background.js');

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
  const request = parseOffscreenRequest(message);
  if (!request || sender.id !== browser.runtime.id || sender.url !== workerUrl) return false;
  backupBlob(db, request.now).then(
    (data) => sendResponse({ ok: true, data }),
    (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
  return true;
});
