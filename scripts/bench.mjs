// `npm run bench`: figures for the core extension, from a real Chromium run. Prints; asserts nothing.
//  - content script size (bytes, gzip) and its main-thread time on a page with no annotations
//  - time to restore 100 highlights on the longest corpus page
//  - popup bundle size and time from open to first render
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  extensionDir,
  launchWithExtension,
  repoRoot,
  startServer,
  tellTab,
  waitForContentScript,
} from './lib/extension-browser.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sizes = (file) => {
  const buf = readFileSync(join(extensionDir, file));
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
};

if (!process.argv.includes('--no-build')) {
  const b = spawnSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

/** Main-thread milliseconds spent in our extension's scripts while `action` runs (union of trace intervals). */
async function extensionMainThreadMs(context, page, extensionId, action) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'] },
  });
  await action();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const ours = `chrome-extension://${extensionId}/`;
  const spans = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.dur &&
        [
          'EvaluateScript',
          'FunctionCall',
          'v8.compile',
          'v8.run',
          'TimerFire',
          'EventDispatch',
          'v8.callFunction',
        ].includes(e.name),
    )
    .filter((e) => {
      const d = e.args?.data ?? e.args?.beginData ?? {};
      return String(d.url ?? d.fileName ?? d.scriptName ?? '').startsWith(ours);
    })
    .map((e) => [e.ts, e.ts + e.dur])
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -1;
  for (const [s, e] of spans) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total / 1000;
}

/** Main-thread ms of the content script on a page with no notes (bbc-1), one figure per run. */
async function idleRuns(context, page, extensionId, origin, answers) {
  const idle = [];
  for (let i = 0; i < RUNS; i++) {
    idle.push(
      await extensionMainThreadMs(context, page, extensionId, async () => {
        await page.goto(`${origin}/corpus/bbc-1/?run=${i}`, { waitUntil: 'load' });
        // Content scripts at document_idle run by the load event at the latest; ours also answers once it is done.
        if (answers) await waitForContentScript(context, page);
        else await page.evaluate(() => new Promise((ok) => requestIdleCallback(ok)));
      }),
    );
  }
  return idle;
}

