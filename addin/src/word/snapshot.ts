// What a read of the open document returns: the engine's model plus, for each block, where it lives in Word.
import type { DocumentModel } from '../../../shared/index.ts';
import type { InsertedClause } from './insert-clause.ts';

export type HeaderFooterType = 'Primary' | 'FirstPage' | 'EvenPages';

/** The Word object a block came from, enough to find it again in a later batch. */
export type WordPlace =
  | { part: 'body'; paragraph: number }
  | { part: 'header' | 'footer'; section: number; type: HeaderFooterType; paragraph: number }
  | { part: 'footnotes' | 'endnotes'; note: number }
  | { part: 'comments'; comment: number }
  | { part: 'tracked-changes'; change: number }
  | { part: 'hidden-text'; paragraph: number }
  | { part: 'properties'; property: DocumentPropertyName };

export const DOCUMENT_PROPERTIES = [
  'title',
  'subject',
  'author',
  'keywords',
  'comments',
  'category',
  'company',
  'manager',
  'lastAuthor',
] as const;
export type DocumentPropertyName = (typeof DOCUMENT_PROPERTIES)[number];

export interface WordSnapshot {
  doc: DocumentModel;
  /** places[i] is where doc.blocks[i] lives. */
  places: WordPlace[];
  /** The text of every body paragraph, index for index, to tell later whether anything changed. */
  bodyTexts: string[];
  properties: Partial<Record<DocumentPropertyName, string>>;
  /** True when tracked changes came from Word's list of revisions (WordApi 1.6), so each can be found again. */
  trackedChangesListed: boolean;
  /** Standard wording inserted earlier, from the tags of its content controls. */
  clauses: InsertedClause[];
  /** How many sections the document has: each has its own headers and footers. */
  sectionCount: number;
  /** 'Off', 'TrackAll' or 'TrackMineOnly'; 'Off' on hosts that cannot tell. */
  trackingMode: string;
}
