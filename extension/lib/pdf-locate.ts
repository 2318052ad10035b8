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

/** How far into an item its character `index` starts, in PDF user space along the baseline. */
export type Offset = (item: TextItem, index: number) => number;

/** [x1, y1, x2, y2] in PDF user space (origin bottom left). */
export type PdfRect = [number, number, number, number];

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Without a font to measure with, every character is taken as equally wide: right for monospace, close for the rest. */
export const byCharacterCount: Offset = (item, index) => (item.str.length ? (item.width * index) / item.str.length : 0);

export function locateText(
  items: TextItem[],
  text: string,
  offset: Offset = byCharacterCount,
  styles: Record<string, FontStyle> = {},
): PdfRect[] {
  const wanted = squash(text);
  if (!wanted) return [];
  const rects: PdfRect[] = [];
  for (const item of items) {
    const str = item.str;
    const at = str.indexOf(wanted);
    const style = styles[item.fontName ?? ''] ?? {};
    if (at >= 0) rects.push(slice(item, at, at + wanted.length, offset, style));
    else if (squash(str).length > 2 && wanted.includes(squash(str)))
      rects.push(slice(item, 0, str.length, offset, style));
  }
  return rects;
}

/** The box of str[from, to): left and right edges from the glyph offsets, top and bottom from the font's ascent and descent. */
function slice(item: TextItem, from: number, to: number, offset: Offset, style: FontStyle): PdfRect {
  const [a = 1, b = 0, c = 0, d = 1, x = 0, y = 0] = item.transform;
  const left = x + offset(item, from);
  const right = x + offset(item, to);
  const size = Math.hypot(c, d) || item.height || Math.hypot(a, b);
  const ascent = style.ascent && style.ascent > 0 ? style.ascent : 0.9;
  const descent = style.descent && style.descent < 0 ? style.descent : -0.2;
  return [left, y + descent * size, right, y + ascent * size];
}

/**
 * One text-showing operation of the page: its characters and, for each character offset, the advance so far in the
 * font's glyph units. pdfjs places every glyph on the canvas by these widths, so they are what the boxes must follow.
 */
export interface GlyphRun {
  text: string;
  /** advances[i]: the advance before text[i]; advances[text.length] is the whole run. */
  advances: number[];
}

/** A TJ array's glyphs ({unicode, width}) and spacing numbers (thousandths of an em, subtracted) as a run. */
export function glyphRun(glyphs: unknown[]): GlyphRun {
  let text = '';
  let advance = 0;
  const advances: number[] = [];
  for (const glyph of glyphs) {
    if (typeof glyph === 'number') {
      advance -= glyph;
      continue;
    }
    const { unicode = '', width = 0 } = (glyph ?? {}) as { unicode?: string; width?: number };
    for (let i = 0; i < unicode.length; i++) advances.push(advance + (width * i) / unicode.length);
    text += unicode;
    advance += width;
  }
  advances.push(advance);
  return { text, advances };
}

/** Glyph widths are in thousandths of the font size (the PDF's default font matrix). */
const GLYPH_UNITS = 1000;

/** Offsets by the page's own glyph widths where a run holds the item's text, else by the fallback. */
export function glyphOffset(runs: GlyphRun[], fallback: Offset): Offset {
  const byText = new Map<string, { run: GlyphRun; offset: number }>();
  const find = (str: string): { run: GlyphRun; offset: number } | undefined => {
    if (byText.has(str)) return byText.get(str);
    const exact = runs.find((r) => r.text === str);
    const containing = exact ? undefined : runs.find((r) => str.trim() && r.text.includes(str));
    const found = exact
      ? { run: exact, offset: 0 }
      : containing
        ? { run: containing, offset: containing.text.indexOf(str) }
        : undefined;
    if (found) byText.set(str, found);
    return found;
  };
  return (item, index) => {
    const found = find(item.str);
    if (!found) return fallback(item, index);
    const { run, offset } = found;
    const [a = 1, b = 0] = item.transform;
    return ((run.advances[offset + index]! - run.advances[offset]!) / GLYPH_UNITS) * Math.hypot(a, b);
  };
}

/**
 * Offsets measured on a 2D canvas in the font pdfjs loaded for the item (its loaded name), else the family it reports,
 * as shares of the item's width: for text whose glyph widths the operator list did not give.
 */
export function canvasOffset(context: CanvasRenderingContext2D, styles: Record<string, FontStyle>): Offset {
  const cache = new Map<string, number>();
  const measure = (item: TextItem, text: string): number => {
    const family = [item.fontName && `"${item.fontName}"`, styles[item.fontName ?? '']?.fontFamily ?? 'sans-serif']
      .filter(Boolean)
      .join(', ');
    const key = `${family}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = `100px ${family}`;
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
  return (item, index) => {
    const whole = measure(item, item.str);
    return whole > 0 ? (item.width * measure(item, item.str.slice(0, index))) / whole : 0;
  };
}
