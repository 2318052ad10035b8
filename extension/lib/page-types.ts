// Plain data the content script sends to the side panel: the page's blocks and what kind of council page it is.

import type { DocumentPart } from '../../shared/index.ts';
/** A block before the engine gives it an id and offset (the engine's BlockDraft, restated so the content script imports no engine code). */
export interface BlockDraftLike {
  kind: 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'hidden-text';
  text: string;
  origin: { part: DocumentPart; paragraph?: number; row?: number; column?: number };
  headingLevel?: number;
}

export type ModernGovPageKind = 'agenda' | 'agenda-item' | 'decision' | 'reasons-restricted' | 'other';

export interface LinkedPaper {
  title: string;
  url: string;
}

/** "By virtue of paragraph(s) 1, 2 of Part 1 of Schedule 12A": the paragraphs a page cites for keeping a paper private. */
export interface RestrictionCitation {
  paragraphs: number[];
  part: 1 | 4;
  /** The sentence as it stands on the page. */
  quote: string;
  /** The papers (by URL) the citation restricts: a paper it names, the link beside it, or the papers of its agenda item. */
  papers: string[];
  /** How the papers were found; 'none' when the page ties the citation to no paper it links to. */
  matchedBy: CitationMatch;
}

export type CitationMatch = 'named' | 'link' | 'agenda-item' | 'none';

export interface PageInfo {
  kind: ModernGovPageKind;
  papers: LinkedPaper[];
  citations: RestrictionCitation[];
}
