// PDF into the document model with pdfjs-dist, in-process and offline: no worker thread, no fonts or
// maps fetched, no eval. One or more blocks per page with its page number; text still held under a
// black box, black highlighting or an unapplied Redact annotation is recorded in hiddenUnderRedaction.
import type { DocumentModel } from '../model/document.ts';
import { ReadError } from './read-error.ts';
import { assembleDocument, type BlockDraft } from './text.ts';
import { layoutPage, locate, type PdfLine, type PdfTextItem } from './pdf-layout.ts';
import { findCoveredText, type CoveredRun, type OperatorList, type PdfAnnotation } from './pdf-covers.ts';
import { loadPdfjs, type PdfPage } from './pdfjs.ts';
import { checkPdfStreams } from './pdf-streams.ts';

/** Rendering images is not needed to read text; pdfjs skips any image larger than this many pixels. */
const MAX_IMAGE_PIXELS = 1;

export async function readPdf(bytes: Uint8Array): Promise<DocumentModel> {
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
  try {
    return await readPages(doc.numPages, (n) => doc.getPage(n), bytes, pdfjs.AnnotationMode.DISABLE);
  } finally {
    await doc.destroy();
  }
}

async function readPages(count: number, getPage: (n: number) => Promise<PdfPage>, bytes: Uint8Array, noAnnotations: number): Promise<DocumentModel> {
  const drafts: BlockDraft[] = [];
  const warnings: string[] = [];
  const covered: { block: number; start: number; end: number; cover: CoveredRun['cover'] }[] = [];
  const unreadable: number[] = [];
  for (let n = 1; n <= count; n++) {
    try {
      const page = await getPage(n);
      // The operator list comes first: it loads the page's fonts, whose names tell bold text apart.
      const ops = (await page.getOperatorList({ annotationMode: noAnnotations })) as OperatorList;
      const content = await page.getTextContent();
      const lines = layoutPage(content.items as PdfTextItem[], n, (name) => isBoldFont(page, name), drafts);
      const runs = findCoveredText(ops, (await page.getAnnotations()) as PdfAnnotation[]);
      covered.push(...runs.map((run) => placeRun(run, n, lines, drafts)));
      page.cleanup();
    } catch (error) {
      unreadable.push(n);
      warnings.push(`page ${n} could not be read (${(error as Error).message ?? String(error)}); findings on it may be missing`);
    }
  }
  if (!drafts.some((d) => d.text.trim())) {
    throw new ReadError(unreadable.length === count
      ? 'the PDF is damaged: none of its pages could be read'
      : 'the PDF has no text to read (its pages may be scanned images); Clearance cannot check text in images, so check it by eye or run OCR first');
  }
  if (!hasEndMarker(bytes)) warnings.push('the PDF seems to be cut short (it has no end-of-file marker); some of it may not have been read');
  const doc = assembleDocument(drafts, 'pdf');
  if (warnings.length) doc.warnings = warnings;
  if (covered.length) {
    doc.hiddenUnderRedaction = covered.map((c) => ({ blockId: doc.blocks[c.block]!.id, start: c.start, end: c.end, cover: c.cover }));
  }
  return doc;
}

/** Points a recovered run at its place in the page's text; if it is not in the text layer, it gets a block of its own. */
function placeRun(run: CoveredRun, page: number, lines: PdfLine[], drafts: BlockDraft[]): { block: number; start: number; end: number; cover: CoveredRun['cover'] } {
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

function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = String.fromCharCode(...bytes.subarray(Math.max(0, bytes.length - 2048)));
  return tail.includes('%%EOF');
}

function describeLoadError(error: unknown): ReadError {
  const { name, message } = error as { name?: string; message?: string };
  if (name === 'PasswordException') return new ReadError('the PDF is password-protected; save a copy without the password and scan that');
  const detail = (message ?? String(error)).replace(/\.$/, '');
  if (name === 'InvalidPDFException') return new ReadError(`the PDF is damaged or is not a PDF (${detail})`);
  return new ReadError(`the PDF could not be read (${detail})`);
}
