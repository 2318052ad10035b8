// Which Schedule 12A paragraphs withhold what a paper holds, in its nation's numbering, with the
// reason for each, and where the paper's own exempt marking disagrees with its content or the law.
import type { DocumentModel } from '../model/document.ts';
import { isFlag, type Finding, type FindingType, type Jurisdiction } from '../model/finding.ts';
import type { ExemptAdvice, ExemptParagraphAdvice } from '../model/report.ts';
import { declaredParagraphs, readClassification } from './classification.ts';
import { checkConsistency, inNation } from './consistency.ts';
import { namedWithConsent, readContentCues } from './content-cues.ts';
import { paragraphFor, type ExemptTopic } from './schedule-12a.ts';
import { FINDING_TYPE_WORDS } from '../vocabulary.ts';

export { detectJurisdiction } from './jurisdiction.ts';

/** A finding type in a count: "1 date of birth", "2 names". */
function countOf(type: FindingType, n: number): string {
  const words = FINDING_TYPE_WORDS[type];
  if (n > 1) return `${n} ${words.counted?.many ?? words.plural}`;
  return `${n} ${words.counted?.one ?? words.label.toLowerCase()}`;
}

/** Signs of a particular individual that back the paper's own citation of paragraphs 1 and 2 when the detectors found nothing. */
const INDIVIDUAL_CUES =
  /\baged \d{1,2}\b|\b\d{1,2}-year-old\b|\b(date of birth|DOB)\b|\b(?:Young Person|Child)\s+\p{Lu}\b(?![\p{L}'’])/u;

const HEAD_CHARS = 3000;

export function adviseExempt(
  doc: DocumentModel,
  findings: Finding[],
  { jurisdiction, jurisdictionReason }: { jurisdiction: Jurisdiction; jurisdictionReason: string },
): ExemptAdvice {
  const paper = readClassification(doc);
  const declared = declaredParagraphs(paper.citations);
  const cited = new Set(declared.map((n) => inNation(jurisdiction, n)));
  const citedTopic = (topic: ExemptTopic) => cited.has(paragraphFor(jurisdiction, topic).number);
  const advise = (topic: ExemptTopic, reason: string): ExemptParagraphAdvice => {
    const p = paragraphFor(jurisdiction, topic);
    return { paragraph: p.number, description: p.description, reason };
  };

  const identifying = findings.filter((f) => isFlag(f) && !namedWithConsent(doc, f));
  const suggested: ExemptParagraphAdvice[] = [];
  if (identifying.length) {
    const details = describeCounts(identifying);
    suggested.push(
      advise('individuals', `The paper holds ${details} about private individuals.`),
      advise('identity', `Together these details could identify the people concerned, even where names are left out.`),
    );
  } else if ((citedTopic('individuals') || citedTopic('identity')) && INDIVIDUAL_CUES.test(doc.text)) {
    const reason =
      'The paper cites this paragraph and describes particular individuals (ages, dates of birth or pseudonyms); check each detail.';
    suggested.push(advise('individuals', reason), advise('identity', reason));
  }
  for (const cue of readContentCues(doc, findings)) {
    if (cue.strong || citedTopic(cue.topic)) suggested.push(advise(cue.topic, cue.reason));
  }
  suggested.sort((a, b) => a.paragraph - b.paragraph);

  return {
    jurisdiction,
    jurisdictionReason,
    classification: paper.classification,
    declaredParagraphs: declared,
    suggested,
    issues: checkConsistency({
      jurisdiction,
      paper,
      suggested: suggested.map((s) => s.paragraph),
      identifying: identifying.length,
      head: doc.text.slice(0, HEAD_CHARS),
    }),
  };
}

/** "2 names, 1 date of birth and 1 identifier". */
function describeCounts(findings: readonly Finding[]): string {
  const counts = new Map<FindingType, number>();
  for (const f of findings) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  const parts = [...counts].map(([type, n]) => countOf(type, n));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]!;
}
