import { describe, expect, it } from 'vitest';
import { openPopup, paintedHighlights, useBrowser, waitForContentScript, waitForPainted } from './setup';

const PESKOV = 'No one expects an easy path. It will be very difficult';

describe('claims and quotes on the demo article', () => {
  const { browser, server } = useBrowser();

  it('finds the quotations, marks one as a claim with a verdict and evidence, and keeps it all after a reload', async () => {
    const b = browser();
    const page = await b.context.newPage();
    await page.goto(`${server().origin}/fixtures/istanbul-talks.html`);
    const { tabId } = await waitForContentScript(b.context, page);
    let popup = await openPopup(b, tabId);

    const peskov = popup.getByRole('group', { name: 'Dmitry Peskov' });
    await peskov.getByText(PESKOV).waitFor();
    const fidan = popup.getByRole('group', { name: 'Hakan Fidan' });
    await fidan.getByText('Our goal is to end this bloody war as soon as possible', { exact: false }).waitFor();

    await peskov.getByRole('button', { name: /^Mark as claim: No one expects/ }).click();
    await waitForPainted(page, 1);
    expect(await paintedHighlights(page)).toMatchObject({ 'quotemark-verdict-unverified': 1 });

    const card = popup.getByRole('listitem', { name: /Annotation: No one expects/ });
    await card.getByText('Claim · Dmitry Peskov · Verdict: Unverified').waitFor();
    await card.getByLabel('Verdict', { exact: true }).selectOption('false');
    await card.getByRole('button', { name: 'Add evidence' }).click();
    await card.getByLabel('Evidence 1 link').fill('https://fact-check.example/peskov-talks');
    await card.getByLabel('Evidence 1 stance').selectOption('refutes');
    await card.getByLabel('Evidence 1 title').fill('What the talks produced');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toBe('Saved');
    await page.waitForFunction(() => CSS.highlights.get('quotemark-verdict-false')?.size === 1);
    await popup.close();

    await page.reload();
    await waitForPainted(page, 1);
    expect(await paintedHighlights(page)).toMatchObject({ 'quotemark-verdict-false': 1 });
    popup = await openPopup(b, tabId);
    const again = popup.getByRole('listitem', { name: /Annotation: No one expects/ });
    await again.getByText('Claim · Dmitry Peskov · Verdict: False').waitFor();
    expect(await again.getByLabel('Evidence 1 link').inputValue()).toBe('https://fact-check.example/peskov-talks');
    expect(await again.getByLabel('Evidence 1 stance').inputValue()).toBe('refutes');

    // Filters: by verdict and by kind.
    await popup.getByLabel('Verdict', { exact: false }).first().selectOption('true');
    await popup.getByRole('heading', { name: 'Notes on this page (0)' }).waitFor();
    await popup.getByLabel('Verdict', { exact: false }).first().selectOption('false');
    await popup.getByRole('heading', { name: 'Notes on this page (1)' }).waitFor();
    await popup.close();
    await page.close();
  });
});
