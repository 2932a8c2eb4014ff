import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import {
  type ExtensionBrowser,
  launchWithExtension,
  startServer,
  type TestServer,
} from '../../scripts/lib/extension-browser.mjs';

export * from '../../scripts/lib/extension-browser.mjs';

/** One Chromium (with the extension) and one local server per test file; both closed after the file. */
export function useBrowser(): { browser: () => ExtensionBrowser; server: () => TestServer } {
  let browser: ExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser, server: () => server };
}

/** Opens the popup in a tab of its own, working on `tabId`. */
export async function openPopup(b: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** The number in the popup's "Notes on this page (n)" heading, for the tab's top page. */
export async function notesInPopup(b: ExtensionBrowser, tabId: number): Promise<number> {
  const popup = await openPopup(b, tabId);
  const heading = popup.getByRole('heading', { name: /Notes on this page \(\d+\)/ });
  await heading.waitFor();
  const n = Number((await heading.innerText()).match(/\((\d+)\)/)?.[1]);
  await popup.close();
  return n;
}

/** Waits until the page's Quotemark highlights hold exactly `n` ranges in all. */
export async function waitForPainted(page: Page, n: number): Promise<void> {
  await page.waitForFunction((count) => {
    let total = 0;
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('quotemark') && name !== 'quotemark-focus') total += h.size;
    return total === count;
  }, n);
}

/**
 * Fraction of pixels inside `rect` (CSS px) of a screenshot that look like the yellow highlight on white paper.
 * Decodes the PNG in the page itself (no image library needed).
 */
export async function yellowFraction(page: Page, rect: { x: number; y: number; width: number; height: number }) {
  const png = await page.screenshot({ clip: rect });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let yellow = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (r > 200 && g > 180 && b < 170 && r - b > 60) yellow++;
    }
    return yellow / (data.length / 4);
  }, png.toString('base64'));
}

/** The bounding rect (viewport CSS px) of the first occurrence of `text` in the page. */
export async function rectOf(page: Page, text: string) {
  return page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const i = n.data.indexOf(t);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + t.length);
      const b = r.getBoundingClientRect();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    }
    throw new Error(`not found: ${t}`);
  }, text);
}
