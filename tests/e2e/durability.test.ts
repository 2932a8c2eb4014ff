import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, waitForContentScript, waitForPainted } from './setup';

// The service worker is stopped (through the DevTools protocol) in the middle of a burst of annotations and of edits
// being saved. After it restarts, every write that was acknowledged (ok: true came back) is stored, unchanged.

const PARAGRAPHS = 240;
const BURST = 40;
const sentence = (i: number) => `Sentence number ${i} of the durable article, worth keeping forever.`;

type Annotation = { id: string; note: string; quote: string; pageUrl: string; [k: string]: unknown };
/** One write's answer; `target` is the annotation an edit was for. */
type Outcome = { kind: 'create' | 'update'; target?: string; ok: boolean; data?: Annotation; error?: string };

/** Stops the extension's service worker: DevTools' Target.closeTarget on its target. Resolves when it is gone. */
async function stopServiceWorker(cdp: CDPSession): Promise<string> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (!sw) return 'no worker running';
  await cdp.send('Target.closeTarget', { targetId: sw.targetId });
  return 'stopped';
}

async function workerRunning(cdp: CDPSession): Promise<boolean> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
}

/**
 * From an extension page (which outlives the worker), fires `creates` highlight commands at the tab's content script
 * (each one sends annotation.create to the worker) at once, and `updates` note edits straight to the worker as soon as
 * the first create is acknowledged.
 * Outcomes collect in window.__outcomes as they come back.
 */
async function fireBurst(ext: Page, tabId: number, creates: string[], updates: { id: string; note: string }[]) {
  await ext.evaluate(
    ({ tabId, creates, updates }) => {
      const w = window as unknown as { __outcomes: Outcome[]; __pending: number };
      const { runtime, tabs } = (
        globalThis as unknown as {
          chrome: {
            runtime: { sendMessage(m: unknown): Promise<unknown> };
            tabs: { sendMessage(id: number, m: unknown, o: unknown): Promise<unknown> };
          };
        }
      ).chrome;
      w.__outcomes = [];
      w.__pending = creates.length + updates.length;
      const record = (kind: Outcome['kind'], target?: string) => (r: unknown) => {
        const answer = (r ?? { ok: false, error: 'no answer' }) as Outcome;
        w.__outcomes.push({ ...answer, kind, target });
        w.__pending--;
      };
      const failed = (kind: Outcome['kind'], target?: string) => (e: unknown) =>
        record(kind, target)({ ok: false, error: String(e) });
      for (const exact of creates)
        tabs
          .sendMessage(tabId, { type: 'tab.highlightText', exact, kind: 'highlight' }, { frameId: 0 })
          .then(record('create'), failed('create'));
      // The edits go out when the first create is acknowledged: the moment the test stops the worker.
      let edited = updates.length === 0;
      const edit = () => {
        if (edited) return;
        edited = true;
        for (const { id, note } of updates)
          runtime
            .sendMessage({ type: 'annotation.update', id, patch: { note, tags: ['durable'] } })
            .then(record('update', id), failed('update', id));
      };
      const push = w.__outcomes.push.bind(w.__outcomes);
      w.__outcomes.push = (...items: Outcome[]) => {
        const n = push(...items);
        if (items.some((o) => o.ok)) edit();
        return n;
      };
    },
    { tabId, creates, updates },
  );
}

const noteOf = (updates: { id: string; note: string }[], id: string) => updates.find((u) => u.id === id)?.note ?? '';

