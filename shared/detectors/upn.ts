// Unique pupil numbers: a check letter and twelve characters (LA, school, year, serial). A UPN
// follows a child through every school record in England and Wales.
import { defineDetector, PERSONAL_PARAGRAPHS } from '../engine/define-detector.ts';
import { matchAll } from '../engine/match.ts';
import { textBefore } from '../engine/row-label.ts';

// Permanent: check letter + 12 digits; temporary: check letter + 11 digits + a letter.
const UPN = /\b[A-Z]\d{11}[A-Z0-9]\b/g;
// DfE check-letter alphabet: no I, O or S.
const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';
// The cue may open the sentence: "the UPN for Appeal A was shown on the statement (K8012...)".
const CUE = /\b(?:upn|upns|unique pupil number|pupil number)\b/g;

/** True when the last pupil-number cue in `before` is in the same sentence as what follows it. */
function cuedBefore(before: string): boolean {
  const last = matchAll(before, CUE).at(-1);
  return last !== undefined && !/[.\n]/.test(before.slice(last.end));
}

/** DfE rule: weight characters 2–13 by their positions, sum mod 23, map through the check alphabet. */
export function isValidUpn(raw: string): boolean {
  if (!/^[A-Z]\d{11}[A-Z0-9]$/.test(raw)) return false;
  let sum = 0;
  for (let position = 2; position <= 13; position++) {
    const ch = raw[position - 1]!;
    const value = /\d/.test(ch) ? Number(ch) : CHECK_LETTERS.indexOf(ch);
    if (value < 0) return false;
    sum += value * position;
  }
  return CHECK_LETTERS[sum % 23] === raw[0];
}

export default defineDetector({
  id: 'upn',
  type: 'identifier',
  severity: 'high',
  scope: 'block',
  explanation: 'A unique pupil number identifies one child across every school record.',
  exemptParagraphs: PERSONAL_PARAGRAPHS,
  source: 'DfE Unique Pupil Numbers guide 1.2 (check letter, modulus 23); ../shared/docs/domain.md §6',
  detect(block, context) {
    return matchAll(block.text, UPN).flatMap((m) => {
      if (isValidUpn(m.text)) return [{ start: m.start, end: m.end, suggestion: '[UPN]' }];
      if (cuedBefore(textBefore(block, context, m.start, 120))) {
        return [
          {
            start: m.start,
            end: m.end,
            severity: 'medium' as const,
            suggestion: '[UPN]',
            message:
              'Given as a pupil number but its check letter does not match: a mistyped UPN still points to a child.',
          },
        ];
      }
      return [];
    });
  },
});
