import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startXDisplay, toScreen, type XDisplay } from '../../scripts/lib/x-display.mjs';
import { waitForPaintedTexts } from './in-frame';
import {
  type ExtensionBrowser,
  launchWithExtension,
  paintedTexts,
  startServer,
  type TestServer,
  waitForContentScript,
  waitForPainted,
} from './setup';

// The context menu and the extension's keyboard shortcut belong to the browser's own UI: input sent through the
// DevTools protocol goes straight to the page and never reaches them. So this file runs a headed Chromium on a virtual
// X display (Xvfb) and drives it with real X input (xdotool), as a reader's mouse and keyboard would.

const DEMO = '/fixtures/istanbul-talks.html';
const BY_SHORTCUT = 'Turkish Foreign Minister Hakan Fidan';
const BY_MENU = 'Turkey, which maintains strong relations';

describe('the browser’s own UI: context menu and keyboard shortcut', () => {
  let x: XDisplay;
  let b: ExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    x = await startXDisplay();
    server = await startServer();
    b = await launchWithExtension({ display: x.display });
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
    await x?.close();
  });

  /**
   * Selects `text` (in `doc`: the page, or one of its frames) by dragging the real mouse across it; returns the screen
   * point at its middle.
   */
  async function drag(page: Page, text: string, doc: Page | Frame = page) {
    await page.bringToFront();
    const inDoc = await doc.evaluate((t) => {
      // The first occurrence in the article's paragraphs (the page repeats some phrases in hidden markup).
      for (const p of document.querySelectorAll('article p')) {
        const n = [...p.childNodes].find((c): c is Text => c instanceof Text && c.data.includes(t));
        if (!n) continue;
        const range = document.createRange();
        range.setStart(n, n.data.indexOf(t));
        range.setEnd(n, n.data.indexOf(t) + t.length);
        const b = range.getBoundingClientRect();
        return { x: b.x, y: b.y, width: b.width, height: b.height };
      }
      throw new Error(`not in the article: ${t}`);
    }, text);
    const box = doc === page ? null : await (doc as Frame).frameElement().then((e) => e.boundingBox());
    const r = { ...inDoc, x: inDoc.x + (box?.x ?? 0), y: inDoc.y + (box?.y ?? 0) };
    const from = await toScreen(page, r.x + 1, r.y + r.height / 2);
    const to = await toScreen(page, r.x + r.width - 1, r.y + r.height / 2);
    x.xdotool('mousemove', from.x, from.y);
    x.xdotool('mousedown', 1);
    x.xdotool('mousemove', Math.round((from.x + to.x) / 2), to.y);
    x.xdotool('mousemove', to.x, to.y);
    x.xdotool('mouseup', 1);
    await expect.poll(() => doc.evaluate(() => String(getSelection())), { timeout: 10_000 }).toBe(text);
    return { x: Math.round((from.x + to.x) / 2), y: to.y };
  }

  const visibleWindows = () => {
    try {
      return x.xdotool('search', '--onlyvisible', '--name', '').trim().split('\n').length;
    } catch {
      return 0;
    }
  };

  it('highlights the selection with the keyboard shortcut (Alt+Shift+H)', async () => {
    const page = await b.context.newPage();
    await page.goto(server.origin + DEMO);
    await waitForContentScript(b.context, page);
    await drag(page, BY_SHORTCUT);
    x.xdotool('key', '--clearmodifiers', 'alt+shift+h');
    await waitForPainted(page, 1);
    expect(await paintedTexts(page)).toEqual([BY_SHORTCUT]);
    await page.reload();
    await waitForPainted(page, 1);
    expect(await paintedTexts(page)).toEqual([BY_SHORTCUT]);
    await page.close();
  });

  it('highlights the selection from the context menu ("Highlight selection")', async () => {
    const page = await b.context.newPage();
    await page.goto(server.origin + DEMO);
    await waitForContentScript(b.context, page);
    await waitForPainted(page, 1); // the note made with the shortcut
    const at = await drag(page, BY_MENU);
    const before = visibleWindows();
    x.xdotool('mousemove', at.x, at.y);
    x.xdotool('click', 3);
    await expect.poll(visibleWindows, { timeout: 10_000 }).toBeGreaterThan(before); // the menu is open
    // The menu's items have no mnemonics, so a letter picks the one item it starts: "Highlight selection".
    x.xdotool('key', 'h');
    await waitForPainted(page, 2);
    expect(await paintedTexts(page)).toEqual([BY_SHORTCUT, BY_MENU].sort());
    await page.close();
  });

  it('the shortcut highlights in the frame that holds the selection, not the top page', async () => {
    const FRAMED = 'turnout rose in every district';
    const crossOrigin = server.origin.replace('127.0.0.1', 'localhost');
    const doc = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
    server.setPage('/kbd-frame.html', doc(`<article><p>The report says ${FRAMED} on Sunday.</p></article>`));
    server.setPage(
      '/kbd-top.html',
      doc(
        '<article><p>The page around the frame has a sentence of its own to select.</p></article>' +
          `<iframe src="${crossOrigin}/kbd-frame.html" style="border:0;width:600px;height:200px"></iframe>`,
      ),
    );
    const page = await b.context.newPage();
    await page.goto(`${server.origin}/kbd-top.html`);
    await waitForContentScript(b.context, page);
    const frame = page.frame({ url: /kbd-frame/ })!;
    await frame.waitForLoadState();
    // A selection in the top page too: the focused frame's selection is the one the reader means.
    await page.evaluate(() => {
      const p = document.querySelector('article p')!;
      getSelection()!.setBaseAndExtent(p.firstChild!, 4, p.firstChild!, 8);
    });
    // The frame's script starts once the frame is idle and sized (later than the page's on a busy machine): drag again
    // until its selection toolbar answers, so the shortcut finds it listening.
    const toolbar = frame.getByRole('button', { name: 'Highlight', exact: true });
    await expect
      .poll(async () => {
        await drag(page, FRAMED, frame);
        return toolbar.count();
      })
      .toBe(1);
    x.xdotool('key', '--clearmodifiers', 'alt+shift+h');
    await waitForPaintedTexts(frame, [FRAMED]);
    expect(await paintedTexts(page)).toEqual([]);
    await page.close();
  });

  it('opens the reader view with its shortcut (Alt+Shift+E)', async () => {
    const page = await b.context.newPage();
    await page.goto(server.origin + DEMO);
    await waitForContentScript(b.context, page);
    await page.bringToFront();
    const r = await page.evaluate(() => document.querySelector('h1')!.getBoundingClientRect().toJSON());
    const at = await toScreen(page, r.x + 5, r.y + r.height / 2);
    x.xdotool('mousemove', at.x, at.y);
    x.xdotool('click', 1); // focus the page, as a reader's click would
    const opened = b.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/reader.html'),
      timeout: 15_000,
    });
    x.xdotool('key', '--clearmodifiers', 'alt+shift+e');
    const reader = await opened;
    // The reader shows this tab's article (Readability's title), not some other page.
    await reader.getByRole('heading', { level: 1, name: /Russia and Ukraine Hold New Round of Talks/ }).waitFor();
    await reader.close();
    await page.close();
  });
});
