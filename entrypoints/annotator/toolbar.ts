import { uiHost } from '@/entrypoints/annotator/ui-host';

export type ToolbarAction = 'highlight' | 'annotate';

export interface Toolbar {
  /** Shows the toolbar under the current selection, or hides it when there is none; true when it is shown. */
  update(): boolean;
  hide(): void;
}

/**
 * The selection toolbar: two buttons ("Highlight", "Annotate") shown just below a text selection. It shows no private
 * text, so it lives in our shadow root in the page.
 */
export function createToolbar(onAction: (action: ToolbarAction, range: Range) => void): Toolbar {
  let bar: HTMLElement | null = null;
  let range: Range | null = null;

  const hide = () => {
    bar?.remove();
    bar = null;
    range = null;
  };
  const build = () => {
    const el = document.createElement('div');
    el.className = 'bar';
    el.setAttribute('role', 'toolbar');
    el.setAttribute('aria-label', 'Quotemark');
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
        const r = range;
        hide();
        if (r) onAction(action, r);
      });
      el.append(b);
    }
    uiHost(document).shadow.append(el);
    return el;
  };

  return {
    hide,
    update() {
      const sel = document.getSelection();
      if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !sel.toString().trim()) {
        hide();
        return false;
      }
      const r = sel.getRangeAt(0).cloneRange();
      const rect = r.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) {
        hide();
        return false;
      }
      bar ??= build();
      range = r;
      bar.style.top = `${rect.bottom + window.scrollY + 8}px`;
      bar.style.left = `${Math.max(4, rect.left + window.scrollX)}px`;
      return true;
    },
  };
}
