// Leak files built in code: each hides one private detail in one place a reader must reach (a Word text
// box, a hidden sheet, a pivot cache, a PDF annotation...), and clean controls that name only officials.
// Office packages are zipped with fflate from XML written here; PDFs are drawn with pdf-lib.
import { strToU8, zipSync } from 'fflate';

/** A private detail the engine flags whatever its judgement of names: a home address, postcode and date of birth. */
export const DETAIL = 'Foster carer: Janet Hill, 14 Elm Road, LS6 2AB, date of birth 03/04/2012';
/** Pieces of the detail no part of a redacted copy may still hold. */
export const MARKERS = ['LS6 2AB', '14 Elm Road', '03/04/2012'];
/** Officials acting in role: never flagged, never removed. */
export const OFFICIALS = ['Councillor Mary Evans', 'Contact: Jo Bloggs, Head of Legal Services, 01234 567890'];
export const OFFICIAL_NAMES = ['Mary Evans', 'Jo Bloggs'];
/** The official every leak file names beside its detail. */
export const LEAK_OFFICIAL = 'Mary Evans';

const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  x: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  wps: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  v: 'urn:schemas-microsoft-com:vml',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
};
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const esc = (t: string): string =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const para = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
// The officer's contact block is kept out of the leak files' body: beside it the engine may take a postcode for the council's own.
const BODY =
  para('Report to the Corporate Parenting Panel') +
  para(OFFICIALS[0]!) +
  para('The placement has been reviewed and the plan agreed.');

interface Rel {
  type: string;
  target: string;
  external?: boolean;
}
interface DocxSpec {
  body?: string;
  /** Extra parts, path to content. */
  parts?: Record<string, string | Uint8Array>;
  /** Relationships of word/document.xml beyond none. */
  rels?: Rel[];
  /** Relationships of the package beyond the main document. */
  packageRels?: Rel[];
  /** Relationship parts of other parts, path to relationships. */
  otherRels?: Record<string, Rel[]>;
}

const relsXml = (rels: Rel[]): string =>
  `${DECL}<Relationships xmlns="${NS.rel}">${rels.map((r, i) => `<Relationship Id="rId${i + 1}" Type="${r.type.startsWith('http') ? r.type : `${NS.r}/${r.type}`}" Target="${esc(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`).join('')}</Relationships>`;

export function docx(spec: DocxSpec): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      relsXml([{ type: 'officeDocument', target: 'word/document.xml' }, ...(spec.packageRels ?? [])]),
    ),
    'word/document.xml': strToU8(
      `${DECL}<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" xmlns:wp="${NS.wp}" xmlns:wps="${NS.wps}" xmlns:a="${NS.a}" xmlns:v="${NS.v}" mc:Ignorable="wps"><w:body>${spec.body ?? BODY}</w:body></w:document>`,
    ),
    'word/_rels/document.xml.rels': strToU8(relsXml(spec.rels ?? [])),
  };
  for (const [path, rels] of Object.entries(spec.otherRels ?? {})) files[path] = strToU8(relsXml(rels));
  for (const [path, content] of Object.entries(spec.parts ?? {}))
    files[path] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files);
}

const wPart = (tag: string, inner: string): string =>
  `${DECL}<${tag} xmlns:w="${NS.w}" xmlns:r="${NS.r}">${inner}</${tag}>`;

interface SheetSpec {
  name: string;
  state?: 'hidden' | 'veryHidden';
  /** Rows of cells; a string is a shared string, written inline when `inline` is set. */
  rows: string[][];
  hiddenRows?: number[];
  inline?: boolean;
  headerFooter?: string;
  /** Extra relationships of the sheet: comments, threaded comments. */
  rels?: Rel[];
}

interface XlsxSpec {
  sheets: SheetSpec[];
  definedNames?: string;
  parts?: Record<string, string>;
  bookRels?: Rel[];
  packageRels?: Rel[];
}

const colName = (i: number): string => String.fromCharCode(65 + i);

