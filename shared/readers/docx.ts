// Word (.docx, .docm, .dotx) into the document model, reading every part where text hides: the body and
// its tables and text boxes, every header and footer, footnotes, endnotes, comments, tracked changes,
// hidden text, alt text, field codes, link targets, the glossary, document variables, custom XML, charts,
// add-in settings, people, properties, alternative-format chunks and embedded workbooks and documents.
// What it cannot read (pictures, embedded objects of other kinds) is named in the coverage with the reason.
import type { DocumentModel, DocumentPart } from '../model/document.ts';
import { ReadError } from './read-error.ts';
import { assembleDocument, type BlockDraft } from './text.ts';
import { descendants, textOf, type XmlElement } from './xml.ts';
import { DOCX_NAMESPACES } from './docx-xml.ts';
import { readStyles } from './docx-styles.ts';
import { readStory, type Story } from './docx-story.ts';
import {
  dataText,
  decodeTarget,
  OfficePackage,
  pushDataBlock,
  readPackageTail,
  registerEmbeddedReader,
} from './ooxml.ts';
import { readHtml } from './html.ts';
import { decodeText } from './decode-text.ts';
import { rtfText } from './rtf.ts';

// Parts whose stories the reader walks, by relationship type, in the order their blocks appear.
const NOTE_PARTS = [
  { rel: 'footnotes', part: 'footnotes', container: 'w:footnote', kind: 'footnote' },
  { rel: 'endnotes', part: 'endnotes', container: 'w:endnote', kind: 'endnote' },
  { rel: 'comments', part: 'comments', container: 'w:comment', kind: 'comment' },
] as const;

const EMBEDDINGS = /^word\/embeddings\//i;

/** Parts that hold layout, not text a person wrote. */
const LAYOUT_PART =
  /^(?:\[Content_Types\]\.xml|.*\.rels|word\/(?:styles|stylesWithEffects|fontTable|numbering|webSettings|settings)\.xml|word\/theme\/.*)$/i;

registerEmbeddedReader(/\.(?:docx|docm|dotx|dotm)$/i, 'Word document', () => readDocx);

export function readDocx(bytes: Uint8Array, depth = 0): DocumentModel {
  const pkg = new OfficePackage(bytes, DOCX_NAMESPACES);
  const packageRels = pkg.relationships('');
  const mainPath = packageRels.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'word/document.xml';
  if (!pkg.files.has(mainPath))
    throw new ReadError('it is a zip file but not a Word document (it has no main document part)');
  const main = pkg.xml(mainPath);
  if (!main)
    throw new ReadError(pkg.notRead.find((u) => u.part === mainPath)?.reason ?? `"${mainPath}" could not be read`);
  const body = descendants(main, 'w:body')[0];
  if (!body) throw new ReadError(`it is not a Word document ("${mainPath}" has no body)`);
  const rels = pkg.relationships(mainPath);
  const targets = (type: string): string[] =>
    rels.filter((r) => !r.external && r.type.endsWith(`/${type}`)).map((r) => r.target);
  const styles = readStyles(pkg.xml(targets('styles')[0]));

  const blocks: BlockDraft[] = [];
  const storyOf = (part: DocumentPart, path: string, kind?: Story['kind']): Story => ({
    part,
    path,
    kind,
    styles,
    paragraph: 0,
    out: blocks,
  });
  const storyParts: { path: string; root: XmlElement; part: DocumentPart }[] = [
    { path: mainPath, root: main, part: 'body' },
  ];
  readStory(storyOf('body', mainPath), body);
  readAltChunks(
    pkg,
    rels.filter((r) => !r.external && /\/aFChunk$/i.test(r.type)).map((r) => r.target),
    blocks,
  );
  for (const [type, kind] of [
    ['header', 'header'],
    ['footer', 'footer'],
  ] as const) {
    // Every header and footer of every section, and any left in the package without a reference.
    const strays = pkg.names.filter((name) => new RegExp(`^word/${type}\\d*\\.xml$`).test(name));
    for (const path of new Set([...targets(type), ...strays])) {
      const root = pkg.xml(path);
      if (!root) continue;
      readStory(storyOf(type, path, kind), root);
      storyParts.push({ path, root, part: type });
    }
  }
  for (const note of NOTE_PARTS) {
    for (const path of targets(note.rel)) {
      const root = pkg.xml(path);
      if (!root) continue;
      const story = storyOf(note.part, path, note.kind);
      for (const container of descendants(root, note.container)) {
        // Footnote separators are layout, not text.
        if (!/separator|continuationNotice/.test(container.attrs['w:type'] ?? '')) readStory(story, container);
      }
      storyParts.push({ path, root, part: note.part });
    }
  }
  for (const path of pkg.names.filter((n) => /^word\/glossary\/document\.xml$/i.test(n))) {
    const root = pkg.xml(path);
    if (!root) continue;
    const story = storyOf('glossary', path, 'hidden-text');
    for (const entry of descendants(root, 'w:docPartBody')) readStory(story, entry);
    storyParts.push({ path, root, part: 'glossary' });
  }
  for (const { path, root } of storyParts) readInlineExtras(root, path, blocks);
  readAuthors(storyParts, blocks);
  readLinks(pkg, blocks);
  readDataParts(pkg, blocks);
  for (const name of pkg.names) if (/\.rels$/i.test(name) && !pkg.read.has(name)) pkg.xml(name);
  readPackageTail(
    pkg,
    {
      embeddings: EMBEDDINGS,
      depth,
      layout: LAYOUT_PART,
      partOf: (name) => (name.startsWith('word/') ? 'settings' : 'custom-xml'),
    },
    blocks,
  );
  const doc = assembleDocument(blocks, 'docx');
  doc.coverage = pkg.coverage();
  return doc;
}

