// OpenDocument text (.odt) into the document model: the body's headings, paragraphs, lists and tables,
// text boxes and alt text, footnotes and endnotes, comments (annotations) and their authors, tracked
// deletions, hidden text, headers and footers (styles.xml) and the properties (meta.xml).
import type { BlockKind, BlockOrigin, DocumentModel, DocumentPart } from '../model/document.ts';
import { ReadError } from './read-error.ts';
import { assembleDocument, type BlockDraft } from './text.ts';
import { childElements, descendants, isElement, textOf, type XmlElement } from './xml.ts';
import { dataText, decodeTarget, nameOpaqueParts, OfficePackage, pushDataBlock } from './ooxml.ts';

const ODF_NAMESPACES: Record<string, string> = {
  'urn:oasis:names:tc:opendocument:xmlns:office:1.0': 'office',
  'urn:oasis:names:tc:opendocument:xmlns:text:1.0': 'text',
  'urn:oasis:names:tc:opendocument:xmlns:table:1.0': 'table',
  'urn:oasis:names:tc:opendocument:xmlns:style:1.0': 'style',
  'urn:oasis:names:tc:opendocument:xmlns:meta:1.0': 'meta',
  'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0': 'draw',
  'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0': 'svg',
  'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0': 'manifest',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://www.w3.org/1999/xlink': 'xlink',
};

const META: Record<string, string> = {
  'dc:title': 'title',
  'dc:subject': 'subject',
  'dc:description': 'comments',
  'meta:keyword': 'keywords',
  'dc:creator': 'last modified by',
  'meta:initial-creator': 'author',
};

interface Sink {
  part: DocumentPart;
  path: string;
  kind?: BlockKind;
  out: BlockDraft[];
  paragraph: number;
}

export function readOdt(bytes: Uint8Array): DocumentModel {
  const pkg = new OfficePackage(bytes, ODF_NAMESPACES);
  if (pkg.names.includes('mimetype')) pkg.read.add('mimetype');
  const manifest = pkg.xml('META-INF/manifest.xml');
  if (manifest && descendants(manifest, 'manifest:encryption-data').length) {
    throw new ReadError(
      'the document is password-protected (its contents are encrypted); save a copy without the password and scan that',
    );
  }
  const content = pkg.xml('content.xml');
  if (!content)
    throw new ReadError(
      pkg.notRead.find((u) => u.part === 'content.xml')?.reason ??
        'it is a zip file but not an OpenDocument text (it has no content.xml)',
    );
  const blocks: BlockDraft[] = [];
  const text = descendants(content, 'office:text')[0];
  if (!text) throw new ReadError('it is an OpenDocument file but not a text document (it has no office:text)');
  readContainer({ part: 'body', path: 'content.xml', out: blocks, paragraph: 0 }, text);
  const styles = pkg.xml('styles.xml');
  for (const master of styles ? descendants(styles, 'style:master-page') : []) {
    for (const el of childElements(master)) {
      const footer = el.name.startsWith('style:footer');
      if (el.name.startsWith('style:header') || footer)
        readContainer(
          {
            part: footer ? 'footer' : 'header',
            path: 'styles.xml',
            kind: footer ? 'footer' : 'header',
            out: blocks,
            paragraph: 0,
          },
          el,
        );
    }
  }
  const meta = pkg.xml('meta.xml');
  for (const el of meta ? descendants(meta, 'office:meta').flatMap((m) => childElements(m)) : []) {
    const property =
      META[el.name] ?? (el.name === 'meta:user-defined' ? (el.attrs['meta:name'] ?? 'custom property') : undefined);
    if (property) pushDataBlock(blocks, textOf(el), 'properties', 'meta.xml', 'property', property);
  }
  // Embedded objects (charts, formulas) keep their own content.xml; their text is read as data.
  for (const name of pkg.names) {
    if (pkg.read.has(name) || !/\.xml$/i.test(name)) continue;
    const root = pkg.xml(name);
    if (root && /\/content\.xml$/i.test(name)) pushDataBlock(blocks, dataText(root, false), 'embedded', name);
  }
  for (const name of pkg.names) if (/\.rdf$/i.test(name)) pkg.read.add(name);
  nameOpaqueParts(pkg, /^$/);
  const doc = assembleDocument(blocks, 'odt');
  doc.coverage = pkg.coverage();
  return doc;
}

