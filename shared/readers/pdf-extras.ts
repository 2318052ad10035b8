// What a PDF holds besides its page text: annotations (sticky notes, free text, popups) and their
// authors, link targets, form field values, the Info dictionary and XMP metadata, bookmarks, attached
// files (read as files of their own), and earlier revisions an incremental update left in the file.
import type { UnreadPart } from '../model/document.ts';
import { ReadError } from './read-error.ts';
import type { BlockDraft } from './text.ts';
import type { PdfDocument, PdfOutlineNode } from './pdfjs.ts';
import { decodeTarget } from './ooxml.ts';

/** The part of a pdfjs annotation this module reads. */
export interface PdfAnnotationData {
  subtype?: string;
  contentsObj?: { str?: string };
  titleObj?: { str?: string };
  url?: string;
  unsafeUrl?: string;
  fieldName?: string;
  fieldValue?: unknown;
  alternativeText?: string;
}

const MAX_BOOKMARKS = 5000;
/** Attached files are opened this deep (a PDF attached to a PDF), no deeper. */
export const MAX_ATTACHMENT_DEPTH = 1;
const INFO_PROPERTIES: Record<string, string> = {
  Title: 'title',
  Author: 'author',
  Subject: 'subject',
  Keywords: 'keywords',
};

/** Annotations of one page: their text, authors, link targets and form values. */
export function annotationBlocks(
  annotations: PdfAnnotationData[],
  page: number,
  out: BlockDraft[],
  seen: Set<string>,
): void {
  const push = (text: unknown, draft: Omit<BlockDraft, 'text'>): void => {
    const value = (Array.isArray(text) ? text.join(', ') : typeof text === 'string' ? text : '').trim();
    const key = `${draft.origin.part}\u0000${value}`;
    if (!value || seen.has(key)) return;
    seen.add(key);
    out.push({ ...draft, text: value });
  };
  for (const a of annotations) {
    const origin = { page, paragraph: out.length };
    if (a.subtype === 'Link')
      push(decodeTarget(a.url ?? a.unsafeUrl ?? ''), { kind: 'hidden-text', origin: { ...origin, part: 'links' } });
    else if (a.subtype === 'Widget')
      push(a.fieldValue, { kind: 'hidden-text', origin: { ...origin, part: 'form-fields', property: a.fieldName } });
    else push(a.contentsObj?.str, { kind: 'comment', origin: { ...origin, part: 'annotations' } });
    push(a.titleObj?.str, { kind: 'property', origin: { ...origin, part: 'annotations', property: 'author' } });
    push(a.alternativeText, { kind: 'hidden-text', origin: { ...origin, part: 'alt-text' } });
  }
}

export async function documentBlocks(
  doc: PdfDocument,
  out: BlockDraft[],
  notRead: UnreadPart[],
  seen: Set<string>,
  depth: number,
): Promise<string[]> {
  const read: string[] = [];
  const attempt = async (part: string, reading: () => Promise<void>): Promise<void> => {
    try {
      await reading();
      read.push(part);
    } catch (error) {
      notRead.push({ part, reason: `it could not be read (${(error as Error).message ?? String(error)})` });
    }
  };
  await attempt('document information and XMP metadata', async () => {
    const { info, metadata } = await doc.getMetadata();
    for (const [key, property] of Object.entries(INFO_PROPERTIES)) {
      const value = info[key];
      if (typeof value === 'string' && value.trim())
        out.push({ kind: 'property', text: value.trim(), origin: { part: 'properties', property } });
    }
    const custom = info.Custom as Record<string, unknown> | undefined;
    for (const [name, value] of Object.entries(custom ?? {})) {
      if (typeof value === 'string' && value.trim())
        out.push({ kind: 'property', text: value.trim(), origin: { part: 'properties', property: name } });
    }
    const raw = metadata?.getRaw();
    if (typeof raw === 'string') {
      const values = new Set(
        raw
          .replace(/<\?[^>?]*\?>/g, '')
          .split(/<[^<>]+>/)
          .map((t) => decodeEntities(t).trim())
          .filter((t) => /\p{L}{2}|\d{3}/u.test(t)),
      );
      if (values.size)
        out.push({
          kind: 'property',
          text: [...values].join('\n'),
          origin: { part: 'metadata', property: 'XMP metadata' },
        });
    }
  });
  await attempt('form fields', async () => {
    const fields = await doc.getFieldObjects();
    for (const [name, widgets] of Object.entries(fields ?? {})) {
      for (const w of widgets) {
        const value = typeof w.value === 'string' ? w.value.trim() : Array.isArray(w.value) ? w.value.join(', ') : '';
        const key = `form-fields\u0000${value}`;
        if (!value || seen.has(key) || value === 'Off') continue;
        seen.add(key);
        out.push({ kind: 'hidden-text', text: value, origin: { part: 'form-fields', property: name } });
      }
    }
  });
  await attempt('bookmarks', async () => {
    const titles: string[] = [];
    const pending: PdfOutlineNode[] = [...((await doc.getOutline()) ?? [])];
    while (pending.length && titles.length < MAX_BOOKMARKS) {
      const node = pending.shift()!;
      if (node.title?.trim()) titles.push(node.title.trim());
      const url = node.url ?? node.unsafeUrl;
      if (url) out.push({ kind: 'hidden-text', text: decodeTarget(url), origin: { part: 'links' } });
      pending.push(...(node.items ?? []));
    }
    if (titles.length) out.push({ kind: 'hidden-text', text: titles.join('\n'), origin: { part: 'bookmarks' } });
  });
  const attachments = await doc.getAttachments().catch(() => null);
  for (const { filename, content } of Object.values(attachments ?? {})) {
    const name = `attached file ${filename}`;
    if (depth >= MAX_ATTACHMENT_DEPTH) {
      notRead.push({ part: name, reason: 'a file attached to an attached file, which Clearance does not open' });
      continue;
    }
    try {
      // Imported here: the attachment is read by the same entry point as any file, which imports this module.
      const { readDocument } = await import('./index.ts');
      const inner = await readDocument(content, filename, depth + 1);
      for (const { id: _id, start: _start, ...draft } of inner.blocks)
        out.push({
          ...draft,
          origin: {
            ...draft.origin,
            part: 'attachments',
            path: `${filename}/${draft.origin.path ?? draft.origin.part}`,
          },
        });
      read.push(name);
      for (const u of inner.coverage?.notRead ?? []) notRead.push({ part: `${filename}/${u.part}`, reason: u.reason });
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      notRead.push({ part: name, reason: `an attached file that could not be read: ${error.message}` });
    }
  }
  return read;
}

const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, ref: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (ref[0] !== '#') return named[ref.toLowerCase()]!;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });

/**
 * Where each earlier revision of the file ends: an incremental update appends to the file, so the bytes
 * before each earlier end-of-file marker are the file as it was. A linearised file's first marker ends
 * only its first-page section, not a revision.
 */
export function earlierRevisionEnds(bytes: Uint8Array): number[] {
  const text = new TextDecoder('latin1').decode(bytes);
  const ends: number[] = [];
  for (let at = text.indexOf('%%EOF'); at >= 0; at = text.indexOf('%%EOF', at + 5)) ends.push(at + 5);
  if (/\/Linearized/.test(text.slice(0, 2048))) ends.shift();
  const last = ends.pop();
  return last === undefined
    ? []
    : ends.filter((e) => text.slice(e, last).includes('xref') || text.slice(e, last).includes('/XRef'));
}
