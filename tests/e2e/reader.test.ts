import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  paintedTexts,
  selectText,
  useBrowser,
  waitForContentScript,
  waitForPainted,
} from './setup';

const FIRST = 'Our goal is to end this bloody war as soon as possible.';
const IN_READER = 'has provided drones to Ukraine but has not joined Western sanctions';

async function openReader(b: ExtensionBrowser, query: string): Promise<Page> {
  const reader = await b.context.newPage();
  await reader.goto(`chrome-extension://${b.extensionId}/reader.html?${query}`);
  await reader.getByRole('region', { name: 'Article' }).waitFor();
  return reader;
}

/** A passage of 8–14 words from the first long paragraph inside `scope` (one text node, single spaces). */
async function passageIn(page: Page, scope: string, skip = 0): Promise<string> {
  const p = await page.evaluate(
    ([s, k]) => {
      let seen = 0;
      const root = document.querySelector(s as string)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const words = [...(n.textContent ?? '').matchAll(/\S+/g)];
        if (words.length < 20 || !(n.parentElement as HTMLElement).offsetParent) continue;
        const text = n.textContent!.slice(words[4].index, words[15].index + words[15][0].length);
        if (/[\n\t]| {2}/.test(text) || seen++ < (k as number)) continue;
        return text;
      }
      return null;
    },
    [scope, skip],
  );
  if (!p) throw new Error(`no passage in ${scope}`);
  return p;
}

describe('the reader view', () => {
  const { browser, server } = useBrowser();

  it('shows live-page highlights, and highlights made in it appear on the live page (demo article)', async () => {
    const b = browser();
    const page = await b.context.newPage();
    await page.goto(`${server().origin}/fixtures/istanbul-talks.html`);
    const { tabId, pageUrl } = await waitForContentScript(b.context, page);
    await selectText(page, FIRST, 'article');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await waitForPainted(page, 1);

    const reader = await openReader(b, `tab=${tabId}`);
    await reader.getByRole('heading', { level: 1, name: /Russia and Ukraine Hold New Round/ }).waitFor();
    await waitForPainted(reader, 1);
    expect(await paintedTexts(reader)).toEqual([FIRST]);

    await selectText(reader, IN_READER, '[aria-label="Article"]');
    await reader.getByRole('button', { name: 'Highlight selection' }).click();
    await waitForPainted(page, 2);
    expect((await paintedTexts(page)).sort()).toEqual([FIRST, IN_READER].sort());
    await waitForPainted(reader, 2);
    expect((await paintedTexts(reader)).sort()).toEqual([FIRST, IN_READER].sort());

    await reader.getByLabel('Theme').selectOption('sepia');
    expect(await reader.locator('.reader').getAttribute('data-theme')).toBe('sepia');

    // The saved copy keeps the notes readable in context when the page is gone.
    await page.close();
    const copy = await openReader(b, `page=${encodeURIComponent(pageUrl)}`);
    await waitForPainted(copy, 2);
    await copy.getByRole('button', { name: 'Highlight selection' }).click();
    await copy.getByText(/Select some text|saved copy/).waitFor();
    await copy.close();
    await reader.close();
  });

  it('renders a hostile article as inert text', async () => {
    const b = browser();
    const hostile = `<!doctype html><html><head><title>Evil <img src=x onerror="window.__pwned=1"></title></head><body>
      <article><h1>Headline</h1>
      <p>First paragraph of a long enough article to be taken for one, with words and more words, sentences too.</p>
      <p>Payloads: <img src="x" onerror="window.__pwned = 2"> <a href="javascript:window.__pwned=3">click</a>
      <svg onload="window.__pwned=4"><circle r="1"/></svg> <script>window.__pwned = 5</script>
      <iframe src="javascript:parent.__pwned=6"></iframe> <form action="https://evil.example"><input name="q"></form>
      and the rest of a sentence that a reader might well want to read in full, twice over, for the record.</p>
      <p>Another paragraph so that Readability finds an article here, with enough text to count as content.</p>
      </article></body></html>`;
    server().setPage('/hostile-article.html', hostile);
    const page = await b.context.newPage();
    await page.goto(`${server().origin}/hostile-article.html`);
    const { tabId } = await waitForContentScript(b.context, page);
    const reader = await openReader(b, `tab=${tabId}`);
    await reader.getByText('and the rest of a sentence', { exact: false }).waitFor();
    const found = await reader.evaluate(() => {
      const region = document.querySelector('[aria-label="Article"]')!;
      return {
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
        handlers: [...region.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
        ),
        scripts: region.querySelectorAll('script, iframe, form, input, svg, style').length,
        jsLinks: [...region.querySelectorAll('a')].filter((a) => /^javascript:/i.test(a.getAttribute('href') ?? ''))
          .length,
        titleElements: document.querySelector('main h1')?.children.length,
      };
    });
    expect(found).toEqual({ pwned: null, handlers: [], scripts: 0, jsLinks: 0, titleElements: 0 });
    await reader.close();
    await page.close();
  });

  for (const name of ['bbc-1', 'guardian-1', 'nytimes-1', 'lemonde-1', 'ars-1']) {
    it(`${name}: a live-page highlight shows in the reader, and a reader highlight on the live page`, async () => {
      const b = browser();
      const page = await b.context.newPage();
      await page.goto(`${server().origin}/corpus/${name}/`, { waitUntil: 'domcontentloaded' });
      const { tabId } = await waitForContentScript(b.context, page);
      const reader = await openReader(b, `tab=${tabId}`);
      const live = await passageIn(reader, '[aria-label="Article"]', 0);
      const fromReader = await passageIn(reader, '[aria-label="Article"]', 2);

      await selectText(page, live);
      await page.getByRole('button', { name: 'Highlight', exact: true }).click();
      await waitForPainted(page, 1);
      await waitForPainted(reader, 1);
      expect(await paintedTexts(reader)).toEqual([live]);

      await selectText(reader, fromReader, '[aria-label="Article"]');
      await reader.getByRole('button', { name: 'Highlight selection' }).click();
      await waitForPainted(page, 2);
      expect((await paintedTexts(page)).sort()).toEqual([live, fromReader].sort());
      await reader.close();
      await page.close();
    });
  }
});
