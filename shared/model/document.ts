// The engine's view of a report: one text with ordered blocks pointing into it, whatever the source format.

export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'table-cell'
  | 'header'
  | 'footer'
  | 'footnote'
  | 'endnote'
  | 'comment'
  | 'tracked-insertion'
  | 'tracked-deletion'
  | 'hidden-text'
  | 'property';

/**
 * The part of a file a block comes from, the same word whatever produced it (the .docx reader, the Word
 * adapter, the PDF reader). What kind of text it is (a deletion, hidden text) is the block's `kind`.
 */
export const DOCUMENT_PARTS = [
  'body',
  'header',
  'footer',
  'footnotes',
  'endnotes',
  'comments',
  'tracked-changes',
  'properties',
  'text-boxes',
  'alt-text',
  'links',
  'fields',
  'glossary',
  'settings',
  'custom-xml',
  'charts',
  'embedded',
  'sheet',
  'pivot-cache',
  'defined-names',
  'annotations',
  'form-fields',
  'bookmarks',
  'attachments',
  'earlier-revision',
  'metadata',
] as const;
export type DocumentPart = (typeof DOCUMENT_PARTS)[number];

/** Where a block came from, in the words a reviewer uses ("footer", "page 3", "comment"). */
export interface BlockOrigin {
  part: DocumentPart;
  /** The path inside the package ("word/footer2.xml", "xl/worksheets/sheet3.xml"), where the format has one. */
  path?: string;
  /** The sheet's name, for spreadsheets. */
  sheet?: string;
  /** 1-based page, for PDF. */
  page?: number;
  /** 0-based paragraph index within the part. */
  paragraph?: number;
  /** 1-based line in the source text, for text formats. */
  line?: number;
  /** Table position, for table cells. */
  row?: number;
  column?: number;
  /** The document property name, for properties. */
  property?: string;
}

export interface Block {
  /** Stable within one document: the Word adapter and the extension map findings back through it. */
  id: string;
  kind: BlockKind;
  text: string;
  /** UTF-16 offset of the block's first character in DocumentModel.text. */
  start: number;
  origin: BlockOrigin;
  /** Word style name, or 'bold' for a paragraph set wholly in bold; used to recognise headings. */
  style?: string;
  /** 1–6 where the source marks a heading level. */
  headingLevel?: number;
}

export type SourceFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf' | 'xlsx' | 'csv' | 'odt' | 'word' | 'web';

/** A part of the file that was not read, and why: a result never reads as an all-clear for what it did not read. */
export interface UnreadPart {
  /** The path inside the package, or a description ("page 4 image"). */
  part: string;
  reason: string;
}

/** What a reader read and what it could not: every scan result carries it. */
export interface Coverage {
  /** Paths or names of the parts read ("word/document.xml", "page 1–12", "sheet Children (hidden)"). */
  read: string[];
  notRead: UnreadPart[];
}

export interface DocumentModel {
  /** The whole text; every block's text is text.slice(block.start, block.start + block.text.length). */
  text: string;
  blocks: Block[];
  format: SourceFormat;
  /** Problems met while reading that the user should know of. A part not read belongs in `coverage.notRead`. */
  warnings?: string[];
  /** Set by the reader: what it read and what it could not. */
  coverage?: Coverage;
  /**
   * Text a PDF still holds under a "redaction" that only hides it (PDF); the failed-redaction detector reports it.
   * start and end are offsets within the block's text; cover says what hides it: a dark box drawn over it,
   * dark highlighting or shading, or a Redact annotation that was marked but never applied.
   */
  hiddenUnderRedaction?: {
    blockId: string;
    start: number;
    end: number;
    cover: 'box' | 'highlight' | 'redact-annotation';
  }[];
}
