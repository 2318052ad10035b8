// Street addresses and house names: "14 Heron Way", "Flat 4, Copperfield House, Station Road",
// "7 Heol y Nant, Abermorlais", "lives at Rose Cottage". An address places a private person at home.
// Council offices in a contact block, statute references ("section 22 Road Traffic Act") and
// numbered paragraphs are not addresses.
import { defineDetector, PERSONAL_PARAGRAPHS, type Candidate } from '../engine/define-detector.ts';
import type { ScanContext } from '../engine/context.ts';
import { matchAll, matchAllNotAfter, mergeOverlapping } from '../engine/match.ts';
import type { Block } from '../model/document.ts';
import { cellToLeft } from '../engine/row-label.ts';
import { isOfficialLine, isOrganisationAddress } from '../engine/organisation-address.ts';
import { columnTypeOf, isHeadingRow } from '../engine/table-columns.ts';
import { findPeople } from '../people/find-people.ts';
import streets from '../lexicons/street-words.json' with { type: 'json' };

const WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const STREET = `(?:${streets.english.join('|')})`;
const WELSH = `(?:${streets.welsh.join('|')})`;
const HOUSE = `(?:${streets.houseWords.join('|')})`;
const NAMES_A_BUILDING = new RegExp(String.raw`(?:${STREET}|${HOUSE})(?![\p{L}])`, 'u');
// Every address the patterns below find holds one of these words, with no letter after it.
const STREET_OR_BUILDING = new RegExp(String.raw`(?:${STREET}|${HOUSE}|${WELSH})(?![\p{L}])`, 'u');
// A town after the street: ", Ebbswick" or ", Llanfihangel Dyffryn" (capitalised words only).
const TOWN = String.raw`(?:,\s${WORD}(?:\s${WORD})?(?![\p{L}\d]))?`;
// A house number follows no letter, digit or sign of an amount or a reference ("£14", "3.14", "A/14"). The numbered
// patterns are matched only where it does not (matchAllNotAfter): a look-behind would cost V8 far more.
const NOT_AFTER_NUMBER = /[\p{L}\d.,/£$-]/u;
const NUMBER_THEN_NAME = /\d[A-Za-z]?,?\s\p{Lu}/u;
// "14 Heron Way", "22a Victoria Road", "14-16 High Street"; the street name is one to three capitalised words.
const NUMBERED = new RegExp(
  String.raw`\d{1,4}[A-Za-z]?(?:[-–]\d{1,4}[A-Za-z]?)?,?\s(?:${WORD}\s){1,3}?${STREET}(?![\p{L}\d])(?!\s\p{Lu})${TOWN}`,
  'gu',
);
// "7 Heol y Nant": Welsh street words come first, with an optional article.
const NUMBERED_WELSH = new RegExp(
  String.raw`\d{1,4}[A-Za-z]?,?\s${WELSH}\s(?:(?:y|yr|'r)\s)?${WORD}(?:\s${WORD})?(?![\p{L}\d])${TOWN}`,
  'gu',
);
// "Flat 4, Copperfield House, Station Road".
const FLAT = new RegExp(
  String.raw`\b(?:Flat|Apartment|Apt\.?|Unit|Room)\s\d{1,4}[A-Za-z]?(?:,?\s${WORD}(?:\s${WORD}){0,3}){1,2}`,
  'gu',
);
// A street or house name without a number, only after words that say it is where someone lives.
const AT_HOME = new RegExp(
  String.raw`\b(?:lives at|living at|lived at|home at|resides at|residing at|moved to|moving to|address is|address of|address:|staying at|(?:his|her|their) (?:drive|house|garden|doorstep|front door|flat) (?:on|in|at))\s((?:${WORD}\s){0,3}?(?:${STREET}|${HOUSE})(?![\p{L}\d])${TOWN}|${WELSH}\s(?:(?:y|yr|'r)\s)?${WORD}(?:\s${WORD})?${TOWN})`,
  'gu',
);

// A reference to law or to the paper itself, not a house number: "section 22 Road Traffic Act".
// "at their home, Heatherlea, Bramble Lane": a house name given as someone's home, before its street.
const HOME_NAMED = new RegExp(
  String.raw`\b(?:his|her|their|the family(?:['’]s)?) home,\s(${WORD}(?:\s${WORD})?)(?=,\s(?:${WORD}\s){0,2}${STREET}(?![\p{L}]))`,
  'gu',
);
const CITATION_BEFORE =
  /\b(?:section|sections|s\.|paragraph|para|paras|rule|regulation|reg\.|article|schedule|part|chapter|clause|item|page|appendix|annex|table|figure|year|route|junction|phase|stage|ward|bus|no\.)\s*$/i;
