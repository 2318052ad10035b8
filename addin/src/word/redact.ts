// Redaction in the open document: each finding's text is replaced by its placeholder wherever the
// finding lies (text, headers, footers, notes, properties, comments, tracked deletions).
// Budget: 1 context.sync(), plus 1 when comments or tracked deletions hold the text.
// Change tracking is turned off for the replacement and restored afterwards: a tracked replacement
// would keep the name in the file as a deleted revision that anyone can reject back into view.
import type { Finding } from '../../../shared/index.ts';
import { Navigator } from './navigate.ts';
import type { DocumentPropertyName, WordSnapshot } from './snapshot.ts';

export interface RedactionTarget {
  finding: Finding;
  placeholder: string;
}

export interface RedactionOutcome {
  /** Replacements made in the page text, headers, footers and notes. */
  replaced: number;
  properties: DocumentPropertyName[];
  comments: number;
  /** Tracked deletions that still held a redacted string, accepted so that the text is gone for good. */
  acceptedDeletions: number;
  /** Whether change tracking was on, and so was paused for the redaction. */
  trackingPaused: boolean;
  /** Findings that could not be redacted automatically, with why. */
  skipped: { finding: Finding; reason: string }[];
}

export async function redact(
  context: Word.RequestContext,
  snapshot: WordSnapshot,
  targets: readonly RedactionTarget[],
): Promise<RedactionOutcome> {
  const { document } = context;
  const navigator = new Navigator(context, snapshot);
  const outcome: RedactionOutcome = {
    replaced: 0,
    properties: [],
    comments: 0,
    acceptedDeletions: 0,
    trackingPaused: snapshot.trackingMode !== 'Off',
    skipped: [],
  };
  const inRanges: { range: Word.Range; placeholder: string }[] = [];
  const inStrings: RedactionTarget[] = [];
  let touchesComments = false;
  let touchesDeletions = false;

  // Later text first, so a replacement never shifts the text of one still to come in the same paragraph.
  for (const target of [...targets].sort((a, b) => b.finding.start - a.finding.start)) {
    const place = navigator.placeOf(target.finding);
    if (place.part === 'hidden-text') {
      outcome.skipped.push({
        finding: target.finding,
        reason: 'hidden text: show it (Home > Show/Hide) and delete it by hand',
      });
    } else if (place.part === 'properties' || place.part === 'comments') {
      inStrings.push(target);
      touchesComments ||= place.part === 'comments';
    } else if (place.part === 'tracked-changes') {
      if (snapshot.trackedChangesListed) touchesDeletions = true;
      else
        outcome.skipped.push({
          finding: target.finding,
          reason: 'a tracked deletion: this version of Word cannot remove it; accept or reject the change by hand',
        });
    } else {
      inRanges.push({ range: navigator.rangeOf(target.finding)!, placeholder: target.placeholder });
    }
  }

  if (outcome.trackingPaused) document.changeTrackingMode = 'Off';
  // Every range is resolved before the first edit, so a missing one fails the batch before it changes anything.
  for (const { range, placeholder } of inRanges) range.insertText(placeholder, 'Replace');
  outcome.replaced = inRanges.length;

  const properties = new Map<DocumentPropertyName, string>();
  for (const target of inStrings) {
    const place = navigator.placeOf(target.finding);
    if (place.part !== 'properties') continue;
    const before = properties.get(place.property) ?? snapshot.properties[place.property] ?? '';
    properties.set(place.property, before.split(target.finding.text).join(target.placeholder));
  }
  for (const [name, value] of properties)
    (document.properties as unknown as Record<DocumentPropertyName, string>)[name] = value;
  outcome.properties = [...properties.keys()];

  const comments = touchesComments ? document.body.getComments().load('items/content') : undefined;
  const changes = touchesDeletions ? document.body.getTrackedChanges().load('items/text,items/type') : undefined;
  if (outcome.trackingPaused && !comments && !changes)
    document.changeTrackingMode = snapshot.trackingMode as Word.ChangeTrackingMode;
  await context.sync();
  if (!comments && !changes) return outcome;

  const commentTargets = inStrings.filter((t) => navigator.placeOf(t.finding).part === 'comments');
  for (const comment of comments?.items ?? []) {
    const redacted = commentTargets.reduce(
      (text, t) => text.split(t.finding.text).join(t.placeholder),
      comment.content,
    );
    if (redacted === comment.content) continue;
    comment.content = redacted;
    outcome.comments++;
  }
  const needles = targets.map((t) => t.finding.text);
  for (const change of changes?.items ?? []) {
    if (change.type !== 'Deleted' || !needles.some((n) => change.text.includes(n))) continue;
    change.accept();
    outcome.acceptedDeletions++;
  }
  if (outcome.trackingPaused) document.changeTrackingMode = snapshot.trackingMode as Word.ChangeTrackingMode;
  await context.sync();
  return outcome;
}

/** What was done, in a sentence or two for the pane's status line. */
export function describeRedaction(o: RedactionOutcome): string {
  const done: string[] = [];
  if (o.replaced) done.push(`replaced ${o.replaced} in the text`);
  if (o.properties.length) done.push(`cleaned the document properties (${o.properties.join(', ')})`);
  if (o.comments) done.push(`edited ${o.comments} comment${o.comments === 1 ? '' : 's'}`);
  if (o.acceptedDeletions)
    done.push(
      `accepted ${o.acceptedDeletions} tracked deletion${o.acceptedDeletions === 1 ? '' : 's'} that still held the text`,
    );
  const parts = [done.length ? `Redacted: ${done.join('; ')}.` : 'Nothing was redacted.'];
  if (o.trackingPaused)
    parts.push(
      'Track Changes was paused for the redaction and turned back on, so the removed text is not kept as a tracked deletion.',
    );
  for (const s of o.skipped) parts.push(`Not redacted "${s.finding.text}": ${s.reason}.`);
  return parts.join(' ');
}