export function xlsx(spec: XlsxSpec): Uint8Array {
  const strings: string[] = [];
  const index = (t: string): number => {
    const at = strings.indexOf(t);
    return at >= 0 ? at : strings.push(t) - 1;
  };
  const files: Record<string, Uint8Array> = {};
  const bookRels: Rel[] = [];
  spec.sheets.forEach((sheet, i) => {
    bookRels.push({ type: 'worksheet', target: `worksheets/sheet${i + 1}.xml` });
    const rows = sheet.rows
      .map(
        (cells, r) =>
          `<row r="${r + 1}"${sheet.hiddenRows?.includes(r + 1) ? ' hidden="1"' : ''}>${cells
            .map((value, c) =>
              sheet.inline
                ? `<c r="${colName(c)}${r + 1}" t="inlineStr"><is><t>${esc(value)}</t></is></c>`
                : `<c r="${colName(c)}${r + 1}" t="s"><v>${index(value)}</v></c>`,
            )
            .join('')}</row>`,
      )
      .join('');
    const hf = sheet.headerFooter
      ? `<headerFooter><oddHeader>${esc(sheet.headerFooter)}</oddHeader></headerFooter>`
      : '';
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `${DECL}<worksheet xmlns="${NS.x}" xmlns:r="${NS.r}"><sheetData>${rows}</sheetData>${hf}</worksheet>`,
    );
    if (sheet.rels) files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = strToU8(relsXml(sheet.rels));
  });
  const sheets = spec.sheets
    .map(
      (s, i) =>
        `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  files['xl/workbook.xml'] = strToU8(
    `${DECL}<workbook xmlns="${NS.x}" xmlns:r="${NS.r}"><sheets>${sheets}</sheets>${spec.definedNames ? `<definedNames>${spec.definedNames}</definedNames>` : ''}</workbook>`,
  );
  bookRels.push({ type: 'sharedStrings', target: 'sharedStrings.xml' }, ...(spec.bookRels ?? []));
  files['xl/_rels/workbook.xml.rels'] = strToU8(relsXml(bookRels));
  files['xl/sharedStrings.xml'] = strToU8(
    `${DECL}<sst xmlns="${NS.x}" count="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`,
  );
  files['_rels/.rels'] = strToU8(
    relsXml([{ type: 'officeDocument', target: 'xl/workbook.xml' }, ...(spec.packageRels ?? [])]),
  );
  files['[Content_Types].xml'] = strToU8(
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
  );
  for (const [path, content] of Object.entries(spec.parts ?? {})) files[path] = strToU8(content);
  return zipSync(files);
}

const CLEAN_SHEET: SheetSpec = {
  name: 'Summary',
  rows: [
    ['Measure', 'Value'],
    ['Placements reviewed', '12'],
    ['Chair', OFFICIALS[0]!],
  ],
};

export function odt(content: string, extra: { styles?: string; meta?: string } = {}): Uint8Array {
  const ns =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"';
  const files: Record<string, Uint8Array> = {
    mimetype: strToU8('application/vnd.oasis.opendocument.text'),
    'content.xml': strToU8(
      `${DECL}<office:document-content ${ns}><office:body><office:text>${content}</office:text></office:body></office:document-content>`,
    ),
    'META-INF/manifest.xml': strToU8(
      `${DECL}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/></manifest:manifest>`,
    ),
  };
  if (extra.styles)
    files['styles.xml'] = strToU8(
      `${DECL}<office:document-styles ${ns}><office:master-styles><style:master-page style:name="Standard">${extra.styles}</style:master-page></office:master-styles></office:document-styles>`,
    );
  if (extra.meta)
    files['meta.xml'] = strToU8(
      `${DECL}<office:document-meta ${ns}><office:meta>${extra.meta}</office:meta></office:document-meta>`,
    );
  return zipSync(files);
}

const odtPara = (t: string): string => `<text:p>${esc(t)}</text:p>`;
const ODT_BODY = odtPara('Report to the Corporate Parenting Panel') + odtPara(OFFICIALS[0]!);

export interface LeakFile {
  /** What the leak is, for the test name. */
  place: string;
  file: string;
  build: () => Uint8Array | Promise<Uint8Array>;
  /** 'found': the detail is reported; 'not-read': the reader cannot open the place and names it. */
  expect: 'found' | 'not-read';
}

