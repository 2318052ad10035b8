// What the new readers give the engine: the right kind, part and place for each block, and a coverage
// that names every part read and every part not read.
import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { readDocument } from '../../../shared/readers/index.ts';
import { scan } from '../../../shared/engine/scan.ts';
import { planRedaction } from '../../../shared/redact/plan.ts';
import { redactPackage } from '../../../shared/redact/redact-package.ts';
import { DETAIL, DOCX_LEAKS, ODT_LEAKS, XLSX_LEAKS } from './leak-files.ts';

const leak = (list: typeof DOCX_LEAKS, file: string) =>
  readDocument(list.find((l) => l.file === file)!.build() as Uint8Array, file);
const blockWith = async (list: typeof DOCX_LEAKS, file: string, text = DETAIL) =>
  (await leak(list, file)).blocks.find((b) => b.text.includes(text));

describe('the Excel reader', () => {
  it('gives each cell its sheet, row and column, the header row as row 0 of the same table', async () => {
    const doc = await leak(XLSX_LEAKS, 'visible.xlsx');
    const cells = doc.blocks
      .filter((b) => b.origin.sheet === 'Carers')
      .map((b) => [b.kind, b.text, b.origin.row, b.origin.column]);
    expect(cells).toEqual([
      ['table-cell', 'Name', 0, 0],
      ['table-cell', 'Address', 0, 1],
      ['table-cell', 'Postcode', 0, 2],
      ['table-cell', 'Janet Hill', 1, 0],
      ['table-cell', '14 Elm Road', 1, 1],
      ['table-cell', 'LS6 2AB', 1, 2],
    ]);
    expect(doc.blocks.find((b) => b.text === 'LS6 2AB')?.origin).toMatchObject({
      part: 'sheet',
      path: 'xl/worksheets/sheet2.xml',
    });
  });

  it('says in the coverage which sheets are hidden or very hidden, and which rows are hidden', async () => {
    expect((await leak(XLSX_LEAKS, 'hidden-sheet.xlsx')).coverage?.read).toContain(
      'xl/worksheets/sheet2.xml (sheet Carers (hidden))',
    );
    expect((await leak(XLSX_LEAKS, 'very-hidden.xlsx')).coverage?.read).toContain(
      'xl/worksheets/sheet2.xml (sheet Data (very hidden))',
    );
    expect((await leak(XLSX_LEAKS, 'hidden-row.xlsx')).coverage?.read).toContain(
      'xl/worksheets/sheet1.xml (sheet Summary; rows 4 hidden)',
    );
  });

  it('shows a number in a date format as the date, and redaction replaces the date cell too', async () => {
    const bytes = XLSX_LEAKS.find((l) => l.file === 'date-cell.xlsx')!.build() as Uint8Array;
    const doc = await readDocument(bytes, 'date-cell.xlsx');
    expect(doc.blocks.find((b) => b.origin.row === 1 && b.origin.column === 1)?.text).toBe('03/04/2012');
    const redacted = await readDocument(
      redactPackage(bytes, planRedaction(scan(doc).findings)).bytes,
      'date-cell.xlsx',
    );
    expect(redacted.blocks.find((b) => b.origin.row === 1 && b.origin.column === 1)?.text).toBe('[Date of birth 1]');
  });

  it('reads notes, pivot caches and defined names under their own parts', async () => {
    expect(await blockWith(XLSX_LEAKS, 'note.xlsx')).toMatchObject({ kind: 'comment', origin: { part: 'comments' } });
    expect(await blockWith(XLSX_LEAKS, 'pivot-definition.xlsx')).toMatchObject({ origin: { part: 'pivot-cache' } });
    expect(await blockWith(XLSX_LEAKS, 'defined-name.xlsx')).toMatchObject({
      kind: 'property',
      origin: { part: 'defined-names', property: 'CarerNote' },
    });
  });
});

describe('the Word reader', () => {
  it('names each hiding place by its part', async () => {
    expect(await blockWith(DOCX_LEAKS, 'alt-text.docx')).toMatchObject({
      origin: { part: 'alt-text', path: 'word/document.xml' },
    });
    expect(await blockWith(DOCX_LEAKS, 'text-box.docx')).toMatchObject({ origin: { part: 'text-boxes' } });
    expect(await blockWith(DOCX_LEAKS, 'link.docx')).toMatchObject({
      origin: { part: 'links', path: 'word/_rels/document.xml.rels' },
    });
    expect(await blockWith(DOCX_LEAKS, 'docvar.docx')).toMatchObject({
      kind: 'property',
      origin: { part: 'settings', property: 'CarerDetails' },
    });
    expect(await blockWith(DOCX_LEAKS, 'embedded-xlsx.docx', 'LS6 2AB')).toMatchObject({
      kind: 'table-cell',
      origin: { part: 'embedded', row: 1, column: 1 },
    });
  });

  it('reads a text box once though it is stored twice, and keeps visible ruby base text in the body', async () => {
    expect((await leak(DOCX_LEAKS, 'text-box.docx')).blocks.filter((b) => b.text === DETAIL)).toHaveLength(1);
    expect(await blockWith(DOCX_LEAKS, 'ruby.docx')).toMatchObject({ kind: 'paragraph', origin: { part: 'body' } });
  });

  it('names an embedded object it cannot open as not read, with the reason', async () => {
    expect((await leak(DOCX_LEAKS, 'ole.docx')).coverage?.notRead).toEqual([
      {
        part: 'word/embeddings/oleObject1.bin',
        reason: expect.stringMatching(/embedded object Clearance cannot open/),
      },
    ]);
  });
});

describe('the OpenDocument and CSV readers', () => {
  it('reads tracked deletions and annotations as such', async () => {
    expect(await blockWith(ODT_LEAKS, 'deletion.odt')).toMatchObject({
      kind: 'tracked-deletion',
      origin: { part: 'tracked-changes' },
    });
    expect(await blockWith(ODT_LEAKS, 'annotation.odt')).toMatchObject({
      kind: 'comment',
      origin: { part: 'comments' },
    });
  });

  it('reads a CSV as one table, quoted fields with commas and line breaks kept whole', async () => {
    const doc = await readDocument(strToU8('Name,Notes\r\n"Hill, Janet","line one\nline two"\r\n'), 'a.csv');
    expect(doc.blocks.map((b) => [b.text, b.origin.row, b.origin.column])).toEqual([
      ['Name', 0, 0],
      ['Notes', 0, 1],
      ['Hill, Janet', 1, 0],
      ['line one\nline two', 1, 1],
    ]);
  });
});
