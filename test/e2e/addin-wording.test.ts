// The council's clause pack and Welsh wording in the built pane, in Chromium over the Word double: a pack chosen
// from a file supplies the clause previewed and inserted; a bad pack is refused by field and the one before stays;
// a Welsh council chooses Welsh, English or both (both in its own order); an English council is offered no choice.
// At 320 and 350 px nothing in these states scrolls sideways, and axe-core finds nothing serious in them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { renderInLanguages, renderClause, parseClausePack } from '../../shared/index.ts';
import { BAD_PACK, COUNCIL_PACK } from '../addin/support/clause-packs.ts';
import { FIXTURE_REPORT } from '../addin/support/fixture-report.ts';
import { openPane, type Pane } from './addin-harness.ts';
import { nameAndScan, overflowing, seriousViolations } from './addin-support.ts';

const json = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(value)),
});
const WELSH_POLICY = { councilName: 'Cyngor Sir Dyffryn Gwyrdd', jurisdiction: 'wales', languages: ['en', 'cy'] };
const DPIA = 'none was needed: the report holds no personal data';

const previewText = (page: Page) => page.getByRole('region', { name: 'Preview' }).locator('p, h4').allTextContents();

/** Where the new controls are: nothing wider than the pane, and the radio group and pack rows within it. */
async function fits(page: Page, width: number, state: string) {
  expect(await overflowing(page), state).toEqual([]);
  const root = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    clientWidth: document.scrollingElement!.clientWidth,
  }));
  expect(root.scrollWidth, state).toBeLessThanOrEqual(root.clientWidth);
  for (const control of [
    page.getByRole('region', { name: 'Council policy' }),
    page.getByRole('radiogroup', { name: 'Language' }),
    page.getByRole('region', { name: 'Preview' }),
  ]) {
    if (!(await control.count())) continue;
    const sizes = await control.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(sizes.scrollWidth, state).toBeLessThanOrEqual(sizes.clientWidth);
    const box = (await control.boundingBox())!;
    expect(box.x + box.width, state).toBeLessThanOrEqual(width);
  }
}

