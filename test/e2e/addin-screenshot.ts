// Takes the README's pictures of the built pane, at the 340 px a Word task pane has, scanning the sample report
// (samples/draft-cabinet-report.md, laid out as Word paragraphs): docs/addin-pane.png after the scan, and
// docs/addin-wording.png with a Welsh council's policy and clause pack in force and the wording form previewing a
// clause in both languages. Run with `npx tsx test/e2e/addin-screenshot.ts` after `npm run build:addin`.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FakeParagraphSeed } from '../addin/support/fake-word.ts';
import { COUNCIL_PACK } from '../addin/support/clause-packs.ts';
import { openPane } from './addin-harness.ts';

/** Markdown lines as Word paragraphs: # headings take heading styles, "- " lines become list items. */
function asParagraphs(markdown: string): FakeParagraphSeed[] {
  return markdown
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line) => {
      const heading = /^(#{1,3})\s+(.*)$/.exec(line);
      if (heading) return { text: heading[2]!, styleBuiltIn: `Heading${heading[1]!.length}` };
      const item = /^\s*[-*]\s+(.*)$/.exec(line);
      return item ? { text: item[1]!, isListItem: true } : { text: line.trim() };
    });
}

const sample = readFileSync(fileURLToPath(new URL('../../samples/draft-cabinet-report.md', import.meta.url)), 'utf8');

const out = fileURLToPath(new URL('../../docs/addin-pane.png', import.meta.url));
const wordingOut = fileURLToPath(new URL('../../docs/addin-wording.png', import.meta.url));
const json = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(value)),
});
mkdirSync(fileURLToPath(new URL('../../docs/', import.meta.url)), { recursive: true });
const pane = await openPane(
  {
    body: asParagraphs(sample),
    sections: [{ footers: { Primary: ['Northmoor Borough Council: draft for clearance'] } }],
  },
  { width: 340, height: 1100 },
);
try {
  await pane.page.getByRole('textbox', { name: /Your name/ }).fill('Legal reviewer');
  await pane.page.getByRole('button', { name: 'Scan document' }).click();
  await pane.page
    .getByRole('status')
    .getByText(/Scanned:/)
    .waitFor();
  await pane.page.screenshot({ path: out });
  console.log(`wrote ${out}`);

  const { page } = pane;
  await page.getByLabel('Council policy file (JSON)').setInputFiles(
    json('dyffryn-policy.json', {
      councilName: 'Cyngor Sir Dyffryn Gwyrdd',
      jurisdiction: 'wales',
      languages: ['cy', 'en'],
    }),
  );
  await page
    .getByRole('status')
    .getByText(/Scanned again under it/)
    .waitFor();
  await page.getByLabel('Council clause pack file (JSON)').setInputFiles(json('dyffryn-pack.json', COUNCIL_PACK));
  await page
    .getByRole('status')
    .getByText(/clause pack, version 3 is in force/)
    .waitFor();
  await page.getByRole('tab', { name: 'Wording' }).click();
  await page.getByRole('combobox', { name: 'Clause' }).selectOption('risk-implications');
  await page.getByRole('textbox', { name: /^What the report proposes, in a phrase$/ }).fill('the new fostering rota');
  await page
    .getByRole('textbox', { name: /^What the report proposes, in a phrase, in Welsh/ })
    .fill('y rota maethu newydd');
  await page.getByRole('region', { name: 'Preview' }).waitFor();
  await page.screenshot({ path: wordingOut, fullPage: true });
  console.log(`wrote ${wordingOut}`);
} finally {
  await pane.close();
}