// The floor, for comparison: the same extension whose content script only sends the one `page.load` message
// (no WXT wrapper, no listeners). `--idle-only` measures whichever build QUOTEMARK_EXTENSION_DIR names, prints JSON.
const FLOOR_SCRIPT = `chrome.runtime.sendMessage({ type: 'page.load', url: location.href, hints: { canonical: null, ogUrl: null } });`;
if (process.argv.includes('--idle-only')) {
  const server = await startServer();
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    console.log(JSON.stringify(await idleRuns(browser.context, page, browser.extensionId, server.origin, false)));
  } finally {
    await browser.close();
    await server.close();
  }
  process.exit(0);
}
function floorRuns() {
  const dir = mkdtempSync(join(tmpdir(), 'quotemark-floor-'));
  cpSync(extensionDir, dir, { recursive: true });
  writeFileSync(join(dir, 'content-lite.js'), FLOOR_SCRIPT);
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--no-build', '--idle-only'], {
    env: { ...process.env, QUOTEMARK_EXTENSION_DIR: dir },
    encoding: 'utf8',
  });
  rmSync(dir, { recursive: true, force: true });
  if (child.status !== 0) throw new Error(`floor run failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1));
}

const server = await startServer();
const browser = await launchWithExtension();
const { context, extensionId } = browser;
const rows = [];
try {
  // 1. Content script: size, and cost on a page with no annotations (a real news page from the corpus).
  const content = sizes('content-lite.js');
  const annotatorJs = sizes('annotator.js');
  const page = await context.newPage();
  const idle = await idleRuns(context, page, extensionId, server.origin, true);
  const floor = floorRuns();
  rows.push([
    'content script (every page)',
    `${content.raw} B, ${content.gzip} B gzip (${kb(content.gzip)})`,
    '≤ 10 KB gzip',
  ]);
  rows.push(['annotator (loaded on demand)', `${annotatorJs.raw} B, ${annotatorJs.gzip} B gzip`, '—']);
  rows.push([
    'main thread, page with no notes',
    `${median(idle).toFixed(2)} ms median of ${RUNS} (min ${Math.min(...idle).toFixed(2)}, max ${Math.max(...idle).toFixed(2)})`,
    '≤ 2 ms',
  ]);
  rows.push([
    '  floor: a bare one-message content script',
    `${median(floor).toFixed(2)} ms median of ${RUNS} (min ${Math.min(...floor).toFixed(2)}, max ${Math.max(...floor).toFixed(2)})`,
    '—',
  ]);

  // 2. Restoring 100 highlights on the longest corpus page.
  // "Longest" = most visible text, among the three largest corpus files.
  let longest = null;
  let longestChars = 0;
  for (const n of ['yahoo-1', 'guardian-1', 'wikipedia-2']) {
    await page.goto(`${server.origin}/corpus/${n}/`, { waitUntil: 'domcontentloaded' });
    const chars = await page.evaluate(() => document.body.innerText.length);
    if (chars > longestChars) [longest, longestChars] = [n, chars];
  }
  const url = `${server.origin}/corpus/${longest}/`;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const { tabId } = await waitForContentScript(context, page);
  // Make the highlights as a reader would: select a passage, then "Highlight selection" (the popup's command).
  const candidates = await page.evaluate(() => {
    const nodes = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.parentElement?.offsetParent) continue;
      for (let at = n.data.search(/\S/); at >= 0 && at + 50 < n.data.length; at += 120) nodes.push([n, at]);
    }
    window.__benchNodes = nodes;
    return nodes.length;
  });
  let made = 0;
  const step = Math.max(1, Math.floor(candidates / 130));
  for (let i = 0; made < 100 && i < candidates; i += step) {
    await page.evaluate((k) => {
      const [n, start] = window.__benchNodes[k];
      const r = document.createRange();
      r.setStart(n, start);
      r.setEnd(n, Math.min(n.data.length, start + 40));
      getSelection().removeAllRanges();
      getSelection().addRange(r);
    }, i);
    const r = await tellTab(context, tabId, { type: 'tab.highlightSelection' });
    if (r?.ok) made++;
  }
  const restore = [];
  const anchorOnly = [];
  for (let i = 0; i < RUNS; i++) {
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => performance.getEntriesByName('quotemark:place').length > 0, null, {
      timeout: 60_000,
    });
    const [place, anchor] = await page.evaluate(() =>
      ['quotemark:place', 'quotemark:anchor'].map((n) => performance.getEntriesByName(n)[0].duration),
    );
    restore.push(place);
    anchorOnly.push(anchor);
  }
  rows.push([
    `restore ${made} highlights (${longest}, ${longestChars} chars): anchor + paint`,
    `${median(restore).toFixed(1)} ms median (max ${Math.max(...restore).toFixed(1)})`,
    '≤ 50 ms',
  ]);
  rows.push(['  of which anchoring (text model + 100 anchors)', `${median(anchorOnly).toFixed(1)} ms median`, '—']);

  // 3. Popup: bundle size and time to first render.
  const html = readFileSync(join(extensionDir, 'popup.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const popupGzip = files.filter((f) => f.endsWith('.js')).reduce((s, f) => s + sizes(f).gzip, 0);
  const extractChunk = readdirSync(join(extensionDir, 'chunks')).find((f) => f.startsWith('extract'));
  rows.push(['popup JS (initial)', `${popupGzip} B gzip (${kb(popupGzip)})`, '≤ 40 KB gzip']);
  if (extractChunk)
    rows.push([
      '  + Readability chunk, loaded after first render',
      `${sizes(`chunks/${extractChunk}`).gzip} B gzip`,
      '—',
    ]);
  const firstRender = [];
  for (let i = 0; i < RUNS; i++) {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForFunction(() => performance.getEntriesByName('quotemark:first-render').length > 0);
    firstRender.push(await popup.evaluate(() => performance.getEntriesByName('quotemark:first-render')[0].startTime));
    await popup.close();
  }
  rows.push(['popup open → first render', `${median(firstRender).toFixed(1)} ms median`, '—']);
} finally {
  await browser.close();
  await server.close();
}

const w = Math.max(...rows.map((r) => r[0].length));
const w2 = Math.max(...rows.map((r) => r[1].length));
console.log(`\nQuotemark core figures (Chromium ${process.env.CHROMIUM_VERSION ?? ''}, ${RUNS} runs each)\n`);
console.log(`${'what'.padEnd(w)}  ${'measured'.padEnd(w2)}  budget`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w)}  ${b.padEnd(w2)}  ${c}`);
