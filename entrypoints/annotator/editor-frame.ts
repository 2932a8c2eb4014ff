import { browser } from 'wxt/browser';
import { uiHost } from '@/entrypoints/annotator/ui-host';

let open: HTMLIFrameElement | null = null;

/**
 * Opens the note editor for one annotation next to `rect`: an extension page (editor.html) in an iframe inside our
 * shadow root, so the page's scripts can neither read the note nor log the keys typed into it. Only the annotation's
 * id is in the frame's URL. (A plain iframe rather than WXT's createIframeUi: same idea, a quarter of the bytes on a
 * script that runs on every page — see docs/decisions.md.)
 */
export function openEditor(id: string, rect: DOMRect): void {
  closeEditor();
  const frame = document.createElement('iframe');
  frame.src = `${browser.runtime.getURL('/editor.html')}?id=${encodeURIComponent(id)}`;
  frame.title = 'Quotemark note editor';
  const left = Math.max(4, Math.min(rect.left + window.scrollX, window.scrollX + window.innerWidth - 370));
  Object.assign(frame.style, {
    position: 'absolute',
    top: `${rect.bottom + window.scrollY + 8}px`,
    left: `${left}px`,
    width: '360px',
    height: '480px',
    border: '0',
    borderRadius: '10px',
    boxShadow: '0 8px 28px rgba(0,0,0,.35)',
    colorScheme: 'normal',
  });
  frame.addEventListener('load', () => frame.focus(), { once: true });
  uiHost(document).shadow.append(frame);
  open = frame;
}

/** Closes the editor if one is open. */
export function closeEditor(): void {
  open?.remove();
  open = null;
}

/** True while an editor frame is open. */
export function isEditorOpen(): boolean {
  return !!open?.isConnected;
}
