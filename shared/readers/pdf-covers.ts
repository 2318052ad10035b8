// Finds text a PDF still holds under a "redaction" that only hides it: glyphs painted before a dark
// filled shape drawn over them, dark glyphs painted on a dark shape (black highlighting), glyphs under
// dark highlight annotations, and glyphs under Redact annotations that were marked but never applied.
// It replays the page's operator list (pdfjs) far enough to know where each glyph and each filled shape
// lies in page space and in what order they were painted.

import type { DocumentModel } from '../model/document.ts';

export type CoverKind = NonNullable<DocumentModel['hiddenUnderRedaction']>[number]['cover'];

/** Text recovered from under a cover, with where it sits on the page. */
export interface CoveredRun {
  text: string;
  cover: CoverKind;
  /** Page-space centre of the run's first glyph and its font size. */
  x: number;
  y: number;
  size: number;
}

/** The part of pdfjs's operator list this module reads. */
export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}
/** The part of a pdfjs annotation this module reads. */
export interface PdfAnnotation {
  subtype?: string;
  rect?: number[];
  quadPoints?: ArrayLike<number> | null;
  color?: ArrayLike<number> | null;
  opacity?: number;
}

type Matrix = [number, number, number, number, number, number];
interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface Glyph {
  unicode: string;
  x: number;
  y: number;
  size: number;
  order: number;
  dark: boolean;
  space: boolean;
}
interface DarkFill {
  rect: Rect;
  order: number;
}

// pdfjs OPS codes (pdfjs-dist src/shared/util.js), stable across releases.
const OP = {
  setGState: 9,
  save: 10,
  restore: 11,
  transform: 12,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  beginText: 31,
  setCharSpacing: 33,
  setWordSpacing: 34,
  setHScale: 35,
  setLeading: 36,
  setFont: 37,
  setTextRenderingMode: 38,
  setTextRise: 39,
  moveText: 40,
  setLeadingMoveText: 41,
  setTextMatrix: 42,
  nextLine: 43,
  showText: 44,
  showSpacedText: 45,
  setFillColorN: 55,
  setFillRGBColor: 59,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  constructPath: 91,
  setFillTransparent: 93,
} as const;
const FILL_OPS = new Set<number>([
  OP.fill,
  OP.eoFill,
  OP.fillStroke,
  OP.eoFillStroke,
  OP.closeFillStroke,
  OP.closeEOFillStroke,
]);

/** Below this relative luminance a fill reads as black or near-black. */
const DARK = 0.3;
/** A shape thinner than this (points) is a rule or an underline, not a box. */
const MIN_BOX = 3;

interface GraphicsState {
  ctm: Matrix;
  fill: number | undefined;
  alpha: number;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  mode: number;
}

