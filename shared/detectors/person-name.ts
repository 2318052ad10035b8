// Names of private individuals. Finds name mentions cheaply, reads each one's context, then makes one
// decision per person across the document; councillors and officers acting in role are reported as
// public (info), pseudonyms are left alone.
import { defineDetector, PERSONAL_PARAGRAPHS, type Candidate } from '../engine/define-detector.ts';
import type { ScanContext } from '../engine/context.ts';
import { findNameMentions, type NameMention } from '../people/mentions.ts';
import { judgeMention, type Judgement } from '../people/judge.ts';
import { resolvePeople, type ResolvedMention } from '../people/resolve.ts';
import { FORENAMES } from '../people/lexicon.ts';
import { tagWords } from '../nlp/compromise.ts';
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
    const judged = context.doc.blocks.flatMap((block) =>
      findNameMentions(block.text).map((mention) => ({
        start: block.start + mention.start,
        end: block.start + mention.end,
        mention,
        judgement: policyJudgement(context, block.text.slice(mention.start, mention.end)) ?? judgeMention(block.text, mention, context.isContactDetails(block)),
        sentence: block.text,
      })),
    );
    const resolved = resolvePeople(judged);
    return resolved.filter((r, i) => isPersonName(r, judged[i]!.sentence)).map(toCandidate);
  },
});

/** The council's allow-list and deny-list override every judgement. */
function policyJudgement({ policy }: ScanContext, name: string): Judgement | undefined {
  const matches = (list: string[]) => list.some((n) => name.toLowerCase().includes(n.toLowerCase()) || n.toLowerCase().includes(name.toLowerCase()));
  if (matches(policy.allowNames)) return { verdict: 'public', reason: "on the council's allow-list of public names" };
  if (matches(policy.denyNames)) return { verdict: 'private', reason: "on the council's list of names that must never be published" };
  return undefined;
}

/** A lone capitalised word counts as a name only if it is linked to a named person, is a known forename, or reads as a person. */
function isPersonName(r: ResolvedMention, blockText: string): boolean {
  if (r.verdict === 'pseudonym') return false;
  const m: NameMention = r.mention;
  if (m.form !== 'single' || r.person !== undefined) return true;
  if (r.verdict !== 'private') return false;
  const word = m.words[0]!;
  // "placed in Devon", "the Grant": a preposition or article before a lone word makes it a place or a thing.
  if (/\b(?:in|to|from|at|near|of|the|across|around|outside|within|into|via)\s+$/i.test(blockText.slice(Math.max(0, m.start - 12), m.start))) return false;
  const tags = tagWords(blockText).get(word) ?? [...tagWords(blockText)].find(([k]) => k.replace(/\W+$/u, '') === word)?.[1];
  if (tags && (tags.isPlace || tags.isOrganisation || tags.isDate)) return false;
  return FORENAMES.has(word.toLowerCase());
}

function toCandidate(r: ResolvedMention): Candidate {
  if (r.verdict === 'private') {
    return { start: r.start, end: r.end, severity: 'high', message: `Private individual: ${r.reason}.`, suggestion: `[${placeholderLabel(r.reason)}${r.person ? ` ${r.person}` : ''}]` };
  }
  if (r.verdict === 'public') return { start: r.start, end: r.end, severity: 'info', message: `Public role: ${r.reason}.` };
  return { start: r.start, end: r.end, severity: 'info', certainty: 'review', message: `Name with ${r.reason}: check whether this is a private individual.` };
}

