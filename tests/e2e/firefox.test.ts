import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension } from '../../scripts/lib/firefox-browser.mjs';
import { startServer, type TestServer } from './setup';

// The Firefox build in Firefox itself (Debian's ESR, driven over WebDriver BiDi): the background page, the every-page
// script, the annotator and IndexedDB, the way a reader would use them. Extension pages (popup, notes page) can't be
// opened from here: Firefox refuses automated navigation to moz-extension: URLs, and headless has no toolbar button.

const DEMO = '/fixtures/istanbul-talks.html';
const PASSAGE = 'Turkish Foreign Minister Hakan Fidan';

/** The text of every Quotemark highlight painted on the page, sorted. */
const painted = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('quotemark') || name === 'quotemark-focus') continue;
      for (const r of h) out.push((r as Range).toString());
    }
    return out.sort();
  });

/** The viewport rectangle of the first occurrence of `text` in the article's paragraphs, scrolled into view. */
function rectOf(page: Page, text: string): Promise<DOMRect> {
  return page.evaluate((t) => {
    for (const p of document.querySelectorAll('article p')) {
      const n = [...p.childNodes].find((c): c is Text => c instanceof Text && c.data.includes(t));
      if (!n) continue;
      n.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(n, n.data.indexOf(t));
      range.setEnd(n, n.data.indexOf(t) + t.length);
      return range.getBoundingClientRect().toJSON() as DOMRect;
    }
    throw new Error(`not in the article: ${t}`);
  }, text);
}

/** Drags the mouse across the first occurrence of `text` in the article's paragraphs. */
async function dragOver(page: Page, text: string): Promise<void> {
  const box = await rectOf(page, text);
  await page.mouse.move(box.x + 1, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
}

/** The selection toolbar's button named `name` (in our shadow root), or null while it is not shown. */
async function toolbarButton(page: Page, name: string) {
  for (const button of await page.$$('quotemark-ui >>> [role="toolbar"] button')) {
    if ((await button.evaluate((b) => b.textContent)) === name) return button;
  }
  return null;
}

/**
 * The note editor's frame (our extension page inside the page) once its form is there. Found by its document's URL:
 * over BiDi, Firefox reports the frame's address as its initial about:blank.
 */
async function editorFrame(page: Page): Promise<Frame> {
  let found: Frame | undefined;
  const isEditor = (f: Frame) =>
    f.evaluate(() => /^moz-extension:.*\/editor\.html/.test(document.URL) && !!document.querySelector('textarea'));
  await expect
    .poll(async () => {
      for (const f of page.frames()) if (await isEditor(f).catch(() => false)) found = f;
      return found !== undefined;
    })
    .toBe(true);
  return found!;
}

describe('the Firefox build, in Firefox', () => {
  let ff: Awaited<ReturnType<typeof launchFirefoxWithExtension>>;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    ff = await launchFirefoxWithExtension();
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('highlights from the selection toolbar, annotates in the editor frame, and draws both again after a reload', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.origin + DEMO);
    // The every-page script starts when the page is idle: select again until the toolbar answers.
    await expect
      .poll(async () => {
        await dragOver(page, PASSAGE);
        return (await toolbarButton(page, 'Highlight')) !== null;
      })
      .toBe(true);
    expect(await page.evaluate(() => String(getSelection()))).toBe(PASSAGE);
    await (await toolbarButton(page, 'Highlight'))!.click();
    await expect.poll(() => painted(page)).toEqual([PASSAGE]);

    // A note typed in the editor (an extension page in a frame) is saved, and shown again after a reload.
    const SECOND = 'Ukrainian President Volodymyr Zelensky';
    await expect
      .poll(async () => {
        await dragOver(page, SECOND);
        return (await toolbarButton(page, 'Annotate')) !== null;
      })
      .toBe(true);
    await (await toolbarButton(page, 'Annotate'))!.click();
    const editor = await editorFrame(page);
    await (await editor.waitForSelector('textarea'))!.type('Checked against the transcript.');
    await (await editor.waitForSelector('::-p-text(Save)'))!.click();
    await expect
      .poll(() => editor.evaluate(() => document.querySelector('[role="status"]')?.textContent))
      .toBe('Saved');

    await page.reload();
    await expect.poll(() => painted(page)).toEqual([SECOND, PASSAGE].sort());
    // A click on the highlight opens the editor with the note read back from IndexedDB.
    const at = await rectOf(page, SECOND);
    await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
    const reopened = await editorFrame(page);
    await expect
      .poll(() => reopened.evaluate(() => document.querySelector('textarea')?.value))
      .toBe('Checked against the transcript.');

    await page.close();
  });
});
