// Excel (.xlsx, .xlsm) into the document model: every sheet, hidden and very hidden ones included, every
// cell (hidden rows and columns too) as a table-cell block with its row and column, so a column is judged
// with its header; cell notes and threaded comments, defined names, pivot caches (the names behind a table
// of counts), external link caches, headers and footers, and the properties. Read with the engine's own
// zip and XML readers.
import type { BlockDraft } from './text.ts';
import type { DocumentModel } from '../model/document.ts';
import { ReadError } from './read-error.ts';
import { assembleDocument } from './text.ts';
import { childElements, descendants, firstChild, textOf, type XmlElement } from './xml.ts';
import {
  dataText,
  decodeTarget,
  OfficePackage,
  pushDataBlock,
  readPackageTail,
  registerEmbeddedReader,
} from './ooxml.ts';
import { DOCX_NAMESPACES } from './docx-xml.ts';

const S = 'x';
export const XLSX_NAMESPACES: Record<string, string> = {
  ...DOCX_NAMESPACES,
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main': S,
  'http://purl.oclc.org/ooxml/spreadsheetml/main': S,
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments': 'tc',
  'http://schemas.microsoft.com/office/spreadsheetml/2018/persons': 'tcp',
};

const EMBEDDINGS = /^xl\/embeddings\//i;

registerEmbeddedReader(/\.(?:xlsx|xlsm|xltx|xltm)$/i, 'workbook', () => readXlsx);

const XLSX_LAYOUT_PART = /^(?:\[Content_Types\]\.xml|xl\/(?:styles|calcChain|theme\/.*)\.xml)$/i;