describe('a service worker stopped mid-write', () => {
  const { browser, server } = useBrowser();

  it('keeps every acknowledged annotation and edit, unchanged', async () => {
    const b = browser();
    const body = Array.from({ length: PARAGRAPHS }, (_, i) => `<p>${sentence(i)}</p>`).join('');
    server().setPage(
      '/durable.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Durable</title></head><body><article>${body}</article></body></html>`,
    );
    const page = await b.context.newPage();
    await page.goto(`${server().origin}/durable.html`);
    const { tabId, pageUrl } = await waitForContentScript(b.context, page);
    const ext = await b.context.newPage();
    await ext.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
    const cdp = await b.context.newCDPSession(ext);

    const acknowledged = new Map<string, Annotation>();
    // Notes to edit while the worker is stopped: a first burst, with no stop.
    await fireBurst(
      ext,
      tabId,
      Array.from({ length: 10 }, (_, i) => sentence(PARAGRAPHS - 1 - i)),
      [],
    );
    await ext.waitForFunction(() => (window as unknown as { __pending: number }).__pending === 0);
    for (const o of await ext.evaluate(() => (window as unknown as { __outcomes: Outcome[] }).__outcomes)) {
      expect(o).toMatchObject({ ok: true });
      acknowledged.set(o.data!.id, o.data!);
    }
    const errors: string[] = [];
    // Edits whose answer never came: each may or may not have committed.
    const unanswered = new Map<string, string>();
    let interrupted = 0;
    let editsAcknowledged = 0;
    let rounds = 0;
    // Rounds until one is cut by the stop (a request in flight failed) — usually the first.
    for (let round = 0; (round + 1) * BURST < PARAGRAPHS - 10 && interrupted === 0; round++) {
      rounds++;
      const creates = Array.from({ length: BURST }, (_, i) => sentence(round * BURST + i));
      // Edits of notes acknowledged in earlier rounds, in flight at the same time.
      const updates = [...acknowledged.values()].slice(0, 10).map((a) => ({ id: a.id, note: `edit ${round} ${a.id}` }));
      await fireBurst(ext, tabId, creates, updates);
      // Stop the worker as soon as the first write of the burst is acknowledged.
      await ext.waitForFunction(() => (window as unknown as { __outcomes: Outcome[] }).__outcomes.some((o) => o.ok), {
        polling: 5,
      });
      expect(await stopServiceWorker(cdp)).toBe('stopped');
      await ext.waitForFunction(() => (window as unknown as { __pending: number }).__pending === 0);
      const outcomes = await ext.evaluate(() => (window as unknown as { __outcomes: Outcome[] }).__outcomes);
      for (const o of outcomes) {
        if (o.ok && o.data) {
          acknowledged.set(o.data.id, o.data);
          if (o.kind === 'update') editsAcknowledged++;
        } else {
          interrupted++;
          if (o.kind === 'update' && o.target) unanswered.set(o.target, noteOf(updates, o.target));
          errors.push(`${o.kind}: ${o.error}`);
        }
      }
    }
    expect(interrupted, `no request was in flight when the worker stopped (${rounds} rounds)`).toBeGreaterThan(0);
    expect(acknowledged.size).toBeGreaterThan(10);
    // Failures are the stop's doing (a closed message channel), never anything else.
    for (const e of errors) expect(e).toMatch(/closed|not answer|receiving end|no answer|context invalidated/i);
    console.log(
      `durability: ${rounds} round(s), ${acknowledged.size} acknowledged (${editsAcknowledged} edits), ${interrupted} cut off: ${[...new Set(errors)].join(' | ')}`,
    );

    // The worker is started again by the next message; every acknowledged write is there, exactly as acknowledged.
    await page.reload();
    await waitForContentScript(b.context, page);
    expect(await workerRunning(cdp)).toBe(true);
    const stored = await ext.evaluate(async (url) => {
      const { runtime } = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome;
      return (await runtime.sendMessage({ type: 'page.annotations', pageUrl: url })) as {
        ok: boolean;
        data: Annotation[];
      };
    }, pageUrl);
    expect(stored.ok).toBe(true);
    const byId = new Map(stored.data.map((a) => [a.id, a]));
    const missing = [...acknowledged.keys()].filter((id) => !byId.has(id));
    expect(missing, 'acknowledged but not stored').toEqual([]);
    for (const [id, a] of acknowledged) {
      const now = byId.get(id)!;
      // Either exactly as acknowledged, or with an unanswered edit applied on top of it (and nothing else changed).
      const edit = unanswered.get(id);
      if (edit !== undefined && now.note === edit) {
        expect(now, id).toEqual({ ...a, note: edit, tags: ['durable'], updatedAt: now.updatedAt });
      } else expect(now, id).toEqual(a);
    }
    // And the page paints every stored annotation after the reload.
    await waitForPainted(page, stored.data.length);

    // The popup's footer says whether the browser keeps this storage through pressure, and how much is used.
    await ext.reload();
    const line = ext.getByTestId('storage-status');
    await expect
      .poll(() => line.innerText())
      .toMatch(/^Storage: (persistent|not marked persistent).* · [\d.]+ (B|KB|MB|GB) used$/);
    const persisted = await ext.evaluate(() => navigator.storage.persisted());
    expect(await line.innerText()).toContain(persisted ? 'Storage: persistent' : 'not marked persistent');
    await ext.close();
    await page.close();
  });
});
