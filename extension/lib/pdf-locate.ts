// Finds where a finding's text sits on a PDF page, from pdfjs's text items, as rectangles in PDF user space.

export interface TextItem {
  str: string;
  /** pdfjs's transform: [a, b, c, d, x, y]. */
  transform: number[];
  /** The run's advance in user space, from the PDF's own glyph widths. */
  width: number;
  height: number;
  fontName?: string;
}

/** The font's vertical metrics as pdfjs reports them, as fractions of the font size. */
export interface FontStyle {
  ascent?: number;
  descent?: number;
  fontFamily?: string;
}

/**
 * The advance of `text` set in an item's font, in any unit: only ratios are used, so the PDF's own width for the whole
 * run stays the scale and a measurer's font size does not matter.
 */
export type Measure = (item: TextItem, text: string) => number;

/** [x1, y1, x2, y2] in PDF user space (origin bottom left). */
export type PdfRect = [number, number, number, number];

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Without a font to measure with, every character is taken as equally wide: right for monospace, close for the rest. */
export const byCharacterCount: Measure = (_item, text) => text.length;

export function locateText(items: TextItem[], text: string, measure: Measure = byCharacterCount, styles: Record<string, FontStyle> = {}): PdfRect[] {
  const wanted = squash(text);
  if (!wanted) return [];
  const rects: PdfRect[] = [];
  for (const item of items) {
    const str = item.str;
    const at = str.indexOf(wanted);
    const style = styles[item.fontName ?? ''] ?? {};
    if (at >= 0) rects.push(slice(item, at, at + wanted.length, measure, style));
    else if (squash(str).length > 2 && wanted.includes(squash(str))) rects.push(slice(item, 0, str.length, measure, style));
  }
  return rects;
}

/** The box of str[from, to): left and right edges from the measured advances, top and bottom from the font's ascent and descent. */
function slice(item: TextItem, from: number, to: number, measure: Measure, style: FontStyle): PdfRect {
  const [a = 1, b = 0, c = 0, d = 1, x = 0, y = 0] = item.transform;
  const whole = measure(item, item.str);
  const scale = whole > 0 ? item.width / whole : 0;
  const left = x + measure(item, item.str.slice(0, from)) * scale;
  const right = x + measure(item, item.str.slice(0, to)) * scale;
  const size = Math.hypot(c, d) || item.height || Math.hypot(a, b);
  const ascent = style.ascent && style.ascent > 0 ? style.ascent : 0.9;
  const descent = style.descent && style.descent < 0 ? style.descent : -0.2;
  return [left, y + descent * size, right, y + ascent * size];
}

/** A measurer over a 2D canvas, in the font pdfjs loaded for the item (its loaded name), else the family it reports. */
export function canvasMeasure(context: CanvasRenderingContext2D, styles: Record<string, FontStyle>): Measure {
  const cache = new Map<string, number>();
  return (item, text) => {
    const family = [item.fontName && `"${item.fontName}"`, styles[item.fontName ?? '']?.fontFamily ?? 'sans-serif'].filter(Boolean).join(', ');
    const key = `${family}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = `100px ${family}`;
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}
