import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from './setup';

/** A page or one of its frames: both evaluate in their own document's main world. */
export type Doc = Page | Frame;

/** The painted text of every Quotemark highlight in the document (read from its main world), sorted. */
export function paintedIn(doc: Doc): Promise<string[]> {
  return doc.evaluate(() => {
    const out: string[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('quotemark') || name === 'quotemark-focus') continue;
      for (const r of h) out.push((r as Range).toString());
    }
    return out.sort();
  });
}

/** Waits until the document's Quotemark highlights paint exactly `texts`. */
export async function waitForPaintedTexts(doc: Doc, texts: string[]): Promise<void> {
  await expect.poll(() => paintedIn(doc), { timeout: 30_000 }).toEqual([...texts].sort());
}

/**
 * Selects the first occurrence of `text` under `scope` in a frame (or page) through the DOM, or inside the open shadow
 * root of `host` when given, and answers the point (top-level viewport px) just inside the selection's end.
 */
async function selectIn(doc: Doc, text: string, scope: string, host?: string): Promise<{ x: number; y: number }> {
  const box = await doc.evaluate(
    ([t, s, h]) => {
      const root = h ? document.querySelector(h)?.shadowRoot?.querySelector(s) : document.querySelector(s);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf(t);
        if (i < 0) continue;
        n.parentElement?.scrollIntoView({ block: 'center' });
        const sel = Document.prototype.getSelection.call(document)!;
        sel.setBaseAndExtent(n, i, n, i + t.length);
        const rects = sel.getRangeAt(0).getClientRects();
        const last = rects[rects.length - 1];
        return { x: last.right - 2, y: last.top + last.height / 2 };
      }
      return null;
    },
    [text, scope, host ?? ''] as const,
  );
  if (!box) throw new Error(`text not found: ${text}`);
  const element = 'frameElement' in doc && doc.parentFrame() ? await doc.frameElement() : null;
  const offset = element ? await element.boundingBox() : null;
  return offset ? { x: box.x + offset.x, y: box.y + offset.y } : box;
}

/**
 * Selects `text` in `doc` and releases a real mouse over it, repeating until the selection toolbar shows (a frame's
 * content script may start after the page's): resolves once the toolbar's Highlight button is there.
 */
export async function selectUntilToolbar(page: Page, doc: Doc, text: string, scope = 'body', host?: string) {
  const button = doc.getByRole('button', { name: 'Highlight', exact: true });
  await expect
    .poll(
      async () => {
        const at = await selectIn(doc, text, scope, host);
        await page.mouse.move(at.x, at.y);
        await page.mouse.up();
        return button.isVisible();
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return button;
}

/** Starts recording, in the service worker, every message that reaches the background: type, frame and URL. */
export async function recordMessages(b: ExtensionBrowser): Promise<void> {
  await b.sw.evaluate(() => {
    type Seen = { type: unknown; url?: string; frameId?: number };
    type Listener = (m: { type?: unknown } | null, s: { url?: string; frameId?: number }) => void;
    const g = globalThis as unknown as {
      seen?: Seen[];
      chrome: { runtime: { onMessage: { addListener(l: Listener): void } } };
    };
    // Listens alongside the background's own handler and never answers, so it changes nothing.
    if (!g.seen) {
      g.chrome.runtime.onMessage.addListener((m, s) => {
        g.seen?.push({ type: m?.type, url: s.url, frameId: s.frameId });
      });
    }
    g.seen = [];
  });
}

/** The messages recorded since `recordMessages`, as "type url" lines, sorted. */
export async function recordedMessages(b: ExtensionBrowser): Promise<string[]> {
  const seen = await b.sw.evaluate(() => {
    const g = globalThis as unknown as { seen?: { type: unknown; url?: string }[] };
    return (g.seen ?? []).map((m) => `${String(m.type)} ${m.url}`);
  });
  return seen.sort();
}
