import { createHandler, type Sender } from '@/entrypoints/background/handlers';
import { QuotemarkDB } from '@/utils/db/schema';

export const EXT = 'ext-id';
export const ORIGIN = 'chrome-extension://ext-id/';

/** A content script's sender on `url` (tab 3). */
export const tabSender = (url: string): Sender => ({ id: EXT, url, tab: { id: 3, url } });
/** One of our own extension pages as sender. */
export const ownPageSender = (file = 'popup.html'): Sender => ({ id: EXT, url: `${ORIGIN}${file}` });

export interface HandlerHarness {
  db: QuotemarkDB;
  handle: ReturnType<typeof createHandler>;
  /** Page URLs the handler reported as changed, in order. */
  notified: string[];
}

/** The background's handler over a fresh fake-indexeddb database; call `db.delete()` after the test. */
export function makeHandler(now: () => number = () => 1000): HandlerHarness {
  const db = new QuotemarkDB(`test-${crypto.randomUUID()}`);
  const notified: string[] = [];
  const handle = createHandler({
    db,
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    now,
    notifyPage: (url) => notified.push(url),
    closeEditor: () => undefined,
  });
  return { db, handle, notified };
}
