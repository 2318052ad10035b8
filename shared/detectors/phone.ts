// UK telephone numbers. An officer's work number in a contact or sign-off line is a public-role
// detail (info); a private person's number, above all a mobile, reaches them directly (high).
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { defineDetector, PERSONAL_PARAGRAPHS, type Candidate } from '../engine/define-detector.ts';
import type { ScanContext } from '../engine/context.ts';
import { matchAll } from '../engine/match.ts';
import { rowLabel } from '../engine/row-label.ts';
import type { Block } from '../model/document.ts';
import { isOfficialLine } from '../engine/organisation-address.ts';

// UK shapes, including Ofcom's drama ranges (01632 960xxx, 07700 900xxx) that libphonenumber
// rejects: a trunk 0 or +44, an area or mobile code, then two groups. Digit counts are checked after.
// Groups may be parted by a space, a dot or a dash, or by two spaces ("0115.496.0877", "0115 - 496 - 0877").
const UK_SHAPE =
  /(?<![\w/.£$+-])(?:\+44\s?(?:\(0\)\s?)?\d{2,4}|\(0\d{2,4}\)|0\d{2,4})(?: ?[.-] ?| {1,2})?\d{3,4}(?: ?[.-] ?| {1,2})?\d{3,4}(?![\w/])/g;
// Every number kept starts with +44 or a trunk 0 (bracketed or not) that opens a run of digits: a block with none holds no
// UK number, and need not go through libphonenumber.
const UK_START = /\+44|(?:^|\D)0/;
// libphonenumber's candidates are runs of digits with at most four punctuation or space characters between
// them, and a UK number it finds has at least seven digits after its +44 or trunk 0: a text with no such run
// is spared the library (a superset of what it accepts, so nothing it would find is lost).
const MAY_HOLD_UK_NUMBER = /(?:\+44|0)(?:[^\p{L}\p{Nd}\n]{0,4}\p{Nd}){7}/u;
// The sentence a number sits in: its own words decide whose number it is.
const SENTENCE_BREAK = /[.!?;]\s+(?=[A-Z(])|\n/g;

// Whose number: a private person's ("his mobile", "the foster carer's number") ...
const PRIVATE =
  /\b(?:(?:his|her|their|my|your|own|personal|private|home)\s+(?:mobile|phone|telephone|landline|(?:contact |phone |mobile |telephone )?number)|mother|father|mum|dad|parents?|grand(?:mother|father|parents?)|aunt|uncle|step-?(?:mother|father)|foster carers?|kinship carers?|special guardians?|carer['’]s|young person|care leaver|resident|objector|complainant|claimant|neighbour|pupil|child)\b/i;
// ... or an officer's, given in the course of their work.
const WORK =
  /\b(?:officer|manager|social worker|practitioner|personal adviser|iro|director|head of|accountant|solicitor|lawyer|barrister|nurse|clerk|co-?ordinator|headteacher|principal|senior|chief|lead|business partner|councillor|cllr|team|service|services|department|directorate|work mobile|office|switchboard|helpline|reception|ext|extension|direct line|duty|out of hours|contact centre|council|board|practice|surgery|school|tel|telephone|comments provided by|verified by|report author|us|our|we)\b/i;
// A sign-off label at the head of the line outranks family words later in a job title.
const CONTACT_LABEL =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:[\w ]{0,30}(?:contact|author|verified by|comments|officer consulted|officer)|tel\.?|telephone|phone|direct line|work mobile)\b[^:\n]{0,25}:/i;

// A number a resident gives or calls from, in so many words: "call her on", "his mobile is", "rang the office from".
const GIVEN_BY_PERSON =
  /\b(?:(?:call|ring|phone|text|contact|reach)\s+(?:him|her|them|mum|dad|the (?:family|carer|mother|father|resident|parent))\s+on|(?:his|her|their)\s+(?:own\s+|personal\s+)?(?:mobile|phone|landline)(?:\s+number)?\s+(?:is|was)|(?:telephoned|rang|called|phoned|texted|messaged)\b[^.;]{0,60}\bfrom|ei (?:ffôn|rif ffôn|ffôn symudol)(?: yw)?|ffoniwch (?:hi|ef|e|fo) ar)\s*$/i;

type Kind = 'mobile' | 'service' | 'geographic';

export default defineDetector({
  id: 'phone',
  type: 'phone',
  severity: 'high',
  scope: 'block',
  explanation: 'A private telephone number reaches the person directly and identifies them.',
  exemptParagraphs: PERSONAL_PARAGRAPHS,
  source: 'Ofcom UK numbering plan; libphonenumber-js; ../shared/docs/domain.md §6',
  detect(block, context) {
    // A UK number has at least nine digits: most blocks have fewer, and need not go through libphonenumber.
    if (!hasDigits(block.text, 9) || !UK_START.test(block.text)) return [];
    return numbersIn(block.text).map(({ start, end, kind }) => judge(block, context, start, end, kind));
  },
});

/** Whether `text` holds at least `count` digits, read only as far as the last one needed. */
function hasDigits(text: string, count: number): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++n >= count) return true;
  }
  return false;
}