const D = esc(DETAIL);
const drawing = (boxText: string, fallbackText = boxText): string =>
  `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${para(boxText)}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${para(fallbackText)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;

const embeddedWorkbook = (): Uint8Array =>
  xlsx({
    sheets: [
      {
        name: 'Carers',
        rows: [
          ['Name', 'Address'],
          ['Janet Hill', '14 Elm Road, LS6 2AB'],
        ],
      },
    ],
  });

export const DOCX_LEAKS: LeakFile[] = [
  { place: 'body paragraph', file: 'body.docx', expect: 'found', build: () => docx({ body: BODY + para(DETAIL) }) },
  {
    place: 'moved-away text (w:moveFrom)',
    file: 'move-from.docx',
    expect: 'found',
    build: () =>
      docx({ body: BODY + `<w:p><w:moveFrom w:id="1" w:author="A"><w:r><w:t>${D}</w:t></w:r></w:moveFrom></w:p>` }),
  },
  {
    place: 'tracked deletion',
    file: 'deletion.docx',
    expect: 'found',
    build: () =>
      docx({ body: BODY + `<w:p><w:del w:id="1" w:author="A"><w:r><w:delText>${D}</w:delText></w:r></w:del></w:p>` }),
  },
  {
    place: 'hidden run',
    file: 'vanish.docx',
    expect: 'found',
    build: () => docx({ body: BODY + `<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>${D}</w:t></w:r></w:p>` }),
  },
  {
    place: 'DrawingML text box (with its VML copy)',
    file: 'text-box.docx',
    expect: 'found',
    build: () => docx({ body: BODY + drawing(DETAIL) }),
  },
  {
    place: 'VML fallback text box only',
    file: 'vml-box.docx',
    expect: 'found',
    build: () => docx({ body: BODY + drawing('Placement panel', DETAIL) }),
  },
  {
    place: 'legacy w:pict text box',
    file: 'pict-box.docx',
    expect: 'found',
    build: () =>
      docx({
        body:
          BODY +
          `<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>${para(DETAIL)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`,
      }),
  },
  {
    place: 'alt text of a picture (wp:docPr descr)',
    file: 'alt-text.docx',
    expect: 'found',
    build: () =>
      docx({
        body:
          BODY +
          `<w:p><w:r><w:drawing><wp:inline><wp:docPr id="2" name="Picture 2" descr="${D}" title="Photo"/></wp:inline></w:drawing></w:r></w:p>`,
      }),
  },
  {
    place: 'VML shape alt text',
    file: 'vml-alt.docx',
    expect: 'found',
    build: () => docx({ body: BODY + `<w:p><w:r><w:pict><v:shape alt="${D}"/></w:pict></w:r></w:p>` }),
  },
  {
    place: 'hyperlink relationship target',
    file: 'link.docx',
    expect: 'found',
    build: () =>
      docx({
        body: BODY + `<w:p><w:hyperlink r:id="rId1"><w:r><w:t>the carer's page</w:t></w:r></w:hyperlink></w:p>`,
        rels: [
          {
            type: 'hyperlink',
            target: `https://carers.example.org/record?note=${encodeURIComponent(DETAIL)}`,
            external: true,
          },
        ],
      }),
  },
  {
    place: 'field code (INCLUDETEXT path)',
    file: 'field.docx',
    expect: 'found',
    build: () =>
      docx({
        body:
          BODY +
          `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> INCLUDETEXT "C:\\\\Carers\\\\${D}.docx" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
      }),
  },
  {
    place: 'simple field (MERGEFIELD)',
    file: 'fld-simple.docx',
    expect: 'found',
    build: () =>
      docx({
        body:
          BODY +
          `<w:p><w:fldSimple w:instr=" MERGEFIELD Carer \\* ${D} "><w:r><w:t>«Carer»</w:t></w:r></w:fldSimple></w:p>`,
      }),
  },
  {
    place: 'glossary document',
    file: 'glossary.docx',
    expect: 'found',
    build: () =>
      docx({
        rels: [
          {
            type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument',
            target: 'glossary/document.xml',
          },
        ],
        parts: {
          'word/glossary/document.xml': wPart(
            'w:glossaryDocument',
            `<w:docParts><w:docPart><w:docPartBody>${para(DETAIL)}</w:docPartBody></w:docPart></w:docParts>`,
          ),
        },
      }),
  },
  {
    place: 'document variable (w:docVar)',
    file: 'docvar.docx',
    expect: 'found',
    build: () =>
      docx({
        rels: [{ type: 'settings', target: 'settings.xml' }],
        parts: {
          'word/settings.xml': wPart(
            'w:settings',
            `<w:docVars><w:docVar w:name="CarerDetails" w:val="${D}"/></w:docVars>`,
          ),
        },
      }),
  },
  {
    place: 'custom XML part',
    file: 'custom-xml.docx',
    expect: 'found',
    build: () =>
      docx({ parts: { 'customXml/item1.xml': `${DECL}<case xmlns="urn:example:case"><carer>${D}</carer></case>` } }),
  },
  {
    place: 'chart cache',
    file: 'chart.docx',
    expect: 'found',
    build: () =>
      docx({
        rels: [{ type: 'chart', target: 'charts/chart1.xml' }],
        parts: {
          'word/charts/chart1.xml': `${DECL}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}"><c:chart><c:plotArea><c:barChart><c:ser><c:cat><c:strRef><c:strCache><c:pt idx="0"><c:v>${D}</c:v></c:pt></c:strCache></c:strRef></c:cat></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>`,
        },
      }),
  },
  {
    place: 'alternative-format chunk (HTML)',
    file: 'altchunk-html.docx',
    expect: 'found',
    build: () =>
      docx({
        body: BODY + '<w:altChunk r:id="rId1"/>',
        rels: [{ type: 'aFChunk', target: 'chunk1.htm' }],
        parts: { 'word/chunk1.htm': `<html><body><p>${D}</p></body></html>` },
      }),
  },
  {
    place: 'alternative-format chunk (RTF)',
    file: 'altchunk-rtf.docx',
    expect: 'found',
    build: () =>
      docx({
        body: BODY + '<w:altChunk r:id="rId1"/>',
        rels: [{ type: 'aFChunk', target: 'chunk2.rtf' }],
        parts: { 'word/chunk2.rtf': `{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0\\fs24 ${DETAIL}\\par}` },
      }),
  },
  {
    place: 'alternative-format chunk (text)',
    file: 'altchunk-txt.docx',
    expect: 'found',
    build: () =>
      docx({
        body: BODY + '<w:altChunk r:id="rId1"/>',
        rels: [{ type: 'aFChunk', target: 'chunk3.txt' }],
        parts: { 'word/chunk3.txt': DETAIL },
      }),
  },
  {
    place: 'ruby base text',
    file: 'ruby.docx',
    expect: 'found',
    build: () =>
      docx({
        body:
          BODY +
          `<w:p><w:r><w:ruby><w:rt><w:r><w:t>note</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>${D}</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>`,
      }),
  },
  {
    place: 'smart tag',
    file: 'smart-tag.docx',
    expect: 'found',
    build: () =>
      docx({
        body:
          BODY +
          `<w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="address"><w:r><w:t>${D}</w:t></w:r></w:smartTag></w:p>`,
      }),
  },
  {
    place: 'add-in settings (web extension)',
    file: 'webextension.docx',
    expect: 'found',
    build: () =>
      docx({
        parts: {
          'word/webextensions/webextension1.xml': `${DECL}<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11"><we:properties><we:property name="lastCase" value="&quot;${D}&quot;"/></we:properties></we:webextension>`,
        },
      }),
  },
  {
    place: 'people.xml author',
    file: 'people.docx',
    expect: 'found',
    build: () =>
      docx({
        parts: {
          'word/people.xml': `${DECL}<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="${D}"/></w15:people>`,
        },
      }),
  },
  {
    place: 'custom property',
    file: 'custom-props.docx',
    expect: 'found',
    build: () =>
      docx({
        packageRels: [{ type: 'custom-properties', target: 'docProps/custom.xml' }],
        parts: {
          'docProps/custom.xml': `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Carer"><vt:lpwstr>${D}</vt:lpwstr></property></Properties>`,
        },
      }),
  },
  {
    place: 'comment',
    file: 'comment.docx',
    expect: 'found',
    build: () =>
      docx({
        rels: [{ type: 'comments', target: 'comments.xml' }],
        parts: {
          'word/comments.xml': wPart(
            'w:comments',
            `<w:comment w:id="0" w:author="Jo Bloggs">${para(DETAIL)}</w:comment>`,
          ),
        },
      }),
  },
  {
    place: 'footnote',
    file: 'footnote.docx',
    expect: 'found',
    build: () =>
      docx({
        rels: [{ type: 'footnotes', target: 'footnotes.xml' }],
        parts: { 'word/footnotes.xml': wPart('w:footnotes', `<w:footnote w:id="1">${para(DETAIL)}</w:footnote>`) },
      }),
  },
  {
    place: 'header',
    file: 'header.docx',
    expect: 'found',
    build: () =>
      docx({
        rels: [{ type: 'header', target: 'header1.xml' }],
        parts: { 'word/header1.xml': wPart('w:hdr', para(DETAIL)) },
      }),
  },
  {
    place: 'embedded workbook',
    file: 'embedded-xlsx.docx',
    expect: 'found',
    build: () =>
      docx({
        rels: [{ type: 'package', target: 'embeddings/Microsoft_Excel_Worksheet.xlsx' }],
        parts: { 'word/embeddings/Microsoft_Excel_Worksheet.xlsx': embeddedWorkbook() },
      }),
  },
  {
    place: 'embedded document',
    file: 'embedded-docx.docx',
    expect: 'found',
    build: () =>
      docx({
        rels: [{ type: 'package', target: 'embeddings/Microsoft_Word_Document.docx' }],
        parts: { 'word/embeddings/Microsoft_Word_Document.docx': docx({ body: para(DETAIL) }) },
      }),
  },
  {
    place: 'embedded OLE object (cannot be opened)',
    file: 'ole.docx',
    expect: 'not-read',
    build: () =>
      docx({
        rels: [{ type: 'oleObject', target: 'embeddings/oleObject1.bin' }],
        parts: {
          'word/embeddings/oleObject1.bin': new Uint8Array([
            0xd0,
            0xcf,
            0x11,
            0xe0,
            0xa1,
            0xb1,
            0x1a,
            0xe1,
            ...strToU8(DETAIL),
          ]),
        },
      }),
  },
];

