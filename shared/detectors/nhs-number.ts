// NHS numbers: ten digits, usually grouped 3-3-4, with a modulus 11 check digit. One number is one
// patient for life, so it identifies a child across every health record.
import { defineDetector, PERSONAL_PARAGRAPHS, type Candidate } from '../engine/define-detector.ts';
import { matchAll } from '../engine/match.ts';
import { textBefore } from '../engine/row-label.ts';

// 3-3-4 with one separator used throughout, or ten digits run together.
const NHS = /(?<![\d/.-])(?:\d{3}([ -])\d{3}\1\d{4}|\d{10})(?![\d/-]|\.\d)/g;
const CUE = /\b(?:nhs|chi|health|hospital|patient)\b(?:\s+(?:no|number|num|ref|reference|id)\b)?[.:\s]*$/;

/** Weights 10 down to 2 over the first nine digits; check = 11 − (sum mod 11), 11 → 0, 10 → never issued. */
export function isValidNhsNumber(raw: string): boolean {
  const digits = raw.replace(/\D/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

export default defineDetector({
  id: 'nhs-number',
  type: 'identifier',
  severity: 'high',
  scope: 'block',
  explanation: 'An NHS number identifies one patient for life across every health record.',
  exemptParagraphs: PERSONAL_PARAGRAPHS,
  source: 'NHS Data Dictionary, NHS NUMBER (modulus 11 check digit); ../shared/docs/domain.md §6',
  detect(block, context) {
    const found: Candidate[] = [];
    for (const m of matchAll(block.text, NHS)) {
      if (m.text.startsWith('0')) continue;
      const cued = CUE.test(textBefore(block, context, m.start, 24));
      const grouped = m.groups[0] !== undefined;
      if (isValidNhsNumber(m.text)) {
        if (cued || grouped) found.push({ start: m.start, end: m.end, suggestion: '[NHS number]' });
        else
          found.push({
            start: m.start,
            end: m.end,
            severity: 'medium',
            suggestion: '[NHS number]',
            message: 'Ten digits that pass the NHS number check: if this is an NHS number it identifies one patient.',
          });
      } else if (cued) {
        found.push({
          start: m.start,
          end: m.end,
          severity: 'medium',
          suggestion: '[NHS number]',
          message:
            'Given as an NHS number but its check digit does not match: a mistyped NHS number still points to a patient.',
        });
      }
    }
    return found;
  },
});
