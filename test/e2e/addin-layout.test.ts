// The pane at the widths a Word task pane really has: nothing scrolls sideways on any tab, in any state
// (after the scan, after each action, with a long error), the tabs all show, messages wrap and form
// controls keep to the pane's width.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPane, type Pane } from './addin-harness.ts';
import { nameAndScan, overflowing, TAB_NAMES, WIDE_REPORT } from './addin-support.ts';

describe.each([320, 350])('task pane at %i px', (width) => {
  let pane: Pane;
  beforeAll(async () => void (pane = await openPane(WIDE_REPORT, { width, height: 800 })), 60_000);
  afterAll(async () => pane?.close());

  const everyTab = async (state: string) => {
    for (const tab of TAB_NAMES) {
      await pane.page.getByRole('tab', { name: tab }).click();
      await pane.page.getByRole('tabpanel').waitFor();
      expect(await overflowing(pane.page), `${state}, ${tab} tab`).toEqual([]);
    }
    await pane.page.getByRole('tab', { name: 'Findings' }).click();
  };

  it('fits before and after the scan, on every tab, with every tab in view', async () => {
    const { page } = pane;
    await page.getByRole('heading', { name: 'Clearance', level: 1 }).waitFor();
    expect(await overflowing(page)).toEqual([]);
    await nameAndScan(page);
    for (const tab of TAB_NAMES) {
      const box = (await page.getByRole('tab', { name: tab }).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
    await everyTab('after the scan');
  });

  it('fits after go to, redact, keep as public, undo, ignore and flag this', { timeout: 90_000 }, async () => {
    const { page } = pane;
    await page.getByRole('button', { name: 'Go to: “aged 9”' }).click();
    await page.locator('li[aria-current="true"]').waitFor();
    await everyTab('after go to');

    await page.getByRole('button', { name: /^Redact every mention of “Tyler Brown”/ }).click();
    await page
      .getByRole('status')
      .getByText(/Redacted: replaced/)
      .waitFor();
    await everyTab('after a redaction');

    await page.getByRole('button', { name: 'Keep as public: “aged 9”' }).click();
    await page
      .getByRole('textbox', { name: /Why is this public/ })
      .fill('The age alone, with no name left, identifies no one in a borough of 200,000 people');
    await page.getByRole('button', { name: 'Keep as public', exact: true }).click();
    await page
      .getByRole('status')
      .getByText(/Kept as public/)
      .waitFor();
    await everyTab('after keep as public');

    await page.getByRole('button', { name: 'Undo' }).click();
    await page
      .getByRole('status')
      .getByText(/Undone/)
      .waitFor();
    await everyTab('after undo');

    await page.getByRole('button', { name: 'Ignore: “aged 9”' }).click();
    await page.getByRole('textbox', { name: /Why ignore/ }).fill('Already public');
    await page.getByRole('button', { name: 'Ignore', exact: true }).click();
    await page
      .getByRole('status')
      .getByText(/Ignored/)
      .waitFor();
    await page.getByText(/^Left alone/).click();
    await page.getByRole('button', { name: 'Flag this: “aged 9”' }).click();
    await page
      .getByRole('status')
      .getByText(/Flagged as private/)
      .waitFor();
    await everyTab('after flag this');
  });

  it('fits with the longest clause chosen and its preview shown', async () => {
    const { page } = pane;
    await page.getByRole('tab', { name: 'Wording' }).click();
    const select = page.getByRole('combobox', { name: 'Clause' });
    const titles = await select.locator('option').allTextContents();
    const longest = titles.reduce((a, b) => (b.length > a.length ? b : a));
    await select.selectOption({ label: longest });
    expect(await overflowing(page)).toEqual([]);
    const box = (await select.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(width);
  });

  it('fits with a long error, which wraps', async () => {
    const { page } = pane;
    await page.getByRole('tab', { name: 'Findings' }).click();
    const file = `council-policy-${'with-a-very-long-name-that-has-no-spaces-'.repeat(6)}.json`;
    await page.getByLabel('Council policy file (JSON)').setInputFiles({
      name: file,
      mimeType: 'application/json',
      buffer: Buffer.from('{"councilDomains": ["not a domain"], "smallCohortThreshold": 1}'),
    });
    await page
      .getByRole('alert')
      .getByText(/councilDomains/)
      .waitFor();
    await everyTab('with a long policy error');
  });
});
