// Small papers and hand-made findings for the exempt-advice tests.
import { readText } from '../../../shared/readers/text.ts';
import { adviseExempt, detectJurisdiction } from '../../../shared/exempt/advise.ts';
import type { Finding, FindingType, Severity } from '../../../shared/model/finding.ts';
import type { ExemptAdvice } from '../../../shared/model/report.ts';

/** A finding on the first occurrence of `text`, as a detector would raise it. */
export function findingOn(
  paper: string,
  text: string,
  type: FindingType = 'person',
  severity: Severity = 'high',
): Finding {
  const start = paper.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in the paper`);
  return {
    start,
    end: start + text.length,
    text,
    type,
    severity,
    rule: 'test',
    message: '',
    location: { blockId: 'b0', kind: 'paragraph', blockStart: 0, blockEnd: 0, part: 'body' },
    exemptParagraphs: [],
    disposition: severity === 'info' ? 'public' : 'flag',
    trace: [],
  };
}

/** Advice for a paper, its jurisdiction read from the paper; `identifying` are the strings detectors flagged. */
export function advise(
  paper: string,
  identifying: (string | [string, FindingType])[] = [],
  publicRole: string[] = [],
): ExemptAdvice {
  const doc = readText(paper);
  const findings = [
    ...identifying.map((x) => (Array.isArray(x) ? findingOn(paper, x[0], x[1]) : findingOn(paper, x))),
    ...publicRole.map((x) => findingOn(paper, x, 'person', 'info')),
  ];
  const { jurisdiction, reason } = detectJurisdiction(doc);
  return adviseExempt(doc, findings, { jurisdiction, jurisdictionReason: reason });
}

export const paragraphsOf = (advice: ExemptAdvice): number[] => advice.suggested.map((s) => s.paragraph);
export const rulesOf = (advice: ExemptAdvice): string[] => advice.issues.map((i) => i.rule);

export const WELSH_HEAD = 'CYNGOR SIR DYFFRYN\nDYFFRYN COUNTY COUNCIL\n\nReport to Cabinet\n\n';
export const ENGLISH_HEAD = 'Marshfield Borough Council\n\nReport to Cabinet\n\n';
