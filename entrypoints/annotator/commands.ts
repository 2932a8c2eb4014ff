import type { Annotator } from '@/entrypoints/annotator/annotator';
import { closeEditor } from '@/entrypoints/annotator/editor-frame';
import { anchorSelectors } from '@/utils/anchoring';
import type { Result, TabCommand, TabResponses } from '@/utils/messaging/protocol';

/**
 * Answers the commands that need the annotator (the content script answers tab.info, tab.snapshot and tab.refresh
 * itself). Only messages from our own extension reach here; unknown types are answered with an error.
 */
export async function runCommand(
  annotator: Annotator,
  command: TabCommand,
): Promise<Result<TabResponses[TabCommand['type']]>> {
  switch (command.type) {
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
    case 'tab.closeEditor':
      closeEditor();
      return { ok: true, data: null };
    default:
      return { ok: false, error: 'unknown command' };
  }
}