export function readXlsx(bytes: Uint8Array, depth = 0): DocumentModel {
  const pkg = new OfficePackage(bytes, XLSX_NAMESPACES);
  const packageRels = pkg.relationships('');
  const bookPath = packageRels.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  if (!pkg.files.has(bookPath))
    throw new ReadError('it is a zip file but not an Excel workbook (it has no workbook part)');
  const book = pkg.xml(bookPath);
  if (!book)
    throw new ReadError(pkg.notRead.find((u) => u.part === bookPath)?.reason ?? `"${bookPath}" could not be read`);
  const rels = pkg.relationships(bookPath);
  const target = (type: string): string | undefined =>
    rels.find((r) => !r.external && r.type.endsWith(`/${type}`))?.target;
  const strings = sharedStrings(pkg.xml(target('sharedStrings') ?? 'xl/sharedStrings.xml'));
  const dates = dateStyles(pkg.xml(target('styles') ?? 'xl/styles.xml'));

  const blocks: BlockDraft[] = [];
  const sheets = descendants(book, 'x:sheet');
  for (const sheet of sheets) {
    const name = sheet.attrs.name ?? 'Sheet';
    const state = sheet.attrs.state === 'veryHidden' ? 'very hidden' : sheet.attrs.state === 'hidden' ? 'hidden' : '';
    const label = state ? `${name} (${state})` : name;
    const relId = sheet.attrs['r:id'] ?? '';
    const path = rels.find((r) => r.id === relId && !r.external)?.target;
    const root = path ? pkg.xml(path) : undefined;
    if (!path || !root) {
      if (path && !pkg.notRead.some((u) => u.part === path))
        pkg.skip(path, `the sheet "${label}" is not a worksheet Clearance reads (a chart sheet or macro sheet)`);
      continue;
    }
    readSheet(root, path, label, strings, dates, blocks, pkg);
    for (const rel of pkg.relationships(path)) {
      if (rel.external) continue;
      const part = pkg.xml(rel.target);
      if (!part) continue;
      if (/\/comments$/.test(rel.type)) {
        for (const c of descendants(part, 'x:comment'))
          pushDataBlock(blocks, textOf(c), 'comments', rel.target, 'comment', c.attrs.ref);
      } else if (/threadedComment$/i.test(rel.type)) {
        for (const c of descendants(part, 'tc:threadedComment')) {
          const text = firstChild(c, 'tc:text');
          if (text) pushDataBlock(blocks, textOf(text), 'comments', rel.target, 'comment', c.attrs.ref);
        }
      }
    }
  }
  for (const n of descendants(book, 'x:definedName')) {
    pushDataBlock(blocks, `${n.attrs.name ?? ''}: ${textOf(n)}`, 'defined-names', bookPath, 'property', n.attrs.name);
  }
  for (const name of pkg.names) {
    if (pkg.read.has(name)) continue;
    if (/^xl\/pivotCache\/pivotCacheDefinition\d*\.xml$/i.test(name)) readPivotDefinition(pkg.xml(name), name, blocks);
    else if (/^xl\/pivotCache\/pivotCacheRecords\d*\.xml$/i.test(name)) {
      const root = pkg.xml(name);
      if (root) pushDataBlock(blocks, recordValues(root), 'pivot-cache', name);
    } else if (/^xl\/externalLinks\/externalLink\d*\.xml$/i.test(name)) {
      const root = pkg.xml(name);
      if (root) pushDataBlock(blocks, dataText(root, true), 'links', name);
    } else if (/^xl\/persons\/.*\.xml$/i.test(name)) {
      const root = pkg.xml(name);
      for (const person of root ? descendants(root, 'tcp:person') : [])
        pushDataBlock(blocks, person.attrs.displayName ?? '', 'properties', name, 'property', 'author');
    } else if (/^xl\/(?:charts|drawings)\/.*\.xml$/i.test(name) || /^customXml\/item\d*\.xml$/i.test(name)) {
      const root = pkg.xml(name);
      if (root)
        pushDataBlock(
          blocks,
          dataText(root, /customXml/i.test(name)),
          /charts/i.test(name) ? 'charts' : /customXml/i.test(name) ? 'custom-xml' : 'text-boxes',
          name,
        );
    }
  }
  for (const relsName of pkg.names.filter((n) => /\.rels$/i.test(n))) {
    const source = relsName.replace(/_rels\/([^/]+)\.rels$/i, '$1').replace(/^_rels\/\.rels$/, '');
    for (const t of new Set(
      pkg
        .relationships(source)
        .filter((r) => r.external)
        .map((r) => decodeTarget(r.target)),
    ))
      pushDataBlock(blocks, t, 'links', relsName);
  }
  // Styles, themes and calculation chains hold layout; anything else is read for what text it has.
  readPackageTail(pkg, { embeddings: EMBEDDINGS, depth, layout: XLSX_LAYOUT_PART, partOf: () => 'custom-xml' }, blocks);
  const doc = assembleDocument(blocks, 'xlsx');
  doc.coverage = pkg.coverage();
  return doc;
}

function sharedStrings(root: XmlElement | undefined): string[] {
  // Phonetic guides (rPh) repeat the reading of the text; the text itself is in t, directly or in runs.
  return root
    ? childElements(root, 'x:si').map((si) =>
        descendants(si, 'x:t')
          .filter((t) => !isUnder(si, t, 'x:rPh'))
          .map(textOf)
          .join(''),
      )
    : [];
}

function isUnder(root: XmlElement, target: XmlElement, name: string): boolean {
  for (const el of descendants(root, name)) if (descendants(el, 'x:t').includes(target)) return true;
  return false;
}

// Built-in number formats that show a date (ECMA-376 18.8.30).
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 50, 57]);

/** Which cell styles (index into cellXfs) show a number as a date. */
export function dateStyles(root: XmlElement | undefined): Set<number> {
  const out = new Set<number>();
  if (!root) return out;
  const custom = new Map(
    descendants(root, 'x:numFmt').map((f) => [Number(f.attrs.numFmtId), f.attrs.formatCode ?? '']),
  );
  const xfs = firstChild(root, 'x:cellXfs');
  (xfs ? childElements(xfs, 'x:xf') : []).forEach((xf, i) => {
    const id = Number(xf.attrs.numFmtId ?? 0);
    const code = (custom.get(id) ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '');
    if (DATE_FORMAT_IDS.has(id) || /[dy]/i.test(code)) out.add(i);
  });
  return out;
}

/** An Excel date serial as the day/month/year an English council reads. */
export function serialDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return String(serial);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

