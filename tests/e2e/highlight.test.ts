import { describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  openPopup,
  paintedTexts,
  rectOf,
  selectText,
  startServer,
  useBrowser,
  waitForContentScript,
  waitForPainted,
  yellowFraction,
} from './setup';

const DEMO = '/fixtures/istanbul-talks.html';
const FIRST = 'Our goal is to end this bloody war as soon as possible.';
const SECOND = 'No one expects an easy path. It will be very difficult';

describe('highlighting on the demo article', () => {
  const { browser, server } = useBrowser();

  it('highlights a selection from the toolbar, paints it without touching the DOM, and restores it on reload', async () => {
    const { context } = browser();
    const page = await context.newPage();
    await page.goto(server().origin + DEMO);
    await waitForContentScript(context, page);
    const bodyBefore = await page.evaluate(() => document.body.innerHTML);
    // A page with no annotations is left exactly as it was: no element, no stylesheet, no highlight.
    expect(
      await page.evaluate(() => [
        document.querySelector('quotemark-ui'),
        document.adoptedStyleSheets.length,
        CSS.highlights.size,
      ]),
    ).toEqual([null, 0, 0]);

    await selectText(page, FIRST, 'article');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await waitForPainted(page, 1);
    expect(await paintedTexts(page)).toEqual([FIRST]);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(bodyBefore);
    await page.evaluate(() => getSelection()?.removeAllRanges());
    const rect = await rectOf(page, FIRST);
    expect(await yellowFraction(page, rect)).toBeGreaterThan(0.3);
    // The same pixels on a paragraph with no highlight are not yellow.
    expect(await yellowFraction(page, await rectOf(page, 'Turkey, which maintains strong relations'))).toBeLessThan(
      0.02,
    );

    await page.reload();
    await waitForPainted(page, 1);
    expect(await paintedTexts(page)).toEqual([FIRST]);
    await page.close();
  });

  it('annotates from the toolbar, edits in the in-page editor, and the popup lists and edits it', async () => {
    const b = browser();
    const page = await b.context.newPage();
    await page.goto(`${server().origin}${DEMO}?utm_source=test`);
    const { tabId } = await waitForContentScript(b.context, page);
    await waitForPainted(page, 1); // the highlight of the first test: same article, tracking parameter ignored

    await selectText(page, SECOND, 'article');
    await page.getByRole('button', { name: 'Annotate', exact: true }).click();
    const editor = page.frameLocator('iframe[title="Quotemark note editor"]');
    await editor.getByLabel('Note', { exact: true }).fill('Sets expectations low.');
    await editor.getByLabel('Tags (comma-separated)', { exact: true }).fill('kremlin, talks');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => editor.getByRole('status').first().innerText()).toBe('Saved');
    await editor.getByRole('button', { name: 'Close editor' }).click();
    await expect.poll(() => page.locator('iframe[title="Quotemark note editor"]').count()).toBe(0);
    await waitForPainted(page, 2);

    const popup = await openPopup(b, tabId);
    await popup.getByRole('heading', { name: 'Notes on this page (2)' }).waitFor();
    await popup.getByRole('heading', { name: /Russia and Ukraine Hold New Round of Talks/ }).waitFor();
    const quotes = await popup.locator('li blockquote').allInnerTexts();
    expect(quotes).toEqual([FIRST, SECOND]); // reading order
    const second = popup.getByRole('listitem', { name: /No one expects/ });
    expect(await second.getByLabel('Note', { exact: true }).inputValue()).toBe('Sets expectations low.');
    expect(await second.getByLabel('Tags (comma-separated)', { exact: true }).inputValue()).toBe('kremlin, talks');

    const first = popup.getByRole('listitem', { name: /Our goal is/ });
    await first.getByLabel('Note', { exact: true }).fill('Fidan opens the talks.');
    await first.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => first.getByRole('status').innerText()).toBe('Saved');
    await popup.reload();
    await popup.getByRole('heading', { name: 'Notes on this page (2)' }).waitFor();
    expect(
      await popup
        .getByRole('listitem', { name: /Our goal is/ })
        .getByLabel('Note', { exact: true })
        .inputValue(),
    ).toBe('Fidan opens the talks.');
    await popup.close();
    await page.close();
  });

  it('highlights the current selection from the popup button and scrolls to a note from the popup', async () => {
    const b = browser();
    const page = await b.context.newPage();
    await page.goto(server().origin + DEMO);
    const { tabId } = await waitForContentScript(b.context, page);
    await waitForPainted(page, 2);
    const text = 'has provided drones to Ukraine';
    await selectText(page, text, 'article');
    const popup = await openPopup(b, tabId);
    await popup.getByRole('button', { name: 'Highlight selection' }).click();
    await waitForPainted(page, 3);
    expect(await paintedTexts(page)).toContain(text);
    await popup.getByRole('heading', { name: 'Notes on this page (3)' }).waitFor();

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await popup.getByRole('button', { name: /Go to “No one expects/ }).click();
    await page.waitForFunction(() => CSS.highlights.get('quotemark-focus')?.size === 1);
    const r = await rectOf(page, SECOND);
    expect(r.y).toBeGreaterThan(0);
    expect(r.y).toBeLessThan(900);
    await popup.close();
    await page.close();
  });

  it('opens the editor by clicking a highlight, deletes with undo', async () => {
    const b = browser();
    const page = await b.context.newPage();
    await page.goto(server().origin + DEMO);
    await waitForContentScript(b.context, page);
    await waitForPainted(page, 3);
    const r = await rectOf(page, 'has provided drones');
    await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
    const editor = page.frameLocator('iframe[title="Quotemark note editor"]');
    await editor.getByRole('button', { name: 'Delete' }).click();
    await editor.getByText('Highlight deleted.').waitFor();
    await waitForPainted(page, 2);
    await editor.getByRole('button', { name: 'Undo' }).click();
    await waitForPainted(page, 3);
    await page.close();
  });
});

describe('a browser restart', () => {
  it('keeps every highlight (same profile, new browser process)', async () => {
    const server = await startServer();
    const first = await launchWithExtension();
    try {
      const page = await first.context.newPage();
      await page.goto(server.origin + DEMO);
      await waitForContentScript(first.context, page);
      await selectText(page, FIRST, 'article');
      await page.getByRole('button', { name: 'Highlight', exact: true }).click();
      await waitForPainted(page, 1);
      await first.close({ keepProfile: true });

      const again = await launchWithExtension({ profileDir: first.profileDir });
      try {
        const page2 = await again.context.newPage();
        await page2.goto(server.origin + DEMO);
        await waitForPainted(page2, 1);
        expect(await paintedTexts(page2)).toEqual([FIRST]);
      } finally {
        await again.close({ keepProfile: false });
      }
    } finally {
      await server.close();
    }
  });
});
