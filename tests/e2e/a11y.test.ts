import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  openPopup,
  selectText,
  tellTab,
  useBrowser,
  waitForContentScript,
  waitForPainted,
} from './setup';

// axe-core in the real browser on Quotemark's own pages: no serious or critical violations.

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DEMO = '/fixtures/istanbul-talks.html';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe on the page and returns the serious and critical violations, summarised for a readable failure. */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  // Extension pages' CSP refuses inline <script> (page.addScriptTag({ content })), as it should: evaluate instead.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE);
  const violations = await page.evaluate(async (only) => {
    const axe = (
      globalThis as unknown as {
        axe: { run(ctx: unknown): Promise<{ violations: Violation[]; passes: { nodes: unknown[] }[] }> };
      }
    ).axe;
    const { violations, passes } = await axe.run(only ? { include: [only] } : document);
    // Something was checked (a selector that matched nothing would pass vacuously).
    if (passes.every((p) => p.nodes.length === 0)) throw new Error(`axe checked nothing in ${only ?? 'the page'}`);
    return violations;
  }, include);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => JSON.stringify(n.target))
          .join(', ')}`,
    );
}

/**
 * Presses Tab (from the top of the page) until the focused element is a `role` named `name`, as a keyboard user
 * would reach it; fails after `max` presses.
 */
async function tabTo(page: Page, role: 'button' | 'combobox' | 'link', name: string, max = 80): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const target = page.getByRole(role, { name, exact: true }).first();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${role} "${name}" not reached with ${max} presses of Tab`);
}

/** Makes a claim and a quote on the demo article through its tab; answers the tab id. */
async function annotateDemo(b: ExtensionBrowser, page: Page, origin: string): Promise<number> {
  await page.goto(origin + DEMO);
  const { tabId } = await waitForContentScript(b.context, page);
  for (const command of [
    { exact: 'Our goal is to end this bloody war as soon as possible.', kind: 'claim', speaker: 'Hakan Fidan' },
    { exact: 'No one expects an easy path. It will be very difficult', kind: 'quote' },
  ]) {
    expect((await tellTab(b.context, tabId, { type: 'tab.highlightText', ...command })).ok).toBe(true);
  }
  return tabId;
}

