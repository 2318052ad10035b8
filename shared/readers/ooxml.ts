// What the Office package readers (.docx, .xlsx) share: the unpacked parts with their relationships,
// a record of what was read and what was not, the plain text of parts that are data rather than a
// story (charts, custom XML, add-in settings), and files embedded in the package, read like files of their own.
import type { BlockKind, Coverage, DocumentModel, DocumentPart, UnreadPart } from '../model/document.ts';
import { ReadError } from './read-error.ts';
import type { BlockDraft } from './text.ts';
import { unzipSafely, zipEntryNames } from './zip.ts';
import { childElements, isElement, parseXml, type XmlElement } from './xml.ts';
import { readProperties } from './docx-properties.ts';

export interface Relationship {
  id: string;
  type: string;
  /** Resolved package path, or the target as written for an external one. */
  target: string;
  external: boolean;
}

/** How deep packages inside packages are opened (a workbook in a report is depth 1). */
export const MAX_EMBEDDING_DEPTH = 2;

/** A package's XML parts: the document itself, its relationships, and legacy VML drawings. */
export const XML_PART = /\.(?:xml|rels|vml)$/i;
/** Parts and embedded files held as text (web pages, RTF, CSV): read, and redacted, as text. */
export const TEXT_PART = /\.(?:htm|html|mht|mhtml|txt|rtf|csv)$/i;
/** Word and Excel packages, with macros and templates: a package inside a package is opened in turn. */
export const OFFICE_PACKAGE = /\.(?:docx|docm|dotx|dotm|xlsx|xlsm|xltx|xltm)$/i;

// Parts inflated for reading: XML, and the files whose text the readers can reach.
const isReadablePart = (name: string): boolean =>
  XML_PART.test(name) || TEXT_PART.test(name) || OFFICE_PACKAGE.test(name);

export class OfficePackage {
  readonly files: Map<string, Uint8Array>;
  readonly names: string[];
  readonly read = new Set<string>();
  readonly notRead: UnreadPart[] = [];
  /** How a part read is named in the coverage, where its path alone does not say enough ("sheet Pay (hidden)"). */
  readonly labels = new Map<string, string>();

  constructor(
    bytes: Uint8Array,
    private readonly namespaces: Record<string, string>,
  ) {
    this.names = zipEntryNames(bytes);
    this.files = unzipSafely(bytes, {
      include: isReadablePart,
      onUnreadable: (part, reason) => this.skip(part, reason),
    });
  }

  skip(part: string, reason: string): void {
    if (!this.notRead.some((u) => u.part === part)) this.notRead.push({ part, reason });
  }

  /** The parsed part, or undefined if absent; a part that does not parse is named as not read. */
  xml(path: string | undefined): XmlElement | undefined {
    const data = path === undefined ? undefined : this.files.get(path);
    if (!data) return undefined;
    try {
      const root = parseXml(data, path!, this.namespaces);
      this.read.add(path!);
      return root;
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      this.skip(path!, `it could not be read: ${error.message}`);
      return undefined;
    }
  }

  relationships(source: string): Relationship[] {
    const root = this.xml(relsPathOf(source));
    if (!root) return [];
    const base = source === '' ? '' : directoryOf(source);
    return childElements(root)
      .filter((r) => r.name.endsWith('Relationship') && r.attrs.Target)
      .map((r) => {
        const external = r.attrs.TargetMode === 'External';
        return {
          id: r.attrs.Id ?? '',
          type: r.attrs.Type ?? '',
          target: external ? r.attrs.Target! : resolvePath(base, r.attrs.Target!),
          external,
        };
      });
  }

  coverage(): Coverage {
    const notReadParts = new Set(this.notRead.map((u) => u.part));
    return {
      read: [...this.read].filter((p) => !notReadParts.has(p)).map((p) => this.labels.get(p) ?? p),
      notRead: this.notRead,
    };
  }
}

export const directoryOf = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1);
export const relsPathOf = (path: string): string =>
  path === '' ? '_rels/.rels' : `${directoryOf(path)}_rels/${path.slice(path.lastIndexOf('/') + 1)}.rels`;

