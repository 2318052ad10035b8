// Go to a finding: select it in the document, which scrolls Word to it. Budget: 1 context.sync(),
// or 2 for a comment (Word can reach a comment only by loading the list of comments first).
import { BLOCK_KIND_LABELS, PART_LABELS, type Finding } from '../../../shared/index.ts';
import { ClearanceError } from './clearance-error.ts';
import { Navigator } from './navigate.ts';
import type { WordPlace, WordSnapshot } from './snapshot.ts';

export async function goTo(context: Word.RequestContext, snapshot: WordSnapshot, finding: Finding): Promise<void> {
  const navigator = new Navigator(context, snapshot);
  const place = navigator.placeOf(finding);
  if (place.part === 'comments') {
    const comments = context.document.body.getComments().load('items');
    await context.sync();
    const comment = comments.items[place.comment];
    if (!comment) throw new ClearanceError('That comment has been deleted since the last scan. Scan again.');
    comment.getRange().select();
    await context.sync();
    return;
  }
  const range = navigator.rangeOf(finding);
  if (!range)
    throw new ClearanceError(
      `This is in ${partName(place.part)}, which Word cannot select. Open File > Info > Properties to see it.`,
    );
  range.select();
  await context.sync();
}

/** A Word place in the reviewer's words, from the one vocabulary: hidden text is a kind of text in the body. */
export function partName(part: WordPlace['part']): string {
  return part === 'hidden-text' ? BLOCK_KIND_LABELS['hidden-text'] : PART_LABELS[part];
}
