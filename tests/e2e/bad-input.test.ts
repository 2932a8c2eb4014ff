import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  notesInPopup,
  openPopup,
  paintedTexts,
  selectText,
  useBrowser,
  waitForContentScript,
  waitForPainted,
} from './setup';

const html = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test page</title>${head}</head><body>${body}</body></html>`;

/** Selects from the start of `from` to the end of `to` (two different text nodes) and releases the mouse there. */
async function selectAcross(page: Page, from: string, to: string): Promise<string> {
  const box = await page.evaluate(
    ([a, b]) => {
      const find = (t: string) => {
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode() as Text | null; n; n = w.nextNode() as Text | null) {
          const i = n.data.indexOf(t);
          if (i >= 0) return { n, i };
        }
        throw new Error(t);
      };
      const s = find(a);
      const e = find(b);
      const r = document.createRange();
      r.setStart(s.n, s.i);
      r.setEnd(e.n, e.i + b.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      const rects = r.getClientRects();
      const last = rects[rects.length - 1];
      return { x: last.right - 2, y: last.top + last.height / 2, text: r.toString() };
    },
    [from, to],
  );
  await page.mouse.move(box.x, box.y);
  await page.mouse.up();
  return box.text;
}

async function storedCount(page: Page, b: ReturnType<ReturnType<typeof useBrowser>['browser']>): Promise<number> {
  const { tabId } = await waitForContentScript(b.context, page);
  return notesInPopup(b, tabId);
}

describe('bad input loses nothing and throws nothing into the page', () => {
  const { browser, server } = useBrowser();

  it('a page with no article: the popup says so, and highlighting still works', async () => {
    const b = browser();
    server().setPage(
      '/no-article.html',
      html('<nav><a href="/">Home</a></nav><p>Short note on a page with no article.</p>'),
    );
    const page = await b.context.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.goto(`${server().origin}/no-article.html`);
    const { tabId } = await waitForContentScript(b.context, page);
    const popup = await openPopup(b, tabId);
    await popup.getByText('No article found on this page.', { exact: false }).waitFor();
    await selectText(page, 'page with no article');
    await popup.getByRole('button', { name: 'Highlight selection' }).click();
    await waitForPainted(page, 1);
    await popup.getByRole('heading', { name: 'Notes on this page (1)' }).waitFor();
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('an empty or whitespace selection, and text inside form fields and editors, make nothing', async () => {
    const b = browser();
    server().setPage(
      '/forms.html',
      html(
        '<p>Some   text   here and more words.</p><input value="typed in an input"><div contenteditable>editable words</div>',
      ),
    );
    const page = await b.context.newPage();
    await page.goto(`${server().origin}/forms.html`);
    const { tabId } = await waitForContentScript(b.context, page);
    const popup = await openPopup(b, tabId);
    const highlight = () => popup.getByRole('button', { name: 'Highlight selection' }).click();

    await page.evaluate(() => getSelection()!.removeAllRanges());
    await highlight();
    await popup.getByText('Select some text on the page first.').waitFor();

    await selectText(page, '   ');
    expect(await page.getByRole('button', { name: 'Highlight', exact: true }).count()).toBe(0);
    await highlight();
    await popup
      .getByText(/selection is empty|Select some text/)
      .first()
      .waitFor();

    await page.locator('input').selectText();
    await highlight();
    await popup.getByText(/not text inside form fields or editors/).waitFor();

    await page.locator('[contenteditable]').selectText();
    await highlight();
    await expect.poll(() => popup.getByText(/not text inside form fields or editors/).count()).toBeGreaterThan(0);

    expect(await paintedTexts(page)).toEqual([]);
    await popup.close();
    expect(await storedCount(page, b)).toBe(0);
    await page.close();
  });

  it('a selection across the page header and the article is highlighted as selected and restored', async () => {
    const b = browser();
    server().setPage(
      '/across.html',
      html(
        '<header><strong>Daily Planet</strong> world news</header><article><p>Lead paragraph of the story.</p></article>',
      ),
    );
    const page = await b.context.newPage();
    await page.goto(`${server().origin}/across.html`);
    await waitForContentScript(b.context, page);
    const text = await selectAcross(page, 'world news', 'Lead paragraph');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await waitForPainted(page, 1);
    expect(await paintedTexts(page)).toEqual([text]);
    await page.reload();
    await waitForPainted(page, 1);
    expect(await paintedTexts(page)).toEqual([text]);
    await page.close();
  });

  it('a page that replaces getSelection, CSS and MutationObserver does not stop it', async () => {
    const b = browser();
    const hostile = `<script>
      window.getSelection = () => null; document.getSelection = () => null;
      window.CSS = undefined; window.MutationObserver = function () { throw new Error('no'); };
    </script>`;
    server().setPage('/hostile.html', html('<p>A sentence the page tries to keep us from marking.</p>', hostile));
    const page = await b.context.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.goto(`${server().origin}/hostile.html`);
    await waitForContentScript(b.context, page);
    await selectText(page, 'tries to keep us');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    // The page's own CSS global is gone (our isolated world's is not), so ask the popup instead of the registry.
    await expect.poll(() => storedCount(page, b)).toBe(1);
    await page.reload();
    expect(await storedCount(page, b)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page with a strict content security policy still gets the toolbar, highlights and restores them', async () => {
    const b = browser();
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; style-src 'none'">`;
    server().setPage('/strict.html', html('<p>Strictly policed words are still worth marking.</p>', csp));
    const page = await b.context.newPage();
    await page.goto(`${server().origin}/strict.html`);
    await waitForContentScript(b.context, page);
    await selectText(page, 'still worth marking');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await waitForPainted(page, 1);
    await page.reload();
    await waitForPainted(page, 1);
    expect(await paintedTexts(page)).toEqual(['still worth marking']);
    await page.close();
  });

  it('a 5 MB page: highlight near the end, reload, restored', async () => {
    const b = browser();
    const filler = (from: number, to: number) =>
      Array.from(
        { length: to - from },
        (_, i) => `<p>Paragraph ${from + i} of a very long live blog, with enough words to weigh something real.</p>`,
      ).join('');
    const closing = '<p>The closing line that a reader wanted to keep.</p>';
    const page5mb = html(`${filler(0, 50_000)}${closing}${filler(50_000, 56_000)}`);
    expect(page5mb.length).toBeGreaterThan(5_000_000);
    server().setPage('/huge.html', page5mb);
    const page = await b.context.newPage();
    await page.goto(`${server().origin}/huge.html`);
    await waitForContentScript(b.context, page, 60_000);
    await selectText(page, 'closing line that a reader wanted');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await waitForPainted(page, 1);
    await page.reload();
    await waitForPainted(page, 1);
    expect(await paintedTexts(page)).toEqual(['closing line that a reader wanted']);
    await page.close();
  });

  it('the background answers a message of the wrong shape with an error, as data', async () => {
    const b = browser();
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=-1`);
    const answers = await popup.evaluate(async () => {
      const { runtime } = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome;
      const send = (m: unknown) => runtime.sendMessage(m);
      return [
        await send({ type: 'annotation.create', hints: {}, draft: 5 }),
        await send({ type: 'annotation.update', id: 'x', patch: { color: 'octarine' } }),
        await send('just a string'),
      ];
    });
    for (const a of answers) expect(a).toMatchObject({ ok: false, error: expect.stringMatching(/invalid message/) });
    await popup.close();
  });
});
