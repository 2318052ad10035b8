// Finds where a finding's text sits on a PDF page, from pdfjs's text items, as rectangles in PDF user space.

export interface TextItem {
  str: string;
  /** pdfjs's transform: [a, b, c, d, x, y]. */
  transform: number[];
  width: number;
  height: number;
}

/** [x1, y1, x2, y2] in PDF user space (origin bottom left). */
export type PdfRect = [number, number, number, number];

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function locateText(items: TextItem[], text: string): PdfRect[] {
  const wanted = squash(text);
  if (!wanted) return [];
  const rects: PdfRect[] = [];
  for (const item of items) {
    const str = item.str;
    const at = str.indexOf(wanted);
    if (at >= 0) rects.push(slice(item, at, wanted.length));
    else if (squash(str).length > 2 && wanted.includes(squash(str))) rects.push(slice(item, 0, str.length));
  }
  return rects;
}

function slice(item: TextItem, from: number, length: number): PdfRect {
  const [a = 1, b = 0, c = 0, d = 1, x = 0, y = 0] = item.transform;
  const charWidth = item.str.length ? item.width / item.str.length : 0;
  const height = item.height || Math.hypot(c, d) || Math.hypot(a, b);
  const left = x + charWidth * from;
  return [left, y - height * 0.2, left + charWidth * length, y + height * 0.9];
}
