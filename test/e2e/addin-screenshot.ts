// Takes docs/addin-pane.png: the built pane, at the 340 px a Word task pane has, scanning the sample report (samples/draft-cabinet-report.md,
// laid out as Word paragraphs), for the README. Run with `npx tsx test/e2e/addin-screenshot.ts` after
// `npm run build:addin`.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FakeParagraphSeed } from '../addin/support/fake-word.ts';
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
} finally {
  await pane.close();
}
