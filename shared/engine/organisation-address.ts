// An address that belongs to an organisation (a council's offices, a charity's head office in a list
// of useful contacts) is public; only a private individual's address identifies anyone.
import type { Block } from '../model/document.ts';
import type { ScanContext } from './context.ts';
import { hasCue } from './match.ts';
import { sentenceAround } from './sentences.ts';
import labels from '../lexicons/official-labels.json' with { type: 'json' };

// Words that name an organisation or its premises in the lines of an address block.
const ORGANISATION_WORDS = [
  'council',
  'county council',
  'borough council',
  'association',
  'bureau',
  'centre for',
  'trust',
  'ltd',
  'limited',
  'plc',
  'llp',
  'government',
  'civic centre',
  'civic offices',
  'town hall',
  'county hall',
  'city hall',
  'guildhall',
  'offices',
  'department',
  'ministry',
  'chief executive',
  'democratic services',
  'headquarters',
  'hq',
  'police station',
  'hospital',
  'university',
  'college',
  'ombudsman',
  'commissioner',
  'charity',
  'foundation',
  'society',
  'partnership',
  'institute',
  'agency',
  'authority',
  'board',
  'service',
  'services',
  'network',
  'alliance',
  'federation',
  'union',
  ...labels.premisesWords,
];
// "Venue: Council Chamber, ...", "Lleoliad: Siambr, Neuadd y Sir": the meeting's place, a public building.
const VENUE_LABEL = new RegExp(String.raw`^(?:${labels.venueLabels.join('|')})\s*[:–-]`, 'i');
// "Cyswllt: Rhodri Jones 01286 ...": an officer's contact line in Welsh.
const WELSH_CONTACT_LABEL = new RegExp(
  String.raw`^(?:\d+(?:\.\d+)*\.?\s+)?(?:${labels.welshContactLabels.join('|')})\s*[:–-]`,
  'i',
);

/** A meeting's venue line or an officer's contact line, in English or Welsh: its details are public ones. */
export function isOfficialLine(block: Block, context: ScanContext): boolean {
  return VENUE_LABEL.test(block.text) || WELSH_CONTACT_LABEL.test(block.text) || context.isContactDetails(block);
}
// Lines that only an organisation's contact block has.
const ORGANISATION_CONTACT =
  /\bwww\.|https?:\/\/|\b(?:info|enquiries|enquiry|contact|admin|reception|office|hello|help)@|\bfax\b|facsimile|switchboard|registered charity|company (?:no|number)/i;

/** How many short lines above and below an address line belong to the same address block. */
const REACH = 4;
const LINE_MAX = 120;

/** `at` is where the address (or its postcode) sits in the block. Children's homes are not organisations here: their address is where children live. */
export function isOrganisationAddress(block: Block, context: ScanContext, at: number): boolean {
  if (VENUE_LABEL.test(block.text)) return true;
  // In prose, only the address's own sentence says whose it is.
  if (block.text.length > LINE_MAX)
    return hasCue(block.text.slice(Math.max(0, at - 80, sentenceAround(block.text, at).start), at), ORGANISATION_WORDS);
  // A table row about one child ("Placement address | ...") is judged by its own cell alone.
  if (block.kind === 'table-cell') return hasCue(block.text, ORGANISATION_WORDS);
  const i = context.indexOf(block);
  const lines = [block];
  for (let j = i - 1; j >= 0 && j >= i - REACH && context.doc.blocks[j]!.text.length <= LINE_MAX; j--)
    lines.push(context.doc.blocks[j]!);
  for (
    let j = i + 1;
    j < context.doc.blocks.length && j <= i + REACH && context.doc.blocks[j]!.text.length <= LINE_MAX;
    j++
  )
    lines.push(context.doc.blocks[j]!);
  return (
    hasCue(block.text, ORGANISATION_WORDS) ||
    lines.some(
      (b) =>
        b !== block &&
        (ORGANISATION_CONTACT.test(b.text) || (b.text.length <= 60 && hasCue(b.text, ORGANISATION_WORDS))),
    )
  );
}
