// docs/detectors.md is generated from the detector records; it must say what the code says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../shared/detectors/index.ts';
import { DETECTOR_DOCS, renderDetectorDocs } from '../scripts/detector-docs.ts';

describe('docs/detectors.md', () => {
  it('is current with the detector records (run npm run docs after changing one)', () => {
    expect(
      readFileSync(DETECTOR_DOCS, 'utf8') === renderDetectorDocs(),
      'docs/detectors.md is out of date: run npm run docs',
    ).toBe(true);
  });

  it('has a section for every registered detector, with its explanation', () => {
    const docs = renderDetectorDocs();
    for (const d of DETECTORS) {
      expect(docs).toContain(`## ${d.id}\n\n${d.explanation}\n`);
    }
  });
});
