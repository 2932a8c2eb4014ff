import { describe, expect, it } from 'vitest';
import { paintedTexts, selectText, useBrowser, waitForContentScript, waitForPainted } from './setup';

// Real news pages with their real markup (ads, share bars, odd nesting). Five of the corpus, chosen to vary:
// BBC, The Guardian, The New York Times, Le Monde (French), Ars Technica.
const PAGES = ['bbc-1', 'guardian-1', 'nytimes-1', 'lemonde-1', 'ars-1'];

describe('highlights on real news pages', () => {
  const { browser, server } = useBrowser();

  for (const name of PAGES) {
    it(`${name}: highlight a sentence, reload, and find it painted on the same text`, async () => {
      const b = browser();
      const page = await b.context.newPage();
      await page.goto(`${server().origin}/corpus/${name}/`, { waitUntil: 'domcontentloaded' });
      await waitForContentScript(b.context, page);
      // A passage a reader would pick: words 3..15 of the first long, visible paragraph.
      const passage = await page.evaluate(() => {
        for (const p of document.querySelectorAll('p')) {
          const text = p.textContent ?? '';
          const child = [...p.childNodes].find((n) => n.nodeType === 3 && (n.textContent ?? '').length > 120);
          if (!child || text.length < 160 || !(p as HTMLElement).offsetParent) continue;
          const raw = child.textContent ?? '';
          const words = [...raw.matchAll(/\S+/g)];
          if (words.length < 16) continue;
          const passage = raw.slice(words[3].index, words[14].index + words[14][0].length);
          if (!/[\n\t]| {2}/.test(passage)) return passage;
        }
        return null;
      });
      expect(passage, 'the page has a paragraph to highlight').toBeTruthy();
      await selectText(page, passage!);
      await page.getByRole('button', { name: 'Highlight', exact: true }).click();
      await waitForPainted(page, 1);
      expect(await paintedTexts(page)).toEqual([passage]);

      await page.reload({ waitUntil: 'domcontentloaded' });
      await waitForPainted(page, 1);
      expect(await paintedTexts(page)).toEqual([passage]);
      await page.close();
    });
  }
});
