// Real-browser plumbing shared by `npm start` (scripts/demo.mjs), the e2e tests and the benchmarks:
// a static server on 127.0.0.1 for the demo article, the corpus and test pages, and Debian's Chromium
// with the built extension loaded unpacked (playwright-core; Playwright's own browser download doesn't work here).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = resolve(repoRoot, '../shared');
// QUOTEMARK_EXTENSION_DIR: test a private copy of the build; QUOTEMARK_OUT_DIR: the build folder wxt.config.ts used
// (others building in the same checkout replace .output).
export const extensionDir = process.env.QUOTEMARK_EXTENSION_DIR
  ? resolve(process.env.QUOTEMARK_EXTENSION_DIR)
  : join(resolve(repoRoot, process.env.QUOTEMARK_OUT_DIR ?? '.output'), 'chrome-mv3');
export const corpusNames = () =>
  readdirSafe(join(sharedDir, 'corpus/pages')).filter((n) =>
    existsSync(join(sharedDir, 'corpus/pages', n, 'source.html')),
  );

function readdirSafe(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };

/**
 * Serves `/fixtures/<file>` from shared/fixtures, `/corpus/<name>/` from shared/corpus/pages/<name>/source.html,
 * and pages that a test registers with `setPage(path, body, type)`. Everything else is 404: nothing remote is fetched.
 */
export async function startServer() {
  const pages = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let body = null;
    let type = 'text/html; charset=utf-8';
    if (pages.has(path)) ({ body, type } = pages.get(path));
    else if (path.startsWith('/fixtures/')) body = readIn(join(sharedDir, 'fixtures'), path.slice('/fixtures/'.length));
    else if (path.startsWith('/corpus/')) {
      const name = path.slice('/corpus/'.length).replace(/\/$/, '');
      body = readIn(join(sharedDir, 'corpus/pages'), `${name}/source.html`);
    }
    if (body === null) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    if (!pages.has(path)) type = TYPES[extname(path)] ?? type;
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    setPage(path, body, type = 'text/html; charset=utf-8') {
      pages.set(path, { body, type });
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

function readIn(dir, rel) {
  const file = resolve(dir, rel);
  if (!file.startsWith(dir) || !existsSync(file)) return null;
  return readFileSync(file);
}

/**
 * The first of `paths` that exists, the path in environment variable `env` first; otherwise an error saying how to
 * install `name` from Debian (`pkg`).
 */
export function browserPath(name, env, pkg, paths) {
  const found = [process.env[env], ...paths].filter(Boolean).find((p) => existsSync(p));
  if (!found) throw new Error(`${name} not found: install it with \`apt-get install -y ${pkg}\` (or set ${env}).`);
  return found;
}

/** Where Chromium is: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath() {
  return browserPath('Chromium', 'CHROMIUM_PATH', 'chromium', ['/usr/bin/chromium', '/usr/bin/chromium-browser']);
}

/**
 * Launches Chromium with the built extension. Pass the same `profileDir` again to "restart the browser" with the same
 * IndexedDB. Returns the context, the extension id and its service worker.
 */
export async function launchWithExtension({ profileDir, headless = true, display, args = [] } = {}) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build:chrome\` first.`);
  }
  const ownProfile = !profileDir;
  const dir = profileDir ?? mkdtempSync(join(tmpdir(), 'quotemark-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    // `display`: a headed browser on that X display (scripts/lib/x-display.mjs), for real OS-level input.
    headless: display ? false : headless,
    ...(display ? { env: { ...process.env, DISPLAY: display } } : {}),
    ignoreDefaultArgs: ['--disable-extensions'],
    // On a real display the window is the viewport (no emulation), so screen coordinates can be worked out.
    viewport: display ? null : { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
  // Nothing leaves the machine: the corpus pages' ads, fonts and trackers are refused at once.
  await context.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && /^https?:$/.test(url.protocol),
    (route) => route.abort('blockedbyclient'),
  );
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    sw,
    extensionId,
    profileDir: dir,
    async close({ keepProfile = !ownProfile } = {}) {
      await context.close();
      if (!keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The tab id of a page, found through the service worker (the popup needs it when opened in a tab of its own).
 * The extension has no "tabs" permission, so tab URLs are hidden from it: each tab's content script is asked instead.
 */
export async function tabIdOf(context, page) {
  const sw = context.serviceWorkers()[0];
  return sw.evaluate(async (u) => {
    for (const tab of await chrome.tabs.query({})) {
      const r = await chrome.tabs.sendMessage(tab.id, { type: 'tab.info' }, { frameId: 0 }).catch(() => null);
      if (r?.ok && r.data.url === u) return tab.id;
    }
    return null;
  }, page.url());
}

/** Sends a command to a tab's content script through the service worker; resolves to its `{ ok, data|error }`. */
export async function tellTab(context, tabId, command) {
  const sw = context.serviceWorkers()[0];
  return sw.evaluate(
    ([id, cmd]) => chrome.tabs.sendMessage(id, cmd, { frameId: 0 }).catch((e) => ({ ok: false, error: String(e) })),
    [tabId, command],
  );
}

/** Waits until the content script in `page` has loaded its annotations (it answers tab.info with a page URL). */
export async function waitForContentScript(context, page, timeout = 30_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const tabId = await tabIdOf(context, page);
    if (tabId !== null) {
      const r = await tellTab(context, tabId, { type: 'tab.info' });
      if (r?.ok && r.data.pageUrl) return { tabId, pageUrl: r.data.pageUrl };
    }
    if (Date.now() > until) throw new Error(`content script did not start on ${page.url()}`);
    await page.waitForTimeout(100);
  }
}

/** Names and range counts of Quotemark's entries in the page's CSS highlight registry (read from the main world). */
export async function paintedHighlights(page) {
  return page.evaluate(() => {
    const out = {};
    for (const [name, h] of CSS.highlights) if (name.startsWith('quotemark')) out[name] = h.size;
    return out;
  });
}

/** The painted text of every Quotemark highlight in the page (each range's toString), sorted. */
export async function paintedTexts(page) {
  return page.evaluate(() => {
    const out = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('quotemark') || name === 'quotemark-focus') continue;
      for (const r of h) out.push(r.toString());
    }
    return out.sort();
  });
}

/**
 * Selects the first occurrence of `text` inside `scope` (a CSS selector) in the page's own DOM, as a reader's drag
 * would, then releases the mouse over the selection's end so the selection toolbar appears.
 */
export async function selectText(page, text, scope = 'body') {
  const box = await page.evaluate(
    ([t, s]) => {
      const root = document.querySelector(s);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.data.indexOf(t);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + t.length);
        range.startContainer.parentElement.scrollIntoView({ block: 'center' });
        // From the prototype: a hostile page may have replaced window.getSelection.
        const sel = Document.prototype.getSelection.call(document);
        sel.removeAllRanges();
        sel.addRange(range);
        const rects = range.getClientRects();
        const last = rects[rects.length - 1];
        return { x: last.right - 2, y: last.top + last.height / 2 };
      }
      return null;
    },
    [text, scope],
  );
  if (!box) throw new Error(`text not found on the page: ${text}`);
  // The selection is made through the DOM (exact to the character); the mouse-up is a real one, over its end.
  await page.mouse.move(box.x, box.y);
  await page.mouse.up();
  return box;
}
