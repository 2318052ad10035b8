// Replaces standard wording already in the document with another version of its clause, in place:
// the content control, found by its tag, stays where it is; what it wraps is replaced and its tag and
// title move to the new version. Budget: 1 context.sync().
import { ClearanceError } from './clearance-error.ts';
import { clauseTag, clauseTitle, type ClauseText } from './insert-clause.ts';

export async function updateClause(context: Word.RequestContext, fromTag: string, clause: ClauseText): Promise<void> {
  const [firstText, ...rest] = clause.paragraphs;
  if (firstText === undefined) throw new ClearanceError(`The clause "${clause.title}" has no text to insert.`);
  // A control deleted since the scan fails the batch at the sync (ItemNotFound) before anything changes.
  const control = context.document.contentControls.getByTag(fromTag).getFirst();
  control.insertText(firstText, 'Replace');
  for (const text of rest) control.insertParagraph(text, 'End').styleBuiltIn = 'Normal';
  control.tag = clauseTag(clause.id, clause.version, clause.instance);
  control.title = clauseTitle(clause);
  await context.sync();
}
