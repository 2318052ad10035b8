// A reviewer's comment anchored on a finding's text. Budget: 1 context.sync(). Needs WordApi 1.4.
import type { Finding } from '../../../shared/index.ts';
import { ClearanceError } from './clearance-error.ts';
import { partName } from './go-to.ts';
import { Navigator } from './navigate.ts';
import type { WordSnapshot } from './snapshot.ts';

export async function addComment(
  context: Word.RequestContext,
  snapshot: WordSnapshot,
  finding: Finding,
  text: string,
): Promise<void> {
  if (!text.trim()) throw new ClearanceError('Write the comment first.');
  const navigator = new Navigator(context, snapshot);
  const range = navigator.rangeOf(finding);
  if (!range) throw new ClearanceError(`Word cannot anchor a comment in ${partName(navigator.placeOf(finding).part)}.`);
  range.insertComment(text.trim());
  await context.sync();
}