/** Resolves a relationship target against its source part's folder ("../x.xml", "/word/y.xml"). */
export function resolvePath(baseDir: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : baseDir + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

/**
 * The distinct text of a data part, one line per element or attribute that holds words: chart labels and
 * caches, custom XML, add-in settings. Namespace declarations and bare numbers, GUIDs and URIs of
 * schemas are left out, as they hold nothing a person wrote.
 */
export function dataText(root: XmlElement, withAttributes: boolean): string {
  const lines = new Set<string>();
  const pending: XmlElement[] = [root];
  while (pending.length) {
    const el = pending.pop()!;
    let own = '';
    for (const c of el.children) if (!isElement(c)) own += c;
    if (own.trim()) lines.add(own.trim());
    if (withAttributes) {
      for (const [name, value] of Object.entries(el.attrs)) {
        if (name === 'xmlns' || name.startsWith('xmlns:') || !isWordy(value)) continue;
        lines.add(value.trim());
      }
    }
    const kids = childElements(el);
    for (let i = kids.length - 1; i >= 0; i--) pending.push(kids[i]!);
  }
  return [...lines].join('\n');
}

const isWordy = (value: string): boolean =>
  /\p{L}{2}|\d{3}/u.test(value) &&
  !/^(?:https?:\/\/schemas\.|urn:|\{?[0-9a-f]{8}-[0-9a-f-]{27}\}?$)/i.test(value.trim());

/** Percent-escapes in a link target decoded, where they decode. */
export function decodeTarget(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

export function pushDataBlock(
  out: BlockDraft[],
  text: string,
  part: DocumentPart,
  path: string,
  kind: BlockKind = 'hidden-text',
  property?: string,
): void {
  if (!text.trim()) return;
  out.push({ kind, text: text.trim(), origin: { part, path, ...(property && { property }) } });
}

export type PackageReader = (bytes: Uint8Array, depth: number) => DocumentModel;

const EMBEDDED_READERS: { pattern: RegExp; name: string; reader: () => PackageReader }[] = [];

/** Lets the .docx and .xlsx readers open each other's files when embedded, without an import cycle at load. */
export function registerEmbeddedReader(pattern: RegExp, name: string, reader: () => PackageReader): void {
  EMBEDDED_READERS.push({ pattern, name, reader });
}

/**
 * The files under an embeddings folder: Office packages are read as files of their own (their blocks
 * become 'embedded' blocks whose path names the package); anything else is named as not read.
 */
export function readEmbeddings(pkg: OfficePackage, folder: RegExp, depth: number, out: BlockDraft[]): void {
  for (const name of pkg.names.filter((n) => folder.test(n))) {
    const kind = EMBEDDED_READERS.find((r) => r.pattern.test(name));
    if (!kind) {
      pkg.skip(name, 'an embedded object Clearance cannot open (open it in its own program and check it)');
      continue;
    }
    if (depth >= MAX_EMBEDDING_DEPTH) {
      pkg.skip(
        name,
        `an embedded ${kind.name} nested more than ${MAX_EMBEDDING_DEPTH} deep, which Clearance does not open`,
      );
      continue;
    }
    const data = pkg.files.get(name);
    if (!data) continue;
    let inner: DocumentModel;
    try {
      inner = kind.reader()(data, depth + 1);
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      pkg.skip(name, `an embedded ${kind.name} that could not be read: ${error.message}`);
      continue;
    }
    for (const { id: _id, start: _start, ...draft } of inner.blocks) {
      out.push({
        ...draft,
        origin: { ...draft.origin, part: 'embedded', path: `${name}/${draft.origin.path ?? draft.origin.part}` },
      });
    }
    pkg.read.add(name);
    for (const r of inner.coverage?.read ?? []) pkg.read.add(`${name}/${r}`);
    for (const u of inner.coverage?.notRead ?? []) pkg.skip(`${name}/${u.part}`, u.reason);
  }
}

/** Pictures, thumbnails, macros and other parts no text check can reach, named with the reason. */
export function nameOpaqueParts(pkg: OfficePackage, embeddings: RegExp): void {
  for (const name of pkg.names) {
    if (pkg.read.has(name) || embeddings.test(name) || isReadablePart(name)) continue;
    if (/(?:^|\/)thumbnail\.[a-z]+$/i.test(name))
      pkg.skip(name, 'a thumbnail picture of the first page, which Clearance cannot read (redaction removes it)');
    else if (/\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp)$/i.test(name))
      pkg.skip(name, 'a picture; Clearance cannot read text in images, so check it by eye');
    else if (/vbaProject\.bin$/i.test(name)) pkg.skip(name, 'macros (a VBA project), which Clearance does not read');
    else if (/\.(?:odttf|ttf|otf|fntdata)$/i.test(name)) pkg.read.add(name);
    else if (/\.bin$/i.test(name) && /printerSettings/i.test(name)) pkg.read.add(name);
    else pkg.skip(name, 'a part of a kind Clearance cannot read');
  }
}

export interface PackageTail {
  /** The folder of embedded files: Office packages in it are read as files of their own. */
  embeddings: RegExp;
  depth: number;
  /** Parts that hold layout (styles, themes), not text a person wrote. */
  layout: RegExp;
  /** The part a left-over XML part's text is filed under. */
  partOf: (name: string) => DocumentPart;
}

/**
 * What every Office package ends with: its properties, its embedded files, and every XML part no
 * reader above took, read for the text it holds, so no part is passed over unread.
 */
export function readPackageTail(
  pkg: OfficePackage,
  { embeddings, depth, layout, partOf }: PackageTail,
  out: BlockDraft[],
): void {
  const packageRels = pkg.relationships('');
  const propertyPart = (suffix: string): XmlElement | undefined =>
    pkg.xml(packageRels.find((r) => r.type.endsWith(suffix))?.target);
  out.push(
    ...readProperties(
      propertyPart('/core-properties') ?? pkg.xml('docProps/core.xml'),
      propertyPart('/extended-properties') ?? pkg.xml('docProps/app.xml'),
      propertyPart('/custom-properties') ?? pkg.xml('docProps/custom.xml'),
    ),
  );
  readEmbeddings(pkg, embeddings, depth, out);
  for (const name of pkg.names) {
    if (pkg.read.has(name) || !/\.(?:xml|vml)$/i.test(name) || embeddings.test(name)) continue;
    const root = pkg.xml(name);
    if (root && !layout.test(name)) pushDataBlock(out, dataText(root, false), partOf(name), name);
  }
  nameOpaqueParts(pkg, embeddings);
}
