// A named school, children's home, street or settlement tied to a particular private individual (the
// school a named child attends, the village a pupil travels from): with the rest of the paper it
// narrows the child down to one.
import { defineDetector, PERSONAL_PARAGRAPHS, type Candidate } from '../engine/define-detector.ts';
import type { ScanContext } from '../engine/context.ts';
import { findPeople } from '../people/find-people.ts';
import { matchAll } from '../engine/match.ts';
import { capitalisedRunAfter, capitalisedRunBefore } from '../engine/capitalised-words.ts';
import type { Block } from '../model/document.ts';
import ukAreas from '../lexicons/uk-areas.json' with { type: 'json' };

const LARGE_AREAS: ReadonlySet<string> = new Set(ukAreas.areas);

// The words that end the name of a school, a home or a surgery; the name is read back from them.
const INSTITUTION_END = /\b(?:Primary School|High School|Special School|Infant School|Junior School|School|Academy|College|Nursery|House|Lodge|Farm|Cottage|Medical Practice|Surgery|Children['’]s Home|Hall)\b/gu;
// Welsh names keep their small words: "Ysgol y Bryn", "Canolfan yr Afon".
const WELSH = /(?<![\p{L}])(?:Ysgol|Coleg|Tŷ|TŶ|Plas|Bryn|BRYN|Canolfan|Cartref)(?:\s(?:y|yr|ar|o))?(?:\s\p{Lu}[\p{L}'’-]*){1,4}/gu;
const STREET_END = / (?:Street|Road|Crescent|Close|Avenue|Lane|Drive|Grove|Terrace|estate|Estate)\b/gu;
// Words after which a capitalised name is where someone lives, learns or comes from.
const SETTLEMENT_CUE = /\b(?:lives in|living in|moved to|home in|grew up in|village of|lives at|living at|attends|attending|carers in|journey from|travels from|travelling from|in the) /gu;
// A home's name given with its address: "Willowbank, at 12 Tern Avenue".
const ADDRESS_AFTER_NAME = /, (?:at )?\d{1,4}[a-z]? (?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)\p{Lu}/gu;
// Bodies whose names end like a home or school but are not somewhere a child lives or learns.
const NOT_A_PLACE = /\b(?:Town Hall|County Hall|City Hall|Civic|Council|Committee|Ofsted|Court|Parliament|Westminster|Senedd|Crown|Police|Leisure|Community Centre|Library|Office|Pupil Referral Unit|Virtual School|University)\b/;
// Words that show a sentence is about one individual rather than a service.
const INDIVIDUAL = /\b(?:he|she|his|her|him|\d{1,2}[- ]year[- ]old|aged \d{1,2}(?!\s*(?:to|-|–|and|or)\s*\d)|dob|date of birth|born|(?:the|this) (?:young person|child|girl|boy|pupil|family)|(?:son|daughter|grandson|granddaughter)|(?:young person|child) [A-Z]\b|(?:one|two|three|four|five|a single|only)\s+(?:[\p{L}-]+\s+)?(?:girls?|boys?|child(?:ren)?|young (?:people|person)|care leavers?|pupils?|siblings?|brothers?|sisters?))\b/iu;

export default defineDetector({
  id: 'place',
  type: 'place',
  severity: 'medium',
  scope: 'document',
  explanation: 'A named school, home, street or settlement tied to a particular private individual can identify them.',
  exemptParagraphs: PERSONAL_PARAGRAPHS,
  source: 'Children Act 1989 s.97(2) (an address or school as a child’s); ICO motivated-intruder test',
  detect(context) {
    const privateAt = privateMentionOffsets(context);
    const tied = new Map<string, { name: string; candidate: Candidate }>();
    const authority = new Map<string, boolean>();
    for (const block of context.doc.blocks) {
      for (const span of placeNames(block.text)) {
        const name = block.text.slice(span.start, span.end);
        const scope = block.kind === 'table-cell' ? tableAround(context, block) : sentenceBounds(block.text, span.start, block.start);
        const named = privateAt.some((p) => p >= scope.start && p < scope.end);
        const withAddress = span.kind === 'home-with-address';
        if (!named && !withAddress && !INDIVIDUAL.test(context.doc.text.slice(scope.start, scope.end))) continue;
        // Asked only of places already tied to someone, once per name: the answer reads the whole paper.
        if (!authority.has(name)) authority.set(name, isAuthorityArea(context, name));
        if (authority.get(name)) continue;
        if (!tied.has(name.toLowerCase())) tied.set(name.toLowerCase(), { name, candidate: { start: 0, end: 0, suggestion: '[Place]', message: named ? `Place tied to a named private individual: "${name}" shows where they live, learn or are cared for.` : `Place tied to a particular child or family described beside it: "${name}".` } });
      }
    }
    // Once a place is tied to a child, every mention of it tells the reader where that child is.
    return [...tied.values()].flatMap(({ name, candidate }) => occurrences(context.doc.text, name).map((start) => ({ ...candidate, start, end: start + name.length })));
  },
});

/** Every whole-word occurrence of a name in the text, as written or in capitals (headings); never inside an email or web address. */
function occurrences(text: string, name: string): number[] {
  const out: number[] = [];
  for (const form of new Set([name, name.toUpperCase()])) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      if (!/[\p{L}\p{N}@.]/u.test(text[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[i + form.length] ?? ' ')) out.push(i);
    }
  }
  return out.sort((a, b) => a - b);
}

/** The council's own area ("Coldbrook" of Coldbrook MBC) is where every child in its care is: it identifies no one. */
function isAuthorityArea({ doc, policy }: ScanContext, name: string): boolean {
  if (policy.councilName?.toLowerCase().includes(name.toLowerCase())) return true;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${escaped}\\s+(?:Metropolitan\\s+|County\\s+|City\\s+|Borough\\s+)*(?:Council|Borough|County|City|MBC|BC|CC|CBC)\\b|\\bCyngor\\s+(?:Sir\\s+|Bwrdeistref\\s+Sirol\\s+)?${escaped}\\b`, 'i').test(doc.text);
}

interface PlaceSpan { start: number; end: number; kind?: 'home-with-address' }

function placeNames(text: string): PlaceSpan[] {
  const spans: PlaceSpan[] = [];
  // The name is the capitalised words ending at `nameEnd`; the span runs to `spanEnd` (the suffix, if it is part of the name).
  const before = (nameEnd: number, spanEnd: number, maxWords: number, kind?: PlaceSpan['kind']): void => {
    const start = capitalisedRunBefore(text, nameEnd, maxWords);
    if (start !== undefined) spans.push({ start, end: spanEnd, ...(kind && { kind }) });
  };
  for (const m of matchAll(text, INSTITUTION_END)) if (text[m.start - 1] === ' ') before(m.start - 1, m.end, 5);
  for (const m of matchAll(text, STREET_END)) before(m.start, m.end, 2);
  for (const m of matchAll(text, ADDRESS_AFTER_NAME)) before(m.start, m.start, 2, 'home-with-address');
  for (const m of matchAll(text, WELSH)) spans.push({ start: m.start, end: m.end });
  for (const m of matchAll(text, SETTLEMENT_CUE)) {
    // "in the Hallfield area": after "the", only a name followed by "area" is a place.
    const article = text.startsWith('the ', m.end);
    const run = capitalisedRunAfter(text, article ? m.end + 4 : m.end, 3);
    // A county or a city holds too many people to point at one child; a village or an estate may not.
    if (run && !LARGE_AREAS.has(text.slice(run[0], run[1])) && (!(article || m.text.startsWith('in the')) || text.startsWith(' area', run[1]))) spans.push({ start: run[0], end: run[1] });
  }
  const found = spans
    .map((s) => (s.kind ? s : { ...s, ...trimSpan(text, s.start, s.end) }))
    .filter((s) => s.end - s.start > 3 && !NOT_A_PLACE.test(text.slice(s.start, s.end)) && !/^(?:The|A|An|This|That|Our|Their|His|Her)\s/.test(text.slice(s.start, s.end)));
  return found.filter((s, i) => !found.some((o, j) => j !== i && o.start <= s.start && o.end >= s.end && (o.end - o.start > s.end - s.start || j < i)));
}

/** Drops a leading sentence word ("At Fernhill Academy" → "Fernhill Academy") and trailing space. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  const lead = /^(?:At|In|From|To|And|But|When|Then|Both|Since|During)\s/.exec(text.slice(start, end))?.[0].length ?? 0;
  return { start: start + lead, end: start + text.slice(start, end).trimEnd().length };
}

function privateMentionOffsets(context: ScanContext): number[] {
  return findPeople(context).filter((p) => p.verdict === 'private').map((p) => p.start);
}

// A full stop after these is not the end of a sentence ("NHS No. 999 ...", "St. Aidan's").
const ABBREVIATION_END = /\b(?:No|Nos|Mr|Mrs|Ms|Dr|St|Ref|ref|e\.g|i\.e|para|paras|approx|Co|Ltd)$/;

/** How far a sentence may reach either side of a place name: a run-on line is not one sentence. */
const SENTENCE_REACH = 400;

/** Document offsets of the sentence holding a block offset. */
function sentenceBounds(text: string, at: number, blockStart: number): { start: number; end: number } {
  const isStop = (i: number): boolean => text.startsWith('. ', i) && !ABBREVIATION_END.test(text.slice(Math.max(0, i - 8), i));
  let start = at;
  while (start > 0 && at - start < SENTENCE_REACH && !isStop(start - 2)) start--;
  let end = at;
  while (end < text.length && end - at < SENTENCE_REACH && !isStop(end)) end++;
  return { start: blockStart + start, end: blockStart + end };
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
