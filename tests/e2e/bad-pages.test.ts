import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paintedIn, recordedMessages, recordMessages, selectUntilToolbar, waitForPaintedTexts } from './in-frame';
import { notesInPopup, openPopup, tabIdOf, useBrowser, waitForContentScript, yellowFraction } from './setup';

// Pages in frames, pages using shadow DOM, and documents that aren't HTML: nothing thrown into the page, highlighting
// wherever text can be selected, and a plain word in the popup where Quotemark can't work.

const html = (body: string, title = 'Test page') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

const FRAME_TEXT = 'The embedded report says turnout rose in every district.';
const CROSS_TEXT = 'A cross-origin widget quotes the minister in full.';
const TOP_TEXT = 'The article around the frames has its own sentences.';

function collectErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (e) => errors.push(e));
  return errors;
}

describe('bad pages', () => {
  const { browser, server } = useBrowser();

  it('frames: each text frame is a page of its own; tiny and empty frames cost nothing; the popup sees the top', async () => {
    const b = browser();
    const origin = server().origin;
    const crossOrigin = origin.replace('127.0.0.1', 'localhost');
    const frame = (src: string, w: number, h: number) =>
      `<iframe src="${src}" style="border:0;width:${w}px;height:${h}px;display:block"></iframe>`;
    server().setPage('/frame-same.html', html(`<article><p>${FRAME_TEXT}</p></article>`, 'Report'));
    server().setPage('/frame-cross.html', html(`<p>${CROSS_TEXT}</p>`, 'Widget'));
    server().setPage('/frame-tiny.html', html('<p>A tracking pixel with words.</p>'));
    server().setPage('/frame-empty.html', html('<img alt=""><script>void 0</script>'));
    server().setPage(
      '/framed.html',
      html(
        `<p>${TOP_TEXT}</p>${frame('/frame-same.html', 600, 200)}${frame(`${crossOrigin}/frame-cross.html`, 600, 200)}` +
          `${frame('/frame-tiny.html', 1, 1)}${frame('/frame-empty.html', 300, 250)}`,
      ),
    );
    const page = await b.context.newPage();
    const errors = collectErrors(page);
    await recordMessages(b);
    await page.goto(`${origin}/framed.html`);
    const { tabId } = await waitForContentScript(b.context, page);
    // On a page with no notes: exactly one round trip per text frame, and nothing at all from the tiny or empty one.
    const expected = [
      `page.load ${origin}/framed.html`,
      `page.load ${origin}/frame-same.html`,
      `page.load ${crossOrigin}/frame-cross.html`,
    ].sort();
    await expect.poll(() => recordedMessages(b), { timeout: 30_000 }).toEqual(expected);
    await page.waitForLoadState('load');
    expect(await recordedMessages(b)).toEqual(expected);
    // A frame that grows (or learns its size late, as an out-of-process frame can on a busy machine) is looked at again.
    await page.evaluate(() => {
      const tiny = document.querySelector<HTMLIFrameElement>('iframe[src="/frame-tiny.html"]')!;
      tiny.style.width = '600px';
      tiny.style.height = '200px';
    });
    await expect
      .poll(() => recordedMessages(b), { timeout: 30_000 })
      .toEqual([...expected, `page.load ${origin}/frame-tiny.html`].sort());

    const same = page.frame({ url: /frame-same/ })!;
    await (await selectUntilToolbar(page, same, 'turnout rose in every district')).click();
    await waitForPaintedTexts(same, ['turnout rose in every district']);
    expect(await paintedIn(page)).toEqual([]);

    const cross = page.frame({ url: /frame-cross/ })!;
    await (await selectUntilToolbar(page, cross, 'quotes the minister')).click();
    await waitForPaintedTexts(cross, ['quotes the minister']);

    await page.reload();
    await waitForContentScript(b.context, page);
    await waitForPaintedTexts(page.frame({ url: /frame-same/ })!, ['turnout rose in every district']);
    await waitForPaintedTexts(page.frame({ url: /frame-cross/ })!, ['quotes the minister']);
    // The top page still works, and the popup (which talks to the top frame only) lists the top page's notes only.
    await (await selectUntilToolbar(page, page, 'has its own sentences')).click();
    await waitForPaintedTexts(page, ['has its own sentences']);
    expect(await notesInPopup(b, tabId)).toBe(1);
    expect(await paintedIn(page.frame({ url: /frame-same/ })!)).toEqual(['turnout rose in every district']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shadow DOM: text in open roots and slots is highlighted, painted and restored (also when late); closed roots and crossings are refused plainly', async () => {
    const b = browser();
    // An open component with its own text and a slot showing light text, a closed one (its root kept for the test), and
    // one that renders late.
    const element = `<script>
      customElements.define('news-body', class extends HTMLElement {
        constructor() {
          super();
          const root = this.attachShadow({ mode: 'open' });
          window.ownSheet = new CSSStyleSheet();
          window.ownSheet.replaceSync('p { font: 20px/1.5 serif; }');
          root.adoptedStyleSheets = [window.ownSheet];
          root.innerHTML =
            '<p>Inside the component, the mayor promised new parks.</p><p>Byline: <slot name="byline"></slot></p>';
        }
      });
      customElements.define('closed-box', class extends HTMLElement {
        constructor() {
          super();
          window.closedRoot = this.attachShadow({ mode: 'closed' });
          window.closedRoot.innerHTML = '<p>A closed box says the budget is secret.</p>';
        }
      });
      // A component that fills its (open) shadow root in only when told, like one waiting for its data.
      customElements.define('late-box', class extends HTMLElement {
        constructor() { super(); this.attachShadow({ mode: 'open' }); }
      });
      window.fillLate = () => {
        document.querySelector('late-box').shadowRoot.innerHTML = '<p>Late words arrive after the page settles.</p>';
      };
    </script>`;
    server().setPage(
      '/shadow.html',
      html(
        '<p>Outside the component, the council voted.</p>' +
          '<news-body><span slot="byline">Reported by the city desk.</span></news-body><closed-box></closed-box>' +
          '<late-box></late-box>' +
          element,
      ),
    );
    const page = await b.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server().origin}/shadow.html`);
    const { tabId } = await waitForContentScript(b.context, page);
    /** Viewport rect of `text` inside the open component's shadow root. */
    const rectInShadow = (text: string) =>
      page.evaluate((t) => {
        const p = [...document.querySelector('news-body')!.shadowRoot!.querySelectorAll('p')].find((x) =>
          x.textContent!.includes(t),
        )!;
        const node = p.firstChild as Text;
        const range = document.createRange();
        range.setStart(node, node.data.indexOf(t));
        range.setEnd(node, node.data.indexOf(t) + t.length);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }, text);

    await (await selectUntilToolbar(page, page, 'the council voted')).click();
    await waitForPaintedTexts(page, ['the council voted']);
    await (await selectUntilToolbar(page, page, 'the mayor promised', 'p', 'news-body')).click();
    await waitForPaintedTexts(page, ['the council voted', 'the mayor promised']);
    await (await selectUntilToolbar(page, page, 'the city desk', 'span[slot]')).click();
    await waitForPaintedTexts(page, ['the city desk', 'the council voted', 'the mayor promised']);
    // Painted inside the shadow root, just the passage.
    await expect.poll(async () => yellowFraction(page, await rectInShadow('the mayor promised'))).toBeGreaterThan(0.3);
    expect(await yellowFraction(page, await rectInShadow('new parks'))).toBeLessThan(0.02);
    // Our sheet is added after the component's own, which stays (Chromium would also paint there by highlight
    // inheritance from the host; the sheet is for browsers that don't).
    expect(
      await page.evaluate(() => {
        const sheets = document.querySelector('news-body')!.shadowRoot!.adoptedStyleSheets;
        return [sheets.length, sheets[0] === (window as unknown as { ownSheet: CSSStyleSheet }).ownSheet];
      }),
    ).toEqual([2, true]);
    // Clicking the highlight in the shadow root opens its editor, as anywhere else.
    const mayor = await rectInShadow('the mayor promised');
    await page.mouse.click(mayor.x + mayor.width / 2, mayor.y + mayor.height / 2);
    const editor = page.frameLocator('iframe[title="Quotemark note editor"]');
    await editor.getByRole('button', { name: 'Delete' }).waitFor();
    // A click on the page outside any highlight closes it.
    await page.mouse.click(600, 5);
    await expect.poll(() => page.locator('iframe[title="Quotemark note editor"]').count()).toBe(0);

    // From the page into the component: no Range can hold it, so the reader is told and nothing is stored.
    await page.evaluate(() => {
      const light = document.querySelector('p')!.firstChild!;
      const inner = document.querySelector('news-body')!.shadowRoot!.querySelector('p')!.firstChild!;
      Document.prototype.getSelection.call(document)!.setBaseAndExtent(light, 12, inner, 10);
    });
    const mid = await rectInShadow('Inside');
    await page.mouse.move(mid.x + 4, mid.y + 4);
    await page.mouse.up();
    await page.getByText(/can’t highlight across the edge of one of the page’s components/).waitFor();
    // A closed root can't be read: refused with a plain word, nothing thrown.
    await expect
      .poll(async () => {
        const at = await page.evaluate(() => {
          const node = (window as unknown as { closedRoot: ShadowRoot }).closedRoot.querySelector('p')!.firstChild!;
          const sel = Document.prototype.getSelection.call(document)!;
          sel.setBaseAndExtent(node, 2, node, 12);
          const r = sel.getRangeAt(0).getBoundingClientRect();
          return { x: r.right - 2, y: r.top + r.height / 2 };
        });
        await page.mouse.move(at.x, at.y);
        await page.mouse.up();
        return page.getByRole('button', { name: 'Highlight', exact: true }).isVisible();
      })
      .toBe(true);
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await page.getByText(/inside a closed component of the page \(shadow DOM\)/).waitFor();
    await page.evaluate(() => (window as unknown as { fillLate(): void }).fillLate());
    await (await selectUntilToolbar(page, page, 'arrive after', 'p', 'late-box')).click();
    await waitForPaintedTexts(page, ['arrive after', 'the city desk', 'the council voted', 'the mayor promised']);
    expect(await notesInPopup(b, tabId)).toBe(4);

    await page.reload();
    await waitForPaintedTexts(page, ['the city desk', 'the council voted', 'the mayor promised']);
    await expect.poll(async () => yellowFraction(page, await rectInShadow('the mayor promised'))).toBeGreaterThan(0.3);
    // The late component fills in after the highlights were placed: its highlight follows, as late content does.
    await page.evaluate(() => (window as unknown as { fillLate(): void }).fillLate());
    await waitForPaintedTexts(page, ['arrive after', 'the city desk', 'the council voted', 'the mayor promised']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plain text and JSON: highlighted and restored; the popup says a JSON document has no article', async () => {
    const b = browser();
    server().setPage('/notes.txt', 'Plain text notes.\n\nThe second paragraph holds a plain claim.', 'text/plain');
    server().setPage('/data.json', JSON.stringify({ claim: 'Unemployment fell to four percent' }), 'application/json');
    for (const [path, text, notice] of [
      ['/notes.txt', 'holds a plain claim', null],
      ['/data.json', 'Unemployment fell', /it is a JSON document, not an HTML page/],
    ] as const) {
      const page = await b.context.newPage();
      const errors = collectErrors(page);
      await page.goto(server().origin + path);
      const { tabId } = await waitForContentScript(b.context, page);
      await (await selectUntilToolbar(page, page, text, 'pre')).click();
      await waitForPaintedTexts(page, [text]);
      await page.reload();
      await waitForPaintedTexts(page, [text]);

      const popup = await openPopup(b, tabId);
      await popup.getByRole('heading', { name: 'Notes on this page (1)' }).waitFor();
      if (notice) await popup.getByText(notice).waitFor();
      else {
        await popup.getByText('Reading the article…').waitFor({ state: 'detached' });
        expect(await popup.getByText(/not an HTML|can’t read/).count()).toBe(0);
      }
      await popup.close();
      expect(errors, path).toEqual([]);
      await page.close();
    }
  });

  it('an SVG image: nothing happens on the page, and the popup says it is not an HTML article', async () => {
    const b = browser();
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="500" height="120"><text x="10" y="50" font-size="24">Chart of the quarterly figures</text></svg>';
    server().setPage('/chart.svg', svg, 'image/svg+xml');
    const page = await b.context.newPage();
    const errors = collectErrors(page);
    await recordMessages(b);
    await page.goto(`${server().origin}/chart.svg`);
    let tabId: number | null = null;
    await expect.poll(async () => (tabId = await tabIdOf(b.context, page)), { timeout: 30_000 }).not.toBeNull();
    // Selecting the SVG's text does nothing: no element added, no message from the page to the background.
    await page.evaluate(() => {
      const t = document.querySelector('text')!.firstChild!;
      getSelection()!.setBaseAndExtent(t, 0, t, 8);
    });
    await page.mouse.move(40, 45);
    await page.mouse.up();

    const popup = await openPopup(b, tabId!);
    await popup.getByText('Quotemark can’t read this page: it is an SVG image, not an HTML article.').waitFor();
    expect(await popup.getByRole('button', { name: 'Highlight selection' }).count()).toBe(0);
    await popup.close();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(svg);
    expect((await recordedMessages(b)).filter((m) => m.includes('/chart.svg'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('browser pages: the popup says plainly that Quotemark can’t run there', async () => {
    const b = browser();
    const tabId = await b.sw.evaluate(async () => {
      const { tabs } = (globalThis as unknown as { chrome: { tabs: { create(o: object): Promise<{ id: number }> } } })
        .chrome;
      return (await tabs.create({ url: 'chrome://version/' })).id;
    });
    const popup = await openPopup(b, tabId);
    await popup.getByText(/Quotemark can’t run on this page: the browser keeps extensions off its own pages/).waitFor();
    expect(await popup.getByRole('button', { name: 'Highlight selection' }).count()).toBe(0);
    await popup.close();
  });
});