// Offices of public bodies and firms: a work address, not a home.
const OFFICES =
  /\b(?:civic cent(?:re|er)|canolfan ddinesig|swyddfeydd|swyddfa['’]r cyngor|neuadd y sir|neuadd y dref|siambr|town hall|county hall|city hall|guildhall|council offices|council house|offices|headquarters|police station|library|registered office|solicitors|chambers|ltd|limited|llp|plc)\b/i;
// Names of organisations heading an address block on a cover or back page.
const ORGANISATION =
  /\b(?:council|bureau|trust|association|society|foundation|charity|centre|center|ltd|limited|llp|plc|nhs|police|university|college|offices?|department|ministry|agency|commission|ombudsman|network|partnership|institute|federation|union|cic|board|authority)\b/i;
const ADDRESS_LINE_MAX = 80;
// "lived at Hollybank House, a private children's home": a named home, which the place detector reports.
const CARE_SETTING_AFTER =
  /^[^.;]{0,40}\b(?:children['’]s home|care home|residential|hostel|supported accommodation|placement|refuge|school|unit)\b/i;

export default defineDetector({
  id: 'street-address',
  type: 'address',
  severity: 'high',
  scope: 'block',
  explanation: 'A street address or house name places a private individual at their home.',
  exemptParagraphs: PERSONAL_PARAGRAPHS,
  source: 'Royal Mail address conventions; Children Act 1989 s.97(2) (a child’s address); ../shared/docs/domain.md §4',
  detect(block, context) {
    const text = block.text;
    const label = cellToLeft(block, context);
    // "Placement address | ..." labels a home; "Email address", "web address" and "IP address" do not.
    // A label is short ("Placement address"); a sentence in the cell to the left ("... at every change of address") is not one.
    if (
      label.length <= 40 &&
      /\baddress\b/.test(label) &&
      !isHeadingRow(context, block) &&
      !/\b(?:e-?mail|web|ip|website|internet)\s+address\b/.test(label)
    )
      return [
        {
          start: 0,
          end: withoutPostcode(text),
          suggestion: '[Address]',
          trace: [{ rule: 'address-row-label', cue: label, leaning: 'private' }],
        },
      ];
    // Under an "Address" column heading each cell is that row's address, unless it is an organisation's.
    if (
      columnTypeOf(context, block) === 'address' &&
      /\p{L}/u.test(text) &&
      !ORGANISATION.test(text) &&
      withoutPostcode(text) > 0
    ) {
      return [
        {
          start: 0,
          end: withoutPostcode(text),
          suggestion: '[Address]',
          trace: [{ rule: 'address-column', cue: 'column heading', leaning: 'private' }],
        },
      ];
    }
    // Few blocks name a street or a building ("Road", "House", "Heol"): the others are not searched further.
    if (!STREET_OR_BUILDING.test(text)) return [];
    const found: Candidate[] = [];
    // Every numbered address and flat has a number then a capitalised word ("14 Heron", "4, Copperfield"; Welsh street
    // words are capitalised too): a block without one is not searched for them.
    if (NUMBER_THEN_NAME.test(text)) {
      const numbered = [
        ...matchAllNotAfter(text, NUMBERED, NOT_AFTER_NUMBER),
        ...matchAllNotAfter(text, NUMBERED_WELSH, NOT_AFTER_NUMBER),
      ];
      for (const m of numbered) {
        if (CITATION_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) continue;
        found.push({ start: m.start, end: m.end, suggestion: '[Address]' });
      }
      for (const m of matchAll(text, FLAT)) {
        if (!NAMES_A_BUILDING.test(m.text)) continue;
        found.push({ start: m.start, end: m.end, suggestion: '[Address]' });
      }
    }
    for (const m of matchAll(text, AT_HOME)) {
      const start = m.start + m.text.indexOf(m.groups[0]!);
      if (CARE_SETTING_AFTER.test(text.slice(m.end))) continue;
      found.push({ start, end: m.end, suggestion: '[Address]' });
    }
    // Every match of HOME_NAMED holds "home,": a block without it is not searched.
    for (const m of text.includes('home,') ? matchAll(text, HOME_NAMED) : []) {
      const start = m.start + m.text.lastIndexOf(m.groups[0]!);
      found.push({
        start,
        end: start + m.groups[0]!.length,
        suggestion: '[Address]',
        trace: [{ rule: 'house-name-given-as-home', cue: m.text.slice(0, m.text.indexOf(',')), leaning: 'private' }],
      });
    }
    if (found.length === 0) return [];
    const people = namesIn(block, context);
    const nearOffices =
      (isOfficialLine(block, context) && isOrganisationAddress(block, context, 0)) ||
      (OFFICES.test(text) && context.isContactDetails(block)) ||
      inOrganisationAddress(block, context);
    return mergeOverlapping(found)
      .filter((c) => !nearOffices && !OFFICES.test(text.slice(Math.max(0, c.start - 30), c.start)))
      .map((c) => withoutNameAfter(c, text, people));
  },
});

/**
 * Where the people stage found a person in this block, as offsets within it: a name it judged, or one with a
 * courtesy title. A name it cannot judge ("Fenwick Marsh" after a street) may be the town.
 */
function namesIn(block: Block, context: ScanContext): number[] {
  return findPeople(context)
    .filter((p) => p.block === block && (p.verdict === 'private' || p.verdict === 'public' || p.mention.title))
    .map((p) => p.start - block.start);
}

/**
 * "14 Brookside Terrace, Mrs Hazel Winters": the capitalised words after the street's comma are the person the
 * sentence names, not the town, so the address ends before that comma.
 */
function withoutNameAfter(c: Candidate, text: string, nameStarts: readonly number[]): Candidate {
  const name = nameStarts.find((at) => at > c.start && at < c.end);
  if (name === undefined) return c;
  const comma = text.lastIndexOf(',', name);
  return comma > c.start ? { ...c, end: c.start + text.slice(c.start, comma).trimEnd().length } : c;
}

/** An address set out line by line under an organisation's name ("National Children's Bureau / 8 Wakley Street"). */
function inOrganisationAddress(block: Block, context: ScanContext): boolean {
  if (block.kind === 'table-cell' || block.text.length > ADDRESS_LINE_MAX) return false;
  const i = context.indexOf(block);
  const nearby = context.doc.blocks
    .slice(Math.max(0, i - 2), i + 3)
    .filter((b) => b !== block && b.text.length <= ADDRESS_LINE_MAX);
  return nearby.some((b) => ORGANISATION.test(b.text));
}

/** An address cell without its trailing postcode, which the postcode detector reports itself. */
function withoutPostcode(text: string): number {
  const postcode = /,?\s*[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\s*$/.exec(text);
  return postcode ? postcode.index : text.length;
}