/** Replays the operator list: every glyph with its centre and paint order, and every dark filled shape. */
function replay(ops: OperatorList): { glyphs: Glyph[]; fills: DarkFill[] } {
  const glyphs: Glyph[] = [];
  const fills: DarkFill[] = [];
  let gs: GraphicsState = {
    ctm: IDENTITY,
    fill: 0,
    alpha: 1,
    fontSize: 0,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
    mode: 0,
  };
  const stack: GraphicsState[] = [];
  let tm = IDENTITY;
  let tlm = IDENTITY;
  const isDarkFill = (): boolean => gs.fill !== undefined && gs.fill < DARK && gs.alpha > 0.8;
  const moveLine = (tx: number, ty: number): void => {
    tlm = multiply([1, 0, 0, 1, tx, ty], tlm);
    tm = tlm;
  };

  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!;
    const args = (ops.argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case OP.save:
        stack.push({ ...gs });
        break;
      case OP.restore:
        gs = stack.pop() ?? gs;
        break;
      case OP.transform:
        gs.ctm = multiply(asMatrix(args) ?? IDENTITY, gs.ctm);
        break;
      case OP.paintFormXObjectBegin:
        stack.push({ ...gs });
        gs.ctm = multiply(asMatrix(args[0]) ?? IDENTITY, gs.ctm);
        break;
      case OP.paintFormXObjectEnd:
        gs = stack.pop() ?? gs;
        break;
      case OP.setGState:
        for (const entry of (args[0] as unknown[][] | undefined) ?? [])
          if (entry[0] === 'ca' && typeof entry[1] === 'number') gs.alpha = entry[1];
        break;
      case OP.setFillRGBColor:
        gs.fill = luminance(args[0]);
        break;
      case OP.setFillColorN:
      case OP.setFillTransparent:
        gs.fill = undefined;
        break;
      case OP.constructPath: {
        const minMax = args[2] as ArrayLike<number> | undefined;
        if (FILL_OPS.has(args[0] as number) && minMax && minMax.length === 4 && isDarkFill()) {
          const rect = transformRect(minMax, gs.ctm);
          if (rect.x1 - rect.x0 >= MIN_BOX && rect.y1 - rect.y0 >= MIN_BOX) fills.push({ rect, order: i });
        }
        break;
      }
      case OP.beginText:
        tm = IDENTITY;
        tlm = tm;
        break;
      case OP.setCharSpacing:
        gs.charSpacing = Number(args[0]) || 0;
        break;
      case OP.setWordSpacing:
        gs.wordSpacing = Number(args[0]) || 0;
        break;
      case OP.setHScale:
        gs.hScale = (Number(args[0]) || 100) / 100;
        break;
      case OP.setLeading:
        gs.leading = Number(args[0]) || 0;
        break;
      case OP.setFont:
        gs.fontSize = Number(args[1]) || 0;
        break;
      case OP.setTextRenderingMode:
        gs.mode = Number(args[0]) || 0;
        break;
      case OP.setTextRise:
        gs.rise = Number(args[0]) || 0;
        break;
      case OP.moveText:
        moveLine(Number(args[0]) || 0, Number(args[1]) || 0);
        break;
      case OP.setLeadingMoveText:
        gs.leading = -(Number(args[1]) || 0);
        moveLine(Number(args[0]) || 0, Number(args[1]) || 0);
        break;
      case OP.setTextMatrix:
        tm = asMatrix(args[0]) ?? asMatrix(args) ?? IDENTITY;
        tlm = tm;
        break;
      case OP.nextLine:
        moveLine(0, -gs.leading);
        break;
      case OP.showText:
      case OP.showSpacedText:
        tm = showText((args[0] as unknown[] | undefined) ?? [], tm, gs, i, glyphs);
        break;
      default:
        break;
    }
  }
  return { glyphs, fills };
}

/** Places each glyph of a text-showing operator and returns the text matrix after it. */
function showText(items: unknown[], start: Matrix, gs: GraphicsState, order: number, glyphs: Glyph[]): Matrix {
  let tm = start;
  const size = gs.fontSize;
  // Modes 3 and 7 paint nothing: invisible text (an OCR layer) is not hidden by a box, it is simply not shown.
  const invisible = gs.mode === 3 || gs.mode === 7;
  for (const item of items) {
    if (typeof item === 'number') {
      tm = multiply([1, 0, 0, 1, (-item / 1000) * size * gs.hScale, 0], tm);
      continue;
    }
    const glyph = item as { unicode?: string; width?: number; isSpace?: boolean } | null;
    if (!glyph) continue;
    const width = (glyph.width ?? 0) / 1000;
    const trm = multiply([size * gs.hScale, 0, 0, size, 0, gs.rise], multiply(tm, gs.ctm));
    const [x, y] = apply(trm, width / 2, 0.3);
    const unicode = glyph.unicode ?? '';
    if (!invisible && unicode) {
      glyphs.push({
        unicode,
        x,
        y,
        size: Math.hypot(trm[2], trm[3]),
        order,
        dark: gs.fill !== undefined && gs.fill < DARK,
        space: !!glyph.isSpace || !unicode.trim(),
      });
    }
    const advance = (width * size + gs.charSpacing + (glyph.isSpace ? gs.wordSpacing : 0)) * gs.hScale;
    tm = multiply([1, 0, 0, 1, advance, 0], tm);
  }
  return tm;
}

