import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toWebAnnotationJson } from '@/utils/export';
import type { Annotation } from '@/utils/types';
import { day, dbSnapshot, pageRecord } from './records';
import { openPopup, selectText, useBrowser, waitForContentScript, waitForPainted } from './setup';

const DEMO = '/fixtures/istanbul-talks.html';
const DEMO_TITLE = /Russia and Ukraine Hold New Round of Talks/;
const FIRST = 'Our goal is to end this bloody war as soon as possible.';
const SECOND = 'No one expects an easy path. It will be very difficult';
const THIRD = 'has provided drones to Ukraine';

const P1 = pageRecord('https://news.example.com/2025/budget', {
  title: 'Budget vote: what the minister said',
  siteName: 'Example News',
  byline: 'Ada Reporter',
  publishedTime: '2025-03-01T09:00:00Z',
});
const P2 = pageRecord('https://www.other.example.org/elections', {
  title: 'Élections municipales à Paris',
  lang: 'fr',
});
const P3 = pageRecord('https://third.example.net/zebra', {
  title: 'Zebra crossings save lives',
  siteName: 'Third Times',
});
const HOSTILE = 'Zebra statistics <img src=x onerror="document.title=1"> from the council';

let seq = 0;
const seed = (over: Partial<Annotation> & { start: number }): Annotation => {
  const { start, ...rest } = over;
  const quote = rest.quote ?? '';
  seq++;
  return {
    id: `00000000-0000-4000-8000-00000000000${seq}`,
    pageUrl: P1.url,
    kind: 'highlight',
    quote,
    selectors: [
      { type: 'TextQuoteSelector', exact: quote, prefix: 'before ', suffix: ' after' },
      { type: 'TextPositionSelector', start, end: start + quote.length },
    ],
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: day('2025-03-02'),
    updatedAt: day('2025-03-02'),
    anchor: { status: 'exact', at: day('2025-03-02') },
    ...rest,
  };
};
const SEED: Annotation[] = [
  seed({ quote: 'The budget passed by a wide margin', tags: ['budget', 'parliament'], start: 10 }),
  seed({
    quote: 'We will not raise taxes',
    kind: 'quote',
    speaker: 'Jane Doe',
    note: 'Promise to check later',
    start: 200,
  }),
  seed({
    quote: 'Unemployment fell by 10% last year',
    kind: 'claim',
    speaker: 'Jane Doe',
    verdict: 'false',
    evidence: [{ url: 'https://stats.example.gov/labour', stance: 'refutes', title: 'Labour force survey' }],
    tags: ['economy'],
    color: 'pink',
    start: 100,
    createdAt: day('2025-03-04'),
  }),
  seed({
    quote: 'Nous avons gagné',
    pageUrl: P2.url,
    kind: 'quote',
    speaker: 'José Martí',
    tags: ['élection'],
    start: 5,
    createdAt: day('2025-02-20'),
  }),
  seed({ quote: 'Turnout hit a record', pageUrl: P2.url, kind: 'claim', verdict: 'mostly-true', start: 50 }),
  seed({ quote: 'Stripes save lives', pageUrl: P3.url, note: HOSTILE, start: 0, createdAt: day('2025-03-06') }),
];
const SEED_FILE = toWebAnnotationJson(SEED, [P1, P2, P3], { now: day('2025-03-07') });

const summary = (notes: Page) => notes.locator('#summary').innerText();
const note = (scope: Page | Locator, quote: string | RegExp) =>
  scope.getByRole('listitem', { name: typeof quote === 'string' ? `Annotation: ${quote.slice(0, 80)}` : quote });

/** Clears the search box and every filter (each test starts from the whole list). */
async function showAll(notes: Page): Promise<void> {
  await notes.getByRole('searchbox', { name: 'Search' }).fill('');
  const clear = notes.getByRole('button', { name: 'Clear filters' });
  if (await clear.isVisible()) await clear.click();
}

