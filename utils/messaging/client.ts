import { type Browser, browser } from 'wxt/browser';
import type { RequestOf, Responses, Result, TabCommand, TabResponses } from '@/utils/messaging/protocol';
import type { Request } from '@/utils/messaging/schema';

function failure(e: unknown): { ok: false; error: string } {
  return { ok: false, error: e instanceof Error ? e.message : String(e) };
}

/**
 * The message never reached a listener: the background is (re)starting, e.g. Chrome stopped its service worker and the
 * new one has not registered its listener yet. Safe to send again — nothing was done. (A port closed *after* delivery
 * is not retried: the background may have acted on it.)
 */
const NOT_DELIVERED = /Receiving end does not exist|Could not establish connection/i;
/** Waits before each retry of an undelivered message, in ms: a worker start takes tens to hundreds of ms. */
export const RETRY_DELAYS = [50, 200, 500, 1000];

/** Sends a request to the background; never throws (a dead or missing background comes back as `ok: false`). */
export async function send<T extends Request['type']>(request: RequestOf<T>): Promise<Result<Responses[T]>> {
  for (let attempt = 0; ; attempt++) {
    try {
      const answer = (await browser.runtime.sendMessage(request)) as Result<Responses[T]> | undefined;
      return answer ?? { ok: false, error: 'the extension did not answer' };
    } catch (e) {
      if (attempt >= RETRY_DELAYS.length || !NOT_DELIVERED.test(failure(e).error)) return failure(e);
      await new Promise((ok) => setTimeout(ok, RETRY_DELAYS[attempt]));
    }
  }
}

/** Sends a command to a tab's content script (top frame); never throws. */
export async function sendToTab<T extends TabCommand['type']>(
  tabId: number,
  command: Extract<TabCommand, { type: T }>,
): Promise<Result<TabResponses[T]>> {
  try {
    const answer = (await browser.tabs.sendMessage(tabId, command, { frameId: 0 })) as
      | Result<TabResponses[T]>
      | undefined;
    return answer ?? { ok: false, error: 'the page did not answer' };
  } catch (e) {
    return failure(e);
  }
}

/**
 * Wires an async handler to runtime.onMessage with the callback form (works in every browser we target) and turns a
 * thrown error into `{ ok: false }` data.
 */
export function listen(
  handler: (message: unknown, sender: Browser.runtime.MessageSender) => Promise<Result<unknown>> | undefined,
): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (r: unknown) => void,
  ): boolean => {
    const answer = handler(message, sender);
    if (!answer) return false;
    answer.then(sendResponse, (e) => sendResponse(failure(e)));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
