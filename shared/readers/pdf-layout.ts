// Rebuilds lines and paragraphs from pdfjs text items, which arrive as positioned fragments, and finds
// where a piece of recovered text sits in them.
import type { BlockDraft } from './text.ts';

/** The part of a pdfjs text item this module reads. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
  fontName?: string;
}

interface Segment {
  offset: number;
  length: number;
  x: number;
  width: number;
}

export interface PdfLine {
  text: string;
  /** Baseline, left and right edges, font size, in page space. */
  y: number;
  x0: number;
  x1: number;
  size: number;
  bold: boolean;
  segments: Segment[];
  /** Index of the block draft holding the line, and the line's offset in that block's text. */
  block: number;
  offset: number;
}

/** Appends one page's blocks to `drafts` and returns its lines, each pointing into its block. */
export function layoutPage(
  items: PdfTextItem[],
  page: number,
  isBold: (fontName: string) => boolean,
  drafts: BlockDraft[],
): PdfLine[] {
  const lines = joinIntoLines(items, isBold);
  const median = medianSize(lines);
  let previous: PdfLine | undefined;
  for (const line of lines) {
    const current = drafts[drafts.length - 1];
    if (!previous || !current || startsBlock(previous, line, median)) {
      drafts.push({ kind: 'paragraph', text: line.text, origin: { part: 'body', page, paragraph: drafts.length } });
      line.offset = 0;
    } else {
      line.offset = current.text.length + 1;
      current.text += `\n${line.text}`;
    }
    line.block = drafts.length - 1;
    previous = line;
  }
  for (const line of lines) {
    const draft = drafts[line.block]!;
    const blockLines = lines.filter((l) => l.block === line.block);
    if (blockLines[0] !== line) continue;
    if (blockLines.every((l) => l.bold)) draft.style = 'bold';
    if (blockLines.length === 1 && line.size >= median * 1.2 && line.text.length <= 120) draft.kind = 'heading';
  }
  return lines;
}

function joinIntoLines(items: PdfTextItem[], isBold: (fontName: string) => boolean): PdfLine[] {
  const lines: PdfLine[] = [];
  let line: PdfLine | undefined;
  let boldAll = true;
  const finish = (): void => {
    if (line && line.text.trim()) {
      line.bold = boldAll;
      lines.push(line);
    }
    line = undefined;
    boldAll = true;
  };
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const t = item.transform;
    const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || item.height || 1;
    const x = t[4] ?? 0;
    const y = t[5] ?? 0;
    if (item.str) {
      const sameLine = line && Math.abs(y - line.y) <= 0.5 * Math.max(size, line.size) && x >= line.x1 - 2 * size;
      if (!sameLine) {
        finish();
        line = { text: '', y, x0: x, x1: x, size, bold: false, segments: [], block: 0, offset: 0 };
      }
      const current = line!;
      if (current.text && x - current.x1 > 0.15 * size && !/\s$/.test(current.text) && !/^\s/.test(item.str))
        current.text += ' ';
      current.segments.push({ offset: current.text.length, length: item.str.length, x, width: item.width });
      current.text += item.str;
      current.x1 = Math.max(current.x1, x + item.width);
      current.size = Math.max(current.size, size);
      if (item.str.trim() && !isBold(item.fontName ?? '')) boldAll = false;
    }
    if (item.hasEOL) finish();
  }
  finish();
  for (const l of lines) {
    const lead = l.text.length - l.text.trimStart().length;
    l.text = l.text.trim();
    for (const s of l.segments) s.offset -= lead;
  }
  return lines;
}

/** A new paragraph: a wide vertical gap, a jump up the page (a new column), a change of size or weight, or numbering. */
function startsBlock(previous: PdfLine, line: PdfLine, median: number): boolean {
  const gap = previous.y - line.y;
  if (gap < -0.5 * line.size || gap > 1.7 * Math.max(previous.size, line.size)) return true;
  if (Math.abs(previous.size - line.size) > 0.15 * median || previous.bold !== line.bold) return true;
  if (previous.size >= median * 1.2 || line.size >= median * 1.2) return true;
  return /^(?:\d+(?:\.\d+)*\.?|\(?[a-z]\)|[•▪●‣◦-])\s/.test(line.text);
}

function medianSize(lines: PdfLine[]): number {
  const sizes = lines.flatMap((l) => Array<number>(Math.min(l.text.length, 500)).fill(l.size)).sort((a, b) => a - b);
  return sizes[sizes.length >> 1] ?? 12;
}

/**
 * Finds recovered text in the page's lines: on the line at its height when it is there, else anywhere on the
 * page, choosing the occurrence nearest its position. Returns the block and the offsets within the block.
 */
export function locate(
  text: string,
  at: { x: number; y: number; size: number },
  lines: PdfLine[],
): { block: number; start: number; end: number } | undefined {
  const pattern = new RegExp(
    [...text.replace(/\s+/g, '')].map((c) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')).join('\\s*'),
    'g',
  );
  const baseline = at.y - 0.3 * at.size;
  const near = lines.filter((l) => Math.abs(l.y - baseline) < 0.6 * Math.max(l.size, at.size));
  for (const candidates of [near, lines]) {
    let best: { block: number; start: number; end: number; distance: number } | undefined;
    for (const line of candidates) {
      for (const m of line.text.matchAll(pattern)) {
        const distance = Math.abs(xAt(line, m.index) - at.x) + Math.abs(line.y - baseline);
        if (!best || distance < best.distance)
          best = {
            block: line.block,
            start: line.offset + m.index,
            end: line.offset + m.index + m[0].length,
            distance,
          };
      }
    }
    if (best) return { block: best.block, start: best.start, end: best.end };
  }
  return undefined;
}

/** Page-space x of a character of a line, interpolated across the text item holding it. */
function xAt(line: PdfLine, offset: number): number {
  const s = line.segments.find((seg) => offset >= seg.offset && offset < seg.offset + seg.length) ?? line.segments[0];
  if (!s) return line.x0;
  return s.x + (s.width * (offset - s.offset + 0.5)) / Math.max(1, s.length);
}
