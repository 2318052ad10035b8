// PDF into the document model with pdfjs-dist, in-process and offline: no worker thread, no fonts or
// maps fetched, no eval. One or more blocks per page with its page number; text still held under a
// black box, black highlighting or an unapplied Redact annotation is recorded in hiddenUnderRedaction.
// Text outside the visible area (the crop box) is kept as hidden text; annotations, links, form fields,
// metadata, bookmarks, attached files and earlier revisions are read too (pdf-extras.ts). A page with
// no text layer but pictures (a scanned page) is named in the coverage as not read.
import type { DocumentModel, UnreadPart } from '../model/document.ts';
import { ReadError } from './read-error.ts';
import { assembleDocument, type BlockDraft } from './text.ts';
import { layoutPage, locate, type PdfLine, type PdfTextItem } from './pdf-layout.ts';
import { findCoveredText, type CoveredRun, type OperatorList, type PdfAnnotation } from './pdf-covers.ts';
import { loadPdfjs, type PdfDocument, type PdfPage } from './pdfjs.ts';
import { checkPdfStreams } from './pdf-streams.ts';
import {
  annotationBlocks,
  documentBlocks,
  earlierRevisionEnds,
  MAX_ATTACHMENT_DEPTH,
  type PdfAnnotationData,
} from './pdf-extras.ts';

// pdfjs OPS codes that paint nothing (save, restore, dependency, marked content; pdfjs-dist src/shared/util.js).
const BOOKKEEPING_OPS = new Set([1, 10, 11, 69, 70, 71, 72, 73]);
/** Earlier revisions read, at most; past this they are named as not read. */
const MAX_REVISIONS = 5;

/** Rendering images is not needed to read text; pdfjs skips any image larger than this many pixels. */
const MAX_IMAGE_PIXELS = 1;

/** `depth` counts files inside files (an attached PDF is depth 1); `revisions` is off when reading an earlier revision itself. */
export async function readPdf(bytes: Uint8Array, depth = 0, revisions = true): Promise<DocumentModel> {
  checkPdfStreams(bytes);
  const pdfjs = await loadPdfjs();
  // pdfjs takes ownership of (and may detach) the buffer it is given, so it gets a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    stopAtErrors: false,
    maxImageSize: MAX_IMAGE_PIXELS,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw describeLoadError(error);
  }
  let model: DocumentModel;
  try {
    model = await readPages(doc, bytes, pdfjs.AnnotationMode.DISABLE, depth);
  } finally {
    await doc.destroy();
  }
  if (revisions) await readEarlierRevisions(bytes, model);
  return model;
}

async function readPages(
  pdf: PdfDocument,
  bytes: Uint8Array,
  noAnnotations: number,
  depth: number,
): Promise<DocumentModel> {
  const count = pdf.numPages;
  const drafts: BlockDraft[] = [];
  const warnings: string[] = [];
  const notRead: UnreadPart[] = [];
  const read: string[] = [];
  const covered: { block: number; start: number; end: number; cover: CoveredRun['cover'] }[] = [];
  const unreadable: number[] = [];
  const extras: BlockDraft[] = [];
  const seen = new Set<string>();
  for (let n = 1; n <= count; n++) {
    try {
      const page = await pdf.getPage(n);
      // The operator list comes first: it loads the page's fonts, whose names tell bold text apart.
      const ops = (await page.getOperatorList({ annotationMode: noAnnotations })) as OperatorList;
      const content = await page.getTextContent();
      const items = (content.items as PdfTextItem[]).filter((i) => typeof i.str === 'string');
      const [inside, outside] = splitByView(items, page.view);
      const before = drafts.length;
      const lines = layoutPage(inside, n, (name) => isBoldFont(page, name), drafts);
      const offPage = outside
        .map((i) => i.str)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (offPage)
        drafts.push({
          kind: 'hidden-text',
          text: offPage,
          origin: { part: 'body', page: n, paragraph: drafts.length },
        });
      const annotations = await page.getAnnotations();
      const runs = findCoveredText(ops, annotations as PdfAnnotation[]);
      covered.push(...runs.map((run) => placeRun(run, n, lines, drafts)));
      annotationBlocks(annotations as PdfAnnotationData[], n, extras, seen);
      const hasText = drafts.slice(before).some((d) => d.text.trim());
      // pdfjs leaves out pictures too large to matter for text, so a page of nothing but a scan may paint nothing at all.
      if (!hasText && ops.fnArray.some((op) => !BOOKKEEPING_OPS.has(op)))
        notRead.push({
          part: `page ${n}`,
          reason: `page ${n} has no text layer (a scanned image); Clearance cannot read text in images, so check it by eye or run OCR first`,
        });
      else read.push(`page ${n}`);
      page.cleanup();
    } catch (error) {
      unreadable.push(n);
      notRead.push({
        part: `page ${n}`,
        reason: `page ${n} could not be read (${(error as Error).message ?? String(error)})`,
      });
      warnings.push(
        `page ${n} could not be read (${(error as Error).message ?? String(error)}); findings on it may be missing`,
      );
    }
  }
  read.push(...(await documentBlocks(pdf, extras, notRead, seen, depth)));
  if (hasCropBoxInside(bytes))
    notRead.push({
      part: 'outside the crop box',
      reason:
        'a page shows only part of itself (its crop box is smaller than the page); text placed outside the visible area is not read, so check the file in a PDF editor',
    });
  if (!drafts.some((d) => d.text.trim()) && !extras.length) {
    throw new ReadError(
      'the PDF has no text to read (its pages may be scanned images); Clearance cannot check text in images, so check it by eye or run OCR first',
    );
  }
  if (unreadable.length === count && count > 0 && !drafts.length)
    throw new ReadError('the PDF is damaged: none of its pages could be read');
  if (!hasEndMarker(bytes))
    warnings.push('the PDF seems to be cut short (it has no end-of-file marker); some of it may not have been read');
  const doc = assembleDocument([...drafts, ...extras], 'pdf');
  doc.coverage = { read, notRead };
  if (warnings.length) doc.warnings = warnings;
  if (covered.length) {
    doc.hiddenUnderRedaction = covered.map((c) => ({
      blockId: doc.blocks[c.block]!.id,
      start: c.start,
      end: c.end,
      cover: c.cover,
    }));
  }
  return doc;
}

