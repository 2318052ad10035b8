// Go to a finding: select it in the document, which scrolls Word to it. Budget: 1 context.sync(),
// or 2 for a comment (Word can reach a comment only by loading the list of comments first).
import type { Finding } from '../../../shared/index.ts';
import { ClearanceError } from './clearance-error.ts';
import { Navigator } from './navigate.ts';
import type { WordSnapshot } from './snapshot.ts';

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
  if (!range) throw new ClearanceError(`This is in the document's ${partName(place.part)}, which Word cannot select. Open File > Info > Properties to see it.`);
  range.select();
  await context.sync();
}

export function partName(part: string): string {
  return (
    { body: 'text', header: 'header', footer: 'footer', footnotes: 'footnotes', endnotes: 'endnotes', comments: 'comments', 'tracked-changes': 'tracked changes', 'hidden-text': 'hidden text', properties: 'properties' } as Record<string, string>
  )[part] ?? part;
}
