import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../shared/readers/pdf.ts';
import { ReadError } from '../../../shared/readers/read-error.ts';
import { scan } from '../../../shared/engine/scan.ts';
import type { DocumentModel } from '../../../shared/model/document.ts';
import { buildPdf } from './build-pdf.ts';
import { encryptedPdf } from '../../fixtures/hostile/make-hostile.ts';

const covered = (doc: DocumentModel): { cover: string; text: string; page?: number }[] =>
  (doc.hiddenUnderRedaction ?? []).map((h) => {
    const block = doc.blocks.find((b) => b.id === h.blockId)!;
    return { cover: h.cover, text: block.text.slice(h.start, h.end), page: block.origin.page };
  });

async function refusal(bytes: Uint8Array): Promise<string> {
  const error = await readPdf(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReadError);
  return (error as Error).message;
}

describe('readPdf', () => {
  it('reads each page into blocks with 1-based page numbers, lines joined within a paragraph', async () => {
    const doc = await readPdf(
      await buildPdf({
        pages: [
          {
            lines: [
              { text: 'Cabinet report', size: 18 },
              { text: 'First line of a paragraph' },
              { text: 'and its second line.' },
              { text: 'Another paragraph.', gapBefore: 30 },
            ],
          },
          { lines: [{ text: '6.4 Corporate Parenting Implications', bold: true }, { text: 'There are none.' }] },
        ],
      }),
    );
    expect(doc.format).toBe('pdf');
    expect(doc.blocks.map((b) => [b.origin.page, b.kind, b.text])).toEqual([
      [1, 'heading', 'Cabinet report'],
      [1, 'paragraph', 'First line of a paragraph\nand its second line.'],
      [1, 'paragraph', 'Another paragraph.'],
      [2, 'paragraph', '6.4 Corporate Parenting Implications'],
      [2, 'paragraph', 'There are none.'],
    ]);
    expect(doc.blocks[3]!.style).toBe('bold');
    for (const b of doc.blocks) expect(doc.text.slice(b.start, b.start + b.text.length)).toBe(b.text);
  });

  it('recovers text under a black box drawn over it, and only that text', async () => {
    const doc = await readPdf(
      await buildPdf({
        pages: [
          { lines: [{ text: 'Intro.' }] },
          {
            lines: [{ text: 'The child Tyler Smith lives with foster carers.' }],
            cover: [{ words: 'Tyler Smith', how: 'box-after' }],
          },
        ],
      }),
    );
    expect(covered(doc)).toEqual([{ cover: 'box', text: 'Tyler Smith', page: 2 }]);
  });

  it('recovers text under black highlighting and dark text painted onto a dark box', async () => {
    const doc = await readPdf(
      await buildPdf({
        pages: [
          {
            lines: [{ text: 'Highlighted Amir Khan here.' }, { text: 'Shaded Sam Lee here.' }],
            cover: [
              { words: 'Amir Khan', how: 'black-highlight' },
              { words: 'Sam Lee', how: 'box-before-black-text' },
            ],
          },
        ],
      }),
    );
    expect(covered(doc)).toEqual([
      { cover: 'highlight', text: 'Amir Khan', page: 1 },
      { cover: 'highlight', text: 'Sam Lee', page: 1 },
    ]);
  });

  it('reports text under a Redact annotation that was never applied', async () => {
    const doc = await readPdf(
      await buildPdf({
        pages: [
          {
            lines: [{ text: 'Marked: Jade Brown, 14 Elm Close.' }],
            cover: [{ words: 'Jade Brown', how: 'redact-annotation' }],
          },
        ],
      }),
    );
    expect(covered(doc)).toEqual([{ cover: 'redact-annotation', text: 'Jade Brown', page: 1 }]);
  });

  it('does not report white text on a dark banner, or text under a light box', async () => {
    const doc = await readPdf(
      await buildPdf({
        pages: [
          {
            lines: [{ text: 'Grey box over Kim Day.' }],
            cover: [{ words: 'Kim Day', how: 'grey-box-after' }],
            banner: 'Exempt information',
          },
        ],
      }),
    );
    expect(doc.text).toContain('Exempt information');
    expect(doc.hiddenUnderRedaction).toBeUndefined();
  });

  it('raises a high failed-redaction finding that names the page and the recovered text', async () => {
    const doc = await readPdf(
      await buildPdf({
        pages: [
          { lines: [{ text: 'Nothing here.' }] },
          { lines: [{ text: 'Placement of Tyler Smith ends.' }], cover: [{ words: 'Tyler Smith', how: 'box-after' }] },
        ],
      }),
    );
    const finding = scan(doc).findings.find((f) => f.type === 'failed-redaction');
    expect(finding).toMatchObject({
      text: 'Tyler Smith',
      severity: 'high',
      rule: 'failed-redaction',
      location: { page: 2 },
    });
    expect(finding!.message).toMatch(/"Tyler Smith" is still in the file under a black box on page 2/);
  });

  it('refuses a password-protected PDF', async () => {
    expect(await refusal(await encryptedPdf())).toMatch(/password-protected/);
  });

  it('refuses bytes that are not a PDF, and a PDF cut off before its first page', async () => {
    expect(await refusal(new TextEncoder().encode('%PDF-1.7\nthis is not really a pdf'))).toMatch(/PDF/);
    const whole = await buildPdf({ pages: [{ lines: [{ text: 'Some text.' }] }] });
    expect(await refusal(whole.subarray(0, 200))).toMatch(/PDF/);
  });

  it('refuses a PDF with no text layer, which it cannot check', async () => {
    expect(await refusal(await buildPdf({ pages: [{ lines: [] }] }))).toMatch(/no text to read.*scanned/);
  });

  it('warns when a PDF is cut short but its text still reads', async () => {
    const whole = await buildPdf({ pages: [{ lines: [{ text: 'Readable text survives.' }] }] });
    const cut = whole.subarray(0, whole.length - 30);
    const doc = await readPdf(cut);
    expect(doc.text).toContain('Readable text survives.');
    expect(doc.warnings?.join(' ')).toMatch(/cut short/);
  });
});