export function columnIndex(ref: string): number {
  let n = 0;
  for (const c of /^[A-Z]+/i.exec(ref)?.[0].toUpperCase() ?? 'A') n = n * 26 + c.charCodeAt(0) - 64;
  return n - 1;
}

function readSheet(
  root: XmlElement,
  path: string,
  sheet: string,
  strings: string[],
  dates: Set<number>,
  out: BlockDraft[],
  pkg: OfficePackage,
): void {
  const hiddenColumns = new Set<number>();
  for (const col of descendants(root, 'x:col')) {
    if (col.attrs.hidden !== '1' && col.attrs.hidden !== 'true') continue;
    for (let c = Number(col.attrs.min) - 1; c < Number(col.attrs.max) && c - Number(col.attrs.min) < 16384; c++)
      hiddenColumns.add(c);
  }
  const hiddenRows: number[] = [];
  const data = firstChild(root, 'x:sheetData');
  let rowIndex = -1;
  for (const row of data ? childElements(data, 'x:row') : []) {
    rowIndex = row.attrs.r ? Number(row.attrs.r) - 1 : rowIndex + 1;
    if (row.attrs.hidden === '1' || row.attrs.hidden === 'true') hiddenRows.push(rowIndex + 1);
    let column = -1;
    for (const c of childElements(row, 'x:c')) {
      column = c.attrs.r ? columnIndex(c.attrs.r) : column + 1;
      const text = cellText(c, strings, dates);
      if (text.trim())
        out.push({
          kind: 'table-cell',
          text: text.trim(),
          origin: { part: 'sheet', sheet, path, row: rowIndex, column },
        });
    }
  }
  const headerFooter = firstChild(root, 'x:headerFooter');
  for (const hf of headerFooter ? childElements(headerFooter) : []) {
    // &L, &C, &R mark the three sections; other & codes are fields (page number, file name) or fonts.
    const text = textOf(hf)
      .replace(/&"[^"]*"|&[LCR]|&\d+|&[A-KM-QS-Z]/g, ' ')
      .replace(/&&/g, '&')
      .trim();
    pushDataBlock(
      out,
      text,
      hf.name.includes('Footer') ? 'footer' : 'header',
      path,
      hf.name.includes('Footer') ? 'footer' : 'header',
    );
  }
  const notes = [
    hiddenRows.length && `rows ${hiddenRows.join(', ')} hidden`,
    hiddenColumns.size && `${hiddenColumns.size} column(s) hidden`,
  ].filter(Boolean);
  pkg.labels.set(path, `${path} (sheet ${sheet}${notes.length ? `; ${notes.join('; ')}` : ''})`);
}

function cellText(c: XmlElement, strings: string[], dates: Set<number>): string {
  const type = c.attrs.t ?? 'n';
  if (type === 'inlineStr') {
    const is = firstChild(c, 'x:is');
    return is ? descendants(is, 'x:t').map(textOf).join('') : '';
  }
  const v = firstChild(c, 'x:v');
  const value = v ? textOf(v) : '';
  if (type === 's') return strings[Number(value)] ?? '';
  if (type === 'n' && value && dates.has(Number(c.attrs.s ?? 0))) return serialDate(Number(value));
  return value;
}

/** A pivot cache's field names and shared items: the values the pivot table was built from. */
function readPivotDefinition(root: XmlElement | undefined, path: string, out: BlockDraft[]): void {
  if (!root) return;
  for (const field of descendants(root, 'x:cacheField')) {
    const items = descendants(field, 'x:s')
      .map((s) => s.attrs.v ?? '')
      .concat(descendants(field, 'x:d').map((d) => d.attrs.v ?? ''));
    pushDataBlock(out, [field.attrs.name ?? '', ...items].filter((t) => t.trim()).join('\n'), 'pivot-cache', path);
  }
}

/** Text values written directly into pivot cache records (indexed ones point at the definition's items). */
function recordValues(root: XmlElement): string {
  return [
    ...new Set(
      descendants(root, 'x:s')
        .map((s) => s.attrs.v ?? '')
        .filter((v) => v.trim()),
    ),
  ].join('\n');
}
