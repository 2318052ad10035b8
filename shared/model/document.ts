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

/** Where a block came from, in the words a reviewer uses ("footer", "page 3", "comment"). */
export interface BlockOrigin {
  /** The part of the file: 'body', 'header', 'footer', 'footnotes', 'endnotes', 'comments', 'properties'. */
  part: string;
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

export type SourceFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf' | 'word' | 'web';

export interface DocumentModel {
  /** The whole text; every block's text is text.slice(block.start, block.start + block.text.length). */
  text: string;
  blocks: Block[];
  format: SourceFormat;
  /** Problems met while reading that the user should know of (a part that could not be read). */
  warnings?: string[];
  /**
   * Text a PDF still holds under a "redaction" that only hides it (PDF); the failed-redaction detector reports it.
   * start and end are offsets within the block's text; cover says what hides it: a dark box drawn over it,
   * dark highlighting or shading, or a Redact annotation that was marked but never applied.
   */
  hiddenUnderRedaction?: { blockId: string; start: number; end: number; cover: 'box' | 'highlight' | 'redact-annotation' }[];
}
