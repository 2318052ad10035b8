// Names of private individuals. Councillors and officers acting in role are left alone (public) with
// the role as the reason; pseudonyms are not reported; a name the engine cannot place is a question
// for the reviewer. The judgement lives in shared/people/.
import { defineDetector, PERSONAL_PARAGRAPHS, type Candidate } from '../engine/define-detector.ts';
import { findPeople, type PersonMention } from '../people/find-people.ts';
import { ROLE_PLACEHOLDER, BLOCK_KIND_LABELS, HIDDEN_BLOCK_KINDS } from '../vocabulary.ts';

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
    // Private people are numbered per placeholder word in order of first mention ([Child 1], [Child 2], [Parent 1]),
    // as the redaction planner numbers them, so the suggestion is what the redaction writes.
    const number = new Map<number, number>();
    const perWord = new Map<string, number>();
    for (const p of people) {
      if (p.verdict !== 'private' || p.person === undefined || number.has(p.person)) continue;
      const word = ROLE_PLACEHOLDER[p.role ?? 'unknown'];
      perWord.set(word, (perWord.get(word) ?? 0) + 1);
      number.set(p.person, perWord.get(word)!);
    }
    return people.map((p) => toCandidate(p, p.person === undefined ? undefined : number.get(p.person)));
  },
});

function toCandidate(r: PersonMention, ordinal: number | undefined): Candidate {
  const span = {
    start: r.start,
    end: r.end,
    trace: r.trace,
    ...(r.person !== undefined && { personId: `p${r.person}` }),
    ...(r.role && { role: r.role }),
  };
  if (r.verdict === 'private') {
    const label = ROLE_PLACEHOLDER[r.role ?? 'unknown'];
    return {
      ...span,
      severity: 'high',
      disposition: 'flag',
      message: `Private individual: ${r.reason}.`,
      suggestion: `[${label}${ordinal ? ` ${ordinal}` : ''}]`,
    };
  }
  if (r.verdict === 'public')
    return { ...span, severity: 'info', disposition: 'public', message: `Public role: ${r.reason}.` };
  const name = r.blockText.slice(r.start - r.blockStart, r.end - r.blockStart);
  const where = HIDDEN_BLOCK_KINDS.has(r.block.kind)
    ? ` It is in ${BLOCK_KIND_LABELS[r.block.kind]}, which the published file still carries.`
    : '';
  return {
    ...span,
    severity: 'medium',
    disposition: 'review',
    question: `Is ${name} a private individual, or someone acting in a public role?`,
    message: `Name with ${r.reason}: check whether this is a private individual.${where}`,
    suggestion: '[Person]',
  };
}
