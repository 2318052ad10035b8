// Which nation's law a paper is written under, read from the paper itself: a Welsh council's name,
// a bilingual header, text written in Welsh, a Welsh Government address, Welsh legislation and bodies
// (in English or in Welsh), and the Welsh places and postcodes in its masthead.
import type { DocumentModel } from '../model/document.ts';
import type { Jurisdiction } from '../model/finding.ts';
import { hasCue } from '../engine/match.ts';
import welshPlaces from '../lexicons/welsh-places.json' with { type: 'json' };
import welshCues from '../lexicons/welsh-paper-cues.json' with { type: 'json' };

interface Cue {
  pattern: RegExp;
  says: string;
  weight: number;
}

/** The masthead: Welsh councils print their Welsh name and bilingual labels at the top. */
const HEAD_CUES: Cue[] = [
  { pattern: /\bcyngor\s+\p{L}/iu, says: 'a Welsh council name (Cyngor ...)', weight: 3 },
  {
    pattern: new RegExp(String.raw`\b(${welshCues.headerWords.join('|')})\b`, 'i'),
    says: 'a bilingual Welsh and English header',
    weight: 3,
  },
];

/** Anywhere in the paper: addresses, legislation and bodies that exist only in Wales. */
const BODY_CUES: Cue[] = [
  { pattern: /\b(gov\.wales|llyw\.cymru)\b/i, says: 'a Welsh Government address', weight: 3 },
  { pattern: /\bCare Inspectorate Wales\b/, says: 'Care Inspectorate Wales', weight: 1 },
  {
    pattern: /\bSocial Services and Well-being \(Wales\) Act/i,
    says: 'the Social Services and Well-being (Wales) Act 2014',
    weight: 2,
  },
  {
    pattern: /\bWell-being of Future Generations \(Wales\) Act/i,
    says: 'the Well-being of Future Generations (Wales) Act 2015',
    weight: 2,
  },
  { pattern: /\b[A-Z][\w ()-]{2,60} \(Wales\) (Act|Regulations)\b/, says: 'Welsh legislation', weight: 1 },
  { pattern: /\bSenedd\b/, says: 'the Senedd', weight: 1 },
  // The same in Welsh: a paper that names Welsh law in Welsh is a Welsh council's.
  {
    pattern: /\bRhan 4\b[^.]{0,40}\bAtodlen 12\s?A\b|\bAtodlen 12\s?A\b/i,
    says: 'Schedule 12A cited in Welsh (Atodlen 12A)',
    weight: 3,
  },
  { pattern: /\bParagraff(?:au|\(au\))?\s+1[2-8]\b/i, says: 'a Welsh exempt paragraph cited in Welsh', weight: 3 },
  // Welsh statutes named in Welsh end "(Cymru) 2014": Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014.
  { pattern: /\(Cymru\) (?:19|20)\d\d\b/, says: 'Welsh legislation named in Welsh (… (Cymru) 2014)', weight: 3 },
  { pattern: /\bLlywodraeth Cymru\b|\bWelsh Government\b/i, says: 'the Welsh Government', weight: 2 },
  {
    pattern:
      /\bArolygiaeth Gofal Cymru\b|\bOmbwdsmon Gwasanaethau Cyhoeddus Cymru\b|\bPublic Services Ombudsman for Wales\b|\bComisiynydd Plant Cymru\b|\bChildren['’]s Commissioner for Wales\b/i,
    says: 'a body that exists only in Wales',
    weight: 2,
  },
  {
    pattern: /\bWelsh Language Standards\b|\bSafonau['’]r Gymraeg\b|\bWelsh Language \(Wales\) Measure\b/i,
    says: 'the Welsh Language Standards',
    weight: 2,
  },
];

/** Words that occur only in Welsh prose, so a run of them is text written in Welsh. */
const WELSH_WORDS = new RegExp(
  String.raw`(?<![\p{L}’'])(?:${welshCues.proseWords.map((w) => w.replace(/'/g, "['’]")).join('|')})(?![\p{L}’'])`,
  'giu',
);
const WELSH_PROSE_WORDS = 8;

const PLACE_NAMES = welshPlaces.places.map((p) => p.replace(/[-\s]/g, '[-\\s]')).join('|');
// "City and County of Swansea", "Gwynedd Council", "Wrexham County Borough Council", "Cyngor Sir Powys".
const COUNCIL_OF_A_WELSH_AREA = new RegExp(
  `\\b(?:city and county of|county borough of|cyngor(?: sir| dinas| bwrdeistref sirol)?)\\s+(?:${PLACE_NAMES})\\b|\\b(?:${PLACE_NAMES})(?:\\s+(?:county borough|county|city|borough))?\\s+council\\b`,
  'iu',
);

const WALES_WORDS = /wales|welsh|cymru|gymraeg|atodlen|paragraff|senedd/i;

const PART_4 = /\bPart 4 of Schedule 12\s?A\b/i;
// A capitalised word starting after a non-letter, so a long run of letters is read from its start only once.
const ANY_COUNCIL =
  /(?<!\p{L})\p{Lu}\p{L}*(?: (?:County Borough|County|City|Borough|District|Metropolitan Borough))? Council\b/u;

const WELSH_POSTCODE = new RegExp(`\\b(?:${welshPlaces.postcodeAreas.join('|')})\\d{1,2}[A-Z]?\\s?\\d[A-Z]{2}\\b`);

/** Things only an English council's paper would rest on. */
const ENGLISH_CUES: RegExp[] = [
  /\bChildren and Social Work Act 2017\b/i,
  /\bOfsted\b/,
  /\bLocal Government and Social Care Ombudsman\b/i,
];

const HEAD_CHARS = 1500;

/** What the masthead says about where the council is: text in Welsh, Welsh places and postcodes. */
function headCues(head: string): Cue[] {
  const out = HEAD_CUES.filter((c) => c.pattern.test(head));
  const welshCouncil = COUNCIL_OF_A_WELSH_AREA.test(head);
  if (welshCouncil) out.push({ pattern: COUNCIL_OF_A_WELSH_AREA, says: 'the name of a Welsh council', weight: 3 });
  // A page with no masthead ("Reasons restricted") that cites the Welsh Part is a Welsh council's; under an
  // English council's name the same citation is a mistake for the consistency check to point out.
  if (PART_4.test(head) && (welshCouncil || !ANY_COUNCIL.test(head)))
    out.push({ pattern: PART_4, says: 'Part 4 of Schedule 12A (the Welsh Part)', weight: 3 });
  if ((head.match(WELSH_WORDS) ?? []).length >= WELSH_PROSE_WORDS)
    out.push({ pattern: WELSH_WORDS, says: 'text written in Welsh', weight: 3 });
  const places = welshPlaces.places.filter((p) => hasCue(head, [p]));
  const postcode = WELSH_POSTCODE.test(head);
  // One town may be a placement far from home; two places, or a place and a postcode, are where the council sits.
  if (places.length + (postcode ? 1 : 0) >= 2)
    out.push({ pattern: WELSH_POSTCODE, says: 'Welsh places or postcodes in its opening', weight: 3 });
  return out;
}

export function detectJurisdiction(doc: DocumentModel): { jurisdiction: Jurisdiction; reason: string } {
  const head = doc.text.slice(0, HEAD_CHARS);
  // Every body cue names Wales, Welsh or Cymru, or is in Welsh: a paper with none of those words needs no closer reading.
  const body = WALES_WORDS.test(doc.text) ? BODY_CUES.filter((c) => c.pattern.test(doc.text)) : [];
  const found = [...headCues(head), ...body];
  const welsh = found.reduce((sum, c) => sum + c.weight, 0);
  const english = ENGLISH_CUES.filter((p) => p.test(doc.text)).length;
  // A strong cue (the council's own name, a bilingual header, a gov.wales address) settles it; passing
  // mentions of Welsh bodies (a child placed in a home in Wales) must outweigh English ones.
  if (found.some((c) => c.weight >= 3) || welsh > english + 1) {
    return { jurisdiction: 'wales', reason: `The paper has ${found.map((c) => c.says).join(', ')}.` };
  }
  return {
    jurisdiction: 'england',
    reason: found.length
      ? `Only passing Welsh references (${found.map((c) => c.says).join(', ')}); read as an English paper.`
      : 'No sign of a Welsh council, body or statute; read as an English paper.',
  };
}
