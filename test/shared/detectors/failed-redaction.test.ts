import { describe, expect, it } from 'vitest';
import failedRedaction from '../../../shared/detectors/failed-redaction.ts';
import { detectWith } from '../../../shared/engine/scan.ts';
import { assembleDocument } from '../../../shared/readers/text.ts';
import type { DocumentModel } from '../../../shared/model/document.ts';

/** Two PDF pages; `spans` mark text hidden in the second page's block. */
function model(spans: DocumentModel['hiddenUnderRedaction']): DocumentModel {
  const doc = assembleDocument(
    [
      { kind: 'paragraph', text: 'Report to Cabinet.', origin: { part: 'body', page: 1 } },
      { kind: 'paragraph', text: 'The child Tyler Smith lives at 4 Oak Road.', origin: { part: 'body', page: 2 } },
    ],
    'pdf',
  );
  return spans ? { ...doc, hiddenUnderRedaction: spans } : doc;
}

describe('failed-redaction', () => {
  it('reports covered text with its page, the text recovered and what hides it', () => {
    const findings = detectWith(
      [failedRedaction],
      model([
        { blockId: 'b1', start: 10, end: 21, cover: 'box' },
        { blockId: 'b1', start: 31, end: 41, cover: 'redact-annotation' },
      ]),
    );
    expect(findings.map((f) => [f.text, f.severity, f.location.page, f.type])).toEqual([
      ['Tyler Smith', 'high', 2, 'failed-redaction'],
      ['4 Oak Road', 'high', 2, 'failed-redaction'],
    ]);
    expect(findings[0]!.message).toBe(
      'The text "Tyler Smith" is still in the file under a black box on page 2: anyone can copy it out. Remove the text itself (apply a real redaction) before publishing.',
    );
    expect(findings[1]!.message).toMatch(
      /^The text "4 Oak Road" was marked for redaction on page 2, but the redaction was never applied/,
    );
  });

  it('names black highlighting as the cover', () => {
    const [finding] = detectWith([failedRedaction], model([{ blockId: 'b1', start: 10, end: 21, cover: 'highlight' }]));
    expect(finding!.message).toMatch(/under black highlighting on page 2/);
  });

  it('reports nothing where nothing is covered, and ignores spans that do not fit their block', () => {
    expect(detectWith([failedRedaction], model(undefined))).toEqual([]);
    expect(
      detectWith(
        [failedRedaction],
        model([
          { blockId: 'b9', start: 0, end: 4, cover: 'box' },
          { blockId: 'b0', start: 5, end: 500, cover: 'box' },
          { blockId: 'b0', start: 4, end: 4, cover: 'box' },
        ]),
      ),
    ).toEqual([]);
  });
});
