// The built task pane in Chromium over the Word double: it renders, scans, goes to a finding, redacts
// a child everywhere, inserts a missing section's wording, and talks to no other host (axe-core: addin-a11y.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_REPORT } from '../addin/support/fixture-report.ts';
import { openPane, type Pane } from './addin-harness.ts';
import { nameAndScan } from './addin-support.ts';

let pane: Pane;
beforeAll(async () => void (pane = await openPane(FIXTURE_REPORT)), 60_000);
afterAll(async () => pane?.close());

describe('task pane in Chromium', () => {
  it('renders, scans and lists the identifying details', async () => {
    const { page } = pane;
    await nameAndScan(page);
    await expect(page.getByRole('status').textContent()).resolves.toMatch(
      /Scanned: \d+ to deal with, \d+ for your decision, \d+ left alone/,
    );
    await expect(page.getByRole('heading', { name: /^To deal with \(\d+\)$/ }).count()).resolves.toBe(1);
    // Every mention of Tyler Brown (body, hidden text, footer, properties) is on one card.
    await expect(page.getByRole('heading', { name: '“Tyler Brown”', level: 4 }).count()).resolves.toBe(1);
  });

  it('goes to a finding: Word selects it', async () => {
    const { page } = pane;
    await page.getByRole('button', { name: 'Go to: “aged 9”' }).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const s = window.__fakeDoc.selection;
          return s && s.paragraph.text.slice(s.start, s.end);
        }),
      )
      .toBe('aged 9');
  });

  it('redacts every mention of a child and reports the verification', async () => {
    const { page } = pane;
    await page.getByRole('button', { name: 'Redact every mention of “Tyler Brown” as [Child 1]' }).click();
    await page
      .getByRole('status')
      .getByText(/Redacted: replaced/)
      .waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toMatch(
      /Track Changes was paused.*Not redacted "Tyler Brown": hidden text.*Still in the document: "Tyler Brown" \(the body\)/,
    );
    const text = await page.evaluate(() => window.__fakeDoc.body.paragraphs[5]!.text);
    expect(text).toBe('The panel met [Child 1] twice, and [Child 1] said he wanted to stay with his brother.');
  });

  it('inserts the wording for a missing section, in a tagged content control', async () => {
    const { page } = pane;
    await page.getByRole('tab', { name: 'Sections' }).click();
    await page.getByRole('button', { name: 'Insert standard wording for financial implications' }).click();
    const fields = page.getByRole('tabpanel').getByRole('textbox');
    for (let i = 0; i < (await fields.count()); i++) await fields.nth(i).fill('Sam Patel, Section 151 Officer');
    await page.getByLabel(/Date cleared/).fill('2025-03-12');
    await page.getByRole('button', { name: 'Insert into its section' }).click();
    const status = page.getByRole('status');
    await status
      .getByText(/Added the heading "Financial implications"/)
      .or(page.getByRole('alert'))
      .waitFor();
    await expect(status.textContent()).resolves.toMatch(/Added the heading "Financial implications"/);
    const controls = await page.evaluate(() => window.__fakeDoc.contentControls.map((c) => c.tag));
    expect(controls).toEqual([expect.stringMatching(/^clearance:clause:financial-implications@\d+#[a-z0-9]+$/)]);
  });

  it('asked for nothing but its own origin on 127.0.0.1', () => {
    expect(pane.requests.length).toBeGreaterThan(3);
    expect(
      pane.requests.filter(
        (url) => !url.startsWith(`${pane.origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'),
      ),
    ).toEqual([]);
  });
});