/** Every UK number in a text, from libphonenumber and the UK shape, each span once. */
function numbersIn(text: string): { start: number; end: number; kind: Kind }[] {
  const spans: { start: number; end: number }[] = matchAll(text, UK_SHAPE).filter((m) => isUkLength(m.text));
  for (const found of MAY_HOLD_UK_NUMBER.test(text) ? findPhoneNumbersInText(text, 'GB') : []) {
    const raw = text.slice(found.startsAt, found.endsAt);
    if (found.number.countryCallingCode !== '44' || !/^(?:\+44|\(?0)/.test(raw)) continue;
    if (!spans.some((s) => s.start < found.endsAt && found.startsAt < s.end))
      spans.push({ start: found.startsAt, end: found.endsAt });
  }
  return spans.map((s) => ({ ...s, kind: kindOf(text.slice(s.start, s.end)) }));
}

/** UK numbers are 10 digits after the trunk 0 (a few old areas have 9). */
function isUkLength(raw: string): boolean {
  const national = nationalDigits(raw);
  return national.length === 10 || (national.length === 9 && national.startsWith('1'));
}

function nationalDigits(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  return digits.startsWith('440') ? digits.slice(3) : digits.startsWith('44') ? digits.slice(2) : digits.slice(1);
}

/** 071–075, 077–079 and 07624 are mobiles; 03, 08 and 09 are organisations' service lines. */
function kindOf(raw: string): Kind {
  const n = nationalDigits(raw);
  if (/^7(?:[1-57-9]|624)/.test(n)) return 'mobile';
  if (/^[389]/.test(n)) return 'service';
  return 'geographic';
}

function judge(block: Block, context: ScanContext, start: number, end: number, kind: Kind): Candidate {
  const sentence = `${rowLabel(block, context)} ${sentenceAround(block.text, start, end)}`;
  const suggestion = '[Telephone number]';
  const standsAlone =
    block.kind !== 'table-cell' &&
    !/\p{L}{3,}/u.test(
      block.text.slice(0, start) + block.text.slice(end).replace(/\((?:work|office|mobile|direct)[^)]*\)/i, ''),
    );
  const lead = block.text.slice(Math.max(0, start - 80), start);
  if (GIVEN_BY_PERSON.test(lead) && !CONTACT_LABEL.test(block.text) && !isOfficialLine(block, context)) {
    const cue = GIVEN_BY_PERSON.exec(lead)![0].trim();
    return {
      start,
      end,
      severity: 'high',
      suggestion,
      message: 'A telephone number a private individual gives or calls from reaches them directly and identifies them.',
      trace: [{ rule: 'number-given-by-person', cue, leaning: 'private' }],
    };
  }
  if (
    CONTACT_LABEL.test(block.text) ||
    isOfficialLine(block, context) ||
    (!PRIVATE.test(sentence) && (WORK.test(sentence) || standsAlone))
  ) {
    return {
      start,
      end,
      severity: 'info',
      disposition: 'public',
      suggestion,
      message:
        'A work number given with an officer’s role or contact details: a public-role detail, not identifying a private individual.',
      trace: [{ rule: 'work-number-in-contact-details', leaning: 'public' }],
    };
  }
  if (PRIVATE.test(sentence)) {
    return {
      start,
      end,
      severity: 'high',
      suggestion,
      message: 'A telephone number tied to a private individual reaches them directly and identifies them.',
    };
  }
  if (kind === 'service') {
    return {
      start,
      end,
      severity: 'info',
      disposition: 'public',
      suggestion,
      message: 'A non-geographic service number (03, 08, 09), normally an organisation’s line.',
      trace: [{ rule: 'service-number', leaning: 'public' }],
    };
  }
  if (kind === 'mobile') {
    return {
      start,
      end,
      severity: 'high',
      suggestion,
      message: 'A mobile number outside any officer’s contact details: most likely a private person’s.',
    };
  }
  return {
    start,
    end,
    severity: 'medium',
    suggestion,
    message: 'A telephone number outside any officer’s contact details: check whether it is a private person’s.',
  };
}

/** The words of the sentence holding a span, up to the span's end and a little after. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = 0;
  for (const m of text.matchAll(SENTENCE_BREAK)) {
    const at = (m.index ?? 0) + m[0].length;
    if (at > start) break;
    from = at;
  }
  return text.slice(from, Math.min(text.length, end + 30));
}
