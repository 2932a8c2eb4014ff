import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Annotator } from '@/entrypoints/annotator/annotator';
import { runCommand } from '@/entrypoints/annotator/commands';
import { closeEditor, isEditorOpen } from '@/entrypoints/annotator/editor-frame';
import { createToolbar } from '@/entrypoints/annotator/toolbar';
import { uiHost } from '@/entrypoints/annotator/ui-host';
import { CROSSING_PROBLEM, selectionCrosses } from '@/utils/highlight/selection-checks';
import type { Lifetime } from '@/utils/lifetime';
import { ANNOTATOR_KEY, type AnnotatorApi } from '@/utils/messaging/annotator-api';

/** Builds the annotator for the content script's lifetime. */
function createAnnotatorApi(lifetime: Lifetime): AnnotatorApi {
  const annotator = new Annotator(lifetime);
  const toolbar = createToolbar((action, range) => {
    void annotator.create(range, { openEditor: action === 'annotate' }).then((r) => {
      if (!r.ok) uiHost(document).toast(r.error);
    });
  });
  lifetime.onInvalidated(() => {
    annotator.dispose();
    toolbar.hide();
    closeEditor();
  });
  return {
    show: (pageUrl, annotations) => annotator.show(pageUrl, annotations),
    run: (command) => runCommand(annotator, command),
    pointerUp(info) {
      if (info.inOwnUi) return;
      if (info.key === 'Escape') return toolbar.hide();
      // A selection from the page into a component (or out of one) can't be one Range: say so instead of offering it.
      if (selectionCrosses(document.getSelection())) {
        toolbar.hide();
        uiHost(document).toast(CROSSING_PROBLEM);
        return;
      }
      const shown = toolbar.update();
      if (!shown && info.mouse) {
        if (isEditorOpen()) closeEditor();
        annotator.clickAt(info.x, info.y);
      }
    },
  };
}

/**
 * The annotator half of the content script, loaded by entrypoints/content-lite only when the page has annotations or the
 * reader selects text. It runs in the content script's isolated world and registers its factory there.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<symbol, unknown>)[ANNOTATOR_KEY] = createAnnotatorApi;
});