const pivotDefinition = `${DECL}<pivotCacheDefinition xmlns="${NS.x}" recordCount="1"><cacheFields count="2"><cacheField name="Carer"><sharedItems count="1"><s v="${D}"/></sharedItems></cacheField><cacheField name="Count"><sharedItems containsNumber="1"/></cacheField></cacheFields></pivotCacheDefinition>`;

export const XLSX_LEAKS: LeakFile[] = [
  {
    place: 'visible sheet under a header',
    file: 'visible.xlsx',
    expect: 'found',
    build: () =>
      xlsx({
        sheets: [
          CLEAN_SHEET,
          {
            name: 'Carers',
            rows: [
              ['Name', 'Address', 'Postcode'],
              ['Janet Hill', '14 Elm Road', 'LS6 2AB'],
            ],
          },
        ],
      }),
  },
  {
    place: 'hidden sheet',
    file: 'hidden-sheet.xlsx',
    expect: 'found',
    build: () => xlsx({ sheets: [CLEAN_SHEET, { name: 'Carers', state: 'hidden', rows: [['Notes'], [DETAIL]] }] }),
  },
  {
    place: 'very hidden sheet',
    file: 'very-hidden.xlsx',
    expect: 'found',
    build: () => xlsx({ sheets: [CLEAN_SHEET, { name: 'Data', state: 'veryHidden', rows: [['Notes'], [DETAIL]] }] }),
  },
  {
    place: 'hidden row',
    file: 'hidden-row.xlsx',
    expect: 'found',
    build: () => xlsx({ sheets: [{ ...CLEAN_SHEET, rows: [...CLEAN_SHEET.rows, ['Note', DETAIL]], hiddenRows: [4] }] }),
  },
  {
    place: 'inline string',
    file: 'inline.xlsx',
    expect: 'found',
    build: () => xlsx({ sheets: [{ name: 'Sheet1', inline: true, rows: [['Notes'], [OFFICIALS[0]!], [DETAIL]] }] }),
  },
  {
    place: 'cell note',
    file: 'note.xlsx',
    expect: 'found',
    build: () =>
      xlsx({
        sheets: [{ ...CLEAN_SHEET, rels: [{ type: 'comments', target: '../comments1.xml' }] }],
        parts: {
          'xl/comments1.xml': `${DECL}<comments xmlns="${NS.x}"><authors><author>Jo Bloggs</author></authors><commentList><comment ref="B2" authorId="0"><text><r><t>${D}</t></r></text></comment></commentList></comments>`,
        },
      }),
  },
  {
    place: 'threaded comment',
    file: 'threaded.xlsx',
    expect: 'found',
    build: () =>
      xlsx({
        sheets: [
          {
            ...CLEAN_SHEET,
            rels: [
              {
                type: 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
                target: '../threadedComments/threadedComment1.xml',
              },
            ],
          },
        ],
        parts: {
          'xl/threadedComments/threadedComment1.xml': `${DECL}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="B2" id="{00000000-0000-0000-0000-000000000001}"><text>${D}</text></threadedComment></ThreadedComments>`,
        },
      }),
  },
  {
    place: 'defined name',
    file: 'defined-name.xlsx',
    expect: 'found',
    build: () => xlsx({ sheets: [CLEAN_SHEET], definedNames: `<definedName name="CarerNote">"${D}"</definedName>` }),
  },
  {
    place: 'pivot cache definition (shared items)',
    file: 'pivot-definition.xlsx',
    expect: 'found',
    build: () =>
      xlsx({
        sheets: [CLEAN_SHEET],
        bookRels: [{ type: 'pivotCacheDefinition', target: 'pivotCache/pivotCacheDefinition1.xml' }],
        parts: { 'xl/pivotCache/pivotCacheDefinition1.xml': pivotDefinition },
      }),
  },
  {
    place: 'pivot cache records',
    file: 'pivot-records.xlsx',
    expect: 'found',
    build: () =>
      xlsx({
        sheets: [CLEAN_SHEET],
        parts: {
          'xl/pivotCache/pivotCacheRecords1.xml': `${DECL}<pivotCacheRecords xmlns="${NS.x}" count="1"><r><s v="${D}"/><n v="1"/></r></pivotCacheRecords>`,
        },
      }),
  },
  {
    place: 'external link cache',
    file: 'external-link.xlsx',
    expect: 'found',
    build: () =>
      xlsx({
        sheets: [CLEAN_SHEET],
        bookRels: [{ type: 'externalLink', target: 'externalLinks/externalLink1.xml' }],
        parts: {
          'xl/externalLinks/externalLink1.xml': `${DECL}<externalLink xmlns="${NS.x}"><externalBook><sheetNames><sheetName val="Carers"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1" t="str"><v>${D}</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
        },
      }),
  },
  {
    place: 'sheet header',
    file: 'header.xlsx',
    expect: 'found',
    build: () => xlsx({ sheets: [{ ...CLEAN_SHEET, headerFooter: `&L${DETAIL}&RPage &P` }] }),
  },
  {
    place: 'date cell (a number shown as a date)',
    file: 'date-cell.xlsx',
    expect: 'found',
    build: () =>
      xlsx({
        sheets: [CLEAN_SHEET],
        parts: {
          'xl/worksheets/sheet1.xml': `${DECL}<worksheet xmlns="${NS.x}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Notes</t></is></c><c r="B1" t="inlineStr"><is><t>Date</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>${D}</t></is></c><c r="B2" s="1"><v>41002</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>${OFFICIALS[0]}</t></is></c></row></sheetData></worksheet>`,
          'xl/styles.xml': `${DECL}<styleSheet xmlns="${NS.x}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
        },
      }),
  },
  {
    place: 'custom property',
    file: 'custom-props.xlsx',
    expect: 'found',
    build: () =>
      xlsx({
        sheets: [CLEAN_SHEET],
        packageRels: [{ type: 'custom-properties', target: 'docProps/custom.xml' }],
        parts: {
          'docProps/custom.xml': `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Carer"><vt:lpwstr>${D}</vt:lpwstr></property></Properties>`,
        },
      }),
  },
];

