// Every finding the engine gives, on every paper we have (the corpora and long seeds beside the repo,
// and the bundled sample), is a real span of the document's text and does not run across a sentence end.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../../shared/engine/scan.ts';
import { withinOneSentence } from '../../../shared/engine/sentences.ts';
import { readMarkdown, readText } from '../../../shared/readers/text.ts';

const ROOT = join(import.meta.dirname, '../../..');
const FOLDERS = ['../shared/corpus/dev', '../shared/corpus/real-dev', '../shared/seeds'].map((f) => join(ROOT, f));
const papers = FOLDERS.filter(existsSync).flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(dir, f)),
);

describe('finding spans', () => {
  it('has papers to check', () => {
    expect(papers.length).toBeGreaterThan(50);
  });

  it.each([...papers, join(ROOT, 'samples/draft-cabinet-report.md')])('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    const doc = file.endsWith('.md') ? readMarkdown(text) : readText(text);
    for (const f of scan(doc).findings) {
      expect(f.start, `${f.type} "${f.text}"`).toBeLessThan(f.end);
      expect(doc.text.slice(f.start, f.end)).toBe(f.text);
      if (f.type !== 'small-cohort' && f.type !== 'address' && f.type !== 'failed-redaction') {
        expect(withinOneSentence(doc.text, f.start, f.end), `${f.type} "${f.text}" crosses a sentence end`).toBe(true);
      }
    }
  });
});
