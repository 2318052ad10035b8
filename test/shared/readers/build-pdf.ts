// Builds small PDFs for reader tests with pdf-lib: text lines, dark boxes drawn over parts of them, and
// annotations, so each test states the page it reads.
import { PDFDocument, PDFString, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

export interface PdfLineSpec {
  text: string;
  size?: number;
  bold?: boolean;
  white?: boolean;
  /** Gap above this line in points (default: one line). */
  gapBefore?: number;
}

export interface PdfPageSpec {
  lines: PdfLineSpec[];
  /** Words whose first occurrence gets covered: after the text (a failed redaction), before it, or by annotation. */
  cover?: {
    words: string;
    how: 'box-after' | 'box-before-black-text' | 'redact-annotation' | 'black-highlight' | 'grey-box-after';
  }[];
  /** A dark box with white text drawn on it, which must not be reported. */
  banner?: string;
}

export interface PdfSpec {
  pages: PdfPageSpec[];
  title?: string;
}

const LEFT = 50;
const TOP = 780;

export async function buildPdf(spec: PdfSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (spec.title) doc.setTitle(spec.title);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  for (const pageSpec of spec.pages) {
    const page = doc.addPage([595, 842]);
    const placed: { text: string; x: number; y: number; size: number; font: PDFFont }[] = [];
    let y = TOP;
    for (const line of pageSpec.lines) {
      const size = line.size ?? 11;
      y -= line.gapBefore ?? size * 1.3;
      placed.push({ text: line.text, x: LEFT, y, size, font: line.bold ? bold : regular });
    }
    const boxFor = (words: string) => {
      const line = placed.find((l) => l.text.includes(words));
      if (!line) throw new Error(`no line holds "${words}"`);
      const x = line.x + line.font.widthOfTextAtSize(line.text.slice(0, line.text.indexOf(words)), line.size);
      return {
        x: x - 1,
        y: line.y - line.size * 0.25,
        width: line.font.widthOfTextAtSize(words, line.size) + 2,
        height: line.size * 1.2,
      };
    };
    for (const c of pageSpec.cover ?? [])
      if (c.how === 'box-before-black-text') page.drawRectangle({ ...boxFor(c.words), color: rgb(0, 0, 0) });
    if (pageSpec.banner) {
      page.drawRectangle({ x: LEFT - 5, y: 60, width: 300, height: 22, color: rgb(0.05, 0.05, 0.2) });
      page.drawText(pageSpec.banner, { x: LEFT, y: 66, size: 12, font: bold, color: rgb(1, 1, 1) });
    }
    for (const l of placed) page.drawText(l.text, { x: l.x, y: l.y, size: l.size, font: l.font });
    for (const c of pageSpec.cover ?? []) {
      const box = boxFor(c.words);
      if (c.how === 'box-after') page.drawRectangle({ ...box, color: rgb(0, 0, 0) });
      if (c.how === 'grey-box-after') page.drawRectangle({ ...box, color: rgb(0.85, 0.85, 0.85) });
      if (c.how === 'redact-annotation' || c.how === 'black-highlight') addAnnotation(doc, page, c.how, box);
    }
  }
  // A classic cross-reference table, as most council PDFs have, so truncation tests can cut into it.
  return doc.save({ useObjectStreams: false });
}

function addAnnotation(
  doc: PDFDocument,
  page: PDFPage,
  how: 'redact-annotation' | 'black-highlight',
  box: { x: number; y: number; width: number; height: number },
): void {
  const [x0, y0, x1, y1] = [box.x, box.y, box.x + box.width, box.y + box.height];
  const dict = doc.context.obj({
    Type: 'Annot',
    Subtype: how === 'redact-annotation' ? 'Redact' : 'Highlight',
    Rect: [x0, y0, x1, y1],
    QuadPoints: [x0, y1, x1, y1, x0, y0, x1, y0],
    C: [0, 0, 0],
    ...(how === 'redact-annotation' && { IC: [0, 0, 0], OverlayText: PDFString.of('Redacted') }),
  });
  page.node.addAnnot(doc.context.register(dict));
}