export const ODT_LEAKS: LeakFile[] = [
  { place: 'body paragraph', file: 'body.odt', expect: 'found', build: () => odt(ODT_BODY + odtPara(DETAIL)) },
  {
    place: 'table cell',
    file: 'table.odt',
    expect: 'found',
    build: () =>
      odt(
        ODT_BODY +
          `<table:table><table:table-row><table:table-cell>${odtPara('Notes')}</table:table-cell></table:table-row><table:table-row><table:table-cell>${odtPara(DETAIL)}</table:table-cell></table:table-row></table:table>`,
      ),
  },
  {
    place: 'tracked deletion',
    file: 'deletion.odt',
    expect: 'found',
    build: () =>
      odt(
        `<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator>Jo Bloggs</dc:creator></office:change-info>${odtPara(DETAIL)}</text:deletion></text:changed-region></text:tracked-changes>${ODT_BODY}`,
      ),
  },
  {
    place: 'annotation (comment)',
    file: 'annotation.odt',
    expect: 'found',
    build: () =>
      odt(
        ODT_BODY +
          `<text:p>Placement agreed.<office:annotation><dc:creator>Jo Bloggs</dc:creator>${odtPara(DETAIL)}</office:annotation></text:p>`,
      ),
  },
  {
    place: 'footnote',
    file: 'footnote.odt',
    expect: 'found',
    build: () =>
      odt(
        ODT_BODY +
          `<text:p>Placement agreed.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>${odtPara(DETAIL)}</text:note-body></text:note></text:p>`,
      ),
  },
  {
    place: 'meta.xml property',
    file: 'meta.odt',
    expect: 'found',
    build: () => odt(ODT_BODY, { meta: `<dc:description>${D}</dc:description>` }),
  },
  {
    place: 'page header (styles.xml)',
    file: 'header.odt',
    expect: 'found',
    build: () => odt(ODT_BODY, { styles: `<style:header>${odtPara(DETAIL)}</style:header>` }),
  },
];

