#!/usr/bin/env node
/**
 * Notes page benchmark in real Chromium with the built extension (run `npx wxt build` first):
 * fills the extension's IndexedDB with 50,000 annotations over 5,000 articles (written from the notes page itself,
 * whose origin owns the database), then prints page open → first render, search latency while typing (median, p95),
 * live-update latency, full export time per format and memory.
 *
 *   npm run bench:library [-- --articles 5000 --per-article 10 --queries 30 --profile DIR]
 *
 * --profile DIR keeps the filled database in DIR for the next run, which then skips the fill.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillLibrary } from './bench-library/fill.mjs';
import {
  exportTimes,
  importTime,
  liveUpdate,
  memory,
  openNotes,
  readSteps,
  storedCount,
  typeQueries,
  workerMemory,
} from './bench-library/measure.mjs';
import { launchWithExtension } from './lib/extension-browser.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const ARTICLES = Number(opt('articles', 5000));
const PER_ARTICLE = Number(opt('per-article', 10));
const QUERIES = Number(opt('queries', 30));
const PROFILE = opt('profile', undefined);
const TARGETS = { firstRender: 300, searchMedian: 50, export: 3000 };

function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
}
const median = (xs) => quantile(xs, 0.5);
const ms = (x) => `${x.toFixed(1)} ms`;
const mb = (x) => `${(x / 1048576).toFixed(1)} MB`;
const check = (value, target) => (value <= target ? `ok (≤ ${target} ms)` : `OVER TARGET (${target} ms)`);
const steps = (st) =>
  Object.entries(st)
    .map(([k, v]) => `${k} ${v.toFixed(0)}`)
    .join(', ');

const WORDS = [
  'minister',
  'budget',
  'election',
  'climate',
  'court',
  'strike',
  'vaccine',
  'border',
  'inflation',
  'talks',
];
const QUERY_LIST = Array.from({ length: QUERIES }, (_, i) => {
  const w = WORDS[i % WORDS.length];
  return i % 3 === 0 ? w : i % 3 === 1 ? `${w} ${WORDS[(i * 7) % WORDS.length].slice(0, 4)}` : `"${w} said"`;
});

// A kept profile would also keep the previous build's service worker: reuse only its database, in a fresh profile.
const kept = PROFILE && existsSync(join(PROFILE, 'Default/IndexedDB'));
const profileDir = kept ? mkdtempSync(join(tmpdir(), 'quotemark-bench-')) : PROFILE;
if (kept) cpSync(join(PROFILE, 'Default/IndexedDB'), join(profileDir, 'Default/IndexedDB'), { recursive: true });
const b = await launchWithExtension({ profileDir });
try {
  const url = `chrome-extension://${b.extensionId}/notes.html`;
  const filler = await b.context.newPage();
  await filler.goto(url);
  await filler.waitForFunction(() => document.getElementById('summary') !== null);
  const stored = await storedCount(filler);
  if (stored < ARTICLES * PER_ARTICLE) {
    const t0 = Date.now();
    const filled = await fillLibrary(filler, { articles: ARTICLES, perArticle: PER_ARTICLE, seed: 42 });
    console.log(`Filled ${filled.annotations} annotations over ${filled.pages} articles in ${Date.now() - t0} ms.`);
  } else console.log(`Reusing the ${stored} annotations stored in ${PROFILE}.`);
  await filler.close();

  const opens = [];
  for (let i = 0; i < 3; i++) opens.push(await openNotes(b.context, url));
  for (const o of opens.slice(0, 2)) await o.page.close();
  const page = opens[2].page;
  const first = median(opens.map((o) => o.marks.firstRender));
  const ready = median(opens.map((o) => o.marks.ready));
  console.log('\nNotes page open (3 opens; ms since navigation start)');
  console.log(
    `  first render       ${opens.map((o) => ms(o.marks.firstRender)).join(', ')}  median ${ms(first)}  ${check(first, TARGETS.firstRender)}`,
  );
  console.log(`  everything indexed ${opens.map((o) => ms(o.marks.ready)).join(', ')}  median ${ms(ready)}`);
  console.log(`  steps of the last open (ms): ${steps(opens[2].marks.steps)}`);

  const s = await typeQueries(page, QUERY_LIST);
  console.log(`\nSearch (${QUERY_LIST.length} queries typed key by key; input event → results in the DOM)`);
  console.log(
    `  per keystroke      median ${ms(median(s.keys))}  p95 ${ms(quantile(s.keys, 0.95))}  (${s.keys.length} keys)  ${check(median(s.keys), TARGETS.searchMedian)}`,
  );
  console.log(`  last key of query  median ${ms(median(s.finals))}  p95 ${ms(quantile(s.finals, 0.95))}`);
  console.log(`  pasted query       median ${ms(median(s.pasted))}  p95 ${ms(quantile(s.pasted, 0.95))}`);
  console.log(
    `  of which: query in the worker median ${ms(median(s.worker))} p95 ${ms(quantile(s.worker, 0.95))}; rendering median ${ms(median(s.render))} p95 ${ms(quantile(s.render, 0.95))}`,
  );
  console.log(`  e.g. ${JSON.stringify(QUERY_LIST[1])} → ${s.counts[1]}`);

  const live = await liveUpdate(page);
  console.log(`\nLive update: edit written in ${ms(live.written)}, shown on the open page after ${ms(live.shown)}`);
  console.log(`  steps (ms): ${steps(await readSteps(page))}`);

  const exports = await exportTimes(page);
  console.log('\nExport of everything (click → download)');
  for (const e of exports) {
    const split = e.timings ? `build ${e.timings.build.toFixed(0)} ms in the worker` : '';
    console.log(
      `  ${e.format.padEnd(22)} ${String(e.ms).padStart(6)} ms  (${split})  ${mb(e.bytes)}  ${e.name}  ${check(e.ms, TARGETS.export)}`,
    );
  }

  // Re-import a big JSON export (every quote: about a third of the library): stable ids, so nothing is duplicated.
  await page.getByLabel('Kind', { exact: true }).selectOption('quote');
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  if ((await exportButton.getAttribute('aria-expanded')) !== 'true') await exportButton.click();
  await page.getByRole('radio', { name: /^Shown/ }).check();
  const [quotes] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: 'JSON (Web Annotation)', exact: true }).click(),
  ]);
  const file = await readFile(await quotes.path());
  await page.keyboard.press('Escape');
  const imp = await importTime(page, 'quotes.json', file);
  console.log(`\nImport of ${mb(file.length)} (${imp.label.replace(/^Import /, '')}, already stored)`);
  console.log(
    `  file handed to the page by the test harness in ${imp.handed} ms; read + checked (import worker) by ${imp.parsed} ms`,
  );
  console.log(`  then stored in one transaction (background) in ${imp.stored} ms`);
  console.log(`  ${imp.message}`);
  console.log(`  main thread meanwhile: ${imp.longTasks} long tasks, the longest ${ms(imp.longest)}`);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  const mem = await memory(b.context, page);
  console.log(
    `\nMemory after GC: page JS heap ${mb(mem.heapUsed)} used / ${mb(mem.heapTotal)}, ${mem.nodes} DOM nodes`,
  );
  const wm = await workerMemory(b.context, page);
  if (wm)
    console.log(`  library worker JS heap ${mb(wm.used)} used / ${mb(wm.total)} (the whole library and its index)`);
} finally {
  await b.close({ keepProfile: !!PROFILE && !kept });
  if (kept) rmSync(profileDir, { recursive: true, force: true });
}