/** Dark highlight and Redact annotations as page-space rectangles. */
function annotationCovers(annotations: PdfAnnotation[]): { rect: Rect; cover: CoverKind }[] {
  const covers: { rect: Rect; cover: CoverKind }[] = [];
  for (const a of annotations) {
    const cover: CoverKind | undefined =
      a.subtype === 'Redact'
        ? 'redact-annotation'
        : a.subtype === 'Highlight' &&
            a.color &&
            a.color.length >= 3 &&
            rgbLuminance(a.color[0]!, a.color[1]!, a.color[2]!) < DARK &&
            (a.opacity ?? 1) > 0.8
          ? 'highlight'
          : undefined;
    if (!cover) continue;
    const quads = a.quadPoints && a.quadPoints.length >= 8 ? Array.from(a.quadPoints) : undefined;
    if (quads) {
      for (let q = 0; q + 8 <= quads.length; q += 8) {
        const xs = [quads[q]!, quads[q + 2]!, quads[q + 4]!, quads[q + 6]!];
        const ys = [quads[q + 1]!, quads[q + 3]!, quads[q + 5]!, quads[q + 7]!];
        covers.push({
          rect: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) },
          cover,
        });
      }
    } else if (a.rect && a.rect.length === 4) {
      const [x0, y0, x1, y1] = a.rect as [number, number, number, number];
      covers.push({
        rect: { x0: Math.min(x0, x1), y0: Math.min(y0, y1), x1: Math.max(x0, x1), y1: Math.max(y0, y1) },
        cover,
      });
    }
  }
  return covers;
}

/**
 * The runs of text on a page that a reader cannot see but the file still holds. A glyph is covered when a
 * dark shape painted after it contains its centre, when it is dark and painted onto a dark shape, or when a
 * Redact or dark highlight annotation contains it. Runs follow content order and break at uncovered glyphs.
 */
export function findCoveredText(ops: OperatorList, annotations: PdfAnnotation[]): CoveredRun[] {
  const { glyphs, fills } = replay(ops);
  const annots = annotationCovers(annotations);
  const coverOf = (g: Glyph): CoverKind | undefined => {
    const annot = annots.find((a) => inside(g, a.rect));
    if (annot) return annot.cover;
    for (const f of fills) {
      if (!inside(g, f.rect)) continue;
      if (f.order > g.order || g.dark) return g.dark && f.order < g.order ? 'highlight' : 'box';
    }
    return undefined;
  };
  const runs: CoveredRun[] = [];
  let run: CoveredRun | undefined;
  let pendingSpace = false;
  for (const g of glyphs) {
    if (g.space) {
      if (run) pendingSpace = true;
      continue;
    }
    const cover = coverOf(g);
    const continues = run && cover === run.cover && Math.abs(g.y - run.y) < run.size * 0.5;
    if (!cover) {
      run = undefined;
      pendingSpace = false;
      continue;
    }
    if (!continues) {
      run = { text: '', cover, x: g.x, y: g.y, size: g.size };
      runs.push(run);
    } else if (pendingSpace) run!.text += ' ';
    run!.text += g.unicode;
    pendingSpace = false;
  }
  return runs.filter((r) => r.text.trim());
}

const inside = (p: { x: number; y: number }, r: Rect): boolean =>
  p.x >= r.x0 - 0.5 && p.x <= r.x1 + 0.5 && p.y >= r.y0 - 0.5 && p.y <= r.y1 + 0.5;

function luminance(color: unknown): number | undefined {
  if (typeof color !== 'string' || !/^#[0-9a-f]{6}$/i.test(color)) return undefined;
  const n = parseInt(color.slice(1), 16);
  return rgbLuminance(n >> 16, (n >> 8) & 0xff, n & 0xff);
}

/** Relative luminance of 0–255 (pdfjs colours) or 0–1 (annotation colours) components. */
function rgbLuminance(r: number, g: number, b: number): number {
  const scale = Math.max(r, g, b) > 1 ? 255 : 1;
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / scale;
}

/** PDF matrix product: apply m first, then n. */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** pdfjs passes matrices as arrays or typed arrays. */
function asMatrix(value: unknown): Matrix | undefined {
  const m = value as ArrayLike<unknown> | undefined;
  if (!m || typeof m !== 'object' || m.length !== 6) return undefined;
  const numbers = Array.from(m, Number);
  return numbers.every(Number.isFinite) ? (numbers as Matrix) : undefined;
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  x * m[0] + y * m[2] + m[4],
  x * m[1] + y * m[3] + m[5],
];

function transformRect(minMax: ArrayLike<number>, m: Matrix): Rect {
  const corners = [
    apply(m, minMax[0]!, minMax[1]!),
    apply(m, minMax[2]!, minMax[1]!),
    apply(m, minMax[0]!, minMax[3]!),
    apply(m, minMax[2]!, minMax[3]!),
  ];
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}
