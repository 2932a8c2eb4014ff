import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Annotation, PageRecord } from '@/utils/types';
import {
  BROKEN,
  CLAIM,
  FORMULAS,
  HYPO_QUOTE,
  HYPO_URL,
  HYPOTHESIS_FILE,
  IMPORT_FILE,
  LONG_NOTE,
  MD,
  PAGE_A,
  PAGE_B,
  PAGE_C,
  PROBLEMS,
  TABBED,
  VALID,
  VALID_PAGES,
} from './hostile-library-data';
import {
  expectInertMarkdown,
  frontMatter,
  injectionSigns,
  inPage,
  linksIn,
  noBidi,
  parseCsv,
  readArticles,
  type ShownArticle,
  sheetText,
  snapshotJson,
  unescapeMd,
} from './inert';
import { LONG, P } from './payloads';
import { useBrowser } from './setup';

// Hostile content reaching the notes page through an imported file, and leaving it through every export. On the page
// every payload must be text (no element, handler, link or style from it; nothing runs); in the files it must be
// inert for what opens them: Markdown viewers, spreadsheets, JSON tools. Strings cross between Node and the page as
// JSON text, so lone surrogates arrive as they are (Playwright's own transport would replace them with U+FFFD).

const TITLE = 'Quotemark notes';

