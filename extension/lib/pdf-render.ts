// Renders PDF pages to canvases with pdfjs-dist for the viewer, offline: worker code runs in this page, nothing is loaded by URL.
import { glyphRun, type GlyphRun, type TextItem } from './pdf-locate.ts';

interface Viewport {
  width: number;
  height: number;
  convertToViewportRectangle(rect: number[]): number[];
}
export interface RenderablePage {
  getViewport(options: { scale: number }): Viewport;
  getTextContent(): Promise<{ items: unknown[]; styles?: Record<string, unknown> }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  render(options: { canvasContext: CanvasRenderingContext2D; viewport: Viewport; canvas: HTMLCanvasElement }): {
    promise: Promise<void>;
  };
}
export interface RenderableDocument {
  numPages: number;
  getPage(n: number): Promise<RenderablePage>;
}

export async function openPdf(bytes: Uint8Array): Promise<RenderableDocument> {
  const holder = globalThis as { pdfjsWorker?: unknown };
  holder.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    useSystemFonts: true,
  });
  return (await task.promise) as unknown as RenderableDocument;
}

export function textItems(content: { items: unknown[] }): TextItem[] {
  return content.items.filter(
    (item): item is TextItem =>
      typeof (item as TextItem).str === 'string' && Array.isArray((item as TextItem).transform),
  );
}

/** The page's text-showing operations as glyph runs, for boxes that follow the widths the glyphs are drawn with. */
export async function glyphRuns(page: RenderablePage): Promise<GlyphRun[]> {
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { fnArray, argsArray } = await page.getOperatorList();
  return fnArray.flatMap((fn, i) =>
    fn === OPS.showText && Array.isArray(argsArray[i]?.[0]) ? [glyphRun(argsArray[i]![0] as unknown[])] : [],
  );
}
