import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { currentHost, uiHost } from '@/entrypoints/content/ui-host';

export type ToolbarAction = 'highlight' | 'annotate';

/**
 * The selection toolbar: two buttons ("Highlight", "Annotate") shown just below a text selection. It shows no private
 * text, so it lives in our shadow root in the page. A mouse-up with no selection is passed on (clicks on highlights).
 */
export function watchSelection(
  ctx: ContentScriptContext,
  onAction: (action: ToolbarAction, range: Range) => void,
  onClickWithoutSelection: (event: MouseEvent) => void,
): void {
  let bar: HTMLElement | null = null;
  let range: Range | null = null;

  const hide = () => {
    bar?.remove();
    bar = null;
    range = null;
  };
  const show = (r: Range) => {
    const rect = r.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return hide();
    const { shadow } = uiHost(document);
    if (!bar) {
      bar = document.createElement('div');
      bar.className = 'bar';
      bar.setAttribute('role', 'toolbar');
      bar.setAttribute('aria-label', 'Quotemark');
      for (const [action, label] of [
        ['highlight', 'Highlight'],
        ['annotate', 'Annotate'],
      ] as const) {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = label;
        // Keep the page's selection when the button is pressed.
        b.addEventListener('mousedown', (e) => e.preventDefault());
        b.addEventListener('click', () => {
          const r2 = range;
          hide();
          if (r2) onAction(action, r2);
        });
        bar.append(b);
      }
      shadow.append(bar);
    }
    range = r;
    bar.style.top = `${rect.bottom + window.scrollY + 8}px`;
    bar.style.left = `${Math.max(4, rect.left + window.scrollX)}px`;
  };

  const check = (event: Event) => {
    const own = currentHost();
    if (own && event.composedPath().includes(own)) return;
    const sel = document.getSelection();
    if (sel && !sel.isCollapsed && sel.rangeCount > 0 && sel.toString().trim()) {
      show(sel.getRangeAt(0).cloneRange());
    } else {
      hide();
      if (event instanceof MouseEvent) onClickWithoutSelection(event);
    }
  };
  ctx.addEventListener(document, 'mouseup', check);
  ctx.addEventListener(document, 'keyup', (e) => {
    if (e.key === 'Escape') hide();
    else if (e.shiftKey || e.key === 'Shift') check(e);
  });
}
