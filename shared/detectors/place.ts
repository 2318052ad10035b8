// A named school, children's home, street or settlement tied to a particular private individual (the
// school a named child attends, the village a pupil travels from): with the rest of the paper it
// narrows the child down to one.
import { defineDetector, PERSONAL_PARAGRAPHS, type Candidate } from '../engine/define-detector.ts';
import type { ScanContext } from '../engine/context.ts';
import { findPeople } from '../people/find-people.ts';
import { matchAll, matchAllNotAfter } from '../engine/match.ts';
import { capitalisedRunAfter, capitalisedRunBefore } from '../engine/capitalised-words.ts';
import type { Block } from '../model/document.ts';
import { sentenceAround, withinOneSentence, endsSentence } from '../engine/sentences.ts';
import { hasCue } from '../engine/match.ts';
import { mutatedForms, radicalForms } from '../nlp/welsh-mutation.ts';
import { LARGE_AREAS } from '../engine/large-areas.ts';
import publicPlaces from '../lexicons/public-places.json' with { type: 'json' };
import placeCues from '../lexicons/place-cues.json' with { type: 'json' };

const NOT_PLACES: ReadonlySet<string> = new Set(publicPlaces.notPlaces.map((w) => w.toLowerCase()));
// Public venues ("the Market Hall", "Hillside Leisure Centre"): where anyone goes, not where a person lives or learns.
const VENUE = new RegExp(String.raw`(?:^|\s)(?:${publicPlaces.venueEndings.join('|')})$`, 'i');
// A place after a plural group ("care leavers living in Fenwick") is where a group lives, not one person.
const GROUP_BEFORE_CUE = new RegExp(String.raw`\b(?:${publicPlaces.groupBefore.join('|')})\s+(?:\w+\s+)?$`, 'i');
// A person's role before an institution is not part of its name: "a Governor of Shaftesbury School".
const ROLE_PREFIX =
  /^(?:(?:Chair|Governor|Head|Headteacher|Principal|Member|Trustee|Clerk|Director|Manager|Friends)\s+(?:of|at)\s+(?:the\s+)?)+/;
// "with his grandparents in Ravensworth", "placed with carers at X, near Y": in, at or near after a relative or a home in the same clause.
const IN_OR_NEAR = /(?:in|near|at)\s(?=\p{Lu})/gu;
const LIVES_WITH = new RegExp(String.raw`\b(?:${placeCues.livesWith.join('|')})\b`, 'i');
// These and WELSH are matched only where no letter comes before (matchAllNotAfter): a look-behind would cost V8 far more.
const LETTER = /\p{L}/u;
// Welsh: "ym Mangor", "yng Nghaerdydd" (nasal), "yn byw yn Llanelli"; the name is read as its radical.
const WELSH_IN = /(?:(?:byw|lleoli|lleolwyd|gartref|symud|symudodd)\s+(?:yn|ym|yng|i)|yn ardal|ym|yng)\s(?=\p{Lu})/gu;

