import { Annotator } from '@/entrypoints/content/annotator';
import { fromUs, runCommand } from '@/entrypoints/content/commands';
import { closeEditor, isInEditor } from '@/entrypoints/content/editor-frame';
import { watchSelection } from '@/entrypoints/content/toolbar';
import { uiHost } from '@/entrypoints/content/ui-host';
import { listen } from '@/utils/messaging/client';
import type { TabCommand } from '@/utils/messaging/protocol';

/**
 * Runs on every page. With no annotations it makes one message round trip and waits: no DOM changes, no observers.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    const annotator = new Annotator(ctx);
    const stop = listen((message, sender) =>
      fromUs(sender) && message && typeof message === 'object' && 'type' in message
        ? runCommand(annotator, message as TabCommand)
        : undefined,
    );
    ctx.onInvalidated(() => {
      stop();
      annotator.dispose();
      closeEditor();
    });
    watchSelection(
      ctx,
      (action, range) =>
        void annotator.create(range, { openEditor: action === 'annotate' }).then((r) => {
          if (!r.ok) uiHost(document).toast(r.error);
        }),
      (event) => {
        if (!isInEditor(event)) annotator.clickAt(event);
      },
    );
    // The Navigation API reports a client-side navigation before `location` changes: load on the next task.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => void annotator.load(), 0));
    void annotator.load();
  },
});