/** Opens the export panel unless it is open. */
async function openExport(notes: Page): Promise<void> {
  const button = notes.getByRole('button', { name: 'Export', exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

async function importFile(notes: Page, name: string, body: string): Promise<void> {
  await notes
    .getByLabel('Import', { exact: true })
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
}

async function download(notes: Page, format: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    notes.waitForEvent('download') as Promise<Download>,
    notes.getByRole('button', { name: format, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

describe('the notes page', () => {
  const { browser, server } = useBrowser();
  let notes: Page;
  let article: Page;

  it('lists highlights made on a real page, quotes visible in reading order', async () => {
    const b = browser();
    article = await b.context.newPage();
    await article.goto(server().origin + DEMO);
    await waitForContentScript(b.context, article);
    for (const [text, n] of [
      [SECOND, 1],
      [FIRST, 2],
    ] as const) {
      await selectText(article, text, 'article');
      await article.getByRole('button', { name: 'Highlight', exact: true }).click();
      await waitForPainted(article, n);
    }
    notes = await b.context.newPage();
    await notes.goto(`chrome-extension://${b.extensionId}/notes.html`);
    const demo = notes.getByRole('article', { name: DEMO_TITLE });
    await demo.waitFor();
    expect(await demo.locator('blockquote').allInnerTexts()).toEqual([FIRST, SECOND]);
    await expect.poll(() => demo.innerText()).toMatch(/RKS NEWS · .* · 2 notes/);
    await expect.poll(() => summary(notes)).toBe('2 annotations in 1 article');
  });

  it('imports a file after showing what it holds; importing it twice adds nothing', async () => {
    await importFile(notes, 'seed.json', SEED_FILE);
    await notes.getByText('Quotemark export: 6 annotations ready.').waitFor();
    await notes.getByRole('button', { name: 'Import 6 annotations' }).click();
    await notes.getByText('Imported 6 annotations: 6 new, 0 updated.').waitFor();
    await expect.poll(() => summary(notes)).toBe('8 annotations in 4 articles');

    await importFile(notes, 'seed.json', SEED_FILE);
    await notes.getByRole('button', { name: 'Import 6 annotations' }).click();
    await notes.getByText('Imported 6 annotations: 0 new, 0 updated, 6 already up to date.').waitFor();
    expect((await dbSnapshot(notes)).annotations).toHaveLength(8);
    // Hostile page text is shown as text, never as markup.
    await expect.poll(() => note(notes, 'Stripes save lives').innerText()).toContain(HOSTILE);
    expect(await notes.locator('main img').count()).toBe(0);
    await notes.getByRole('button', { name: 'Close' }).click();
  });

  it('changes nothing on a malformed file and lists every problem; imports only the good records of a partly valid one', async () => {
    const before = await dbSnapshot(notes);
    await importFile(notes, 'broken.json', '{"first": {"items": [ oops');
    const problems = notes.getByRole('list', { name: 'Problems' });
    await expect.poll(() => problems.innerText()).toMatch(/^file: not valid JSON/);
    expect(await notes.getByRole('button', { name: /^Import \d/ }).count()).toBe(0);
    await notes.getByRole('button', { name: 'Close' }).click();
    expect(await dbSnapshot(notes)).toEqual(before);

    const doc = JSON.parse(toWebAnnotationJson([seed({ quote: 'A fresh good record', start: 1 })], [P1], { now: 0 }));
    const good = doc.first.items[0];
    doc.first.items.push(
      { ...good, id: 'urn:x:2', target: { source: P1.url, selector: [] } },
      { ...good, target: { source: 'javascript:alert(1)' } },
    );
    await importFile(notes, 'partly.json', JSON.stringify(doc));
    await expect
      .poll(() => problems.locator('li').allInnerTexts())
      .toEqual([expect.stringMatching(/^annotation 2: .*selector/), expect.stringMatching(/^annotation 3: /)]);
    await notes.getByRole('button', { name: 'Import 1 valid annotation' }).click();
    await notes.getByText('Imported 1 annotations: 1 new, 0 updated.').waitFor();
    await notes.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => summary(notes)).toBe('9 annotations in 4 articles');
    expect((await dbSnapshot(notes)).annotations.map((a) => a.quote)).toContain('A fresh good record');
  });

  it('searches while typing over quotes, notes, tags, speakers and titles', async () => {
    const box = notes.getByRole('searchbox', { name: 'Search' });
    const cases: [string, string][] = [
      ['jane', '2 annotations in 1 article (of 9)'], // speaker
      ['check later', '1 annotation in 1 article (of 9)'], // note
      ['parliament', '1 annotation in 1 article (of 9)'], // tag
      ['elections', '2 annotations in 1 article (of 9)'], // title, accents folded
      ['raise taxes', '1 annotation in 1 article (of 9)'], // quote
      ['bloody war', '2 annotations in 1 article (of 9)'], // a quote, and the title: every note of the article
      ['"wide margin" budget', '1 annotation in 1 article (of 9)'],
      ['no such words', '0 annotations in 0 articles (of 9)'],
    ];
    for (const [query, expected] of cases) {
      await box.fill('');
      await box.pressSequentially(query);
      await expect.poll(() => summary(notes)).toBe(expected);
    }
    await box.fill('jane');
    await expect
      .poll(() => notes.locator('article blockquote').allInnerTexts())
      .toEqual([
        'Unemployment fell by 10% last year', // reading order: position 100 before 200
        'We will not raise taxes',
      ]);
    await box.fill('');
    await expect.poll(() => summary(notes)).toBe('9 annotations in 4 articles');
  });

  it('filters by site, tag, kind, verdict, speaker and dates, and sorts', async () => {
    await showAll(notes);
    const filters: [string, string, string][] = [
      ['Site', 'Example News', '4 annotations in 1 article (of 9)'],
      ['Tag', 'election', '1 annotation in 1 article (of 9)'],
      ['Kind', 'claim', '2 annotations in 2 articles (of 9)'],
      ['Verdict', 'false', '1 annotation in 1 article (of 9)'],
      ['Speaker', 'jose marti', '1 annotation in 1 article (of 9)'],
    ];
    for (const [label, value, expected] of filters) {
      await notes.getByLabel(label, { exact: true }).selectOption(value);
      await expect.poll(() => summary(notes)).toBe(expected);
      await notes.getByRole('button', { name: 'Clear filters' }).click();
    }
    await notes.getByLabel('From', { exact: true }).fill('2025-03-04');
    await notes.getByLabel('To', { exact: true }).fill('2025-03-06');
    await expect.poll(() => summary(notes)).toBe('2 annotations in 2 articles (of 9)');
    await notes.getByRole('button', { name: 'Clear filters' }).click();

    await notes.getByLabel('Sort', { exact: true }).selectOption('title');
    await expect
      .poll(() => notes.locator('article h2').allInnerTexts())
      .toEqual([
        'Budget vote: what the minister said',
        'Élections municipales à Paris',
        expect.stringMatching(DEMO_TITLE),
        'Zebra crossings save lives',
      ]);
    await notes.getByLabel('Sort', { exact: true }).selectOption('newest');
  });

  it('edits a note and its tags in place', async () => {
    await showAll(notes);
    const item = note(notes, 'We will not raise taxes');
    await item.getByRole('button', { name: 'Edit' }).click();
    await item.getByLabel('Note', { exact: true }).fill('Checked: taxes went up in May.');
    await item.getByLabel('Tags (comma-separated)', { exact: true }).fill('taxes, promises');
    await item.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => item.getByRole('status').innerText()).toBe('Saved');
    await item.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => item.locator('.note-text').innerText()).toBe('Checked: taxes went up in May.');
    expect(await item.getByRole('list', { name: 'Tags' }).locator('li').allInnerTexts()).toEqual(['taxes', 'promises']);
    const stored = (await dbSnapshot(notes)).annotations.find((a) => a.quote === 'We will not raise taxes');
    expect(stored).toMatchObject({ note: 'Checked: taxes went up in May.', tags: ['taxes', 'promises'] });
  });

  it('deletes with undo in place', async () => {
    await showAll(notes);
    const demo = notes.getByRole('article', { name: DEMO_TITLE });
    await note(demo, FIRST).getByRole('button', { name: 'Delete' }).click();
    const ghost = demo.getByRole('listitem', { name: `Deleted annotation: ${FIRST}` });
    await ghost.getByText('Annotation deleted.').waitFor();
    expect(await demo.getByRole('listitem').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual(
      [`Deleted annotation: ${FIRST}`, `Annotation: ${SECOND}`],
    );
    await expect.poll(async () => (await dbSnapshot(notes)).annotations.length).toBe(8);
    await ghost.getByRole('button', { name: 'Undo' }).click();
    await note(demo, FIRST).waitFor();
    await expect.poll(() => ghost.count()).toBe(0);
    expect((await dbSnapshot(notes)).annotations).toHaveLength(9);
  });

  it('exports the shown selection and everything, one file per format', async () => {
    await showAll(notes);
    await notes.getByRole('searchbox', { name: 'Search' }).fill('jane');
    await expect.poll(() => summary(notes)).toBe('2 annotations in 1 article (of 9)');
    await openExport(notes);
    const md = await download(notes, 'Markdown');
    expect(md.name).toBe('Budget vote what the minister said.md');
    expect(md.text).toMatch(/^---\ntitle: "?Budget vote: what the minister said"?\nurl: /);
    expect(md.text).toContain('> We will not raise taxes');
    expect(md.text).not.toContain('wide margin');

    await notes.getByRole('radio', { name: /^Everything/ }).check();
    const csv = await download(notes, 'CSV');
    expect(csv.name).toMatch(/^quotemark-\d{4}-\d\d-\d\d\.csv$/);
    const rows = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(rows[0]).toMatch(/^Highlight,Title,Author,URL,Note,Location,Date,/);
    expect(rows.filter(Boolean)).toHaveLength(10);
    expect(csv.text).toContain('Checked: taxes went up in May.');

    const json = await download(notes, 'JSON (Web Annotation)');
    const doc = JSON.parse(json.text);
    expect(doc['@context']).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(doc.first.items).toHaveLength(9);

    const claims = await download(notes, 'ClaimReview');
    expect(claims.name).toMatch(/\.jsonld$/);
    const graph = JSON.parse(claims.text)['@graph'];
    expect(graph.map((r: { claimReviewed: string }) => r.claimReviewed).sort()).toEqual([
      'Turnout hit a record',
      'Unemployment fell by 10% last year',
    ]);
    await notes.getByRole('searchbox', { name: 'Search' }).fill('');
  });

  it('round-trips our JSON: export everything, delete all, import, every field back', async () => {
    await showAll(notes);
    const before = await dbSnapshot(notes);
    await openExport(notes);
    await notes.getByRole('radio', { name: /^Everything/ }).check();
    const json = await download(notes, 'JSON (Web Annotation)');
    await notes.getByRole('button', { name: 'Delete shown…' }).click();
    await notes.getByRole('button', { name: 'Delete 9 annotations' }).click();
    await expect.poll(() => summary(notes)).toBe('0 annotations in 0 articles');
    await notes.getByText('Deleted 9 annotations.').waitFor();
    expect((await dbSnapshot(notes)).annotations).toEqual([]);

    await importFile(notes, json.name, json.text);
    await notes.getByRole('button', { name: 'Import 9 annotations' }).click();
    await notes.getByText('Imported 9 annotations: 9 new, 0 updated.').waitFor();
    await notes.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => summary(notes)).toBe('9 annotations in 4 articles');
    expect(await dbSnapshot(notes)).toEqual(before);
  });

  it('updates live when an annotation is added in another tab', async () => {
    await showAll(notes);
    await selectText(article, THIRD, 'article');
    await article.getByRole('button', { name: 'Highlight', exact: true }).click();
    await waitForPainted(article, 3);
    const demo = notes.getByRole('article', { name: DEMO_TITLE });
    await note(demo, THIRD).waitFor();
    await expect.poll(() => summary(notes)).toBe('10 annotations in 4 articles');
    expect(await demo.locator('blockquote').allInnerTexts()).toEqual([FIRST, THIRD, SECOND]);
  });

  it('opens from the popup’s "All notes"', async () => {
    const b = browser();
    const { tabId } = await waitForContentScript(b.context, article);
    const popup = await openPopup(b, tabId);
    const [opened] = await Promise.all([
      b.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'All notes' }).click(),
    ]);
    await opened.waitForURL(/\/notes\.html$/);
    await opened.getByRole('article', { name: DEMO_TITLE }).waitFor();
    await Promise.all([opened.close(), popup.close()]);
  });

  it('copies an export to the clipboard', async () => {
    await showAll(notes);
    await notes.getByRole('searchbox', { name: 'Search' }).fill('stripes');
    await expect.poll(() => summary(notes)).toBe('1 annotation in 1 article (of 10)');
    // Headless Chromium grants no clipboard-read to extension origins: record what is written, then write it.
    await notes.evaluate(() => {
      const clip = navigator.clipboard;
      const write = clip.writeText.bind(clip);
      clip.writeText = (text: string) => {
        (window as unknown as { copied: string }).copied = text;
        return write(text);
      };
    });
    await openExport(notes);
    await notes.getByRole('radio', { name: /^Shown/ }).check();
    await notes.getByRole('button', { name: 'Copy CSV' }).click();
    await notes.getByText('Copied CSV (1 annotations) to the clipboard.').waitFor();
    const copied = await notes.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(copied.replace(/^\uFEFF/, '').split('\r\n')[1]).toMatch(/^Stripes save lives,Zebra crossings save lives,/);
  });

  it('imports a big file with progress, then pages the list with "Load more"', async () => {
    await showAll(notes);
    const pages = Array.from({ length: 60 }, (_, i) =>
      pageRecord(`https://bulk.example.com/story-${i}`, { title: `Bulk story ${i}`, siteName: 'Bulk Daily' }),
    );
    const many = pages.flatMap((p, i) =>
      Array.from({ length: 50 }, (_, k) =>
        seed({
          id: `10000000-0000-4000-8000-${String(i * 100 + k).padStart(12, '0')}`,
          pageUrl: p.url,
          quote: `Bulk quote ${k} of story ${i}: ${'words '.repeat(20)}`,
          start: k * 200,
          createdAt: day('2024-06-01') + i * 60_000 + k,
        }),
      ),
    );
    const file = toWebAnnotationJson(many, pages, { now: 0 });
    await notes.evaluate(() => {
      // Records whether a progress bar ever appears (it may come and go between two polls).
      const w = window as unknown as { sawProgress: boolean };
      w.sawProgress = false;
      new MutationObserver(() => {
        if (document.querySelector('progress')) w.sawProgress = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await importFile(notes, 'bulk.json', file);
    await notes.getByRole('button', { name: 'Import 3000 annotations' }).click({ timeout: 60_000 });
    await notes.getByText('Imported 3000 annotations: 3000 new, 0 updated.').waitFor({ timeout: 60_000 });
    expect(await notes.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);
    await notes.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => summary(notes), { timeout: 15_000 }).toBe('3,010 annotations in 64 articles');

    await notes.getByLabel('Site', { exact: true }).selectOption('Bulk Daily');
    await expect.poll(() => summary(notes)).toBe('3,000 annotations in 60 articles (of 3,010)');
    expect(await notes.locator('article').count()).toBe(30);
    expect(await notes.locator('article').first().getByRole('listitem').count()).toBe(20); // then "Show all"
    await notes.getByRole('button', { name: 'Load more (30 more articles)' }).click();
    await expect.poll(() => notes.locator('article').count()).toBe(60);
    expect(await notes.getByRole('button', { name: /^Load more/ }).count()).toBe(0);
    const first = notes.locator('article').first();
    await first.getByRole('button', { name: 'Show all 50 notes' }).click();
    await expect.poll(() => first.getByRole('listitem').count()).toBe(50);
  });

  it('imports a Hypothesis export through the Import control and lists its notes', async () => {
    await showAll(notes);
    const uri = 'https://www.hypo.example.com/2024/05/harbour-plan';
    const row = (id: string, over: Record<string, unknown>) => ({
      id,
      created: '2024-05-02T10:15:30.123456+00:00',
      updated: '2024-05-03T08:00:00.000000+00:00',
      user: 'acct:alice@hypothes.is',
      uri,
      text: '',
      tags: [],
      group: '__world__',
      permissions: { read: ['group:__world__'], admin: ['acct:alice@hypothes.is'], update: ['acct:alice@hypothes.is'] },
      document: { title: ['Harbour plan approved after long debate'] },
      links: { html: `https://hypothes.is/a/${id}`, incontext: `https://hyp.is/${id}/${uri}` },
      user_info: { display_name: 'Alice' },
      flagged: false,
      hidden: false,
      ...over,
    });
    const target = (exact: string, start: number, prefix: string, suffix: string) => [
      {
        source: uri,
        selector: [
          {
            type: 'RangeSelector',
            startContainer: '/main[1]/p[2]',
            startOffset: 0,
            endContainer: '/main[1]/p[2]',
            endOffset: exact.length,
          },
          { type: 'TextPositionSelector', start, end: start + exact.length },
          { type: 'TextQuoteSelector', exact, prefix, suffix },
        ],
      },
    ];
    const file = JSON.stringify({
      export_date: '2024-06-01T12:00:00.000Z',
      export_userid: 'acct:alice@hypothes.is',
      client_version: '1.1400.0',
      annotations: [
        row('hYp0aaaaEe-aaaa1', {
          text: 'Check the **cost** figure against the budget papers.',
          tags: ['harbour', 'budget'],
          target: target(
            'The council approved the harbour plan by nine votes to four',
            812,
            'after a six-hour session, ',
            ', ending a debate that',
          ),
        }),
        row('hYp0bbbbEe-bbbb2', {
          target: target('dredging will begin next spring', 1304, 'The mayor said ', ' and take two years.'),
        }),
        row('hYp0ccccEe-cccc3', { text: 'Agreed.', references: ['hYp0aaaaEe-aaaa1'], target: [{ source: uri }] }),
        row('hYp0ddddEe-dddd4', { text: 'A page note on the whole article.', target: [{ source: uri }] }),
      ],
    });
    await importFile(notes, 'hypothesis.json', file);
    await notes.getByText('Hypothesis export: 2 valid annotations, 2 problems.').waitFor();
    const problems = notes.getByRole('list', { name: 'Problems' });
    expect(await problems.innerText()).toMatch(/annotation 3: a reply, not imported\s+annotation 4: selector missing/);
    await notes.getByRole('button', { name: 'Import 2 valid annotations' }).click();
    await notes.getByText('Imported 2 annotations: 2 new, 0 updated.').waitFor();
    await notes.getByRole('button', { name: 'Close' }).click();

    await notes.getByRole('searchbox', { name: 'Search' }).fill('harbour plan approved');
    const article = notes.getByRole('article', { name: /Harbour plan approved after long debate/ });
    await article.waitFor();
    expect(await article.locator('blockquote').allInnerTexts()).toEqual([
      'The council approved the harbour plan by nine votes to four',
      'dredging will begin next spring',
    ]);
    const first = note(article, 'The council approved the harbour plan by nine votes to four');
    expect(await first.innerText()).toContain('Check the **cost** figure against the budget papers.');
    expect(await first.innerText()).toMatch(/harbour/);
    await notes.getByRole('searchbox', { name: 'Search' }).fill('');
  });
});
