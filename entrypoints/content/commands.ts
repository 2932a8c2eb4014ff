import { browser } from 'wxt/browser';
import type { Annotator } from '@/entrypoints/content/annotator';
import { closeEditor } from '@/entrypoints/content/editor-frame';
import { anchorSelectors } from '@/utils/anchoring';
import type { Result, TabCommand, TabResponses } from '@/utils/messaging/protocol';

/**
 * Answers the commands that the background, the popup and the notes page send to this tab. Only messages from our own
 * extension reach here (runtime.onMessage never delivers a page's messages); unknown shapes are ignored.
 */
export async function runCommand(
  annotator: Annotator,
  command: TabCommand,
): Promise<Result<TabResponses[TabCommand['type']]>> {
  switch (command.type) {
    case 'tab.info':
      return {
        ok: true,
        data: { pageUrl: annotator.pageUrl, url: location.href, selection: String(document.getSelection() ?? '') },
      };
    case 'tab.snapshot':
      return {
        ok: true,
        data: {
          html: document.documentElement.outerHTML,
          url: location.href,
          selection: String(document.getSelection() ?? ''),
        },
      };
    case 'tab.highlightSelection':
      return annotator.createFromSelection({
        ...(command.kind ? { kind: command.kind } : {}),
        openEditor: !!command.openEditor,
      });
    case 'tab.highlightText': {
      const found = anchorSelectors(annotator.root(), [
        {
          type: 'TextQuoteSelector',
          exact: command.exact,
          ...(command.prefix ? { prefix: command.prefix } : {}),
          ...(command.suffix ? { suffix: command.suffix } : {}),
        },
      ]);
      const result = await found;
      if (!result.range || result.status === 'orphan') {
        return { ok: false, error: 'That passage was not found on the page.' };
      }
      return annotator.create(result.range, { kind: command.kind, speaker: command.speaker ?? null });
    }
    case 'tab.scrollTo':
      return annotator.scrollTo(command.id)
        ? { ok: true, data: true }
        : { ok: false, error: 'That annotation is not on the page right now.' };
    case 'tab.refresh':
      if (command.pageUrl === annotator.pageUrl) await annotator.load();
      return { ok: true, data: null };
    case 'tab.closeEditor':
      closeEditor();
      return { ok: true, data: null };
    default:
      return { ok: false, error: 'unknown command' };
  }
}

/** True for messages sent by this extension (the background or one of its pages). */
export const fromUs = (sender: { id?: string }): boolean => sender.id === browser.runtime.id;
