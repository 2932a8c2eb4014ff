// In-browser measurements of the notes page for scripts/bench-library.mjs.
import { statSync } from 'node:fs';

/** The page's latest `performance.measure` durations by step (see entrypoints/notes/use-library.ts). */
const STEPS = ['notes:preview-read', 'notes:read', 'notes:index', 'notes:facets', 'notes:query', 'notes:render'];
export const readSteps = (page) =>
  page.evaluate(
    (names) =>
      Object.fromEntries(names.map((n) => [n.slice(6), performance.getEntriesByName(n).at(-1)?.duration ?? NaN])),
    STEPS,
  );

/** Number of annotations stored in the extension's database (read from one of its pages). */
export const storedCount = (page) =>
  page.evaluate(
    () =>
      new Promise((ok) => {
        const r = indexedDB.open('quotemark');
        r.onsuccess = () => {
          const c = r.result.transaction('annotations').objectStore('annotations').count();
          c.onsuccess = () => {
            r.result.close();
            ok(c.result);
          };
        };
      }),
  );

/** Opens notes.html and waits for the full index; returns the page's own marks (ms since navigation start). */
export async function openNotes(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('notes:ready').length > 0 && performance.getEntriesByName('notes:update').length,
    null,
    { timeout: 120_000 },
  );
  const marks = await page.evaluate(() => ({
    firstRender: performance.getEntriesByName('notes:first-render')[0].startTime,
    ready: performance.getEntriesByName('notes:ready')[0].startTime,
  }));
  return { page, marks: { ...marks, steps: await readSteps(page) } };
}

/** Types each query one key at a time; times each key from input event to results in the DOM. */
export async function typeQueries(page, queries) {
  return page.evaluate(async (list) => {
    const box = document.querySelector('input[type=search]');
    const summary = document.getElementById('summary');
    const answered = (value) =>
      new Promise((resolve) => {
        if (summary.dataset.resultsFor === value) return resolve();
        const mo = new MutationObserver(() => {
          if (summary.dataset.resultsFor !== value) return;
          mo.disconnect();
          resolve();
        });
        mo.observe(summary, { attributes: true, childList: true, subtree: true, characterData: true });
      });
    const step = (name) => performance.getEntriesByName(name).at(-1)?.duration ?? 0;
    const worker = [];
    const render = [];
    const type = async (value) => {
      const t0 = performance.now();
      box.value = value;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await answered(value);
      const t = performance.now() - t0;
      if (value) {
        worker.push(step('notes:query'));
        render.push(step('notes:render'));
      }
      return t;
    };
    const keys = [];
    const finals = [];
    const counts = [];
    for (const q of list) {
      await type('');
      for (let i = 1; i <= q.length; i++) {
        const t = await type(q.slice(0, i));
        keys.push(t);
        if (i === q.length) finals.push(t);
      }
      counts.push(summary.textContent);
    }
    const pasted = [];
    for (const q of list) {
      await type('');
      pasted.push(await type(q));
    }
    await type('');
    return { keys, finals, pasted, counts, worker, render };
  }, queries);
}

const FORMATS = { Markdown: 'markdown', CSV: 'csv', 'JSON (Web Annotation)': 'json', ClaimReview: 'claim-review' };

/** Exports everything in each format; times click → download event, with the worker's read/build split. */
export async function exportTimes(page) {
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('radio', { name: /^Everything/ }).check();
  const out = [];
  for (const [format, id] of Object.entries(FORMATS)) {
    const t0 = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: format, exact: true }).click(),
    ]);
    const ms = Date.now() - t0;
    const path = await download.path();
    const timings = await page.evaluate(
      (f) => performance.getEntriesByName(`notes:export-${f}-timings`).at(-1)?.detail,
      id,
    );
    out.push({ format, ms, bytes: statSync(path).size, name: download.suggestedFilename(), timings, path });
  }
  await page.keyboard.press('Escape');
  return out;
}

