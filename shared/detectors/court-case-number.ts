// Family court case numbers ("ZE23C00456"): court code, year, case type (C public law, P private
// law), serial. One number names one family's proceedings, which s.97 Children Act 1989 protects.
import { defineDetector, PERSONAL_PARAGRAPHS } from '../engine/define-detector.ts';
import { matchAll } from '../engine/match.ts';

// Observed in published judgments: two letters, two-digit year, one type letter, five digits.
const FAMILY_CASE = /\b[A-Z]{2}\d{2}[A-Z]\d{5}\b/g;

export default defineDetector({
  id: 'court-case-number',
  type: 'identifier',
  severity: 'high',
  scope: 'block',
  explanation: 'A family court case number identifies one family’s proceedings, which the law keeps private.',
  exemptParagraphs: PERSONAL_PARAGRAPHS,
  source:
    'Children Act 1989 s.97(2); Administration of Justice Act 1960 s.12; case numbers as printed in published family judgments (../shared/docs/domain.md §6)',
  detect(block) {
    return matchAll(block.text, FAMILY_CASE).map((m) => ({ start: m.start, end: m.end, suggestion: '[Case number]' }));
  },
});
