// Loads pdfjs-dist's legacy build with its worker code running in this thread (pdfjs's "fake worker"), so
// reading a PDF starts no thread and loads nothing by URL. The narrow interfaces below are the only parts
// of pdfjs the engine uses; they keep pdfjs's DOM-typed API (canvas, fetch) out of the engine's types.

export interface PdfPage {
  getTextContent(): Promise<{ items: unknown[] }>;
  getOperatorList(params: { annotationMode: number }): Promise<unknown>;
  getAnnotations(): Promise<unknown[]>;
  commonObjs: { get(id: string): unknown };
  /** The visible area (the crop box), [x0, y0, x1, y1] in page space. */
  view: number[];
  cleanup(): boolean | void;
}

/** One bookmark and those under it. */
export interface PdfOutlineNode {
  title: string;
  url?: string | null;
  unsafeUrl?: string;
  items: PdfOutlineNode[];
}

export interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  getMetadata(): Promise<{ info: Record<string, unknown>; metadata: { getRaw(): unknown } | null }>;
  getOutline(): Promise<PdfOutlineNode[] | null>;
  getAttachments(): Promise<Record<string, { filename: string; content: Uint8Array }> | null>;
  getFieldObjects(): Promise<Record<string, { value?: unknown; page?: number; type?: string }[]> | null>;
  destroy(): Promise<void>;
}

export interface PdfLoadingTask {
  promise: Promise<PdfDocument>;
  destroy(): Promise<void>;
}

export interface Pdfjs {
  getDocument(params: Record<string, unknown>): PdfLoadingTask;
  AnnotationMode: { DISABLE: number };
}

let loaded: Promise<Pdfjs> | undefined;

export function loadPdfjs(): Promise<Pdfjs> {
  loaded ??= (async () => {
    const holder = globalThis as { pdfjsWorker?: unknown };
    // pdfjs looks here for worker code to run on the main thread instead of spawning a worker.
    holder.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as Pdfjs;
  })();
  return loaded;
}
