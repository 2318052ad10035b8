// Bytes and a file name in, the document model out; the same readers serve the CLI, the add-in's
// tests and the extension.
import type { DocumentModel } from '../model/document.ts';
import { LIMITS, ReadError } from './read-error.ts';
import { readMarkdown, readText } from './text.ts';

export const SUPPORTED_EXTENSIONS = ['txt', 'md'] as const;

export function extensionOf(fileName: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(fileName);
  return m ? m[1]!.toLowerCase() : '';
}

export async function readDocument(bytes: Uint8Array, fileName: string): Promise<DocumentModel> {
  if (bytes.length === 0) throw new ReadError('the file is empty');
  if (bytes.length > LIMITS.fileBytes) throw new ReadError(`the file is larger than ${LIMITS.fileBytes / 1024 / 1024} MB, the most Clearance will read`);
  const ext = extensionOf(fileName);
  switch (ext) {
    case 'txt':
      return readText(decodeText(bytes));
    case 'md':
      return readMarkdown(decodeText(bytes));
    default:
      throw new ReadError(`unsupported file type${ext ? ` ".${ext}"` : ''} (Clearance reads ${SUPPORTED_EXTENSIONS.map((e) => `.${e}`).join(', ')})`);
  }
}

/** UTF-8 (with or without BOM) or UTF-16 by BOM; binary content is refused. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  if (/\u0000/.test(text.slice(0, 8192))) throw new ReadError('the file holds binary data, not text');
  if (text.length > LIMITS.textChars) throw new ReadError(`the text is longer than ${LIMITS.textChars} characters, the most Clearance will scan`);
  return text;
}
