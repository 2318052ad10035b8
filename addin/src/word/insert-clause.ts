// Inserts standard wording inside a content control tagged clearance:clause:<id>@<version>#<instance>,
// so a later version of the clause can find and replace it (the instance keys the values the user
// filled, kept in the document's settings). Budget: 1 context.sync().
import type { ClauseLanguage } from '../../../shared/index.ts';
import { ClearanceError } from './clearance-error.ts';
import { Navigator } from './navigate.ts';
import type { WordSnapshot } from './snapshot.ts';

export const CLAUSE_TAG_PREFIX = 'clearance:clause:';
export const clauseTag = (id: string, version: number, instance?: string): string =>
  `${CLAUSE_TAG_PREFIX}${id}@${version}${instance ? `#${instance}` : ''}`;

/** Standard wording found in the document by its content control's tag. */
export interface InsertedClause {
  tag: string;
  id: string;
  version: number;
  /** Absent on wording inserted before values were kept: an update then asks for every value. */
  instance?: string;
}

/** The clause behind a content control's tag, or undefined for controls that are not ours. */
export function parseClauseTag(tag: string): InsertedClause | undefined {
  const m = /^clearance:clause:([a-z0-9-]+)@(\d+)(?:#([a-z0-9]{1,32}))?$/.exec(tag);
  return m ? { tag, id: m[1]!, version: Number(m[2]), ...(m[3] && { instance: m[3] }) } : undefined;
}

/** A fresh key for one insertion of a clause. */
export const newClauseInstance = (): string => crypto.randomUUID().replace(/-/g, '').slice(0, 12);

export interface ClauseText {
  id: string;
  version: number;
  title: string;
  paragraphs: string[];
  /** The values the user filled, by variable name, kept so a later version can be rendered with them. */
  values: Record<string, string>;
  /** The languages the paragraphs are in, in order, when not English alone; kept so an update renders the same. */
  languages?: ClauseLanguage[];
  /** Answers written in Welsh for the Welsh text, by variable name. */
  welshValues?: Record<string, string>;
  instance?: string;
}

export const clauseTitle = (clause: Pick<ClauseText, 'title' | 'version'>): string =>
  `${clause.title} (standard wording v${clause.version})`;

/** Where the wording goes. */
export type ClausePlace =
  | { at: 'cursor' }
  /** Straight after an existing section heading (a body paragraph index from the last read), taking the place of its placeholder paragraphs. */
  | { at: 'after-heading'; paragraph: number; replacing?: number[] }
  /** A missing section: a new heading and the wording, before a body paragraph or at the end. */
  | { at: 'new-section'; heading: string; headingStyle: 'Heading1' | 'Heading2' | 'Heading3'; before?: number };

export async function insertClause(
  context: Word.RequestContext,
  snapshot: WordSnapshot,
  clause: ClauseText,
  place: ClausePlace,
): Promise<void> {
  if (!clause.paragraphs.length) throw new ClearanceError(`The clause "${clause.title}" has no text to insert.`);
  const { body } = context.document;
  const navigator = new Navigator(context, snapshot);
  const [firstText, ...rest] = clause.paragraphs as [string, ...string[]];

  let first: Word.Paragraph;
  if (place.at === 'cursor') {
    first = context.document.getSelection().insertParagraph(firstText, 'After');
  } else if (place.at === 'after-heading') {
    // The placeholder paragraphs ("TBC") are found before the insert shifts them, and deleted after it.
    const stale = (place.replacing ?? []).map((i) => navigator.bodyParagraph(i));
    first = navigator.bodyParagraph(place.paragraph).insertParagraph(firstText, 'After');
    for (const paragraph of stale) paragraph.delete();
  } else {
    const heading =
      place.before === undefined
        ? body.insertParagraph(place.heading, 'End')
        : navigator.bodyParagraph(place.before).insertParagraph(place.heading, 'Before');
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
  control.tag = clauseTag(clause.id, clause.version, clause.instance);
  control.title = clauseTitle(clause);
  await context.sync();
}
