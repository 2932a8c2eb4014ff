import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { live } from '../markdown-syntax';

/**
 * Checks for hostile-library.test.ts: readers that run in an extension page (each returns JSON text, so lone
 * surrogates survive the trip back to Node), and what "inert" means for each export format.
 */

/** What readArticles gives for one note. */
export interface ShownNote {
  quote: string;
  meta: string;
  note: string | null;
  tags: string[];
  evidence: { text: string; href: string | null }[];
}
/** What readArticles gives for one article. */
export interface ShownArticle {
  title: string;
  href: string | null;
  lang: string | null;
  meta: string;
  notes: ShownNote[];
}

/** Runs `fn` in the page; it returns JSON text, decoded here (lone surrogates kept). */
export async function inPage<R>(page: Page, fn: () => string): Promise<R> {
  return JSON.parse(await page.evaluate(fn)) as R;
}

/** The notes page as the reader sees it: each article's title, link, meta line and notes, as rendered text. */
export function readArticles(): string {
  const articles = [...document.querySelectorAll('article')].map((article) => {
    const h2 = article.querySelector('h2')!;
    return {
      title: h2.innerText,
      href: h2.querySelector('a')?.getAttribute('href') ?? null,
      lang: h2.getAttribute('lang'),
      meta: (article.querySelector('.article-meta') as HTMLElement).innerText,
      notes: [...article.querySelectorAll('li.note-item')].map((li) => ({
        quote: li.querySelector('blockquote')!.innerText,
        meta: (li.querySelector('.note-meta') as HTMLElement).innerText,
        note: (li.querySelector('.note-text') as HTMLElement | null)?.innerText ?? null,
        tags: [...li.querySelectorAll('.note-tags li')].map((t) => (t as HTMLElement).innerText),
        evidence: [...li.querySelectorAll('.note-evidence li')].map((e) => ({
          text: (e as HTMLElement).innerText,
          href: e.querySelector('a')?.getAttribute('href') ?? null,
        })),
      })),
    };
  });
  return JSON.stringify(articles);
}

/**
 * Everything in the page (shadow roots included) that a payload could have made: elements that load, run or style,
 * `on…` attributes, links or sources with a scheme other than http(s), the extension's own or blob:; plus the
 * traps every payload springs if it runs (a global flag, the page title) and the style an injected rule would set.
 */
export function injectionSigns() {
  const bad: string[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const name = el.localName;
      if (['img', 'svg', 'iframe', 'object', 'embed', 'style', 'image', 'frame', 'base', 'b', 'circle'].includes(name))
        bad.push(name);
      if (name === 'script' && !(el as HTMLScriptElement).src) bad.push('inline script');
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name)) bad.push(`${name}[${a.name}]`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name)) {
          const scheme = new URL(a.value, location.href).protocol;
          if (!['http:', 'https:', 'chrome-extension:', 'blob:'].includes(scheme))
            bad.push(`${name}[${a.name}=${scheme}]`);
        }
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return {
    bad,
    flag: (window as unknown as { __qmHit?: string }).__qmHit ?? null,
    title: document.title,
    background: getComputedStyle(document.body).backgroundColor,
  };
}

/** Every record in the extension's IndexedDB, sorted by key, as JSON text (lone surrogates escaped, not replaced). */
export function snapshotJson(): Promise<string> {
  return new Promise((ok, fail) => {
    const open = indexedDB.open('quotemark');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['annotations', 'pages']);
      const out: Record<string, unknown[]> = {};
      for (const store of ['annotations', 'pages']) {
        const r = tx.objectStore(store).getAll();
        r.onsuccess = () => {
          out[store] = r.result;
        };
      }
      tx.oncomplete = () => {
        db.close();
        ok(JSON.stringify(out));
      };
    };
  });
}

/** A string as a spreadsheet-safe CSV cell reads back: bidi overrides gone, CR as LF, lone surrogates as U+FFFD,
 * and a leading apostrophe before anything a spreadsheet would read as a formula. */
export function sheetText(s: string): string {
  const t = s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return /^[=+\-@\t\n\uFF1D\uFF0B\uFF0D\uFF20]/.test(t) ? `'${t}` : t;
}

/** RFC 4180 records (CRLF between records; quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] === '"' && text[i + 1] === '"') cell += text[i++];
        else if (text[i] === '"') break;
        else cell += text[i];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') cell += text[i++];
    }
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`stray character at ${i}: ${JSON.stringify(text.slice(i, i + 20))}`);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** Markdown text with its backslash escapes undone (what a viewer shows). */
export const unescapeMd = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
export const noBidi = (s: string) => s.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');

/** The Markdown contract: no live HTML or entity, every live link to http(s), no embeds, no bidi, well-formed. */
export function expectInertMarkdown(md: string) {
  expect(live(md, '<')).toEqual([]);
  expect(live(md, '&')).toEqual([]);
  for (const at of live(md, '](')) expect(md.slice(at + 2)).toMatch(/^https?:\/\/[^\s()<>]*\)/);
  expect(live(md, '![')).toEqual([]);
  expect(md).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  expect(md).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/); // well-formed
  // Front matter: one `key: "…"` (or tag) per line, each value a YAML double-quoted string with JSON's escapes.
  const front = md.split(/^---$/m)[1];
  for (const line of front.trim().split('\n'))
    expect(line).toMatch(/^(\w+: "([^"\\]|\\.)*"|tags:| {2}- "([^"\\]|\\.)*")$/);
}

/** Front matter values, decoded (YAML double-quoted strings use JSON's escapes). */
export const frontMatter = (md: string) =>
  Object.fromEntries(
    [...md.split(/^---$/m)[1].matchAll(/^(\w+): (".*")$/gm)].map(([, key, value]) => [key, JSON.parse(value)]),
  );

/** Every link in a parsed JSON value: the strings under `url`, `urls` and `source` keys, at any depth. */
export const linksIn = (x: unknown, key = ''): string[] => {
  if (typeof x === 'string') return ['url', 'urls', 'source'].includes(key) ? [x] : [];
  if (Array.isArray(x)) return x.flatMap((v) => linksIn(v, key));
  return x && typeof x === 'object' ? Object.entries(x).flatMap(([k, v]) => linksIn(v, k)) : [];
};
