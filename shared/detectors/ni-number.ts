// National Insurance numbers: two letters, six digits, a suffix A–D. One number follows a person
// through tax, benefits and employment for life.
import { defineDetector, PERSONAL_PARAGRAPHS } from '../engine/define-detector.ts';
import { matchAll } from '../engine/match.ts';

// Spaced as printed on letters ("QQ 48 21 07 B") or run together; the prefix is checked after.
const NINO = /\b([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])\b/g;
// HMRC NIM39110: D F I Q U V never in either letter; O never second; these pairs never issued.
const UNUSED_PAIRS = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
// QQ is HMRC's own specimen prefix ("QQ 12 34 56 A"), used in test data and training documents.
const SPECIMEN = 'QQ';

/** True when the letters could begin an issued (or specimen) National Insurance number. */
export function isValidNinoPrefix(prefix: string): boolean {
  if (prefix === SPECIMEN) return true;
  if (/[DFIQUV]/.test(prefix) || prefix[1] === 'O' || UNUSED_PAIRS.has(prefix)) return false;
  return true;
}

export default defineDetector({
  id: 'ni-number',
  type: 'identifier',
  severity: 'high',
  scope: 'block',
  explanation: 'A National Insurance number identifies one person for life across tax, benefits and employment.',
  exemptParagraphs: PERSONAL_PARAGRAPHS,
  source: 'HMRC National Insurance Manual NIM39110 (prefix rules); ../shared/docs/domain.md §6',
  detect(block) {
    return matchAll(block.text, NINO)
      .filter((m) => isValidNinoPrefix(m.groups[0]!) && consistentSpacing(m.text))
      .map((m) => ({ start: m.start, end: m.end, suggestion: '[National Insurance number]' }));
  },
});

/** "QQ 48 21 07 B" or "QQ482107B", not a stray mix such as "QQ4821 07B". */
function consistentSpacing(raw: string): boolean {
  const gaps = raw.match(/ /g)?.length ?? 0;
  return gaps === 0 || gaps === 4 || /^[A-Z]{2} \d{6} [A-D]$/.test(raw);
}
