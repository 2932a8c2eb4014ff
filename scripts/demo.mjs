// `npm start`: build the extension and show it doing its main job on the bundled demo article.
// With a display, Chromium opens with Quotemark loaded and stays open for you; without one, the same flow runs
// headless, prints what happened and saves a screenshot.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  launchWithExtension,
  paintedTexts,
  repoRoot,
  selectText,
  startServer,
  waitForContentScript,
} from './lib/extension-browser.mjs';

const headed = !!process.env.DISPLAY && !process.env.CI && !process.argv.includes('--headless');
const log = (...a) => console.log('•', ...a);

if (!process.argv.includes('--no-build')) {
  log('Building the extension (wxt build)…');
  const b = spawnSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const server = await startServer();
const url = `${server.origin}/fixtures/istanbul-talks.html`;
const browser = await launchWithExtension({ headless: !headed });
const { context, extensionId } = browser;
try {
  const page = await context.newPage();
  await page.goto(url);
  const { tabId, pageUrl } = await waitForContentScript(context, page);
  log(`Opened ${url}`);
  log(`Quotemark (extension ${extensionId}) files this page's notes under ${pageUrl}`);
  log(
    '  (its <link rel=canonical> names another site, so the page’s own URL is used: a page can’t claim another site’s notes)',
  );

  const first = 'Our goal is to end this bloody war as soon as possible.';
  await selectText(page, first, 'article');
  await page.getByRole('button', { name: 'Highlight', exact: true }).click();
  await page.waitForFunction(() => CSS.highlights.get('quotemark-yellow')?.size === 1);
  log(`Highlighted with the selection toolbar: “${first}”`);

  const second = 'No one expects an easy path. It will be very difficult';
  await selectText(page, second, 'article');
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  const editor = page.frameLocator('iframe[title="Quotemark note editor"]');
  await editor.getByLabel('Note', { exact: true }).fill('Peskov sets expectations low before the talks.');
  await editor.getByLabel('Tags (comma-separated)', { exact: true }).fill('kremlin, talks');
  await editor.getByRole('button', { name: 'Save' }).click();
  await editor.getByText('Saved').waitFor();
  log(`Annotated “${second}” with a note and tags (saved in IndexedDB)`);

  await page.reload();
  await page.waitForFunction(() => CSS.highlights.get('quotemark-yellow')?.size === 2);
  log(`After a reload, restored highlights: ${JSON.stringify(await paintedTexts(page))}`);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('heading', { name: /Notes on this page \(2\)/ }).waitFor();
  await popup
    .getByText(/RKS NEWS/)
    .first()
    .waitFor();
  const header = await popup.locator('header').innerText();
  log(`The popup shows the article as Readability sees it: ${header.replace(/\n+/g, ' | ')}`);
  const quotes = await popup.getByRole('heading', { name: /Quotes in this article/ }).textContent();
  const speakers = await popup.locator('section[aria-labelledby="quotes-heading"] legend').allTextContents();
  log(`${quotes} — speakers: ${speakers.join(', ')}`);
  await popup.close();

  mkdirSync(join(repoRoot, '.tmp'), { recursive: true });
  const shot = join(repoRoot, '.tmp/demo.png');
  await page.locator('article p').nth(2).scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot });
  log(`Screenshot of the highlighted page: ${shot}`);

  if (headed) {
    log('Chromium stays open with Quotemark loaded: select text on the page to try it. Close the window to finish.');
    await new Promise((ok) => context.on('close', ok));
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}
