import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readUrlHints } from '@/utils/extract/url-hints';
import { createLifetime, type Lifetime, onUrlChange } from '@/utils/lifetime';
import { ANNOTATOR_KEY, type AnnotatorApi, type PointerInfo, UI_TAG } from '@/utils/messaging/annotator-api';
import { listen, send } from '@/utils/messaging/client';
import type { Result, TabCommand } from '@/utils/messaging/protocol';
import { holdsKeyboardFocus, type Presence, presenceIn } from '@/utils/page-kind';

/** Loads the annotator half (anchoring, painting, toolbar, editor) into this isolated world. */
async function loadAnnotator(lifetime: Lifetime): Promise<AnnotatorApi> {
  await import(/* @vite-ignore */ browser.runtime.getURL('/annotator.js'));
  const factory = (globalThis as Record<symbol, unknown>)[ANNOTATOR_KEY] as (l: Lifetime) => AnnotatorApi;
  return factory(lifetime);
}

const selectionText = () => String(document.getSelection() ?? '');

/**
 * Runs on every page and stays tiny: one message round trip to learn the page's annotations, a mouse-up listener, and
 * a message listener. Everything else (entrypoints/annotator) loads only when the page has annotations or the reader
 * selects text — a page with neither is left exactly as it was.
 * In every frame too: a frame is a page of its own (its annotations are stored under its own URL). Frames too small
 * or empty to read in, and frames that aren't HTML, get nothing; a top-level SVG or XML document only answers the
 * popup, so it can say the page is not supported (utils/page-kind.ts).
 */
export default defineUnlistedScript(() => {
  const presence = presenceIn(document, window);
  if (presence !== 'none') return start(presence);
  // A frame may not know its size yet (an out-of-process frame learns it from the embedding page a moment later, later
  // still on a busy machine), or may be grown later: look again when it is resized. Costs nothing until then.
  const again = () => {
    const now = presenceIn(document, window);
    if (now === 'none') return;
    removeEventListener('resize', again);
    start(now);
  };
  if (window.top !== window) addEventListener('resize', again);
});

/** Everything the script does in a document it is present in (`presence` is 'annotate' or 'answer'). */
function start(presence: Presence): void {
  const lifetime = createLifetime(() => !!browser.runtime?.id);
  let pageUrl: string | null = null;
  let annotator: Promise<AnnotatorApi> | null = null;
  const full = () => {
    annotator ??= loadAnnotator(lifetime);
    return annotator;
  };

  const load = async () => {
    const r = await send({ type: 'page.load', url: location.href, hints: readUrlHints(document) });
    if (!r.ok || !lifetime.isValid) return;
    pageUrl = r.data.pageUrl;
    if (r.data.annotations.length > 0 || annotator) (await full()).show(r.data.pageUrl, r.data.annotations);
  };

  const answer = async (command: TabCommand): Promise<Result<unknown>> => {
    switch (command.type) {
      case 'tab.info': {
        const { contentType } = document;
        const data = { pageUrl, url: location.href, selection: selectionText(), contentType };
        return { ok: true, data: { ...data, annotatable: presence === 'annotate' } };
      }
      case 'tab.snapshot':
        return {
          ok: true,
          data: { html: document.documentElement.outerHTML, url: location.href, selection: selectionText() },
        };
      case 'tab.refresh':
        if (command.pageUrl === pageUrl) await load();
        return { ok: true, data: null };
      case 'tab.closeEditor':
        // Sent to every frame of the tab: only a frame that loaded the annotator can have an editor open.
        return annotator ? (await annotator).run(command) : { ok: true, data: null };
      default:
        if (presence !== 'annotate') return { ok: false, error: 'Quotemark can’t work on this page.' };
        return (await full()).run(command);
    }
  };
  // A frame that does not act stays silent, so the tab's answer is the acting frame's.
  const forOthers = (command: TabCommand) =>
    command.type === 'tab.highlightSelection' &&
    command.focusedFrame &&
    !holdsKeyboardFocus(document, window.top === window);
  const stop = listen((message, sender) =>
    lifetime.isValid &&
    sender.id === browser.runtime.id &&
    message &&
    typeof message === 'object' &&
    'type' in message &&
    !forOthers(message as TabCommand)
      ? answer(message as TabCommand)
      : undefined,
  );
  lifetime.onInvalidated(stop);

  // Read the event now (its composed path is gone once dispatch ends); load the annotator only for a selection.
  // A click on a page with no notes and no selection stops at the first line.
  const up = (event: MouseEvent | KeyboardEvent) => {
    if (!lifetime.isValid || !(annotator || selectionText().trim())) return;
    const info: PointerInfo = {
      mouse: event instanceof MouseEvent,
      x: event instanceof MouseEvent ? event.clientX : 0,
      y: event instanceof MouseEvent ? event.clientY : 0,
      inOwnUi: event.composedPath().some((n) => (n as Element).localName === UI_TAG),
      ...(event instanceof KeyboardEvent ? { key: event.key } : {}),
    };
    void full().then((a) => a.pointerUp(info));
  };
  if (presence !== 'annotate') return;
  const keyUp = (e: KeyboardEvent) => {
    if (e.shiftKey || e.key === 'Shift' || e.key === 'Escape') up(e);
  };
  document.addEventListener('mouseup', up);
  document.addEventListener('keyup', keyUp);
  lifetime.onInvalidated(() => {
    document.removeEventListener('mouseup', up);
    document.removeEventListener('keyup', keyUp);
  });
  onUrlChange(lifetime, () => void load());
  void load();
}
