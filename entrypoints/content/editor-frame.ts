import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIframeUi, type IframeContentScriptUi } from 'wxt/utils/content-script-ui/iframe';
import { uiHost } from '@/entrypoints/content/ui-host';

let open: IframeContentScriptUi<unknown> | null = null;

/**
 * Opens the note editor for one annotation next to `rect`: an extension page (editor.html) in an iframe, so the page's
 * scripts can neither read the note nor log the keys typed into it. Only the annotation's id is in the frame's URL.
 */
export function openEditor(ctx: ContentScriptContext, id: string, rect: DOMRect): void {
  closeEditor();
  const { shadow } = uiHost(document);
  const ui = createIframeUi(ctx, {
    page: '/editor.html',
    position: 'inline',
    anchor: shadow as unknown as Element,
    onBeforeMount: (wrapper, iframe) => {
      iframe.src = `${browser.runtime.getURL('/editor.html')}?id=${encodeURIComponent(id)}`;
      iframe.title = 'Quotemark note editor';
      Object.assign(wrapper.style, {
        position: 'absolute',
        top: `${rect.bottom + window.scrollY + 8}px`,
        left: `${Math.max(4, Math.min(rect.left + window.scrollX, window.scrollX + window.innerWidth - 370))}px`,
      });
      Object.assign(iframe.style, {
        width: '360px',
        height: '420px',
        border: '0',
        borderRadius: '10px',
        boxShadow: '0 8px 28px rgba(0,0,0,.35)',
        colorScheme: 'normal',
      });
      iframe.addEventListener('load', () => iframe.focus(), { once: true });
    },
  });
  ui.mount();
  open = ui;
}

/** Closes the editor if one is open. */
export function closeEditor(): void {
  open?.remove();
  open = null;
}

/** True when a click landed inside the open editor's frame. */
export function isInEditor(event: Event): boolean {
  return !!open && event.composedPath().includes(open.wrapper);
}
