import { UI_TAG } from '@/utils/messaging/annotator-api';

/**
 * Our one element in the page: `<quotemark-ui>` on <html> (outside <body>, so outside the article's text), with an open
 * shadow root so page CSS can't reach in. It holds only the selection toolbar, toasts and the editor frame — never note
 * text (the editor is an extension-origin iframe the page can't read).
 */
export interface UiHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  toast(message: string): void;
}

const CSS = `
:host { all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; }
.bar { position: absolute; display: flex; gap: 2px; padding: 3px; background: #1f2328; border-radius: 8px;
  box-shadow: 0 4px 14px rgba(0,0,0,.3); font: 13px/1.2 system-ui, sans-serif; }
.bar button { all: unset; cursor: pointer; color: #fff; padding: 6px 10px; border-radius: 6px; }
.bar button:hover, .bar button:focus-visible { background: #3b4250; outline: 2px solid #8ab4ff; }
.toast { position: fixed; bottom: 20px; left: 50%; transform: translateX(-50%); background: #1f2328; color: #fff;
  padding: 8px 14px; border-radius: 8px; font: 13px/1.3 system-ui, sans-serif; max-width: 80vw; }
`;

let shared: UiHost | null = null;

/** Creates (once) and returns the shadow host; callers add their own parts to `shadow`. */
export function uiHost(doc: Document): UiHost {
  if (shared?.host.isConnected) return shared;
  const host = doc.createElement(UI_TAG);
  host.setAttribute('data-quotemark-ui', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const toastEl = doc.createElement('div');
  toastEl.className = 'toast';
  toastEl.setAttribute('role', 'status');
  toastEl.hidden = true;
  shadow.append(style, toastEl);
  doc.documentElement.append(host);
  let timer: ReturnType<typeof setTimeout> | undefined;
  shared = {
    host,
    shadow,
    toast(message) {
      toastEl.textContent = message;
      toastEl.hidden = false;
      clearTimeout(timer);
      timer = setTimeout(() => {
        toastEl.hidden = true;
      }, 4000);
    },
  };
  return shared;
}