describe('hostile content through import, the notes page and exports', () => {
  const { browser } = useBrowser();
  let notes: Page;
  const dialogs: string[] = [];
  const errors: string[] = [];

  async function download(format: string): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([
      notes.waitForEvent('download') as Promise<Download>,
      notes.getByRole('button', { name: format, exact: true }).click(),
    ]);
    return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
  }
  async function importFile(name: string, body: string) {
    await notes
      .getByLabel('Import', { exact: true })
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
  }
  async function exportScope(scope: 'Shown' | 'Everything') {
    const button = notes.getByRole('button', { name: 'Export', exact: true });
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await notes.getByRole('radio', { name: new RegExp(`^${scope}`) }).check();
  }
  /** Closes the export panel (it floats over the filters). */
  async function closeExport() {
    await notes.getByRole('button', { name: 'Export', exact: true }).click();
    await notes.getByRole('dialog', { name: 'Export options' }).waitFor({ state: 'detached' });
  }
  const summary = () => notes.locator('#summary').innerText();

  it('imports the good records of a hostile file and lists every refused one, payloads as text', async () => {
    const b = browser();
    notes = await b.context.newPage();
    notes.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    notes.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    notes.on('pageerror', (e) => errors.push(String(e)));
    await notes.goto(`chrome-extension://${b.extensionId}/notes.html`);
    await expect.poll(summary).toBe('0 annotations in 0 articles');

    await importFile('hostile.json', IMPORT_FILE);
    await notes.getByText('Quotemark export: 6 valid annotations, 6 problems.').waitFor();
    const problems = await inPage<string[]>(notes, () =>
      JSON.stringify(
        [...document.querySelectorAll('ul[aria-label="Problems"] li')].map((li) => (li as HTMLElement).innerText),
      ),
    );
    expect(problems).toEqual(PROBLEMS);
    await notes.getByRole('button', { name: 'Import 6 valid annotations' }).click();
    await notes.getByText('Imported 6 annotations: 6 new, 0 updated.').waitFor();
    await notes.getByRole('button', { name: 'Close' }).click();
    await expect.poll(summary).toBe('6 annotations in 3 articles');

    // Stored exactly as written: no payload altered, no refused record or link let through.
    const stored = JSON.parse(await notes.evaluate(snapshotJson)) as { annotations: Annotation[]; pages: PageRecord[] };
    const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : 1);
    expect(stored.annotations.sort(byId)).toEqual([...VALID].sort(byId));
    expect(stored.pages.filter((p) => p.url !== PAGE_C.url)).toEqual(
      [...VALID_PAGES].sort((x, y) => (x.url < y.url ? -1 : 1)),
    );
    expect(stored.pages.find((p) => p.url === PAGE_C.url)?.title).toBe('');
  });

  it('shows every payload as literal text on the notes page; none makes an element, runs, links or styles', async () => {
    const articles = await inPage<ShownArticle[]>(notes, readArticles);
    const article = (url: string) => articles.find((a) => a.href === url)!;
    const a = article(PAGE_A.url);
    expect(a.title).toBe(PAGE_A.title);
    expect(a.lang).toBe(PAGE_A.lang); // an attribute value, not an attribute of its own
    expect(a.meta).toContain(PAGE_A.siteName);
    expect(a.meta).toContain(PAGE_A.byline);
    expect(a.meta).toContain(P.img); // the published "date"
    const claim = a.notes.find((n) => n.quote === CLAIM.quote)!;
    expect(claim.note).toBe(CLAIM.note);
    expect(claim.meta).toContain(`— ${P.textarea}`);
    expect(claim.tags).toEqual(CLAIM.tags);
    expect(claim.evidence).toEqual([
      { text: `refutes: ${P.img}`, href: CLAIM.evidence![0].url },
      { text: `supports: ${P.css}`, href: CLAIM.evidence![1].url },
    ]);
    const long = a.notes.find((n) => n.quote === LONG_NOTE.quote)!;
    expect(long.note === LONG).toBe(true); // 100k characters, shown whole
    expect(long.meta).toContain(P.svg);
    const formulas = a.notes.find((n) => n.quote === FORMULAS.quote)!;
    expect(formulas).toMatchObject({ note: FORMULAS.note, tags: FORMULAS.tags });
    expect(a.notes.map((n) => n.quote)).toContain('The clerk read it aloud');

    const b = article(PAGE_B.url);
    expect(b.title).toBe(PAGE_B.title);
    expect(b.meta).toContain(PAGE_B.byline);
    expect(b.notes).toEqual([
      expect.objectContaining({
        quote: BROKEN.quote,
        note: BROKEN.note,
        tags: BROKEN.tags,
        evidence: [{ text: 'context: Broken \uDFFF link', href: BROKEN.evidence![0].url }],
      }),
    ]);
    expect(b.notes[0].meta).toContain(BROKEN.speaker);
    const c = article(PAGE_C.url);
    expect(c.title).toBe(PAGE_C.url); // the refused page's title is not shown; its URL stands in
    expect(c.notes.map((n) => n.quote)).toEqual([TABBED.quote]);

    // Filter choices show payloads as text too.
    const options = await inPage<string[]>(notes, () =>
      JSON.stringify([...document.querySelectorAll('option')].map((o) => o.textContent ?? '')),
    );
    for (const text of [PAGE_A.siteName!, P.svg, P.rtl, P.textarea, FORMULAS.speaker!])
      expect(options.some((o) => o.includes(text))).toBe(true);

    // The edit form holds them as values.
    const item = notes.getByRole('listitem', { name: /^Annotation: He typed/ });
    await item.getByRole('button', { name: 'Edit' }).click();
    expect(await item.getByLabel('Note', { exact: true }).inputValue()).toBe(CLAIM.note);
    expect(await item.getByLabel('Speaker', { exact: true }).inputValue()).toBe(P.textarea);
    expect(await item.getByLabel('Evidence 1 title').inputValue()).toBe(P.img);
    await item.getByRole('button', { name: 'Done' }).click();

    expect(await notes.evaluate(injectionSigns)).toEqual({
      bad: [],
      flag: null,
      title: TITLE,
      background: expect.not.stringMatching(/^rgb\(255, 0, 0\)$/),
    });
    expect({ dialogs, errors }).toEqual({ dialogs: [], errors: [] });
  });

  it('exports Markdown with every payload escaped: no HTML, no links but http(s), no embeds', async () => {
    await exportScope('Everything');
    const all = await download('Markdown');
    expectInertMarkdown(all.text);
    const shown = unescapeMd(all.text);
    for (const text of [P.img, P.textarea, P.svg, P.css, P.js, MD.link, MD.autolink, MD.image, noBidi(P.rtl)])
      expect(shown).toContain(text);
    expect(all.text).toContain('[Open passage](https://hostile.example/story?ref=%22%3E%3Cimg%20src=x%20onerror=');
    expect(all.text).toContain('- Refutes: [\\<img');
    expect(all.text).toContain('\uFFFD'); // lone surrogates replaced, the rest of the text kept

    // One article: its metadata goes into YAML front matter, where it stays a quoted string.
    await closeExport();
    await notes.getByLabel('Site', { exact: true }).selectOption({ label: `${PAGE_A.siteName} (4)` });
    await expect.poll(summary).toBe('4 annotations in 1 article (of 6)');
    await exportScope('Shown');
    const one = await download('Markdown');
    expectInertMarkdown(one.text);
    expect(frontMatter(one.text)).toMatchObject({
      title: noBidi(PAGE_A.title),
      url: PAGE_A.url,
      site: PAGE_A.siteName,
      author: PAGE_A.byline,
      published: PAGE_A.publishedTime,
    });
    expect(one.name).not.toMatch(/[<>"/\\:|?*]/);
    await closeExport();
    await notes.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(summary).toBe('6 annotations in 3 articles');
  });

  it('exports CSV that parses back to the original text, formula cells neutralised', async () => {
    await exportScope('Everything');
    const csv = await download('CSV');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.text.slice(1));
    expect(rows).toHaveLength(VALID.length);
    for (const row of rows) expect(row).toHaveLength(header.length);
    const cell = (row: string[], column: string) => row[header.indexOf(column)];
    for (const row of rows)
      for (const value of row) expect(value).not.toMatch(/^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/);

    const pages = new Map([PAGE_A, PAGE_B].map((p) => [p.url, p]));
    for (const a of VALID) {
      const row = rows.find((r) => cell(r, 'Id') === sheetText(a.id))!;
      const page = pages.get(a.pageUrl);
      const expected = {
        Highlight: a.quote,
        Title: page?.title ?? a.pageUrl,
        Author: page?.byline ?? '',
        URL: a.pageUrl,
        Note: a.note,
        Speaker: a.speaker ?? '',
        Tags: a.tags.join(', '),
        Site: page?.siteName ?? '',
        Published: page?.publishedTime ?? '',
        Evidence: (a.evidence ?? []).map((e) => `${e.stance}: ${e.title ? `${e.title} ` : ''}<${e.url}>`).join('\n'),
      };
      for (const [column, value] of Object.entries(expected))
        expect([a.id, column, cell(row, column)]).toEqual([a.id, column, sheetText(value)]);
    }
    // The neutralised cells, spelled out.
    const formulas = rows.find((r) => cell(r, 'Id') === FORMULAS.id)!;
    expect(cell(formulas, 'Highlight')).toBe(`'${FORMULAS.quote}`);
    expect(cell(formulas, 'Note')).toBe("'+1+1");
    expect(cell(formulas, 'Tags')).toBe("'-2+3, \uFF1D1+1");
    expect(cell(rows.find((r) => cell(r, 'Id') === TABBED.id)!, 'Highlight')).toBe("'\t=1+1 after a tab");
    expect(cell(rows.find((r) => cell(r, 'Id') === BROKEN.id)!, 'Site')).toBe("'=cmd|' /C calc'!A0");
  });

  it('exports JSON that keeps every string exactly, lone surrogates as escapes, and imports back to the same records', async () => {
    const before = await notes.evaluate(snapshotJson);
    await exportScope('Everything');
    const json = await download('JSON (Web Annotation)');
    expect(json.text).not.toContain('\uFFFD'); // written as \ud800 escapes, so the file is valid UTF-8...
    expect(json.text).toContain('\\ud800');
    const doc = JSON.parse(json.text);
    type Item = {
      body?: { purpose: string; value: string }[];
      quotemark: { quote: string; speaker?: string | null; evidence?: unknown[] };
    };
    for (const a of VALID) {
      const item = (doc.first.items as Item[]).find((i) => i.quotemark.quote === a.quote)!; // ...and parses back
      const bodies = (purpose: string) => (item.body ?? []).filter((b) => b.purpose === purpose).map((b) => b.value);
      expect({
        speaker: item.quotemark.speaker,
        evidence: item.quotemark.evidence,
        note: bodies('commenting').join(''),
        tags: bodies('tagging'),
      }).toEqual({ speaker: a.speaker, evidence: a.evidence, note: a.note, tags: a.tags });
    }
    expect(doc.quotemark.pages.find((p: PageRecord) => p.url === PAGE_B.url)).toEqual(PAGE_B);
    expect(linksIn(doc).length).toBeGreaterThan(VALID.length);
    for (const link of linksIn(doc)) expect(link).toMatch(/^https?:\/\//);

    await importFile(json.name, json.text);
    await notes.getByRole('button', { name: 'Import 6 annotations' }).click();
    await notes.getByText('Imported 6 annotations: 0 new, 0 updated, 6 already up to date.').waitFor();
    await notes.getByRole('button', { name: 'Close' }).click();
    expect(await notes.evaluate(snapshotJson)).toBe(before);
  });

  it('exports ClaimReview JSON-LD with the claims as written and only http(s) citations', async () => {
    await exportScope('Everything');
    const file = await download('ClaimReview');
    const graph = JSON.parse(file.text)['@graph'] as {
      claimReviewed: string;
      reviewBody?: string;
      itemReviewed: { author?: { name: string }; appearance: { url: string; headline?: string } };
      citation?: { url: string; name?: string }[];
    }[];
    const review = (quote: string) => graph.find((r) => r.claimReviewed === quote)!;
    expect(graph).toHaveLength(2);
    expect(review(CLAIM.quote)).toMatchObject({
      reviewBody: CLAIM.note,
      itemReviewed: { author: { name: P.textarea }, appearance: { url: PAGE_A.url, headline: PAGE_A.title } },
      citation: CLAIM.evidence!.map((e) => expect.objectContaining({ url: e.url, name: e.title })),
    });
    expect(review(BROKEN.quote).itemReviewed.appearance).toMatchObject({ url: PAGE_B.url, headline: PAGE_B.title });
    expect(linksIn(graph).length).toBeGreaterThan(graph.length);
    for (const link of linksIn(graph)) expect(link).toMatch(/^https?:\/\//);

    expect(await notes.evaluate(injectionSigns)).toMatchObject({ bad: [], flag: null, title: TITLE });
    expect({ dialogs, errors }).toEqual({ dialogs: [], errors: [] });
  });

  it('reads another tool’s file (Hypothesis) the same way: payloads as text, a 100k title cut, script pages refused', async () => {
    await importFile('hypothesis.json', HYPOTHESIS_FILE);
    await notes.getByText('Hypothesis export: 1 valid annotation, 2 problems.').waitFor();
    const problems = await inPage<string[]>(notes, () =>
      JSON.stringify(
        [...document.querySelectorAll('ul[aria-label="Problems"] li')].map((li) => (li as HTMLElement).innerText),
      ),
    );
    expect(problems).toEqual([
      'annotation 2: pageUrl: not an http(s) URL',
      'annotation 3: pageUrl: not an http(s) URL',
    ]);
    await notes.getByRole('button', { name: 'Import 1 valid annotation' }).click();
    await notes.getByText('Imported 1 annotations: 1 new, 0 updated.').waitFor();
    await notes.getByRole('button', { name: 'Close' }).click();
    await expect.poll(summary).toBe('7 annotations in 4 articles');

    const article = (await inPage<ShownArticle[]>(notes, readArticles)).find((a) => a.href === HYPO_URL)!;
    expect(article.title).toBe(LONG.slice(0, 2000)); // the stored title is cut to the limit; shown whole from there
    expect(article.notes).toEqual([
      expect.objectContaining({ quote: HYPO_QUOTE, note: `**Bold** ${P.img} ${MD.link}`, tags: [P.textarea, P.rtl] }),
    ]);
    expect(await notes.evaluate(injectionSigns)).toMatchObject({ bad: [], flag: null, title: TITLE });
    expect({ dialogs, errors }).toEqual({ dialogs: [], errors: [] });
  });
});
