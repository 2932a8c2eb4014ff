import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QuotemarkDB } from '@/utils/db/schema';
import { type HandlerHarness, makeHandler, ownPageSender, tabSender } from './harness';

const page = tabSender;
const ownPage = ownPageSender();
const draft = {
  kind: 'highlight',
  quote: 'hello world',
  selectors: [{ type: 'TextQuoteSelector', exact: 'hello world', prefix: 'say ', suffix: '!' }],
};

let db: QuotemarkDB;
let notified: string[];
let handle: HandlerHarness['handle'];
beforeEach(() => {
  ({ db, handle, notified } = makeHandler());
});
afterEach(() => db.delete());

describe('background message handler', () => {
  it('files a content script’s annotation under the canonical URL it works out itself', async () => {
    const sender = page('https://news.example/story?utm_source=tw#top');
    const r = await handle({ type: 'annotation.create', url: sender.url, hints: {}, draft }, sender);
    expect(r).toMatchObject({ ok: true, data: { pageUrl: 'https://news.example/story', quote: 'hello world' } });
    const load = await handle(
      { type: 'page.load', url: 'https://news.example/story?fbclid=1', hints: {} },
      page('https://news.example/story?fbclid=1'),
    );
    expect(load.ok && (load.data as { annotations: unknown[] }).annotations).toHaveLength(1);
    expect(notified).toEqual(['https://news.example/story']);
  });

  it('answers malformed messages with a clear error and writes nothing', async () => {
    const bad: unknown[] = [
      null,
      'page.load',
      { type: 'nope' },
      { type: 'annotation.create', url: 'https://news.example/', hints: {}, draft: { ...draft, kind: 'rant' } },
      { type: 'annotation.create', url: 'https://news.example/', hints: {}, draft: { ...draft, quote: '   ' } },
      { type: 'annotation.create', url: 'https://news.example/', hints: {}, draft: { ...draft, selectors: [] } },
      { type: 'annotation.update', id: 'x', patch: { evidence: [{ url: 'javascript:alert(1)', stance: 'supports' }] } },
    ];
    for (const message of bad) {
      const r = await handle(message, page('https://news.example/'));
      expect(r.ok, JSON.stringify(message)).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/invalid message|only allowed/);
    }
    expect(await db.annotations.count()).toBe(0);
  });

  it('refuses messages from other extensions and page-level writes from content scripts', async () => {
    expect(
      await handle(
        { type: 'page.load', url: 'https://a.example/', hints: {} },
        { id: 'other', url: 'https://a.example/' },
      ),
    ).toMatchObject({
      ok: false,
    });
    const created = await handle(
      { type: 'annotation.create', url: 'https://a.example/', hints: {}, draft },
      page('https://a.example/'),
    );
    const id = created.ok ? (created.data as { id: string }).id : '';
    for (const message of [
      { type: 'annotation.delete', id },
      { type: 'annotation.update', id, patch: { note: 'pwned' } },
      { type: 'page.annotations', pageUrl: 'https://a.example/' },
    ]) {
      const r = await handle(message, page('https://evil.example/'));
      expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/only allowed from Quotemark/) });
    }
    expect(await handle({ type: 'annotation.update', id, patch: { note: 'mine' } }, ownPage)).toMatchObject({
      ok: true,
      data: { note: 'mine' },
    });
  });

  it('does not let a page claim another site’s canonical URL', async () => {
    await handle(
      { type: 'annotation.create', url: 'https://bank.example/private', hints: {}, draft },
      page('https://bank.example/private'),
    );
    const r = await handle(
      { type: 'page.load', url: 'https://bank.example/private', hints: { canonical: 'https://bank.example/private' } },
      page('https://evil.example/x'),
    );
    expect(r).toMatchObject({ ok: true, data: { pageUrl: 'https://evil.example/x', annotations: [] } });
  });

  it('follows client-side navigation on the same origin, never to another origin', async () => {
    const moved = await handle(
      { type: 'page.load', url: 'https://a.example/two', hints: {} },
      page('https://a.example/one'),
    );
    expect(moved).toMatchObject({ ok: true, data: { pageUrl: 'https://a.example/two' } });
    const lied = await handle(
      { type: 'page.load', url: 'https://bank.example/', hints: {} },
      page('https://a.example/one'),
    );
    expect(lied).toMatchObject({ ok: true, data: { pageUrl: 'https://a.example/one' } });
  });

  it('a content script in a frame speaks for the frame’s own page, never the tab’s top page', async () => {
    const inFrame = { ...page('https://widgets.example/embed/7'), tab: { id: 3, url: 'https://news.example/story' } };
    const created = await handle(
      { type: 'annotation.create', url: 'https://widgets.example/embed/7', hints: {}, draft },
      inFrame,
    );
    expect(created).toMatchObject({ ok: true, data: { pageUrl: 'https://widgets.example/embed/7' } });
    const claimsTop = await handle({ type: 'page.load', url: 'https://news.example/story', hints: {} }, inFrame);
    expect(claimsTop).toMatchObject({ ok: true, data: { pageUrl: 'https://widgets.example/embed/7' } });
    const top = await handle(
      { type: 'page.load', url: 'https://news.example/story', hints: {} },
      page('https://news.example/story'),
    );
    expect(top).toMatchObject({ ok: true, data: { pageUrl: 'https://news.example/story', annotations: [] } });
  });

  it('refuses pages that are not web pages', async () => {
    const r = await handle({ type: 'page.load', url: 'chrome://settings/', hints: {} }, page('chrome://settings/'));
    expect(r).toMatchObject({ ok: false });
  });
});