/** Text drawn inside the visible area, and text placed outside it (beyond the crop box), which no reader of the page sees. */
function splitByView(items: PdfTextItem[], view: number[] | undefined): [PdfTextItem[], PdfTextItem[]] {
  if (!view || view.length < 4) return [items, []];
  const [x0, y0, x1, y1] = view as [number, number, number, number];
  const inside: PdfTextItem[] = [];
  const outside: PdfTextItem[] = [];
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const within = x + (item.width ?? 0) > x0 - 1 && x < x1 + 1 && y + (item.height ?? 0) > y0 - 1 && y < y1 + 1;
    (within || !item.str.trim() ? inside : outside).push(item);
  }
  return [inside, outside];
}

/**
 * An incremental update leaves the file as it was before it: each earlier revision is read, and any of
 * its text the current file no longer shows becomes an 'earlier-revision' block.
 */
async function readEarlierRevisions(bytes: Uint8Array, model: DocumentModel): Promise<void> {
  const ends = earlierRevisionEnds(bytes);
  const current = new Set(model.blocks.map((b) => b.text));
  const extra: BlockDraft[] = [];
  const coverage = (model.coverage ??= { read: [], notRead: [] });
  ends.forEach((end, i) => {
    if (i >= MAX_REVISIONS)
      coverage.notRead.push({
        part: `earlier revision ${i + 1}`,
        reason: `the file holds more than ${MAX_REVISIONS} earlier revisions; the rest were not read`,
      });
  });
  for (const [i, end] of ends.slice(0, MAX_REVISIONS).entries()) {
    try {
      const earlier = await readPdf(bytes.slice(0, end), MAX_ATTACHMENT_DEPTH, false);
      for (const b of earlier.blocks) {
        if (current.has(b.text)) continue;
        current.add(b.text);
        extra.push({ kind: 'hidden-text', text: b.text, origin: { ...b.origin, part: 'earlier-revision' } });
      }
      coverage.read.push(`earlier revision ${i + 1}`);
    } catch (error) {
      coverage.notRead.push({
        part: `earlier revision ${i + 1}`,
        reason: `an earlier revision left by an incremental update that could not be read (${(error as Error).message})`,
      });
    }
  }
  if (!extra.length) return;
  const tail = assembleDocument(extra, 'pdf');
  const offset = model.text.length + 2;
  model.text += `\n\n${tail.text}`;
  const base = model.blocks.length;
  model.blocks.push(...tail.blocks.map((b, k) => ({ ...b, id: `b${base + k}`, start: b.start + offset })));
}

/** Points a recovered run at its place in the page's text; if it is not in the text layer, it gets a block of its own. */
function placeRun(
  run: CoveredRun,
  page: number,
  lines: PdfLine[],
  drafts: BlockDraft[],
): { block: number; start: number; end: number; cover: CoveredRun['cover'] } {
  const found = locate(run.text, run, lines);
  if (found) return { ...found, cover: run.cover };
  drafts.push({ kind: 'hidden-text', text: run.text, origin: { part: 'body', page, paragraph: drafts.length } });
  return { block: drafts.length - 1, start: 0, end: run.text.length, cover: run.cover };
}

function isBoldFont(page: PdfPage, fontName: string): boolean {
  try {
    const font = page.commonObjs.get(fontName) as { name?: string } | undefined;
    return /bold|black|heavy|semibold|demi/i.test(font?.name ?? '');
  } catch {
    return false;
  }
}

const BOX_PATTERNS = { CropBox: /\/CropBox\s*\[([-\d.\s]{1,200})\]/g, MediaBox: /\/MediaBox\s*\[([-\d.\s]{1,200})\]/g };

/** A /CropBox that is not also a /MediaBox of the file: some page hides part of its area. */
function hasCropBoxInside(bytes: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(bytes);
  const boxes = (name: keyof typeof BOX_PATTERNS): Set<string> =>
    new Set([...text.matchAll(BOX_PATTERNS[name])].map((m) => m[1]!.trim().split(/\s+/).map(Number).join(' ')));
  const media = boxes('MediaBox');
  return [...boxes('CropBox')].some((box) => !media.has(box));
}

function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = String.fromCharCode(...bytes.subarray(Math.max(0, bytes.length - 2048)));
  return tail.includes('%%EOF');
}

function describeLoadError(error: unknown): ReadError {
  const { name, message } = error as { name?: string; message?: string };
  if (name === 'PasswordException')
    return new ReadError('the PDF is password-protected; save a copy without the password and scan that');
  const detail = (message ?? String(error)).replace(/\.$/, '');
  if (name === 'InvalidPDFException') return new ReadError(`the PDF is damaged or is not a PDF (${detail})`);
  return new ReadError(`the PDF could not be read (${detail})`);
}
