// Which nation's law a paper is written under, read from the paper itself: a Welsh council's name,
// a bilingual header, a Welsh Government address or Welsh legislation and bodies.
import type { DocumentModel } from '../model/document.ts';
import type { Jurisdiction } from '../model/finding.ts';

interface Cue { pattern: RegExp; says: string; weight: number }

/** The masthead: Welsh councils print their Welsh name and bilingual labels at the top. */
const HEAD_CUES: Cue[] = [
  { pattern: /\bcyngor\s+\p{L}/iu, says: 'a Welsh council name (Cyngor ...)', weight: 3 },
  { pattern: /\b(Adroddiad|Pwyllgor|Cyhoeddus|Eitem Eithriedig|Rhianta Corfforaethol)\b/i, says: 'a bilingual Welsh and English header', weight: 3 },
];

/** Anywhere in the paper: addresses, legislation and bodies that exist only in Wales. */
const BODY_CUES: Cue[] = [
  { pattern: /\b(gov\.wales|llyw\.cymru)\b/i, says: 'a Welsh Government address', weight: 3 },
  { pattern: /\bCare Inspectorate Wales\b/, says: 'Care Inspectorate Wales', weight: 1 },
  { pattern: /\bSocial Services and Well-being \(Wales\) Act/i, says: 'the Social Services and Well-being (Wales) Act 2014', weight: 2 },
  { pattern: /\bWell-being of Future Generations \(Wales\) Act/i, says: 'the Well-being of Future Generations (Wales) Act 2015', weight: 2 },
  { pattern: /\b[A-Z][\w ()-]{2,60} \(Wales\) (Act|Regulations)\b/, says: 'Welsh legislation', weight: 1 },
  { pattern: /\bSenedd\b/, says: 'the Senedd', weight: 1 },
];

/** Things only an English council's paper would rest on. */
const ENGLISH_CUES: RegExp[] = [/\bChildren and Social Work Act 2017\b/i, /\bOfsted\b/, /\bLocal Government and Social Care Ombudsman\b/i];

const HEAD_CHARS = 1500;

export function detectJurisdiction(doc: DocumentModel): { jurisdiction: Jurisdiction; reason: string } {
  const head = doc.text.slice(0, HEAD_CHARS);
  const found = [...HEAD_CUES.filter((c) => c.pattern.test(head)), ...BODY_CUES.filter((c) => c.pattern.test(doc.text))];
  const welsh = found.reduce((sum, c) => sum + c.weight, 0);
  const english = ENGLISH_CUES.filter((p) => p.test(doc.text)).length;
  // A strong cue (the council's own name, a bilingual header, a gov.wales address) settles it; passing
  // mentions of Welsh bodies (a child placed in a home in Wales) must outweigh English ones.
  if (found.some((c) => c.weight >= 3) || welsh > english + 1) {
    return { jurisdiction: 'wales', reason: `The paper has ${found.map((c) => c.says).join(', ')}.` };
  }
  return { jurisdiction: 'england', reason: found.length ? `Only passing Welsh references (${found.map((c) => c.says).join(', ')}); read as an English paper.` : 'No sign of a Welsh council, body or statute; read as an English paper.' };
}
