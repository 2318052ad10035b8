// The extension's PDF viewer: each page as an image, with the findings on it outlined by disposition (colour and line style).
import { useEffect, useRef, useState } from 'react';
import { FINDING_TYPE_WORDS, type Finding } from '../../shared/index.ts';
import type { RenderableDocument } from '../lib/pdf-render.ts';
import { glyphRuns, textItems } from '../lib/pdf-render.ts';
import { canvasOffset, glyphOffset, locateText, type FontStyle } from '../lib/pdf-locate.ts';
import { MARK_STYLES } from '../lib/mark-styles.ts';
import { Legend } from './Legend.tsx';
import type { ScannedDocument } from '../lib/scan-document.ts';

export interface ViewerServices {
  load(): Promise<{ title: string; pdf: RenderableDocument; scanned: ScannedDocument }>;
}

const SCALE = 1.5;

export function PdfViewerApp({
  services,
  initialPage,
}: {
  services: ViewerServices;
  initialPage?: number | undefined;
}) {
  const [loaded, setLoaded] = useState<{ title: string; pdf: RenderableDocument; scanned: ScannedDocument }>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    services.load().then(setLoaded, (e: unknown) => setError((e as Error).message));
  }, [services]);
  if (error)
    return (
      <main className="clearance-panel">
        <p role="alert" className="error">
          {error}
        </p>
      </main>
    );
  if (!loaded)
    return (
      <main className="clearance-panel">
        <p role="status">Reading the paper…</p>
      </main>
    );
  const { findings } = loaded.scanned.report;
  const pages = Array.from({ length: loaded.pdf.numPages }, (_, i) => i + 1);
  return (
    <main className="clearance-panel viewer">
      <h1>{loaded.title}</h1>
      <p role="status">
        {findings.filter((f) => f.disposition !== 'public').length} findings to deal with or decide on {pages.length}{' '}
        page{pages.length === 1 ? '' : 's'}; the side panel lists them.
      </p>
      <Legend />
      {pages.map((n) => (
        <PdfPageView
          key={n}
          pdf={loaded.pdf}
          pageNumber={n}
          findings={findings.filter((f) => f.location.page === n)}
          scrollTo={n === initialPage}
        />
      ))}
    </main>
  );
}

function PdfPageView({
  pdf,
  pageNumber,
  findings,
  scrollTo,
}: {
  pdf: RenderableDocument;
  pageNumber: number;
  findings: Finding[];
  scrollTo: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const figure = useRef<HTMLElement>(null);
  const [boxes, setBoxes] = useState<
    { key: string; left: number; top: number; width: number; height: number; finding: Finding }[]
  >([]);
  const [naturalWidth, setNaturalWidth] = useState<number>();
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const page = await pdf.getPage(pageNumber);
      const viewport = page.getViewport({ scale: SCALE });
      const target = canvas.current;
      const context = target?.getContext('2d');
      if (!target || !context) return;
      target.width = viewport.width;
      target.height = viewport.height;
      await page.render({ canvasContext: context, viewport, canvas: target }).promise;
      const content = await page.getTextContent();
      const items = textItems(content);
      const styles = (content.styles ?? {}) as Record<string, FontStyle>;
      // By the widths pdfjs drew each glyph with; failing that, measured in the font it loaded for the page.
      const offset = glyphOffset(
        await glyphRuns(page),
        canvasOffset(document.createElement('canvas').getContext('2d')!, styles),
      );
      if (cancelled) return;
      setBoxes(
        findings.flatMap((finding, i) =>
          locateText(items, finding.text, offset, styles).map((rect, j) => {
            const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = viewport.convertToViewportRectangle(rect);
            // As shares of the page, so the boxes stay on their glyphs when a narrow window shrinks the page image.
            const { width: w, height: h } = viewport;
            return {
              key: `${i}-${j}`,
              left: (100 * Math.min(x1, x2)) / w,
              top: (100 * Math.min(y1, y2)) / h,
              width: (100 * Math.abs(x2 - x1)) / w,
              height: (100 * Math.abs(y2 - y1)) / h,
              finding,
            };
          }),
        ),
      );
      setNaturalWidth(viewport.width);
      if (scrollTo) figure.current?.scrollIntoView({ block: 'start' });
    })();
    return () => {
      cancelled = true;
    };
  }, [pdf, pageNumber, findings, scrollTo]);
  return (
    <figure
      ref={figure}
      id={`page-${pageNumber}`}
      className="pdf-page"
      style={{ position: 'relative', margin: '12px 0' }}
    >
      <figcaption>Page {pageNumber}</figcaption>
      <div style={{ position: 'relative', width: '100%', maxWidth: naturalWidth }}>
        {/* An outline, not a border: a border would shift the page image under the boxes. */}
        <canvas
          ref={canvas}
          style={{ outline: '1px solid #d0d7de', display: 'block', width: '100%', height: 'auto' }}
        />
        {boxes.map((box) => (
          <span
            key={box.key}
            className={`pdf-mark disposition-${box.finding.disposition}`}
            data-finding-type={box.finding.type}
            title={`${FINDING_TYPE_WORDS[box.finding.type].label}: ${box.finding.message}`}
            style={{
              position: 'absolute',
              left: `${box.left}%`,
              top: `${box.top}%`,
              width: `${box.width}%`,
              height: `${box.height}%`,
              outline: `2px ${MARK_STYLES[box.finding.disposition].lineStyle} ${MARK_STYLES[box.finding.disposition].line}`,
              background: MARK_STYLES[box.finding.disposition].background,
            }}
          />
        ))}
      </div>
    </figure>
  );
}
