// Word (.docx) into the document model, reading every part where text hides: the body and its tables,
// every header and footer, footnotes, endnotes, comments, tracked deletions, hidden text and the
// document properties. The package is unpacked with unzipSafely and each part parsed with the safe XML reader.
import type { DocumentModel, DocumentPart } from '../model/document.ts';
import { ReadError } from './read-error.ts';
import { assembleDocument, type BlockDraft } from './text.ts';
import { unzipSafely } from './zip.ts';
import { childElements, type XmlElement } from './xml.ts';
import { parseDocxXml } from './docx-xml.ts';
import { readStyles } from './docx-styles.ts';
import { readStory, type Story } from './docx-story.ts';
import { readProperties } from './docx-properties.ts';

interface Relationship { type: string; target: string }

// Parts whose stories the reader walks, by relationship type, in the order their blocks appear.
const NOTE_PARTS = [
  { rel: 'footnotes', part: 'footnotes', container: 'w:footnote', kind: 'footnote' },
  { rel: 'endnotes', part: 'endnotes', container: 'w:endnote', kind: 'endnote' },
  { rel: 'comments', part: 'comments', container: 'w:comment', kind: 'comment' },
] as const;

export function readDocx(bytes: Uint8Array): DocumentModel {
  const files = unzipSafely(bytes, { include: (name) => /\.(?:xml|rels)$/i.test(name) });
  const xml = (path: string | undefined): XmlElement | undefined => {
    const data = path === undefined ? undefined : files.get(path);
    return data && parseDocxXml(data, path!);
  };
  const packageRels = relationships(xml('_rels/.rels'), '');
  const mainPath = packageRels.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'word/document.xml';
  const main = xml(mainPath);
  if (!main) throw new ReadError('it is a zip file but not a Word document (it has no main document part)');
  const body = childElements(main, 'w:body')[0];
  if (!body) throw new ReadError(`it is not a Word document ("${mainPath}" has no body)`);
  const rels = relationships(xml(relsPathOf(mainPath)), directoryOf(mainPath));
  const targets = (type: string): string[] => rels.filter((r) => r.type.endsWith(`/${type}`)).map((r) => r.target);
  const styles = readStyles(xml(targets('styles')[0]));

  const blocks: BlockDraft[] = [];
  const storyOf = (part: DocumentPart, kind?: Story['kind']): Story => ({ part, kind, styles, paragraph: 0, out: blocks });
  readStory(storyOf('body'), body);
  for (const [type, kind] of [['header', 'header'], ['footer', 'footer']] as const) {
    // Every header and footer of every section, and any left in the package without a reference.
    const strays = [...files.keys()].filter((name) => new RegExp(`^word/${type}\\d*\\.xml$`).test(name));
    for (const path of new Set([...targets(type), ...strays])) {
      const root = xml(path);
      if (root) readStory(storyOf(type, kind), root);
    }
  }
  for (const note of NOTE_PARTS) {
    for (const path of targets(note.rel)) {
      const root = xml(path);
      if (!root) continue;
      const story = storyOf(note.part, note.kind);
      for (const container of childElements(root, note.container)) {
        // Footnote separators are layout, not text.
        if (!/separator|continuationNotice/.test(container.attrs['w:type'] ?? '')) readStory(story, container);
      }
    }
  }
  const propertyPart = (suffix: string): XmlElement | undefined => xml(packageRels.find((r) => r.type.endsWith(suffix))?.target);
  blocks.push(...readProperties(
    propertyPart('/core-properties') ?? xml('docProps/core.xml'),
    propertyPart('/extended-properties') ?? xml('docProps/app.xml'),
    propertyPart('/custom-properties') ?? xml('docProps/custom.xml'),
  ));
  return assembleDocument(blocks, 'docx');
}

function relationships(root: XmlElement | undefined, baseDir: string): Relationship[] {
  if (!root) return [];
  return childElements(root, 'rel:Relationship')
    .filter((r) => r.attrs.TargetMode !== 'External' && r.attrs.Target)
    .map((r) => ({ type: r.attrs.Type ?? '', target: resolvePath(baseDir, r.attrs.Target!) }));
}

const directoryOf = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1);
const relsPathOf = (path: string): string => `${directoryOf(path)}_rels/${path.slice(path.lastIndexOf('/') + 1)}.rels`;

/** Resolves a relationship target against its source part's folder ("../x.xml", "/word/y.xml"). */
function resolvePath(baseDir: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : baseDir + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}