export const TEXT_LEAKS: LeakFile[] = [
  {
    place: 'CSV row under its header',
    file: 'carers.csv',
    expect: 'found',
    build: () =>
      strToU8(
        `Name,Role,Address,Postcode\r\nMary Evans,Councillor,County Hall,\r\nJanet Hill,Foster carer,14 Elm Road,LS6 2AB\r\n`,
      ),
  },
  {
    place: 'HTML comment',
    file: 'comment.html',
    expect: 'found',
    build: () => strToU8(`<html><body><p>${OFFICIALS[0]}</p><!-- ${D} --></body></html>`),
  },
  {
    place: 'HTML hidden attribute',
    file: 'hidden.html',
    expect: 'found',
    build: () => strToU8(`<html><body><p>${OFFICIALS[0]}</p><div hidden>${D}</div></body></html>`),
  },
  {
    place: 'HTML display:none',
    file: 'display-none.html',
    expect: 'found',
    build: () => strToU8(`<html><body><p>${OFFICIALS[0]}</p><span style="display: none">${D}</span></body></html>`),
  },
  {
    place: 'HTML template',
    file: 'template.html',
    expect: 'found',
    build: () => strToU8(`<html><body><p>${OFFICIALS[0]}</p><template><p>${D}</p></template></body></html>`),
  },
  {
    place: 'HTML noscript',
    file: 'noscript.html',
    expect: 'found',
    build: () => strToU8(`<html><body><p>${OFFICIALS[0]}</p><noscript><p>${D}</p></noscript></body></html>`),
  },
  {
    place: 'HTML aria-hidden',
    file: 'aria-hidden.html',
    expect: 'found',
    build: () => strToU8(`<html><body><p>${OFFICIALS[0]}</p><p aria-hidden="true">${D}</p></body></html>`),
  },
];