// The words that end the name of a school, a home or a surgery; the name is read back from them.
const INSTITUTION_END =
  /\b(?:Primary School|High School|Special School|Infant School|Junior School|School|Academy|College|Nursery|House|Lodge|Farm|Cottage|Medical Practice|Medical Centre|Health Centre|Surgery|Children['’]s Home|Hall|Primary(?!\s\p{Lu}))\b/gu;
// Welsh names keep their small words: "Ysgol y Bryn", "Canolfan yr Afon".
const WELSH = /(?:Ysgol|Coleg|Tŷ|TŶ|Plas|Bryn|BRYN|Canolfan|Cartref)(?:\s(?:y|yr|ar|o))?(?:\s\p{Lu}[\p{L}'’-]*){1,4}/gu;
const STREET_END = / (?:Street|Road|Crescent|Close|Avenue|Lane|Drive|Grove|Terrace|estate|Estate)\b/gu;
// Words after which a capitalised name is where someone lives, learns or comes from.
const SETTLEMENT_CUE =
  /\b(?:lives in|living in|moved to|home in|grew up in|village of|lives at|living at|attends|attending|carers in|journey from|travels from|travelling from|in the) /gu;
// A home's name given with its address: "Willowbank, at 12 Tern Avenue".
const ADDRESS_AFTER_NAME =
  /, (?:at )?\d{1,4}[a-z]? (?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)\p{Lu}/gu;
// Bodies whose names end like a home or school but are not somewhere a child lives or learns.
const NOT_A_PLACE =
  /\b(?:Town Hall|County Hall|City Hall|Civic|Council|Committee|Ofsted|Court|Parliament|Westminster|Senedd|Crown|Police|Leisure|Community Centre|Library|Office|Pupil Referral Unit|Virtual School|University)\b/;
// Words that show a sentence is about one individual rather than a service.
const INDIVIDUAL =
  /\b(?:he|she|his|her|him|hi|fe|fo|oed|ei fam|ei dad|ei nain|ei thad|\d{1,2}[- ]year[- ]old|aged \d{1,2}(?!\s*(?:to|-|–|and|or)\s*\d)|dob|date of birth|born|(?:the|this) (?:young person|child|girl|boy|pupil|family)(?! (?:hub|centre|court|support|services?|group))|the (?:younger|older|eldest|youngest|elder) (?:girl|boy|child|sibling|brother|sister)|(?:son|daughter|grandson|granddaughter)|(?:young person|child|appeal|pupil|sibling) [A-Z]\b|\b[A-Z]['’]s (?:school|home|nursery|college|placement)\b|(?:is|was) in Year \d{1,2}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)[- ]year[- ]old|(?:one|two|three|four|five|a single|only)\s+(?:[\p{L}-]+\s+|Year\s+\d{1,2}\s+)?(?:girls?|boys?|child(?:ren)?|young (?:people|person)|care leavers?|pupils?|siblings?|brothers?|sisters?))\b/iu;

export default defineDetector({
  id: 'place',
  type: 'place',
  severity: 'medium',
  scope: 'document',
  explanation: 'A named school, home, street or settlement tied to a particular private individual can identify them.',
  exemptParagraphs: PERSONAL_PARAGRAPHS,
  source: 'Children Act 1989 s.97(2) (an address or school as a child’s); ICO motivated-intruder test',
  detect(context) {
    const { text } = context.doc;
    const privateAt = privateMentionOffsets(context);
    const tied = new Map<string, Tie>();
    // Mentions in general use are weighed only for names tied somewhere: most place-shaped words never are.
    const untied: { key: string; block: Block; scopeText: string }[] = [];
    const authority = new Map<string, boolean>();
    // Each block's text is part of the paper's: a Welsh pattern found nowhere in it is not looked for block by block.
    const welsh: WelshInPaper = { names: occursIn(text, WELSH), prepositions: occursIn(text, WELSH_IN) };
    for (const block of context.doc.blocks) {
      const spans = placeNames(block.text, welsh);
      // An office address in a contact block is where officers work (asked only of blocks that name a place: it reads the blocks around).
      if (spans.length === 0 || context.isContactDetails(block)) continue;
      for (const span of spans) {
        const name = block.text.slice(span.start, span.end);
        const key = (span.radical ?? name).toLowerCase();
        const at = block.start + span.start;
        const scope =
          block.kind === 'table-cell' ? tableAround(context, block) : sentenceAround(text, at, block.start + span.end);
        const scopeText = text.slice(scope.start, scope.end);
        const named = privateAt.some((p) => p >= scope.start && p < scope.end);
        const individual = INDIVIDUAL.exec(scopeText)?.[0];
        const withAddress = span.kind === 'home-with-address';
        if (!named && !withAddress && !individual) {
          untied.push({ key, block, scopeText });
          continue;
        }
        if (!withAddress && generalUseCue(context, block, scopeText, false)) {
          untied.push({ key, block, scopeText });
          continue;
        }
        // Asked only of places already tied to someone, once per name: the answer reads the whole paper.
        if (!authority.has(key)) authority.set(key, isAuthorityArea(context, span.radical ?? name));
        if (authority.get(key)) continue;
        if (tied.has(key)) continue;
        const cue = withAddress
          ? 'given with an address'
          : named
            ? 'a named private individual in the same sentence'
            : individual!;
        tied.set(key, {
          name,
          radical: span.radical ?? name,
          kind: span.kind,
          candidate: {
            start: 0,
            end: 0,
            suggestion: '[Place]',
            message: named
              ? `Place tied to a named private individual: "${name}" shows where they live, learn or are cared for.`
              : `Place tied to a particular child or family described beside it: "${name}".`,
            trace: [
              {
                rule: withAddress
                  ? 'home-given-with-address'
                  : named
                    ? 'place-beside-private-person'
                    : 'place-in-sentence-about-one-person',
                cue,
                leaning: 'private',
              },
            ],
          },
        });
      }
    }
    const general = new Map<string, string>();
    for (const { key, block, scopeText } of untied) {
      if (!tied.has(key) || general.has(key)) continue;
      const cue = generalUseCue(context, block, scopeText, true);
      if (cue) general.set(key, cue);
    }
    // Once a place is tied to a child, every mention of it, in every Welsh form, tells the reader where that child is;
    // a road or school the paper also names as the subject of its business is in general use, and left alone.
    return [...tied.entries()].flatMap(([key, { name, radical, kind, candidate }]) => {
      const generalCue = general.get(key);
      if (generalCue && kind !== 'home-with-address') return [];
      return occurrences(text, formsOf(name, radical))
        .filter(({ start, end }) => withinOneSentence(text, start, end))
        .map(({ start, end }) => ({ ...candidate, start, end }));
    });
  },
});

/**
 * Why a mention is in general use, if it is: the report's title; a declaration of interest, which names a member's
 * school whoever the sentence is about; or, in a sentence about no one in particular, a programme or a scheme.
 */
function generalUseCue(context: ScanContext, block: Block, scopeText: string, aboutNoOne: boolean): string | undefined {
  if (/^(?:report )?(?:title|subject)\s*:/i.test(block.text)) return 'report title';
  const rowText = block.kind === 'table-cell' ? rowAround(context, block) : scopeText;
  const declared = publicPlaces.publicRoleCues.find((c) => hasCue(rowText, [c]));
  if (declared || !aboutNoOne) return declared;
  return publicPlaces.generalUseCues.find((c) => hasCue(scopeText, [c]));
}

interface Tie {
  name: string;
  radical: string;
  kind?: PlaceSpan['kind'];
  candidate: Candidate;
}

/** A place as written, in capitals, and every Welsh mutated form of its radical ("Bangor", "Mangor", "Fangor"). */
function formsOf(name: string, radical: string): string[] {
  const words = radical.split(' ');
  const mutated = words.length > 0 ? mutatedForms(words[0]!).map((w) => [w, ...words.slice(1)].join(' ')) : [];
  return [...new Set([name, radical, ...mutated])];
}

/** Every whole-word occurrence of a name in the text, in any of its forms or in capitals (headings); never inside an email or web address. */
function occurrences(text: string, names: readonly string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const seen = new Set<number>();
  for (const form of new Set(names.flatMap((n) => [n, n.toUpperCase()]))) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      if (seen.has(i)) continue;
      if (!/[\p{L}\p{N}@.]/u.test(text[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[i + form.length] ?? ' ')) {
        seen.add(i);
        out.push({ start: i, end: i + form.length });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The council's own area ("Coldbrook" of Coldbrook MBC) is where every child in its care is: it identifies no one. */
function isAuthorityArea({ doc, policy }: ScanContext, name: string): boolean {
  if (policy.councilName?.toLowerCase().includes(name.toLowerCase())) return true;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `\\b${escaped}\\s+(?:Metropolitan\\s+|County\\s+|City\\s+|Borough\\s+|District\\s+)*(?:Council|Borough|County|City|MBC|BC|CC|CBC|DC)\\b|\\bCyngor\\s+(?:Sir\\s+|Bwrdeistref\\s+Sirol\\s+)?${escaped}\\b`,
    'i',
  ).test(doc.text);
}

interface PlaceSpan {
  start: number;
  end: number;
  // Always set, if only to undefined: every span has the same shape, which keeps V8's code for them fast.
  kind: 'home-with-address' | undefined;
  radical: string | undefined;
}

const placeSpan = (start: number, end: number, kind?: PlaceSpan['kind'], radical?: string): PlaceSpan => ({
  start,
  end,
  kind,
  radical,
});

/** The place names a block's text gives, each read off from one kind of cue; one small function for each. */
/** Whether the paper has any match of the Welsh patterns at all. */
interface WelshInPaper {
  names: boolean;
  prepositions: boolean;
}

function occursIn(text: string, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

function placeNames(text: string, welsh: WelshInPaper): PlaceSpan[] {
  const spans: PlaceSpan[] = [];
  institutionNames(text, spans);
  streetNames(text, spans);
  homesGivenWithAddress(text, spans);
  if (welsh.names) welshNames(text, spans);
  settlementsAfterCue(text, spans);
  placesWithRelatives(text, spans);
  if (welsh.prepositions) placesAfterWelshPreposition(text, spans);
  const found: PlaceSpan[] = [];
  for (const span of spans) {
    if (!span.kind) trimSpan(text, span);
    span.end = sentenceEndWithin(text, span.start, span.end);
    if (isPlaceName(text.slice(span.start, span.end), span.radical)) found.push(span);
  }
  return found.filter(
    (s, i) =>
      !found.some(
        (o, j) => j !== i && o.start <= s.start && o.end >= s.end && (o.end - o.start > s.end - s.start || j < i),
      ),
  );
}

function isPlaceName(name: string, radical: string | undefined): boolean {
  return (
    name.length > 3 &&
    !NOT_A_PLACE.test(name) &&
    !VENUE.test(name) &&
    !isLarge(radical ?? name) &&
    !NOT_PLACES.has(name.toLowerCase()) &&
    !NOT_PLACES.has(name.split(' ')[0]!.toLowerCase()) &&
    !/^(?:The|A|An|This|That|Our|Their|His|Her)\s/.test(name)
  );
}

/** The capitalised words ending at `nameEnd`, as a span running to `spanEnd` (the suffix, if it is part of the name). */
function pushNameBefore(
  text: string,
  spans: PlaceSpan[],
  nameEnd: number,
  spanEnd: number,
  maxWords: number,
  kind?: PlaceSpan['kind'],
): void {
  const start = capitalisedRunBefore(text, nameEnd, maxWords);
  if (start !== undefined) spans.push(placeSpan(start, spanEnd, kind));
}

/** "Fernhill Primary School", "Hollybank House": the name is read back from the word that ends it. */
function institutionNames(text: string, spans: PlaceSpan[]): void {
  for (const m of matchAll(text, INSTITUTION_END)) {
    if (text[m.start - 1] === ' ') pushNameBefore(text, spans, m.start - 1, m.end, 5);
  }
}

/** A street's name has no small words: "the Family Hub on Chester Road" names Chester Road. */
function streetNames(text: string, spans: PlaceSpan[]): void {
  for (const m of matchAll(text, STREET_END)) {
    const start = capitalisedRunBefore(text, m.start, 2);
    if (start === undefined) continue;
    const link = /^.*\s(?:on|of|and|the|upon)\s/.exec(text.slice(start, m.start))?.[0].length ?? 0;
    spans.push(placeSpan(start + link, m.end));
  }
}

/** "Willowbank, at 12 Tern Avenue". */
function homesGivenWithAddress(text: string, spans: PlaceSpan[]): void {
  for (const m of matchAll(text, ADDRESS_AFTER_NAME))
    pushNameBefore(text, spans, m.start, m.start, 2, 'home-with-address');
}

/** "Ysgol y Bryn", "Canolfan yr Afon". */
function welshNames(text: string, spans: PlaceSpan[]): void {
  for (const m of matchAllNotAfter(text, WELSH, LETTER)) spans.push(placeSpan(m.start, m.end));
}

/** "lives in Fenwick", "attends Hallfield", "in the Hallfield area". */
function settlementsAfterCue(text: string, spans: PlaceSpan[]): void {
  for (const m of matchAll(text, SETTLEMENT_CUE)) {
    // "in the Hallfield area": after "the", only a name followed by "area" is a place.
    const article = text.startsWith('the ', m.end);
    if (GROUP_BEFORE_CUE.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    const run = capitalisedRunAfter(text, article ? m.end + 4 : m.end, 3);
    // An acronym after "attending" is a course or a service ("ESOL", "CAMHS"), not a settlement.
    if (run && /^\p{Lu}{2,6}$/u.test(text.slice(run[0], run[1]))) continue;
    if (run && (!(article || m.text.startsWith('in the')) || text.startsWith(' area', run[1])))
      spans.push(placeSpan(run[0], run[1]));
  }
}

/** "with his grandparents in Ravensworth": in, at or near after a relative or a home in the same clause. */
function placesWithRelatives(text: string, spans: PlaceSpan[]): void {
  for (const m of matchAllNotAfter(text, IN_OR_NEAR, LETTER)) {
    const clause = text
      .slice(Math.max(0, m.start - 100), m.start)
      .split(/[.;:!?]/)
      .at(-1)!;
    // "at the Family Court in Hexley", "the council's offices in Y": where a body sits, not where a person lives.
    if (
      !LIVES_WITH.test(clause) ||
      GROUP_BEFORE_CUE.test(clause) ||
      /\b(?:Court|Tribunal|Council|Offices?|Hospital|Prison|HMP|Police)\s*$/i.test(clause)
    )
      continue;
    const run = capitalisedRunAfter(text, m.end, 3);
    if (run && !/^\p{Lu}{2,6}$/u.test(text.slice(run[0], run[1]))) spans.push(placeSpan(run[0], run[1]));
  }
}

/** "ym Mangor", "yng Nghaerdydd", "yn byw yn Llanelli": the name is read as its radical. */
function placesAfterWelshPreposition(text: string, spans: PlaceSpan[]): void {
  for (const m of matchAllNotAfter(text, WELSH_IN, LETTER)) {
    const run = capitalisedRunAfter(text, m.end, 3);
    if (!run) continue;
    const words = text.slice(run[0], run[1]).split(' ');
    const radical = welshRadical(words[0]!, m.text.trim().split(/\s+/).at(-1)!);
    spans.push(
      placeSpan(run[0], run[1], undefined, radical !== words[0] ? [radical, ...words.slice(1)].join(' ') : undefined),
    );
  }
}

const isLarge = (name: string): boolean => LARGE_AREAS.has(name.toLowerCase());

/**
 * The radical a place name after a Welsh preposition comes from: "ym Mangor" → Bangor, "yng Nghaerdydd" →
 * Caerdydd. Nasal mutation after ym/yng is certain for mh, ngh and ng; "ym M..." stays as written unless it is a known area.
 */
function welshRadical(word: string, preposition: string): string {
  const candidates = radicalForms(word).filter((r) => r !== word && !(/^g/i.test(r) && !/^[aeiouwylr]/i.test(word)));
  const known = candidates.find((r) => isLarge(r));
  if (known) return known;
  if (preposition === 'ym' && /^Mh/.test(word)) return `P${word.slice(2)}`;
  if (preposition === 'yng' && /^Ngh/.test(word)) return `C${word.slice(3)}`;
  if (preposition === 'yng' && /^Ng/.test(word)) return `G${word.slice(2)}`;
  if (preposition === 'ym' && /^M/.test(word)) return `B${word.slice(1)}`;
  return word;
}

/** Drops a leading sentence word or a role ("At Fernhill Academy", "Governor of Shaftesbury School") and trailing space. */
function trimSpan(text: string, span: PlaceSpan): void {
  const slice = text.slice(span.start, span.end);
  const lead = /^(?:At|In|From|To|And|But|When|Then|Both|Since|During)\s/.exec(slice)?.[0].length ?? 0;
  const role = ROLE_PREFIX.exec(slice.slice(lead))?.[0].length ?? 0;
  span.end = span.start + slice.trimEnd().length;
  span.start += lead + role;
}

/** A place name never runs over a sentence end ("Marshfield Academy. His" is "Marshfield Academy"): where it stops. */
function sentenceEndWithin(text: string, start: number, end: number): number {
  for (let i = start; i < end - 1; i++) {
    if (text[i] === '\n' || endsSentence(text, i)) return i;
  }
  return end;
}

function privateMentionOffsets(context: ScanContext): number[] {
  return findPeople(context)
    .filter((p) => p.verdict === 'private')
    .map((p) => p.start);
}

/** The text of the table row a cell sits in. */
function rowAround(context: ScanContext, cell: Block): string {
  const { blocks } = context.doc;
  const sameRow = (b: Block | undefined): b is Block =>
    b?.kind === 'table-cell' && b.origin.line === cell.origin.line && b.origin.row === cell.origin.row;
  const i = context.indexOf(cell);
  let first = i;
  let last = i;
  while (sameRow(blocks[first - 1])) first--;
  while (sameRow(blocks[last + 1])) last++;
  return blocks
    .slice(first, last + 1)
    .map((b) => b.text)
    .join('\t');
}

/** Document offsets of the whole table a cell sits in: a table about one child ties every cell to them. */
function tableAround({ doc }: ScanContext, cell: Block): { start: number; end: number } {
  const i = doc.blocks.indexOf(cell);
  let first = i;
  let last = i;
  while (first > 0 && doc.blocks[first - 1]!.kind === 'table-cell') first--;
  while (last < doc.blocks.length - 1 && doc.blocks[last + 1]!.kind === 'table-cell') last++;
  const end = doc.blocks[last]!;
  return { start: doc.blocks[first]!.start, end: end.start + end.text.length };
}