describe('accessibility (axe-core)', () => {
  const { browser, server } = useBrowser();

  it('the popup and the note editor have no serious or critical violations, in light and dark', async () => {
    const b = browser();
    const page = await b.context.newPage();
    await page.goto(server().origin + DEMO);
    const { tabId } = await waitForContentScript(b.context, page);
    // One note of each kind, so every control of the cards is on the page (a claim with evidence, a quote).
    const claim = await tellTab(b.context, tabId, {
      type: 'tab.highlightText',
      exact: 'Our goal is to end this bloody war as soon as possible.',
      kind: 'claim',
      speaker: 'Hakan Fidan',
    });
    expect(claim.ok).toBe(true);
    const quote = await tellTab(b.context, tabId, {
      type: 'tab.highlightText',
      exact: 'No one expects an easy path. It will be very difficult',
      kind: 'quote',
    });
    expect(quote.ok).toBe(true);
    await waitForPainted(page, 2);

    // The in-page UI (our shadow root on the news page): the selection toolbar and a toast.
    await selectText(page, 'Turkey, which maintains strong relations', 'article');
    await page.getByRole('button', { name: 'Highlight', exact: true }).waitFor();
    expect(await seriousViolations(page, 'quotemark-ui'), 'selection toolbar').toEqual([]);
    await page.evaluate(() => Document.prototype.getSelection.call(document)?.removeAllRanges());

    for (const scheme of ['light', 'dark'] as const) {
      const popup = await openPopup(b, tabId);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByRole('heading', { name: 'Notes on this page (2)' }).waitFor();
      await popup.getByRole('heading', { name: /Quotes in this article/ }).waitFor();
      const card = popup.getByRole('listitem', { name: /Our goal is/ });
      await card.getByRole('button', { name: 'Add evidence' }).click();
      await card.getByLabel('Evidence 1 link').fill('https://example.org/source');
      expect(await seriousViolations(popup), `popup (${scheme})`).toEqual([]);
      await popup.close();

      const editor = await b.context.newPage();
      await editor.emulateMedia({ colorScheme: scheme });
      // The quote's editor has the colour swatches; the claim's has verdict and evidence.
      for (const made of [quote, claim]) {
        const id = (made as { data: { id: string } }).data.id;
        await editor.goto(`chrome-extension://${b.extensionId}/editor.html?id=${id}`);
        await editor.getByLabel('Note', { exact: true }).waitFor();
        expect(await seriousViolations(editor), `editor (${scheme}, ${id})`).toEqual([]);
      }
      // The same editor after a delete (the undo bar).
      await editor.getByRole('button', { name: 'Delete' }).click();
      await editor.getByRole('button', { name: 'Undo' }).waitFor();
      expect(await seriousViolations(editor), `editor after delete (${scheme})`).toEqual([]);
      await editor.getByRole('button', { name: 'Undo' }).click();
      await editor.getByLabel('Note', { exact: true }).waitFor();
      await editor.close();
    }
    await page.close();
  });

  it('the notes page, with notes, an open editor and the export panel, in light and dark; usable by keyboard', async () => {
    const b = browser();
    const page = await b.context.newPage();
    await annotateDemo(b, page, server().origin);
    const notes = await b.context.newPage();
    for (const scheme of ['light', 'dark'] as const) {
      await notes.emulateMedia({ colorScheme: scheme });
      await notes.goto(`chrome-extension://${b.extensionId}/notes.html`);
      const claim = notes.getByRole('listitem', { name: /Annotation: Our goal is/ }).first();
      await claim.waitFor();
      expect(await seriousViolations(notes), `notes page (${scheme})`).toEqual([]);
      await claim.getByRole('button', { name: 'Edit' }).click();
      await claim.getByLabel('Note', { exact: true }).waitFor();
      await notes.getByRole('button', { name: 'Export', exact: true }).click();
      expect(await seriousViolations(notes), `notes page, editing and exporting (${scheme})`).toEqual([]);
    }
    // From the keyboard: Tab to a note's Edit button, press Enter, and its form opens.
    await notes.reload();
    await notes
      .getByRole('listitem', { name: /Annotation: Our goal is/ })
      .first()
      .waitFor();
    await tabTo(notes, 'button', 'Edit');
    await notes.keyboard.press('Enter');
    await notes.getByRole('button', { name: 'Done' }).first().waitFor();
    await notes.close();
    await page.close();
  });

  it('the reader view in each theme; its controls work from the keyboard', async () => {
    const b = browser();
    const page = await b.context.newPage();
    const tabId = await annotateDemo(b, page, server().origin);
    const reader = await b.context.newPage();
    await reader.goto(`chrome-extension://${b.extensionId}/reader.html?tab=${tabId}`);
    await reader.getByRole('region', { name: 'Article' }).waitFor();
    // Earlier tests in this file annotated the same article: wait for the notes, whatever their number.
    await reader.getByRole('heading', { name: /^Notes \([1-9]/ }).waitFor();
    for (const theme of ['light', 'dark', 'sepia']) {
      await reader.getByLabel('Theme').selectOption(theme);
      expect(await seriousViolations(reader), `reader (${theme})`).toEqual([]);
    }
    const size = () => reader.locator('.reader').evaluate((el) => (el as HTMLElement).style.fontSize);
    const before = await size();
    await tabTo(reader, 'button', 'A+ larger text');
    await reader.keyboard.press('Enter');
    await expect.poll(size, { timeout: 30_000 }).not.toBe(before);
    await reader.close();
    await page.close();
  });
});