/** Block-level content: paragraphs, headings, lists, tables, sections, tracked changes. */
function readContainer(sink: Sink, container: XmlElement, cell?: { row: number; column: number }): void {
  for (const el of childElements(container)) {
    switch (el.name) {
      case 'text:p':
      case 'text:h': {
        const origin: BlockOrigin = { part: sink.part, path: sink.path, paragraph: sink.paragraph++, ...cell };
        const extras: XmlElement[] = [];
        const visible = inlineText(el, extras, sink, origin).trim();
        const listed = container.name === 'text:list-item';
        const kind: BlockKind =
          sink.kind ?? (cell ? 'table-cell' : el.name === 'text:h' ? 'heading' : listed ? 'list-item' : 'paragraph');
        if (visible) {
          const block: BlockDraft = { kind, text: visible, origin };
          if (el.name === 'text:h' && !sink.kind)
            block.headingLevel = Math.min(6, Number(el.attrs['text:outline-level'] ?? 1) || 1);
          sink.out.push(block);
        }
        for (const box of extras) readContainer({ ...sink, part: 'text-boxes', kind: undefined }, box);
        break;
      }
      case 'table:table':
        readTable(sink, el);
        break;
      case 'text:tracked-changes':
        for (const region of childElements(el, 'text:changed-region')) {
          for (const deletion of descendants(region, 'text:deletion'))
            readContainer({ ...sink, part: 'tracked-changes', kind: 'tracked-deletion' }, deletion);
          for (const author of descendants(region, 'dc:creator'))
            pushDataBlock(sink.out, textOf(author), 'tracked-changes', sink.path, 'property', 'author');
        }
        break;
      case 'text:list':
      case 'text:list-item':
      case 'text:list-header':
      case 'text:section':
      case 'text:index-body':
      case 'text:table-of-content':
      case 'text:illustration-index':
      case 'text:alphabetical-index':
      case 'office:text':
      case 'text:deletion':
      case 'text:note-body':
      case 'office:annotation':
      case 'draw:text-box':
        readContainer(sink, el, cell);
        break;
      default:
        if (/^style:(?:header|footer)/.test(el.name) || el.name.startsWith('style:region'))
          readContainer(sink, el, cell);
        break;
    }
  }
}

function readTable(sink: Sink, table: XmlElement): void {
  const rows = descendants(table, 'table:table-row').filter((r) => nearestTable(table, r));
  rows.forEach((tr, row) => {
    let column = 0;
    for (const tc of childElements(tr)) {
      if (tc.name !== 'table:table-cell' && tc.name !== 'table:covered-table-cell') continue;
      const cellSink: Sink = { ...sink, kind: undefined, out: [] };
      readContainer(cellSink, tc, { row, column });
      sink.paragraph = cellSink.paragraph;
      const visible = cellSink.out.filter((b) => b.kind === 'table-cell');
      if (visible.length)
        sink.out.push({
          kind: sink.kind ?? 'table-cell',
          text: visible.map((b) => b.text).join('\n'),
          origin: { ...visible[0]!.origin },
        });
      sink.out.push(...cellSink.out.filter((b) => b.kind !== 'table-cell'));
      column += Math.min(1024, Number(tc.attrs['table:number-columns-repeated'] ?? 1) || 1);
    }
  });
}

/** Rows of this table, not of a table nested in one of its cells. */
function nearestTable(table: XmlElement, row: XmlElement): boolean {
  return !descendants(table, 'table:table').some((inner) => descendants(inner, 'table:table-row').includes(row));
}

/** A paragraph's visible text; notes, comments, hidden text and alt text become blocks of their own. */
function inlineText(p: XmlElement, boxes: XmlElement[], sink: Sink, origin: BlockOrigin): string {
  let text = '';
  const walk = (el: XmlElement): void => {
    for (const c of el.children) {
      if (!isElement(c)) {
        text += c;
        continue;
      }
      switch (c.name) {
        case 'text:s':
          text += ' '.repeat(Math.min(100, Number(c.attrs['text:c'] ?? 1) || 1));
          break;
        case 'text:tab':
          text += '\t';
          break;
        case 'text:line-break':
          text += '\n';
          break;
        case 'text:note': {
          const body = descendants(c, 'text:note-body')[0];
          const endnote = c.attrs['text:note-class'] === 'endnote';
          if (body)
            readContainer(
              { ...sink, part: endnote ? 'endnotes' : 'footnotes', kind: endnote ? 'endnote' : 'footnote' },
              body,
            );
          break;
        }
        case 'office:annotation': {
          const paragraphs = childElements(c).filter((k) => k.name === 'text:p' || k.name === 'text:list');
          readContainer({ ...sink, part: 'comments', kind: 'comment' }, { ...c, children: paragraphs });
          for (const author of childElements(c, 'dc:creator'))
            pushDataBlock(sink.out, textOf(author), 'comments', sink.path, 'property', 'author');
          break;
        }
        case 'office:annotation-end':
        case 'text:tracked-changes':
        case 'text:change':
        case 'text:change-start':
        case 'text:change-end':
          break;
        case 'text:hidden-text':
        case 'text:hidden-paragraph': {
          const hidden = c.attrs['text:string-value'] ?? textOf(c);
          if (hidden.trim()) sink.out.push({ kind: 'hidden-text', text: hidden.trim(), origin });
          break;
        }
        case 'text:a':
          if (c.attrs['xlink:href']) pushDataBlock(sink.out, decodeTarget(c.attrs['xlink:href']), 'links', sink.path);
          walk(c);
          break;
        case 'draw:frame':
        case 'draw:custom-shape':
        case 'draw:rect':
        case 'draw:g':
          for (const alt of [...descendants(c, 'svg:title'), ...descendants(c, 'svg:desc')])
            pushDataBlock(sink.out, textOf(alt), 'alt-text', sink.path);
          if (c.attrs['draw:name'] && !/^(?:Frame|Image|Shape|Object|graphics)\d*$/i.test(c.attrs['draw:name']))
            pushDataBlock(sink.out, c.attrs['draw:name'], 'alt-text', sink.path);
          boxes.push(...descendants(c, 'draw:text-box'));
          break;
        default:
          walk(c);
      }
    }
  };
  walk(p);
  return text;
}
