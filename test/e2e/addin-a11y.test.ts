// Accessibility of the built pane in Chromium over the Word double: axe-core finds no serious or
// critical violation on any tab at a task pane's width (320 px) and a wide one (1280 px), and the main
// flow (scan, go to, redact, next card) works with the keyboard alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPane, type Pane } from './addin-harness.ts';
import { nameAndScan, seriousViolations, TAB_NAMES, WIDE_REPORT } from './addin-support.ts';

describe.each([320, 1280])('axe-core at %i px', (width) => {
  let pane: Pane;
  beforeAll(async () => void (pane = await openPane(WIDE_REPORT, { width, height: 900 })), 60_000);
  afterAll(async () => pane?.close());

  it('finds nothing serious before the scan', async () => {
    await pane.page.getByRole('heading', { name: 'Clearance', level: 1 }).waitFor();
    expect(await seriousViolations(pane)).toEqual([]);
  });

  it.each(TAB_NAMES)('finds nothing serious on the %s tab', async (tab) => {
    const { page } = pane;
    if (!(await page.getByRole('tab', { name: 'Findings' }).count())) await nameAndScan(page);
    await page.getByRole('tab', { name: tab }).click();
    if (tab === 'Findings') {
      await page.getByText(/^Left alone/).click();
      // A decision made, so the Log tab has a row to check; a reason form left open on another card.
      await page.getByRole('button', { name: 'Keep as public: “aged 9”' }).click();
      await page.getByRole('textbox', { name: /Why is this public/ }).fill('No name is left beside it');
      await page.getByRole('button', { name: 'Keep as public', exact: true }).click();
      await page
        .getByRole('status')
        .getByText(/Kept as public/)
        .waitFor();
      await page.getByRole('button', { name: 'Ignore: “Mrs Janet Okafor”' }).click();
    }
    expect(await seriousViolations(pane)).toEqual([]);
  });
});

/** Presses Tab until the focused element's accessible label matches, failing after `limit` presses. */
async function tabTo(page: Page, label: RegExp, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el ? (el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '') : '';
    });
    if (label.test(focused)) return;
  }
  throw new Error(`no control labelled ${label} within ${limit} Tab presses`);
}

describe('keyboard only', () => {
  let pane: Pane;
  beforeAll(async () => void (pane = await openPane(WIDE_REPORT, { width: 320, height: 900 })), 60_000);
  afterAll(async () => pane?.close());

  it('scans, goes to a card, redacts it and lands on the next card', async () => {
    const { page } = pane;
    await page.getByRole('heading', { name: 'Clearance', level: 1 }).waitFor();
    await tabTo(page, /^Your name, for the clearance log/);
    await page.keyboard.type('K. Board');
    await tabTo(page, /^Scan document$/);
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .getByText(/Scanned:/)
      .waitFor();

    await tabTo(page, /^Go to: “Tyler Brown”$/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const s = window.__fakeDoc.selection;
          return s && s.paragraph.text.slice(s.start, s.end);
        }),
      )
      .toBe('Tyler Brown');
    expect(await page.locator('li[aria-current="true"] h4').textContent()).toBe('“Tyler Brown”');

    await tabTo(page, /^Redact every mention of “Tyler Brown”/);
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .getByText(/Redacted: replaced/)
      .waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.tagName + ' ' + document.activeElement?.textContent))
      .toBe('H4 “aged 9”');

    await tabTo(page, /^Go to: “aged 9”$/, 10);
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const s = window.__fakeDoc.selection;
          return s && s.paragraph.text.slice(s.start, s.end);
        }),
      )
      .toBe('aged 9');
  });
});
