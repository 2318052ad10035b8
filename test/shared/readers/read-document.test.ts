import { describe, expect, it } from 'vitest';
import { decodeText, readDocument } from '../../../shared/readers/index.ts';
import { ReadError } from '../../../shared/readers/read-error.ts';
import { buildDocx, p } from './build-docx.ts';
import { buildPdf } from './build-pdf.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function refusal(bytes: Uint8Array, name: string): Promise<string> {
  const error = await readDocument(bytes, name).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReadError);
  return (error as Error).message;
}

describe('readDocument', () => {
  it('reads each supported format by its extension', async () => {
    const pdf = await buildPdf({ pages: [{ lines: [{ text: 'From a PDF.' }] }] });
    const cases: [Uint8Array, string, string, string][] = [
      [utf8('Plain text.'), 'a.txt', 'txt', 'Plain text.'],
      [utf8('# Heading'), 'a.md', 'md', 'Heading'],
      [utf8('<p>Web page.</p>'), 'a.html', 'html', 'Web page.'],
      [utf8('<p>Old extension.</p>'), 'A.HTM', 'html', 'Old extension.'],
      [buildDocx({ body: p('From Word.') }), 'a.docx', 'docx', 'From Word.'],
      [pdf, 'a.pdf', 'pdf', 'From a PDF.'],
    ];
    for (const [bytes, name, format, text] of cases) {
      const doc = await readDocument(bytes, name);
      expect([doc.format, doc.blocks[0]!.text]).toEqual([format, text]);
      expect(doc.warnings).toBeUndefined();
    }
  });

  it('reads a file by what its bytes are when the name says otherwise, and says so', async () => {
    const asDocx = await readDocument(
      await buildPdf({ pages: [{ lines: [{ text: 'Really a PDF.' }] }] }),
      'report.docx',
    );
    expect(asDocx.format).toBe('pdf');
    expect(asDocx.warnings).toEqual(['the file is named ".docx" but is a PDF; it was read as a PDF']);
    const asTxt = await readDocument(buildDocx({ body: p('Really Word.') }), 'notes.txt');
    expect([asTxt.format, asTxt.text]).toEqual(['docx', 'Really Word.']);
    const htmlAsPdf = await readDocument(utf8('<!DOCTYPE html><p>A saved web page.</p>'), 'paper.pdf');
    expect([htmlAsPdf.format, htmlAsPdf.text]).toEqual(['html', 'A saved web page.']);
  });

  it('refuses what it cannot read, each with its reason', async () => {
    expect(await refusal(new Uint8Array(0), 'a.docx')).toBe('the file is empty');
    expect(await refusal(utf8('a,b'), 'a.pages')).toMatch(
      /unsupported file type "\.pages" \(Clearance reads \.txt, \.md, \.html, \.htm, \.docx, \.docm, \.dotx, \.pdf, \.xlsx, \.xlsm, \.csv, \.odt\)/,
    );
    expect(await refusal(utf8('just notes'), 'a.docx')).toMatch(
      /named "\.docx" but is not a Word document: it holds plain text/,
    );
    expect(await refusal(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'a.docx')).toMatch(
      /older Word \(\.doc\) file or a password-protected Word document/,
    );
    expect(await refusal(utf8('PK\u0003\u0004 broken'), 'a.docx')).toMatch(/damaged or truncated/);
  });

  it('treats a zip that is not a Word document as such, whatever its name', async () => {
    const xlsxLike = buildDocx({ body: '', extra: { 'word/document.xml': '<workbook/>' } });
    expect(await refusal(xlsxLike, 'book.pdf')).toMatch(/not a Word document/);
  });
});

describe('decodeText', () => {
  it('decodes UTF-16 by its byte-order mark, UTF-8 with or without one, and falls back to Windows-1252', () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0, 0x20, 0x26]))).toBe('A\u2620');
    expect(decodeText(Uint8Array.from([0xfe, 0xff, 0, 0x41]))).toBe('A');
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
    expect(decodeText(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0xa3]))).toBe('Café – £');
  });

  it('refuses binary data, including noise without NUL bytes', () => {
    expect(() => decodeText(Uint8Array.from([0x41, 0, 0x42]))).toThrow(/binary data/);
    const noise = Uint8Array.from({ length: 2000 }, (_, i) => ((i * 37) % 31) + 1);
    expect(() => decodeText(noise)).toThrow(/binary data/);
  });
});
