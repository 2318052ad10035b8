// Inserts standard wording inside a content control tagged clearance:clause:<id>@<version>, so a later
// version of the clause can find and replace it. Budget: 1 context.sync().
import { ClearanceError } from './clearance-error.ts';
import { Navigator } from './navigate.ts';
import type { WordSnapshot } from './snapshot.ts';

export const CLAUSE_TAG_PREFIX = 'clearance:clause:';
export const clauseTag = (id: string, version: number): string => `${CLAUSE_TAG_PREFIX}${id}@${version}`;

/** The clause behind a content control's tag, or undefined for controls that are not ours. */
export function parseClauseTag(tag: string): { id: string; version: number } | undefined {
  const m = /^clearance:clause:([a-z0-9-]+)@(\d+)$/.exec(tag);
  return m ? { id: m[1]!, version: Number(m[2]) } : undefined;
}

export interface ClauseText {
  id: string;
  version: number;
  title: string;
  paragraphs: string[];
}

/** Where the wording goes. */
export type ClausePlace =
  | { at: 'cursor' }
  /** Straight after an existing section heading (a body paragraph index from the last read). */
  | { at: 'after-heading'; paragraph: number }
  /** A missing section: a new heading and the wording, before a body paragraph or at the end. */
  | { at: 'new-section'; heading: string; headingStyle: 'Heading1' | 'Heading2' | 'Heading3'; before?: number };

export async function insertClause(context: Word.RequestContext, snapshot: WordSnapshot, clause: ClauseText, place: ClausePlace): Promise<void> {
  if (!clause.paragraphs.length) throw new ClearanceError(`The clause "${clause.title}" has no text to insert.`);
  const { body } = context.document;
  const navigator = new Navigator(context, snapshot);
  const [firstText, ...rest] = clause.paragraphs as [string, ...string[]];

  let first: Word.Paragraph;
  if (place.at === 'cursor') {
    first = context.document.getSelection().insertParagraph(firstText, 'After');
  } else if (place.at === 'after-heading') {
    first = navigator.bodyParagraph(place.paragraph).insertParagraph(firstText, 'After');
  } else {
    const heading = place.before === undefined ? body.insertParagraph(place.heading, 'End') : navigator.bodyParagraph(place.before).insertParagraph(place.heading, 'Before');
    heading.styleBuiltIn = place.headingStyle;
    first = heading.insertParagraph(firstText, 'After');
  }
  // A paragraph inserted after a heading inherits its style; wording is body text.
  first.styleBuiltIn = 'Normal';
  let last = first;
  for (const text of rest) {
    last = last.insertParagraph(text, 'After');
    last.styleBuiltIn = 'Normal';
  }
  const control = first.getRange('Whole').expandTo(last.getRange('Whole')).insertContentControl();
  control.tag = clauseTag(clause.id, clause.version);
  control.title = `${clause.title} (standard wording v${clause.version})`;
  await context.sync();
}