/** Alt text and titles of pictures and shapes, and field instructions (INCLUDETEXT, MERGEFIELD, HYPERLINK paths). */
function readInlineExtras(root: XmlElement, path: string, out: BlockDraft[]): void {
  const alt = new Set<string>();
  const fields = new Set<string>();
  const pending: XmlElement[] = [root];
  while (pending.length) {
    const el = pending.pop()!;
    for (const attr of ['descr', 'title', 'alt', 'o:title']) {
      const value = el.attrs[attr]?.trim();
      if (value && /(?:docPr|cNvPr|shape|imagedata|rect|roundrect|oval|group)$/i.test(el.name)) alt.add(value);
    }
    if (el.name === 'w:instrText' || el.name === 'w:delInstrText') fields.add(textOf(el));
    if (el.name === 'w:fldSimple' && el.attrs['w:instr']) fields.add(el.attrs['w:instr']);
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (typeof c !== 'string') pending.push(c);
    }
  }
  for (const text of alt) pushDataBlock(out, text, 'alt-text', path);
  // A field's code is split over runs; each field's pieces are joined in the order they came.
  const code = [...fields].join('').replace(/\\\\/g, '\\');
  for (const instruction of code.split(
    /(?=\b(?:INCLUDETEXT|INCLUDEPICTURE|MERGEFIELD|HYPERLINK|LINK|REF|DOCPROPERTY|AUTHOR|FILENAME|QUOTE|SET|ASK|FILLIN|MACROBUTTON|ADDRESSBLOCK|GREETINGLINE)\b)/,
  )) {
    pushDataBlock(out, instruction.replace(/\s+/g, ' '), 'fields', path);
  }
}

/** Who wrote each comment and tracked change: names that travel with the file. */
function readAuthors(storyParts: { path: string; root: XmlElement; part: DocumentPart }[], out: BlockDraft[]): void {
  for (const { path, root, part } of storyParts) {
    const authors = new Set<string>();
    const pending: XmlElement[] = [root];
    while (pending.length) {
      const el = pending.pop()!;
      const author = el.attrs['w:author']?.trim();
      if (author) authors.add(author);
      for (const c of el.children) if (typeof c !== 'string') pending.push(c);
    }
    for (const author of authors)
      pushDataBlock(out, author, part === 'comments' ? 'comments' : 'tracked-changes', path, 'property', 'author');
  }
}

/** Every link and external target in every relationship part: mailto: addresses, web links, linked files. */
function readLinks(pkg: OfficePackage, out: BlockDraft[]): void {
  for (const relsPath of pkg.names.filter((n) => /\.rels$/i.test(n))) {
    const source = relsPath.replace(/_rels\/([^/]+)\.rels$/i, '$1').replace(/^_rels\/\.rels$/, '');
    const targets = new Set(
      pkg
        .relationships(source)
        .filter((r) => r.external)
        .map((r) => decodeTarget(r.target)),
    );
    for (const target of targets) pushDataBlock(out, target, 'links', relsPath);
  }
}

/** Parts that are data rather than a story: document variables, custom XML, charts, add-ins, people. */
function readDataParts(pkg: OfficePackage, out: BlockDraft[]): void {
  for (const name of pkg.names) {
    if (/^word\/settings\.xml$/i.test(name)) {
      const root = pkg.xml(name);
      for (const v of root ? descendants(root, 'w:docVar') : [])
        pushDataBlock(
          out,
          v.attrs['w:val'] ?? '',
          'settings',
          name,
          'property',
          v.attrs['w:name'] ?? 'document variable',
        );
    } else if (/^customXml\/item\d*\.xml$/i.test(name)) {
      const root = pkg.xml(name);
      if (root) pushDataBlock(out, dataText(root, true), 'custom-xml', name);
    } else if (/^word\/charts\/.*\.xml$/i.test(name)) {
      const root = pkg.xml(name);
      if (root) pushDataBlock(out, dataText(root, false), 'charts', name);
    } else if (/^word\/webextensions\/.*\.xml$/i.test(name)) {
      const root = pkg.xml(name);
      if (root) pushDataBlock(out, dataText(root, true), 'settings', name);
    } else if (/^word\/people\.xml$/i.test(name)) {
      const root = pkg.xml(name);
      const people = root ? descendants(root, 'w15:person').map((p) => p.attrs['w15:author'] ?? '') : [];
      for (const person of new Set(people)) pushDataBlock(out, person, 'properties', name, 'property', 'author');
    }
  }
}

/** Alternative-format chunks Word merges into the body when it opens the file: HTML, RTF or plain text. */
function readAltChunks(pkg: OfficePackage, paths: string[], out: BlockDraft[]): void {
  for (const path of paths) {
    const data = pkg.files.get(path);
    if (!data) continue;
    try {
      const blocks = /\.(?:html?|mht(?:ml)?)$/i.test(path)
        ? readHtml(data).blocks.map((b) => b.text)
        : /\.rtf$/i.test(path)
          ? [rtfText(decodeText(data))]
          : [decodeText(data)];
      for (const text of blocks) pushDataBlock(out, text, 'body', path, 'paragraph');
      pkg.read.add(path);
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      pkg.skip(path, `a chunk of the body in another format that could not be read: ${error.message}`);
    }
  }
}
