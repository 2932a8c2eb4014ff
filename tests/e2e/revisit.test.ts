import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  openPopup,
  paintedTexts,
  selectText,
  sharedDir,
  useBrowser,
  waitForContentScript,
  waitForPainted,
} from './setup';

const demo = readFileSync(join(sharedDir, 'fixtures/istanbul-talks.html'), 'utf8');
const PASSAGE = 'has provided drones to Ukraine but has not joined Western sanctions';

/** The demo article with its paragraph about drones removed, then re-inserted by a script after `delay` ms. */
function lazyVariant(delay: number): string {
  const para = demo.match(/<p>Turkey, which maintains[\s\S]*?<\/p>/)![0];
  const script = `<script>setTimeout(() => { const p = document.createElement('div'); p.innerHTML = ${JSON.stringify(
    para,
  )}; document.querySelector('.article-body').append(p.firstChild); }, ${delay});</script>`;
  return demo.replace(para, '').replace('</body>', `${script}</body>`);
}

describe('coming back to an article', () => {
  const { browser, server } = useBrowser();

  it('shows the same notes at another URL of the same article (canonical link, fragment, tracking)', async () => {
    const b = browser();
    const s = server();
    // Two paths of one site whose pages name the same canonical URL (as AMP or print versions do).
    const withCanonical = demo.replace(
      'https://rks-news.example/world/russia-ukraine-istanbul-talks-third-round',
      `${s.origin}/world/istanbul-talks`,
    );
    s.setPage('/world/istanbul-talks', withCanonical);
    s.setPage('/amp/istanbul-talks.html', withCanonical);
    const page = await b.context.newPage();
    await page.goto(`${s.origin}/world/istanbul-talks`);
    await waitForContentScript(b.context, page);
    await selectText(page, PASSAGE, 'article');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await waitForPainted(page, 1);

    for (const url of [`${s.origin}/amp/istanbul-talks.html`, `${s.origin}/world/istanbul-talks?fbclid=abc#comments`]) {
      const other = await b.context.newPage();
      await other.goto(url);
      await waitForPainted(other, 1);
      expect(await paintedTexts(other)).toEqual([PASSAGE]);
      await other.close();
    }
    await page.close();
  });

  it('places a highlight once its lazily loaded paragraph appears', async () => {
    const b = browser();
    const s = server();
    s.setPage(
      '/lazy.html',
      lazyVariant(1500).replace(
        'https://rks-news.example/world/russia-ukraine-istanbul-talks-third-round',
        `${s.origin}/lazy`,
      ),
    );
    s.setPage(
      '/lazy-now.html',
      lazyVariant(0).replace(
        'https://rks-news.example/world/russia-ukraine-istanbul-talks-third-round',
        `${s.origin}/lazy`,
      ),
    );
    // Make the highlight on a copy where the paragraph is present at once.
    const first = await b.context.newPage();
    await first.goto(`${s.origin}/lazy-now.html`);
    await waitForContentScript(b.context, first);
    await first.getByText(/Turkey, which maintains/).waitFor();
    await selectText(first, PASSAGE, 'article');
    await first.getByRole('button', { name: 'Highlight', exact: true }).click();
    await waitForPainted(first, 1);
    await first.close();

    const page = await b.context.newPage();
    await page.goto(`${s.origin}/lazy.html`);
    const { tabId } = await waitForContentScript(b.context, page);
    expect(await page.getByText(/Turkey, which maintains/).count()).toBe(0);
    await waitForPainted(page, 1); // after the paragraph arrives
    expect(await paintedTexts(page)).toEqual([PASSAGE]);
    const popup = await openPopup(b, tabId);
    await popup.getByRole('heading', { name: 'Notes on this page (1)' }).waitFor();
    await popup.close();
    await page.close();
  });

  it('lists an annotation whose text is gone as not found, with its quote, and never paints it elsewhere', async () => {
    const b = browser();
    const s = server();
    const withIt = demo.replace(
      'https://rks-news.example/world/russia-ukraine-istanbul-talks-third-round',
      `${s.origin}/gone.html`,
    );
    s.setPage('/gone.html', withIt);
    const page = await b.context.newPage();
    await page.goto(`${s.origin}/gone.html`);
    await waitForContentScript(b.context, page);
    await selectText(page, PASSAGE, 'article');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await waitForPainted(page, 1);

    s.setPage('/gone.html', withIt.replace(/<p>Turkey, which maintains[\s\S]*?<\/p>/, ''));
    await page.reload();
    const { tabId } = await waitForContentScript(b.context, page);
    const popup = await openPopup(b, tabId);
    await popup.getByRole('heading', { name: 'Not found on this page (1)' }).waitFor();
    expect(await popup.getByText(PASSAGE).count()).toBe(1);
    await popup.getByRole('heading', { name: 'Notes on this page (0)' }).waitFor();
    expect(await paintedTexts(page)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('follows a headline the site moved, not its identical twin in another list', async () => {
    const b = browser();
    const s = server();
    const HEADLINE = 'Ceasefire talks resume in Istanbul after a two-week pause';
    const item = (id: string, text: string) => `<li id="${id}"><a class="teaser" href="/x">${text}</a></li>`;
    const para = (text: string) => `<p>${text}</p>`;
    const article = [
      'Delegations met on Tuesday morning at a palace on the Bosphorus, officials said.',
      'The first session lasted three hours and ended without a joint statement.',
      'Both sides said technical groups would keep working through the night.',
      'A second round is planned before the end of the month, according to the hosts.',
    ].map(para);
    const page = (top: string[], body: string[]) =>
      `<!doctype html><html><head><title>Twins</title></head><body><ul class="top">${top.join('')}</ul>` +
      `<article>${body.join('')}</article><h2>Most read</h2><ul class="most">${item('m1', HEADLINE)}` +
      `${item('m2', 'Markets close higher as oil prices fall')}</ul></body></html>`;
    const first = [item('t1', HEADLINE), item('t2', 'Opinion: what the talks can and cannot achieve')];
    s.setPage('/twins.html', page(first, article));
    const tab = await b.context.newPage();
    await tab.goto(`${s.origin}/twins.html`);
    await waitForContentScript(b.context, tab);
    await selectText(tab, 'talks resume in Istanbul', 'ul.top');
    await tab.getByRole('button', { name: 'Highlight', exact: true }).click();
    await waitForPainted(tab, 1);

    // The site moves the top item into the article; the "Most read" twin stays where it was.
    s.setPage(
      '/twins.html',
      page(first.slice(1), [...article.slice(0, 2), `<ul>${first[0]}</ul>`, ...article.slice(2)]),
    );
    await tab.reload();
    await waitForContentScript(b.context, tab);
    await waitForPainted(tab, 1);
    const where = await tab.evaluate(() => {
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('quotemark') || name === 'quotemark-focus') continue;
        for (const r of h) return { text: r.toString(), in: r.startContainer.parentElement?.closest('li')?.id };
      }
      return null;
    });
    expect(where).toEqual({ text: 'talks resume in Istanbul', in: 't1' });
    await tab.close();
  });

  it('follows client-side navigation in a single-page site', async () => {
    const b = browser();
    const s = server();
    const body = (text: string) => `<h1>SPA</h1><article><p>${text}</p></article>`;
    const app = `<!doctype html><html><head><title>SPA</title></head><body>${body('The first story says nothing special at all.')}
<script>
window.go = (path, text) => { history.pushState({}, '', path); document.body.innerHTML = ${JSON.stringify(body(''))}.replace('<p></p>', '<p>' + text + '</p>'); };
</script></body></html>`;
    s.setPage('/spa/one', app);
    s.setPage(
      '/spa/two',
      app.replace('The first story says nothing special at all.', 'The second story has a sentence worth keeping.'),
    );
    // Annotate story two on its own URL.
    const page = await b.context.newPage();
    await page.goto(`${s.origin}/spa/two`);
    await waitForContentScript(b.context, page);
    await selectText(page, 'a sentence worth keeping');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await waitForPainted(page, 1);
    // Start on story one, navigate client-side to story two: the highlight appears.
    await page.goto(`${s.origin}/spa/one`);
    await waitForContentScript(b.context, page);
    expect(await paintedTexts(page)).toEqual([]);
    await page.evaluate(() =>
      (window as unknown as { go: (p: string, t: string) => void }).go(
        '/spa/two',
        'The second story has a sentence worth keeping.',
      ),
    );
    await waitForPainted(page, 1);
    expect(await paintedTexts(page)).toEqual(['a sentence worth keeping']);
    await page.close();
  });
});
