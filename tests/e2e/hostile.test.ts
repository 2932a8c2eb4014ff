import type { Frame, FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { esc, LONG, P } from './payloads';
import { openPopup, paintedTexts, selectText, useBrowser, waitForContentScript, waitForPainted } from './setup';

// Hostile content: the page's title, byline, site name and text, and what the reader types (note, tags, speaker,
// evidence), carry script payloads. Everywhere Quotemark shows them they must stay text: no element made, no
// handler run, no dialog, no console error (an inline handler blocked by the extension's CSP would log one).

const TITLE = `Council vote ${P.img} stirs anger`;
const BYLINE = `Jo Writer ${P.svg}`;
const SITE = `The ${P.textarea} Gazette ${LONG}`;
const QUOTE_IMG = `He typed ${P.img} into the form`;
const QUOTE_CSS = `and then ${P.css} appeared`;
const SURROGATE_PARA = 'A broken character sits here before the end.';

const filler = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the council met on Tuesday evening and debated the budget at length, with residents ` +
    'speaking for and against the plan to close the library, and the mayor promising a decision within weeks.</p>',
).join('');

const HOSTILE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${esc(TITLE)}</title>
<meta name="author" content="${esc(BYLINE)}">
<meta property="og:site_name" content="${esc(SITE)}">
<meta property="og:description" content="${esc(`${P.rtl} ${P.js}`)}">
</head><body><article><h1>${esc(TITLE)}</h1>
<p>${esc(QUOTE_IMG)} while the clerk watched, ${esc(P.textarea)} was next.</p>
<p>Some wrote ${esc(P.js)} on a sign, ${esc(QUOTE_CSS)} on the screen, and ${esc(P.svg)} too.</p>
<p>The file was called ${esc(P.rtl)} by its sender.</p>
<p id="surrogates">${SURROGATE_PARA}</p>
${filler}</article>
<script>
  // Lone surrogates can't be sent as UTF-8: the page makes them itself.
  const p = document.getElementById('surrogates');
  p.textContent = 'A broken ' + String.fromCharCode(0xd800) + ' character sits ' + String.fromCharCode(0xdc00) + ' here before the end.';
</script>
</body></html>`;

type Target = Page | Frame;

/** What in an extension page could be an injection: elements that load or run things, handler attributes, flags. */
async function injectionSigns(target: Target) {
  return target.evaluate(() => {
    const bad: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        for (const a of Array.from(el.attributes))
          if (/^on/i.test(a.name) || /javascript:/i.test(a.value)) bad.push(`${el.localName}[${a.name}]`);
        if (['img', 'svg', 'iframe', 'object', 'embed', 'style', 'image', 'frame', 'base'].includes(el.localName))
          bad.push(el.localName);
        if (el.localName === 'script' && !(el as HTMLScriptElement).src) bad.push('inline script');
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return {
      bad,
      flag: (window as unknown as { __qmHit?: string }).__qmHit ?? null,
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
}

function watch(page: Page) {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { dialogs, errors };
}

const clean = { bad: [], flag: null, background: expect.not.stringMatching(/^rgb\(255, 0, 0\)$/) };

describe('hostile content stays text', () => {
  const { browser, server } = useBrowser();

  it('payloads in the page and in what the reader types show as literal text in the editor and the popup', async () => {
    const b = browser();
    server().setPage('/hostile-article.html', HOSTILE_PAGE);
    const page = await b.context.newPage();
    const onPage = watch(page);
    await page.goto(`${server().origin}/hostile-article.html`);
    const { tabId } = await waitForContentScript(b.context, page);

    // A payload in the article text, highlighted from the toolbar (the long og:site_name rides along with it).
    await selectText(page, QUOTE_CSS, 'article');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await waitForPainted(page, 1);
    // A quote spanning lone surrogates.
    await page.evaluate(() => {
      const p = document.getElementById('surrogates')!;
      const r = document.createRange();
      r.selectNodeContents(p);
      Document.prototype.getSelection.call(document)!.removeAllRanges();
      Document.prototype.getSelection.call(document)!.addRange(r);
    });
    const box = await page.locator('#surrogates').boundingBox();
    await page.mouse.move(box!.x + box!.width - 2, box!.y + box!.height / 2);
    await page.mouse.up();
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await waitForPainted(page, 2);

    // Another payload, annotated in the editor with payloads in every field.
    await selectText(page, QUOTE_IMG, 'article');
    await page.getByRole('button', { name: 'Annotate', exact: true }).click();
    const frameEl = page.locator('iframe[title="Quotemark note editor"]');
    await frameEl.waitFor();
    const editor: FrameLocator = page.frameLocator('iframe[title="Quotemark note editor"]');
    const note = `${P.img}\n${P.textarea}\n${P.svg}\n${P.css}\n${P.rtl}\n${P.js}`;
    await editor.getByLabel('Kind', { exact: true }).selectOption('claim');
    await editor.getByLabel('Speaker', { exact: true }).fill(P.textarea);
    await editor.getByLabel('Note', { exact: true }).fill(note);
    await editor.getByLabel('Tags (comma-separated)', { exact: true }).fill(`${P.svg}, ${P.rtl}, javascript:void(0)`);
    await editor.getByRole('button', { name: 'Add evidence' }).click();
    await editor.getByLabel('Evidence 1 link').fill('javascript:alert(document.domain)');
    await editor.getByLabel('Evidence 1 title').fill(P.img);
    await editor.getByRole('button', { name: 'Save' }).click();
    // A javascript: evidence link is refused, and the reader is told why.
    const status = editor.getByRole('status').last();
    await expect.poll(() => status.innerText()).toMatch(/http:\/\/ or https:\/\//);
    await editor.getByLabel('Evidence 1 link').fill('  JavaScript:alert(1)');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => status.innerText()).toMatch(/http:\/\/ or https:\/\//);
    await editor.getByLabel('Evidence 1 link').fill('https://example.org/report');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => status.innerText()).toBe('Saved');
    await waitForPainted(page, 3);

    const frame = (await frameEl.elementHandle())!.contentFrame();
    const editorFrame = (await frame)!;
    await editorFrame.waitForFunction(() => document.querySelector('blockquote') !== null);
    expect(await editor.locator('blockquote').innerText()).toBe(QUOTE_IMG);
    expect(await editor.getByLabel('Note', { exact: true }).inputValue()).toBe(note);
    expect(await editor.getByLabel('Speaker', { exact: true }).inputValue()).toBe(P.textarea);
    expect(await editor.getByLabel('Evidence 1 title').inputValue()).toBe(P.img);
    expect(await injectionSigns(editorFrame)).toEqual(clean);
    await editor.getByRole('button', { name: 'Close editor' }).click();
    await expect.poll(() => frameEl.count()).toBe(0);

    const popup = await openPopup(b, tabId);
    const onPopup = watch(popup);
    await popup.getByRole('heading', { name: 'Notes on this page (3)' }).waitFor();
    await popup.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).innerText()).toContain(P.img);
    const meta = await popup.locator('header p.muted').innerText();
    expect(meta).toContain(P.svg); // byline
    expect(meta).toContain(P.textarea); // site name
    expect(meta.length).toBeLessThanOrEqual(1000); // the 100k-character site name is cut for display
    const quotes = await popup.locator('li blockquote').allInnerTexts();
    expect(quotes).toContain(QUOTE_IMG);
    expect(quotes).toContain(QUOTE_CSS);
    const card = popup.getByRole('listitem', { name: /He typed/ });
    expect(await card.getByLabel('Note', { exact: true }).inputValue()).toBe(note);
    expect(await card.getByLabel('Speaker', { exact: true }).inputValue()).toBe(P.textarea);
    expect(await card.getByLabel('Tags (comma-separated)', { exact: true }).inputValue()).toBe(
      `${P.svg}, ${P.rtl}, javascript:void(0)`,
    );
    expect(await card.getByLabel('Evidence 1 link').inputValue()).toBe('https://example.org/report');
    expect(await card.getByLabel('Evidence 1 title').inputValue()).toBe(P.img);
    expect(await card.locator('p strong').locator('..').innerText()).toContain(P.textarea);
    // A 100k-character note is stored and shown whole.
    await card.getByLabel('Note', { exact: true }).evaluate((el, text) => {
      (el as HTMLTextAreaElement).value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, LONG);
    await card.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => card.getByRole('status').innerText()).toBe('Saved');
    expect(await injectionSigns(popup)).toEqual(clean);

    await popup.reload();
    await popup.getByRole('heading', { name: 'Notes on this page (3)' }).waitFor();
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).innerText()).toContain(P.img);
    expect(
      (await popup
        .getByRole('listitem', { name: /He typed/ })
        .getByLabel('Note', { exact: true })
        .inputValue()) === LONG,
    ).toBe(true);
    expect(await injectionSigns(popup)).toEqual(clean);

    // Every highlight, lone surrogates included, comes back on reload.
    await page.reload();
    await waitForPainted(page, 3);
    expect(await paintedTexts(page)).toContain(QUOTE_CSS);

    expect(onPopup).toEqual({ dialogs: [], errors: [] });
    expect(onPage.dialogs).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('the page cannot read the note or log its keys while the reader types in the editor', async () => {
    const b = browser();
    const SECRET = 'Sekrit-note-4417 about the source';
    const spy = `<script>
      window.__spy = { keys: [], inputs: [] };
      for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input']) {
        window.addEventListener(type, (e) => window.__spy.keys.push(type + ':' + (e.key ?? e.data)), true);
        document.addEventListener(type, (e) => window.__spy.keys.push('doc-' + type + ':' + (e.key ?? e.data)), true);
      }
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) window.__spy.inputs.push(n.textContent ?? '');
      }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    </script>`;
    server().setPage(
      '/keylogger.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Spy</title>${spy}</head>` +
        '<body><article><p>A sentence the reader wants to annotate privately.</p></article></body></html>',
    );
    const page = await b.context.newPage();
    await page.goto(`${server().origin}/keylogger.html`);
    await waitForContentScript(b.context, page);
    await selectText(page, 'wants to annotate privately', 'article');
    await page.getByRole('button', { name: 'Annotate', exact: true }).click();
    const editor = page.frameLocator('iframe[title="Quotemark note editor"]');
    const noteBox = editor.getByLabel('Note', { exact: true });
    await noteBox.click();
    await page.evaluate(() => {
      (window as unknown as { __spy: { keys: string[] } }).__spy.keys.length = 0;
    });
    await page.keyboard.type(SECRET);
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => editor.getByRole('status').last().innerText()).toBe('Saved');
    expect(await noteBox.inputValue()).toBe(SECRET);

    // The page walks everything it can reach: its DOM, every open shadow root, every frame it can open.
    const seen = await page.evaluate(() => {
      const texts: string[] = [];
      const frames: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of Array.from(root.querySelectorAll('*'))) {
          texts.push(el.textContent ?? '');
          for (const a of Array.from(el.attributes)) texts.push(a.value);
          if ('value' in el) texts.push(String((el as HTMLInputElement).value));
          if (el.shadowRoot) walk(el.shadowRoot);
          if (el instanceof HTMLIFrameElement) {
            let doc: Document | null = null;
            try {
              doc = el.contentDocument ?? el.contentWindow?.document ?? null;
            } catch (e) {
              frames.push(`blocked: ${(e as Error).name}`);
            }
            if (doc) {
              frames.push('readable');
              walk(doc);
            } else if (!frames.length || !frames[frames.length - 1].startsWith('blocked')) frames.push('null');
          }
        }
      };
      walk(document);
      for (const [, h] of CSS.highlights) for (const r of h) texts.push(r.toString());
      texts.push(String(Document.prototype.getSelection.call(document) ?? ''));
      const spyLog = (window as unknown as { __spy: { keys: string[]; inputs: string[] } }).__spy;
      return { texts: texts.join('\n'), frames, keys: spyLog.keys, inputs: spyLog.inputs.join('\n') };
    });
    expect(seen.frames.length).toBeGreaterThan(0); // the editor frame was found (in our open shadow root)...
    expect(seen.frames).not.toContain('readable'); // ...and could not be opened
    expect(seen.texts).not.toContain('Sekrit');
    expect(seen.inputs).not.toContain('Sekrit');
    expect(seen.keys).toEqual([]);
    await page.close();
  });
});