export const CLEAN_FILES: { file: string; build: () => Uint8Array }[] = [
  {
    file: 'clean.docx',
    build: () =>
      docx({
        rels: [{ type: 'comments', target: 'comments.xml' }],
        parts: {
          'word/comments.xml': wPart(
            'w:comments',
            `<w:comment w:id="0" w:author="Jo Bloggs">${para(OFFICIALS[1]!)}</w:comment>`,
          ),
        },
      }),
  },
  {
    file: 'clean.xlsx',
    build: () =>
      xlsx({
        sheets: [
          CLEAN_SHEET,
          {
            name: 'Officers',
            state: 'hidden',
            rows: [
              ['Name', 'Role'],
              ['Jo Bloggs', 'Head of Legal Services'],
            ],
          },
        ],
      }),
  },
  { file: 'clean.odt', build: () => odt(ODT_BODY) },
  {
    file: 'clean.csv',
    build: () =>
      strToU8(`Name,Role,Phone\r\nMary Evans,Councillor,\r\nJo Bloggs,Head of Legal Services,01234 567890\r\n`),
  },
  {
    file: 'clean.html',
    build: () =>
      strToU8(`<html><body><p>${OFFICIALS[0]}</p><p>${OFFICIALS[1]}</p><!-- ${OFFICIALS[1]} --></body></html>`),
  },
];