/**
 * Edits a note from another tab (an extension page, as the in-page note editor is) and times until the open notes
 * page shows it: write → Dexie's change event → the worker re-reads the changed article → view → DOM. Times are
 * compared across the two pages on the wall clock (performance.timeOrigin + now).
 */
export async function liveUpdate(context, page, extensionId) {
  const other = await context.newPage();
  await other.goto(`chrome-extension://${extensionId}/editor.html`);
  const token = `livetoken${Date.now()}`;
  const before = await page.evaluate(() => performance.getEntriesByName('notes:update').at(-1)?.startTime ?? -1);
  const id = await page.evaluate(async (token) => {
    const box = document.querySelector('input[type=search]');
    const summary = document.getElementById('summary');
    box.value = token;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    window.benchShown = new Promise((resolve) => {
      const at = () => performance.timeOrigin + performance.now();
      const done = () => summary.textContent.startsWith('1 annotation');
      const mo = new MutationObserver(() => {
        if (!done()) return;
        mo.disconnect();
        resolve(at());
      });
      mo.observe(summary, { childList: true, subtree: true, characterData: true });
    });
    await new Promise((ok) => {
      const check = () => (summary.textContent.startsWith('0 annotations') ? ok() : requestAnimationFrame(check));
      check();
    });
    const db = await new Promise((ok) => {
      const r = indexedDB.open('quotemark');
      r.onsuccess = () => ok(r.result);
    });
    const id = await new Promise((ok) => {
      const r = db.transaction('annotations').objectStore('annotations').openCursor();
      r.onsuccess = () => ok(r.result.value.id);
    });
    db.close();
    return id;
  }, token);
  const sent = await other.evaluate(
    async ({ id, token }) => {
      const t0 = performance.timeOrigin + performance.now();
      const r = await chrome.runtime.sendMessage({ type: 'annotation.update', id, patch: { note: token } });
      return { t0, ok: r.ok, written: performance.timeOrigin + performance.now() - t0 };
    },
    { id, token },
  );
  const shownAt = await page.evaluate(() => window.benchShown);
  // The view comes first, then the facets push that carries how the change was read.
  await page.waitForFunction((t) => (performance.getEntriesByName('notes:update').at(-1)?.startTime ?? -1) > t, before);
  const update = await page.evaluate(() => performance.getEntriesByName('notes:update').at(-1)?.detail);
  await page.evaluate(() => {
    const box = document.querySelector('input[type=search]');
    box.value = '';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await other.close();
  return { ok: sent.ok, written: sent.written, shown: shownAt - sent.t0, update };
}

/** JS heap and DOM size of the page after a forced GC (Chrome DevTools Protocol). */
export async function memory(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return { heapUsed: get('JSHeapUsedSize'), heapTotal: get('JSHeapTotalSize'), nodes: get('Nodes') };
}

/**
 * Imports a file through the page's Import control and times each stage: the import worker reads and checks the file
 * (until the review shows), then after the click the parts cross to the background (`sw`), which checks each part
 * and stores them in one transaction (its `import:*` User Timing entries: check per part, then read, compare,
 * write), and finally the notes page's library worker takes in the change. Long tasks of the page's main thread are
 * recorded meanwhile (a frozen page shows up as one long task), each with the stage it fell in.
 */
export async function importTime(page, path, sw) {
  const bytes = statSync(path).size;
  const t0 = Date.now();
  // Playwright hands the file over through the DevTools protocol (a long task of its own): observe after that.
  await page.getByLabel('Import', { exact: true }).setInputFiles(path);
  const handed = Date.now() - t0;
  await page.evaluate(() => {
    const w = window;
    w.benchLongTasks = [];
    w.benchObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.benchLongTasks.push({ at: e.startTime, ms: e.duration });
    });
    w.benchObserver.observe({ type: 'longtask' });
  });
  const button = page.getByRole('button', { name: /^Import \d[\d,]* (valid )?annotations?$/ });
  await button.waitFor({ timeout: 300_000 });
  const parsed = Date.now() - t0;
  const label = await button.innerText();
  const before = await page.evaluate(() => ({
    clicked: performance.now(),
    update: performance.getEntriesByName('notes:update').at(-1)?.startTime ?? -1,
  }));
  const t1 = Date.now();
  await button.click();
  const outcome = page.getByText(/^(Imported \d+ annotations|Nothing was imported)/);
  await outcome.waitFor({ timeout: 300_000 });
  const stored = Date.now() - t1;
  const message = await outcome.innerText();
  // The notes page takes the change in (only when something was written): its library worker reads it and pushes
  // facets with its timings (notes:update).
  const wrote = !/: 0 new, 0 updated/.test(message);
  const update = wrote
    ? await page
        .waitForFunction(
          (t) => (performance.getEntriesByName('notes:update').at(-1)?.startTime ?? -1) > t,
          before.update,
          {
            timeout: 120_000,
          },
        )
        .then(() =>
          page.evaluate(() => {
            const e = performance.getEntriesByName('notes:update').at(-1);
            return { ...e.detail, at: e.startTime };
          }),
        )
        .catch(() => null)
    : null;
  const sides = await page.evaluate(
    ({ clicked }) => {
      window.benchObserver.disconnect();
      const parts = performance.getEntriesByName('notes:import-part').filter((e) => e.startTime >= clicked);
      const save = performance.getEntriesByName('notes:import-save').at(-1);
      return { parts: parts.map((e) => e.duration), save: { at: save.startTime, ms: save.duration }, clicked };
    },
    { clicked: before.clicked },
  );
  const longTasks = await page.evaluate(() => window.benchLongTasks);
  const background = await sw.evaluate(() =>
    Object.fromEntries(
      ['check', 'read', 'compare', 'write'].map((s) => [
        s,
        performance.getEntriesByName(`import:${s}`).map((e) => e.duration),
      ]),
    ),
  );
  await page.getByRole('button', { name: 'Close' }).click();
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  const check = sum(background.check);
  const store = sum(background.read) + sum(background.compare) + sum(background.write);
  const stageOf = (t) =>
    t < sides.clicked
      ? 'reading and checking the file'
      : t < sides.save.at + sides.save.ms
        ? 'sending and storing'
        : update && t < update.at
          ? 'the library worker taking the change in'
          : 'after';
  const longest = longTasks.reduce((a, b) => (b.ms > (a?.ms ?? 0) ? b : a), null);
  return {
    bytes,
    handed,
    parsed,
    stored,
    label,
    message,
    stages: {
      parts: background.check.length,
      check,
      messaging: sum(sides.parts) - check - store,
      read: sum(background.read),
      compare: sum(background.compare),
      write: sum(background.write),
    },
    update: update && { ...update, after: update.at - (sides.save.at + sides.save.ms) },
    longest: longest?.ms ?? 0,
    longestDuring: longest ? stageOf(longest.at) : '',
    longTasks: longTasks.length,
    tasks: longTasks.map((t) => ({ ms: t.ms, at: t.at - sides.clicked, during: stageOf(t.at) })),
  };
}

/** JS heap of the page's library worker (CDP Runtime.getHeapUsage through a non-flat target session). */
export async function workerMemory(context, page) {
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'worker' && t.url.includes('library-worker'));
  if (!target) return null;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const ask = (id, method, params = {}) =>
    new Promise((resolve) => {
      const onMessage = (event) => {
        const reply = JSON.parse(event.message);
        if (event.sessionId !== sessionId || reply.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        resolve(reply.result);
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  await ask(1, 'HeapProfiler.collectGarbage');
  const usage = await ask(2, 'Runtime.getHeapUsage');
  await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  return usage ? { used: usage.usedSize, total: usage.totalSize } : null;
}
