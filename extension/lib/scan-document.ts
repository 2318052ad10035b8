// Runs the engine on what the content script read (a page) or fetched (a paper), and turns findings into page marks.
import type { DocumentModel, Finding, Policy, ScanReport } from '../../shared/index.ts';
import type { Engine } from './engine.ts';
import type { Mark, PageSnapshot } from './protocol.ts';
import type { BlockDraftLike } from './page-types.ts';

export interface ScannedDocument {
  doc: DocumentModel;
  report: ScanReport;
}

export function scanSnapshot(engine: Engine, snapshot: Pick<PageSnapshot, 'parts'>, policy: Policy): ScannedDocument {
  const doc = engine.assembleDocument(snapshot.parts satisfies BlockDraftLike[], 'web');
  return { doc, report: engine.scan(doc, policy) };
}

export async function scanPaper(
  engine: Engine,
  bytes: Uint8Array,
  url: string,
  policy: Policy,
): Promise<ScannedDocument> {
  const doc = await engine.readDocument(bytes, paperFileName(url));
  return { doc, report: engine.scan(doc, policy) };
}

/** The name the reader dispatches on: the URL's last path segment, or a .pdf name when the site serves papers without one. */
export function paperFileName(url: string): string {
  const last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  return /\.[a-z0-9]+$/i.test(last) ? last : `${last || 'paper'}.pdf`;
}

/**
 * Why fetched bytes are not the PDF the link promised (a login page, an error page served with status 200), or undefined.
 * Other formats the engine reads (.docx, .html) are left to the engine's own readers.
 */
export function notAPdf(url: string, bytes: Uint8Array, contentType: string): string | undefined {
  if (!/\.pdf$/i.test(paperFileName(url))) return undefined;
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return undefined;
  return `${url} is not a PDF (the site sent ${contentType.split(';')[0]?.trim() || 'something else'}${bytes.length ? '' : ', empty'})`;
}

export const findingId = (index: number): string => `f${index}`;

/** Page marks for findings: the block index is the order of the parts the content script sent (assembleDocument keeps it). */
export function marksFor(doc: DocumentModel, findings: Finding[]): Mark[] {
  const indexOf = new Map(doc.blocks.map((block, index) => [block.id, index]));
  return findings.flatMap((finding, i) => {
    const block = indexOf.get(finding.location.blockId);
    return block === undefined
      ? []
      : [
          {
            id: findingId(i),
            block,
            start: finding.location.blockStart,
            end: finding.location.blockEnd,
            disposition: finding.disposition,
          },
        ];
  });
}
