// Names of private individuals. Councillors and officers acting in role are reported as public (info)
// with the role in the message; pseudonyms are left alone. The judgement lives in shared/people/.
import { defineDetector, PERSONAL_PARAGRAPHS, type Candidate } from '../engine/define-detector.ts';
import { findPeople, type PersonMention } from '../people/find-people.ts';
import { placeholderLabel } from '../people/placeholder-label.ts';

export default defineDetector({
  id: 'person-name',
  type: 'person',
  severity: 'high',
  scope: 'document',
  explanation: 'The name of a private individual (a child, parent, carer or member of the public) identifies them.',
  exemptParagraphs: PERSONAL_PARAGRAPHS,
  source: 'Schedule 12A paragraphs 1 and 2; ICO guidance on identifiability (motivated intruder test)',
  detect(context) {
    const people = findPeople(context);
    // Private people are numbered in order of first mention, so the placeholders read [Child 1], [Parent 2].
    const number = new Map<number, number>();
    for (const p of people) if (p.verdict === 'private' && p.person !== undefined && !number.has(p.person)) number.set(p.person, number.size + 1);
    return people.map((p) => toCandidate(p, p.person === undefined ? undefined : number.get(p.person)));
  },
});

// Where a name is out of sight of the author but still in the file: a name there is rarely an official's sign-off.
const HIDDEN_PARTS = new Map<string, string>([
  ['tracked-deletion', 'a tracked deletion'], ['comment', 'a comment'], ['hidden-text', 'hidden text'], ['property', "the file's properties"],
  ['header', 'a header'], ['footer', 'a footer'], ['footnote', 'a footnote'], ['endnote', 'an endnote'],
]);

function toCandidate(r: PersonMention, ordinal: number | undefined): Candidate {
  if (r.verdict === 'private') {
    return { start: r.start, end: r.end, severity: 'high', message: `Private individual: ${r.reason}.`, suggestion: `[${placeholderLabel(r.reason)}${ordinal ? ` ${ordinal}` : ''}]` };
  }
  if (r.verdict === 'public') return { start: r.start, end: r.end, severity: 'info', message: `Public role: ${r.reason}.` };
  if (HIDDEN_PARTS.has(r.block.kind) && r.mention.form !== 'single') {
    return { start: r.start, end: r.end, severity: 'medium', disposition: 'review', message: `Name in ${HIDDEN_PARTS.get(r.block.kind)}, which the published file still carries: check whether this is a private individual.`, suggestion: '[Name]' };
  }
  return { start: r.start, end: r.end, severity: 'info', disposition: 'review', message: `Name with ${r.reason}: check whether this is a private individual.` };
}
