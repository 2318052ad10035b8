// Boxes from the page's own glyph widths: a pdf-lib PDF in Helvetica, read by pdfjs as the viewer reads it.
import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  byCharacterCount,
  glyphOffset,
  glyphRun,
  locateText,
  type FontStyle,
} from '../../../extension/lib/pdf-locate.ts';
import { glyphRuns, textItems, type RenderablePage } from '../../../extension/lib/pdf-render.ts';

const LINE = 'WWW iii: the carer is on 07700 900123 today.';
const SIZE = 12;

async function pageOf(line: string) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([400, 200]).drawText(line, { x: 40, y: 100, size: SIZE, font });
  const doc = await pdfjs.getDocument({ data: await pdf.save(), isEvalSupported: false, useSystemFonts: true }).promise;
  const page = await doc.getPage(1);
  // drawText sets glyph by glyph, without the kerning widthOfTextAtSize applies to a whole string.
  const advance = (text: string): number => [...text].reduce((sum, ch) => sum + font.widthOfTextAtSize(ch, SIZE), 0);
  return { page, advance };
}

describe('locateText', () => {
  it("spans exactly the finding's glyphs, by the widths they are drawn with", async () => {
    const { page, advance } = await pageOf(LINE);
    const content = await page.getTextContent();
    const offset = glyphOffset(await glyphRuns(page as unknown as RenderablePage), byCharacterCount);
    const [rect] = locateText(textItems(content), '07700 900123', offset, content.styles as Record<string, FontStyle>);
    const at = LINE.indexOf('07700');
    expect(rect![0]).toBeCloseTo(40 + advance(LINE.slice(0, at)), 3);
    expect(rect![2]).toBeCloseTo(40 + advance(LINE.slice(0, at + 12)), 3);
    // From below the baseline to the font's ascent: the line's band and no more.
    expect(rect![1]).toBeLessThan(100);
    expect(rect![3]).toBeGreaterThan(100 + 0.7 * SIZE);
    expect(rect![3]).toBeLessThan(100 + SIZE);
  });

  it('would miss by characters with an average width, which is why glyph widths are used', async () => {
    const { page, advance } = await pageOf(LINE);
    const [rect] = locateText(textItems(await page.getTextContent()), '07700 900123');
    expect(Math.abs(rect![0] - (40 + advance(LINE.slice(0, LINE.indexOf('07700')))))).toBeGreaterThan(2);
  });
});

describe('glyphRun', () => {
  it('subtracts TJ spacing numbers, in thousandths of an em', () => {
    const run = glyphRun([{ unicode: 'A', width: 600 }, -400, { unicode: 'B', width: 500 }]);
    expect(run).toEqual({ text: 'AB', advances: [0, 1000, 1500] });
  });
});
