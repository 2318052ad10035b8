// Bytes and a file name in, the document model out; the same readers serve the CLI, the add-in's
// tests and the extension. The bytes decide the format where they can (a PDF saved as ".docx" is read
// as the PDF it is, with a warning); the extension decides only between the text formats.
import type { DocumentModel } from '../model/document.ts';
import { LIMITS, ReadError } from './read-error.ts';
import { readMarkdown, readText } from './text.ts';
import { decodeText } from './decode-text.ts';
import { readDocx } from './docx.ts';
import { readHtml } from './html.ts';
import { readPdf } from './pdf.ts';
import { readXlsx } from './xlsx.ts';
import { readOdt } from './odt.ts';
import { readCsv } from './csv.ts';
import { zipEntryNames } from './zip.ts';

export { decodeText } from './decode-text.ts';

export const SUPPORTED_EXTENSIONS = [
  'txt',
  'md',
  'html',
  'htm',
  'docx',
  'docm',
  'dotx',
  'pdf',
  'xlsx',
  'xlsm',
  'csv',
  'odt',
] as const;

type Format = 'txt' | 'md' | 'html' | 'docx' | 'pdf' | 'xlsx' | 'csv' | 'odt';
type PackageFormat = 'docx' | 'xlsx' | 'odt';

const BY_EXTENSION: Record<string, Format> = {
  txt: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  docx: 'docx',
  docm: 'docx',
  dotx: 'docx',
  pdf: 'pdf',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  csv: 'csv',
  odt: 'odt',
};
const NAMES: Record<Format, string> = {
  txt: 'a text file',
  md: 'a Markdown file',
  html: 'a web page',
  docx: 'a Word document',
  pdf: 'a PDF',
  xlsx: 'an Excel workbook',
  csv: 'a CSV file',
  odt: 'an OpenDocument text',
};
const BINARY_FORMATS = new Set<Format>(['docx', 'pdf', 'xlsx', 'odt']);

export function extensionOf(fileName: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(fileName);
  return m ? m[1]!.toLowerCase() : '';
}

/** `depth` counts files inside files: an attachment of a PDF is read at depth 1. */
export async function readDocument(bytes: Uint8Array, fileName: string, depth = 0): Promise<DocumentModel> {
  if (bytes.length === 0) throw new ReadError('the file is empty');
  if (bytes.length > LIMITS.fileBytes)
    throw new ReadError(`the file is larger than ${LIMITS.fileBytes / 1024 / 1024} MB, the most Clearance will read`);
  const ext = extensionOf(fileName);
  const named = BY_EXTENSION[ext];
  const sniffed = sniff(bytes, named);
  if (!named && !sniffed) {
    throw new ReadError(
      `unsupported file type${ext ? ` ".${ext}"` : ''} (Clearance reads ${SUPPORTED_EXTENSIONS.map((e) => `.${e}`).join(', ')})`,
    );
  }
  // Text formats cannot be told apart by their bytes, so only binary formats override the name.
  const format: Format = sniffed ?? (BINARY_FORMATS.has(named!) ? textFormatFor(bytes, named!) : named!);
  const doc = await readAs(format, bytes, depth);
  // Plain text and Markdown are read whole.
  doc.coverage ??= { read: ['the whole text'], notRead: [] };
  if (doc.text.length > LIMITS.textChars)
    throw new ReadError(`the text is longer than ${LIMITS.textChars} characters, the most Clearance will scan`);
  if (named && named !== format) {
    doc.warnings = [
      ...(doc.warnings ?? []),
      `the file is named ".${ext}" but is ${NAMES[format]}; it was read as ${NAMES[format]}`,
    ];
  }
  return doc;
}

function readAs(format: Format, bytes: Uint8Array, depth: number): Promise<DocumentModel> | DocumentModel {
  switch (format) {
    case 'txt':
      return readText(decodeText(bytes));
    case 'md':
      return readMarkdown(decodeText(bytes));
    case 'html':
      return readHtml(bytes);
    case 'docx':
      return readDocx(bytes, depth);
    case 'xlsx':
      return readXlsx(bytes, depth);
    case 'odt':
      return readOdt(bytes);
    case 'csv':
      return readCsv(decodeText(bytes));
    case 'pdf':
      return readPdf(bytes, depth);
  }
}

/** The binary formats by their first bytes; older Word files and encrypted Word files are refused here. */
function sniff(bytes: Uint8Array, named: Format | undefined): 'pdf' | PackageFormat | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  // PDF readers accept the header after a little junk, but only a file named .pdf gets that leeway.
  if (head.startsWith('%PDF-') || (named === 'pdf' && head.includes('%PDF-'))) return 'pdf';
  if (head.startsWith('PK\u0003\u0004') || head.startsWith('PK\u0005\u0006')) return packageFormat(bytes, named);
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1')) {
    // Word stores a password-protected .docx inside the same container as an old .doc file.
    throw new ReadError(
      'it is an older Word (.doc) file or a password-protected Word document; open it in Word and save it as .docx without a password, then scan that',
    );
  }
  return undefined;
}

/** A zip is told apart by what it holds: a Word main part, a workbook, or an OpenDocument mimetype. */
function packageFormat(bytes: Uint8Array, named: Format | undefined): PackageFormat {
  const names = new Set(zipEntryNames(bytes));
  if (names.has('xl/workbook.xml') || [...names].some((n) => /^xl\/workbook\d*\.xml$/i.test(n))) return 'xlsx';
  if (names.has('word/document.xml') || [...names].some((n) => n.startsWith('word/'))) return 'docx';
  if (names.has('mimetype') || names.has('content.xml')) return 'odt';
  if (named === 'xlsx' || named === 'odt') return named;
  return 'docx';
}

/** A file named .docx or .pdf whose bytes are not: read it if it is a web page, else say what is wrong. */
function textFormatFor(bytes: Uint8Array, named: Format): Format {
  const wrong = `the file is named ".${named}" but is not ${NAMES[named]}`;
  let text: string;
  try {
    text = decodeText(bytes.subarray(0, 4096));
  } catch {
    throw new ReadError(`${wrong}: it holds binary data of no kind Clearance reads`);
  }
  if (/^\s*<(?:!doctype\s+html|html|head|body)\b/i.test(text)) return 'html';
  throw new ReadError(`${wrong}: it holds plain text (it may be damaged, or saved under the wrong name)`);
}
