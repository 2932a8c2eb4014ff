#!/usr/bin/env node
/**
 * Anchoring benchmark in real Chromium: Quotemark vs dom-anchor-text-quote vs Apache Annotator on the corpus.
 * For each page: sample passages (seeded), describe them on the original page, then on fresh loads apply each
 * change class and score every anchor correct / wrong / orphan against the passage's true place.
 *
 *   npm run bench:anchoring [-- --pages N] [--quick] [--passages N] [--page NAME[,NAME…]] [--classes C[,C…]] [--no-batch]
 *
 * Pages are served from 127.0.0.1 with a CSP that stops their own scripts; every other request is aborted.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { buildBundle } from './bench-anchoring/bundle.mjs';
import { printTable, summarize } from './bench-anchoring/report.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus/pages');
const CLASSES = [
  'none',
  'inserted',
  'restructured',
  'edited-elsewhere',
  'edited-inside',
  'moved',
  'duplicated',
  'removed',
];

function parseArgs(argv) {
  const opts = { pages: Infinity, passages: 45, page: null, batch: 200, classes: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') Object.assign(opts, { pages: 8, passages: 20, batch: 200 });
    else if (a === '--pages') opts.pages = Number(argv[++i]);
    else if (a === '--passages') opts.passages = Number(argv[++i]);
    else if (a === '--page') opts.page = argv[++i].split(',');
    else if (a === '--classes') opts.classes = argv[++i].split(',');
    else if (a === '--no-batch') opts.batch = 0;
  }
  return opts;
}

function serve(dir) {
  const server = createServer(async (req, res) => {
    const m = /^\/pages\/([\w-]+)\/source\.html$/.exec(req.url ?? '');
    if (!m) return res.writeHead(404).end();
    try {
      const body = await readFile(join(dir, m[1], 'source.html'));
      // The page's own scripts never run (CSP; DevTools evaluation is exempt, so the harness still can). Not
      // javaScriptEnabled:false: that also blocks DOM callbacks (NodeIterator filters) the peers rely on.
      // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
      res.writeHead(200, {
        'content-type': 'text/html',
        'content-security-policy': "script-src 'none'; object-src 'none'",
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const seedOf = (s) => [...s].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261);

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const bundle = await buildBundle();
  let names = (await readdir(CORPUS)).sort();
  if (opts.page) names = names.filter((n) => opts.page.includes(n));
  if (Number.isFinite(opts.pages)) names = names.filter((_, i) => i % Math.ceil(names.length / opts.pages) === 0);
  const server = await serve(CORPUS);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext();
  await context.route('**/*', (route) => {
    const req = route.request();
    if (req.isNavigationRequest() && req.url().startsWith(`${base}/pages/`)) return route.continue();
    return route.abort();
  });
  const page = await context.newPage();
  const load = async (name) => {
    await page.goto(`${base}/pages/${name}/source.html`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.evaluate(bundle);
  };

  const all = [];
  const pages = [];
  for (const name of names) {
    const t0 = Date.now();
    await load(name);
    const info = await page.evaluate(() => window.__bench.modelInfo());
    const described = await page.evaluate(([s, n]) => window.__bench.describe(s, n), [seedOf(name), opts.passages]);
    const builds = [];
    const seeds = Object.fromEntries(CLASSES.map((c) => [c, seedOf(name + c)]));
    // 'none' on the page just described; each global change on a fresh load; per-passage changes share one.
    const loads = [
      ['none'],
      ['inserted'],
      ['restructured'],
      ['edited-elsewhere'],
      ['edited-inside', 'moved', 'duplicated', 'removed'],
    ];
    for (const [k, group] of loads.entries()) {
      const classes = opts.classes ? group.filter((c) => opts.classes.includes(c)) : group;
      if (classes.length === 0) continue;
      if (k > 0) await load(name);
      const res = await page.evaluate(([c, s, d]) => window.__bench.run(c, s, d), [classes, seeds, described]);
      for (const cls of classes) {
        for (const row of res[cls].rows) all.push({ page: name, cls, ...row, exact: described[row.i].exact });
        builds.push(...res[cls].builds);
      }
    }
    const levels = {};
    for (const d of described) levels[d.level] = (levels[d.level] ?? 0) + 1;
    pages.push({ name, ...info, passages: described.length, levels, builds, secs: (Date.now() - t0) / 1000 });
    console.error(
      `${name}: ${info.chars} chars, ${described.length} passages, ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
  }

  // Many annotations on the longest page: one anchorAll, model build included.
  const longest = pages.reduce((a, b) => (b.chars > a.chars ? b : a));
  await load(longest.name);
  const many = await page.evaluate(
    ([s, n]) => window.__bench.describe(s, n),
    [seedOf(`${longest.name}-batch`), opts.batch],
  );
  const batch = {};
  for (const cls of opts.batch > 0 ? ['none', 'inserted'] : []) {
    await load(longest.name);
    if (cls !== 'none') await page.evaluate(([c, s]) => window.__bench.applyGlobal(c, s, 0), [cls, 7]);
    batch[cls] = await page.evaluate((d) => window.__bench.timeBatch(d), many);
  }
  await browser.close();
  server.close();

  const summary = summarize(all, CLASSES);
  printTable(summary, pages, { page: longest.name, chars: longest.chars, batch }, (Date.now() - started) / 1000);
  await mkdir(join(ROOT, 'bench-results'), { recursive: true });
  await writeFile(
    join(ROOT, 'bench-results/anchoring.json'),
    JSON.stringify({ summary, pages, batch, rows: all }, null, 1),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
