// Which Schedule 12A paragraphs withhold what a paper holds, and in which nation's numbering.
import type { DocumentModel } from '../model/document.ts';
import { isFlag, type Finding, type Jurisdiction } from '../model/finding.ts';
import type { ExemptAdvice } from '../model/report.ts';
import { hasCue } from '../engine/match.ts';

const WELSH_CUES = ['gov.wales', 'llyw.cymru', 'cyngor', 'welsh government', 'senedd', 'social services and well-being (wales) act', 'cymru', 'care inspectorate wales'];

export function detectJurisdiction(doc: DocumentModel): { jurisdiction: Jurisdiction; reason: string } {
  const head = doc.text.slice(0, 20000);
  return hasCue(head, WELSH_CUES)
    ? { jurisdiction: 'wales', reason: 'The paper names a Welsh council, body or statute.' }
    : { jurisdiction: 'england', reason: 'No sign of a Welsh council, body or statute.' };
}

export function adviseExempt(
  _doc: DocumentModel,
  findings: Finding[],
  { jurisdiction, jurisdictionReason }: { jurisdiction: Jurisdiction; jurisdictionReason: string },
): ExemptAdvice {
  const personal = findings.filter(isFlag);
  const [first, second] = jurisdiction === 'wales' ? [12, 13] : [1, 2];
  return {
    jurisdiction,
    jurisdictionReason,
    classification: 'unknown',
    declaredParagraphs: [],
    suggested: personal.length
      ? [
          { paragraph: first!, description: 'Information relating to any individual.', reason: `${personal.length} identifying detail(s) of private individuals.` },
          { paragraph: second!, description: 'Information which is likely to reveal the identity of an individual.', reason: 'The details could identify the individuals concerned.' },
        ]
      : [],
    issues: [],
  };
}