describe.each([320, 350])('clause pack and languages at %i px', (width) => {
  let pane: Pane;
  beforeAll(async () => void (pane = await openPane(FIXTURE_REPORT, { width, height: 900 })), 60_000);
  afterAll(async () => pane?.close());

  it("uses a valid pack's clause in the preview and the insert", async () => {
    const { page } = pane;
    await nameAndScan(page);
    await page.getByLabel('Council clause pack file (JSON)').setInputFiles(json('dyffryn-pack.json', COUNCIL_PACK));
    await page
      .getByRole('status')
      .getByText(/Wording from Cyngor Sir Dyffryn Gwyrdd’s clause pack, version 3 is in force/)
      .waitFor();
    await expect(page.getByRole('region', { name: 'Council policy' }).textContent()).resolves.toMatch(
      /Wording from: Cyngor Sir Dyffryn Gwyrdd’s clause pack, version 3 \(dyffryn-pack\.json\)/,
    );
    await fits(page, width, 'with a pack in force');
    expect(await seriousViolations(pane)).toEqual([]);

    await page.getByRole('tab', { name: 'Wording' }).click();
    await page.getByRole('combobox', { name: 'Clause' }).selectOption('data-protection-statement');
    await page.getByRole('textbox', { name: /^Whether a data protection/ }).fill(DPIA);
    const parsed = parseClausePack(COUNCIL_PACK);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const paragraphs = renderClause('data-protection-statement', { dpia: DPIA }, { pack: parsed.pack });
    expect(await previewText(page)).toEqual(paragraphs);
    expect(paragraphs[0]).toMatch(/^The council’s data protection officer has read this report/);
    await fits(page, width, 'previewing a pack clause');
    expect(await seriousViolations(pane)).toEqual([]);

    await page.getByRole('button', { name: 'Insert at cursor' }).click();
    await page
      .getByRole('status')
      .getByText(/Inserted "Data protection: the council’s own statement" at the cursor/)
      .waitFor();
    expect(await page.evaluate(() => window.__fakeDoc.allText())).toContain(paragraphs[0]);
    await fits(page, width, 'after inserting a pack clause');
  });

  it('refuses a bad pack, naming the field, and keeps the pack in force', async () => {
    const { page } = pane;
    await page.getByLabel('Council clause pack file (JSON)').setInputFiles(json('dyffryn-pack-4.json', BAD_PACK));
    const alert = page.getByRole('region', { name: 'Council policy' }).getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent())!;
    expect(text).toContain('dyffryn-pack-4.json: clauses[1].language: expected "cy" or "en"');
    expect(text).toMatch(/Cyngor Sir Dyffryn Gwyrdd’s clause pack, version 3 stays in force/);
    expect(text).not.toMatch(/\bat .+:\d+:\d+|Error:/);
    await expect(page.getByRole('region', { name: 'Council policy' }).textContent()).resolves.toMatch(
      /version 3 \(dyffryn-pack\.json\), then the built-in clauses/,
    );
    await fits(page, width, 'with a refused pack');
    expect(await seriousViolations(pane)).toEqual([]);
    // The clause still comes from the pack kept in force.
    await page.getByRole('combobox', { name: 'Clause' }).selectOption('data-protection-statement');
    await page.getByText(/From Cyngor Sir Dyffryn Gwyrdd’s clause pack, version 3\./).waitFor();
  });

  it('offers an English council no language choice', async () => {
    const { page } = pane;
    await page.getByRole('combobox', { name: 'Clause' }).selectOption('risk-implications');
    expect(await page.getByRole('radiogroup').count()).toBe(0);
    expect(await page.getByText(/Cymraeg/).count()).toBe(0);
  });

  it('offers a Welsh council Welsh, English or both, and renders and inserts both in its order', async () => {
    const { page } = pane;
    await page.getByLabel('Council policy file (JSON)').setInputFiles(json('dyffryn-policy.json', WELSH_POLICY));
    await page
      .getByRole('status')
      .getByText(/Policy in force: Cyngor Sir Dyffryn Gwyrdd\. Scanned again under it\./)
      .waitFor();
    await page.getByRole('tab', { name: 'Wording' }).click();
    await page.getByRole('combobox', { name: 'Clause' }).selectOption('risk-implications');
    const language = page.getByRole('radiogroup', { name: 'Language' });
    expect(
      await language
        .getByRole('radio')
        .evaluateAll((rs) => rs.map((r) => (r as HTMLInputElement).labels![0]!.textContent)),
    ).toEqual(['Cymraeg (Welsh)', 'English', 'Both: English, then Cymraeg (Welsh)']);
    await expect(language.getByRole('radio', { name: /^Both/ }).isChecked()).resolves.toBe(true);
    await page.getByRole('textbox', { name: /^What the report proposes, in a phrase$/ }).fill('the new fostering rota');
    await page
      .getByRole('textbox', { name: /^What the report proposes, in a phrase, in Welsh/ })
      .fill('y rota maethu newydd');
    const [en, cy] = renderInLanguages(
      'risk-implications',
      { proposal: 'the new fostering rota' },
      { languages: ['en', 'cy'], welshValues: { proposal: 'y rota maethu newydd' } },
    );
    expect(await previewText(page)).toEqual([
      'English',
      ...en!.paragraphs,
      'Cymraeg (Welsh): draft translation',
      'Draft: for your council’s Welsh language officer to confirm before it is published.',
      ...cy!.paragraphs,
    ]);
    await fits(page, width, 'previewing both languages');
    expect(await seriousViolations(pane)).toEqual([]);

    await page.getByRole('button', { name: 'Insert at cursor' }).click();
    await page
      .getByRole('status')
      .getByText(/at the cursor/)
      .waitFor();
    const doc = await page.evaluate(() => window.__fakeDoc.body.paragraphs.map((p) => p.text));
    const at = doc.indexOf(en!.paragraphs[0]!);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(doc.slice(at, at + en!.paragraphs.length + cy!.paragraphs.length)).toEqual([
      ...en!.paragraphs,
      ...cy!.paragraphs,
    ]);

    await language.getByRole('radio', { name: 'Cymraeg (Welsh)', exact: true }).check();
    await page.getByRole('textbox', { name: /^What the report proposes/ }).fill('y rota maethu newydd');
    expect(await previewText(page)).toEqual([
      'Cymraeg (Welsh): draft translation',
      'Draft: for your council’s Welsh language officer to confirm before it is published.',
      ...cy!.paragraphs,
    ]);
    await fits(page, width, 'previewing Welsh');
    expect(await seriousViolations(pane)).toEqual([]);
  });
});
