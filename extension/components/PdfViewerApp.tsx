// The extension's PDF viewer: each page as an image, with the findings on it outlined by severity.
import { useEffect, useRef, useState } from 'react';
import type { Finding } from '../../shared/index.ts';
import type { RenderableDocument } from '../lib/pdf-render.ts';
import { textItems } from '../lib/pdf-render.ts';
import { locateText } from '../lib/pdf-locate.ts';
import type { ScannedDocument } from '../lib/scan-document.ts';

export interface ViewerServices {
  load(): Promise<{ title: string; pdf: RenderableDocument; scanned: ScannedDocument }>;
}

const SCALE = 1.5;

export function PdfViewerApp({ services, initialPage }: { services: ViewerServices; initialPage?: number | undefined }) {
  const [loaded, setLoaded] = useState<{ title: string; pdf: RenderableDocument; scanned: ScannedDocument }>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    services.load().then(setLoaded, (e: unknown) => setError((e as Error).message));
  }, [services]);
  if (error) return <main className="clearance-panel"><p role="alert" className="error">{error}</p></main>;
  if (!loaded) return <main className="clearance-panel"><p role="status">Reading the paper…</p></main>;
  const { findings } = loaded.scanned.report;
  const pages = Array.from({ length: loaded.pdf.numPages }, (_, i) => i + 1);
  return (
    <main className="clearance-panel viewer">
      <h1>{loaded.title}</h1>
      <p role="status">{findings.filter((f) => f.severity !== 'info').length} findings on {pages.length} page{pages.length === 1 ? '' : 's'}; the side panel lists them.</p>
      {pages.map((n) => (
        <PdfPageView key={n} pdf={loaded.pdf} pageNumber={n} findings={findings.filter((f) => f.location.page === n)} scrollTo={n === initialPage} />
      ))}
    </main>
  );
}

function PdfPageView({ pdf, pageNumber, findings, scrollTo }: { pdf: RenderableDocument; pageNumber: number; findings: Finding[]; scrollTo: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const figure = useRef<HTMLElement>(null);
  const [boxes, setBoxes] = useState<{ key: string; left: number; top: number; width: number; height: number; finding: Finding }[]>([]);
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
      const items = textItems(await page.getTextContent());
      if (cancelled) return;
      setBoxes(findings.flatMap((finding, i) => locateText(items, finding.text).map((rect, j) => {
        const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = viewport.convertToViewportRectangle(rect);
        return { key: `${i}-${j}`, left: Math.min(x1, x2), top: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1), finding };
      })));
      if (scrollTo) figure.current?.scrollIntoView({ block: 'start' });
    })();
    return () => { cancelled = true; };
  }, [pdf, pageNumber, findings, scrollTo]);
  return (
    <figure ref={figure} id={`page-${pageNumber}`} className="pdf-page" style={{ position: 'relative', margin: '12px 0' }}>
      <figcaption>Page {pageNumber}</figcaption>
      <div style={{ position: 'relative', display: 'inline-block' }}>
        <canvas ref={canvas} style={{ border: '1px solid #d0d7de', display: 'block' }} />
        {boxes.map((box) => (
          <span
            key={box.key}
            className={`pdf-mark severity-${box.finding.severity}`}
            data-finding-type={box.finding.type}
            title={`${box.finding.type}: ${box.finding.message}`}
            style={{ position: 'absolute', left: box.left, top: box.top, width: box.width, height: box.height, outline: '3px solid', outlineColor: box.finding.severity === 'high' ? '#dc2626' : '#ea8a00', background: 'rgba(234, 138, 0, 0.25)' }}
          />
        ))}
      </div>
    </figure>
  );
}
