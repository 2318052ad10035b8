// Finds the spans of a block that may be a person's name: titled names, capitalised name sequences,
// initials, "Mr and Mrs Green", nicknames and "the Jordan siblings". Cheap and linear; judging
// whether a mention is a private individual is done elsewhere.
import cues from '../lexicons/person-cues.json' with { type: 'json' };
import placeCues from '../lexicons/place-cues.json' with { type: 'json' };
import { radicalForms } from '../nlp/welsh-mutation.ts';
import { escapeRegExp, execAll } from '../engine/match.ts';
import {
  FAMILY_TITLES,
  FORENAMES,
  NOT_NAMES,
  PRIVATE_TITLES,
  PLACE_SUFFIXES,
  GROUP_AFTER_NAME,
  SURNAMES,
  NICKNAME_CUES,
  PUBLIC_TITLE_WORDS,
  JOB_WORD_SET,
  isOrdinaryWord,
} from './lexicon.ts';

export interface NameMention {
  /** Offsets within the block. */
  start: number;
  end: number;
  /** Mr, Mrs, Dr, Councillor ... as written, if a title precedes the name (inside the span for private titles). */
  title?: string;
  /** The name's words, without title or possessive. */
  words: string[];
  /** How it was found, for the explanation. */
  form: 'titled' | 'full' | 'single' | 'initials' | 'couple' | 'nickname' | 'group' | 'family';
  /** Found by its shape alone (words the name lists do not know, or that are also place words): a name only with a cue beside it. */
  needsCue?: boolean;
}

// A name word: Mia-Rose, O'Donnell-Hughes, McKenzie, Lloyd-Jones; Welsh letters included.
// A possessive "'s" ends the name: "Devon's Personal Adviser" is Devon.
const WORD = String.raw`(?:O['’]|Mc|Mac|D['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+|['’](?!s(?![\p{L}]))\p{Lu}?\p{Ll}+)*`;
const TITLE = String.raw`(?:Mrs|Mr|Ms|Miss|Master|Mx|Dr)\.?`;
/** A superset of the capital letters, cheap to test: ASCII capitals and every non-ASCII character. */
const MAYBE_CAPITAL = String.raw`[A-Z\u00C0-\u{10FFFF}]`;
// A middle initial inside a name: "Fflur M. Hughes". The look-ahead for a capital or any non-ASCII letter lets
// the pattern skip lower-case text fast: Unicode classes are slow to test at every position.
const SEQUENCE = new RegExp(
  String.raw`(?=${MAYBE_CAPITAL})(?<![\p{L}\p{N}'’.-])(?:(${TITLE})\s+(?:and\s+(?:Mrs|Mr|Ms|Miss)\.?\s+)?(?:\p{Lu}\.?\s){0,3})?(${WORD}(?:\s(?:\p{Lu}\.\s)?${WORD}){0,3})(?:['’]s)?(?![\p{L}\p{N}])`,
  'gu',
);
// Initials, Welsh digraphs included ("C.Ll.", "Rh."): the letters of a name, or the start of one.
const INITIAL = String.raw`\p{Lu}(?:l|h|d|f|g)?\.`;
const INITIALS = new RegExp(
  String.raw`(?=${MAYBE_CAPITAL})(?<![\p{L}.])((?:${INITIAL}\s?){1,3}${INITIAL}|${INITIAL})(?![\p{L}])`,
  'gu',
);
/** "MR AND MRS HALLORAN": a title makes a word in capitals a name. */
const CAPITALS_TITLED =
  /(?<![\p{L}])(MRS|MR|MS|MISS|DR)\.?\s+(AND\s+(?:MRS|MR|MS|MISS)\.?\s+)?(\p{Lu}[\p{Lu}'’-]+)(?![\p{L}])/gu;
/** "de Vries, Anouk", "KACZMAREK, Storm": a register or table lists surname first. */
const SURNAME_FIRST =
  /^((?:(?:de|van|von|der|den|du|da|di|le|la|ap|ab|mac)\s+)*(?:\p{Lu}[\p{L}'’-]+|\p{Lu}{2,}[\p{Lu}'’-]*)),\s+(\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)$/u;
/** "the Hallorans", "the Pemberton-Shaws": a family by its surname, a person once the paper names them. */
const FAMILY = /(?=[Tt]he)(?<![\p{L}])[Tt]he\s+(\p{Lu}[\p{L}'’-]+?)s(?![\p{L}'’])/gu;
// Quick tests of a block before the patterns that need them: without the u flag, and true of more text than
// they need (any non-ASCII character may be a capital), so a block they reject holds no such name.
const TWO_CAPITALS = /[A-Z\u00C0-\uFFFF]{2}/;
const INITIAL_SHAPE = /[A-Z\u00C0-\uFFFF][a-z\u00C0-\uFFFF]?\./;
const INITIAL_SURNAME = new RegExp(String.raw`(?=${MAYBE_CAPITAL})(?<![\p{L}.])\p{Lu}\.\s(${WORD})(?![\p{L}])`, 'gu');
/** "placed in Llanfair Dyffryn", "yng Nghaerdydd": what follows is a place, not a person. */
const PLACE_PREPOSITION = /(?:^|[^\p{L}])(?:in|at|near|into|within|across|around|outside|via|ym|yng)\s+$/iu;
const WELSH_NAME_PREFIXES: ReadonlySet<string> = new Set(placeCues.welshNamePrefixes);
const isWelshPlaceNoun = (word: string): boolean =>
  radicalForms(word).some((form) => WELSH_NAME_PREFIXES.has(form.toLowerCase()));
/** Dotted abbreviations ("N.B.", "B.Sc.") that look like initials but name no one. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(cues.dottedAbbreviations);

export function findNameMentions(text: string): NameMention[] {
  const surnameFirst = SURNAME_FIRST.exec(text.trim());
  if (surnameFirst) return [surnameFirstMention(text, surnameFirst)];
  let out: NameMention[] = [];
  for (const m of execAll(text, SEQUENCE)) {
    const mention = toMention(text, m);
    if (mention) out.push(mention);
  }
  if (TWO_CAPITALS.test(text)) out.push(...capitalsTitled(text, out));
  if (/[Tt]he \p{Lu}/u.test(text)) out = withFamilies(text, out);
  // Initials need a capital followed by a full stop: most blocks have none, so skip the patterns there.
  const hasInitial = INITIAL_SHAPE.test(text);
  if (hasInitial) out = withInitials(text, out);
  for (const m of hasInitial ? execAll(text, INITIAL_SURNAME) : []) {
    if (SURNAMES.has(m[1]!.toLowerCase()) && !out.some((o) => o.start <= m.index! && o.end > m.index!))
      out.push({ start: m.index!, end: m.index! + m[0].length, words: [m[1]!], form: 'full' });
  }
  out.push(...findNicknames(text, out));
  return out
    .filter((m) => m.title || !PLACE_PREPOSITION.test(text.slice(Math.max(0, m.start - 8), m.start)))
    .sort((a, b) => a.start - b.start);
}

/** "the Hallorans": a family mention replaces the lone word found at the same place, unless a full name starts there. */
function withFamilies(text: string, found: NameMention[]): NameMention[] {
  const byStart = new Map(found.map((o) => [o.start, o]));
  const families: NameMention[] = [];
  for (const m of execAll(text, FAMILY)) {
    const start = m.index! + 4;
    const there = byStart.get(start);
    if (there && there.words.length > 1) continue;
    families.push({ start, end: m.index! + m[0].length, words: [m[1]!], form: 'family' });
  }
  if (!families.length) return found;
  const replaced = new Set(families.map((f) => f.start));
  return [...found.filter((o) => !replaced.has(o.start)), ...families];
}

/** "W.J. Chorlton", "C.Ll. Everett": initials and the surname after them are one name; initials alone are a name too. */
function withInitials(text: string, found: NameMention[]): NameMention[] {
  const byStart = new Map(found.filter((o) => !o.title).map((o) => [o.start, o]));
  const merged = new Set<NameMention>();
  const added: NameMention[] = [];
  const covered = (start: number, end: number) => found.some((o) => !merged.has(o) && o.start <= start && o.end >= end);
  for (const m of execAll(text, INITIALS)) {
    if (ABBREVIATIONS.has(m[1]!.replace(/\s/g, '').toLowerCase())) continue;
    const start = m.index!;
    const end = start + m[1]!.length;
    const surname = text[end] === ' ' ? byStart.get(end + 1) : undefined;
    if (surname && !merged.has(surname)) {
      merged.add(surname);
      added.push({ start, end: surname.end, words: surname.words, form: 'full' });
    } else if (/\p{Lu}\p{Ll}?\.\s?\p{Lu}/u.test(m[1]!) && !covered(start, end)) {
      added.push({ start, end, words: [m[1]!], form: 'initials' });
    }
  }
  if (!added.length) return found;
  // A mention the initials fall inside ("Mr P A V Stockell" holds its own) keeps them; the rest give way to the merge.
  const inside = (o: NameMention) =>
    added.some((a) => a.form === 'full' && o !== a && o.start <= a.start && o.end >= a.start + 1 && o.end <= a.end);
  return [...found.filter((o) => !merged.has(o) && !inside(o)), ...added];
}

function surnameFirstMention(text: string, m: RegExpExecArray): NameMention {
  const start = text.indexOf(m[1]!);
  const surname = m[1]!.split(/\s+/).pop()!;
  return { start, end: start + m[0].length, words: [m[2]!.replace(/\.$/, ''), titleCase(surname)], form: 'full' };
}

function capitalsTitled(text: string, found: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  for (const m of execAll(text, CAPITALS_TITLED)) {
    const start = m.index!;
    if (found.some((f) => f.start <= start && f.end > start)) continue;
    out.push({
      start,
      end: start + m[0].length,
      title: titleCase(m[1]!),
      words: [titleCase(m[3]!)],
      form: m[2] ? 'couple' : 'titled',
    });
  }
  return out;
}

const titleCase = (word: string): string => word.charAt(0) + word.slice(1).toLowerCase();

function toMention(text: string, m: RegExpMatchArray): NameMention | undefined {
  const title = m[1];
  // Most runs are one ordinary capitalised word ("The", "Council"): it is trimmed away below, so stop here.
  if (!title && !m[2]!.includes(' ') && isTitleOrNotAName(m[2]!)) return undefined;
  // "Mia-Rose's" is Mia-Rose: SEQUENCE leaves the possessive outside the name's words.
  let words = m[2]!.split(' ');
  const start = m.index! + (title ? 0 : m[0].indexOf(m[2]!));
  // A run that ends in a place or organisation word ("Rose Hill Primary School", "Brook Leisure Centre") is not a person.
  const nextWord = wordAt(NEXT_WORD, text, m.index! + m[0].length);
  const placeWord = words.findIndex((w, i) => i > 0 && PLACE_SUFFIXES.has(w.toLowerCase()));
  const beforePlace = nextWord && /^\p{Lu}/u.test(nextWord) && PLACE_SUFFIXES.has(nextWord.toLowerCase());
  // "Janet Hill", "Sam Wood": a forename and a surname that is also a place word is a name if a cue says so.
  const surnameLikePlace =
    placeWord === words.length - 1 &&
    words.length === 2 &&
    FORENAMES.has(words[0]!.toLowerCase()) &&
    SURNAMES.has(words[1]!.toLowerCase()) &&
    !beforePlace &&
    !title;
  if (surnameLikePlace) {
    const start = m.index! + m[0].indexOf(m[2]!);
    return { start, end: start + words.join(' ').length, words, form: 'full', needsCue: true };
  }
  if (placeWord >= 0 || beforePlace) return undefined;
  // "Baby K", "Family C", "Young Person B": a word and a lone capital letter is a pseudonym, never a name.
  if (nextWord && /^\p{Lu}$/u.test(nextWord)) return undefined;
  // "Siambr Dafydd Orwig", "Chyngor Cymuned Cwarter Bach": a Welsh place or body, its noun (perhaps mutated) first.
  const namesWelshPlace = () => words.length > 1 && isWelshPlaceNoun(words[0]!);
  if (!title && namesWelshPlace()) return undefined;
  // Trim leading ordinary capitalised words ("The", "Councillor") and trailing ones.
  let lead = 0;
  let innerTitle: string | undefined;
  while (words.length && isTitleOrNotAName(words[0]!) && !title) {
    // "Headteacher Mrs Allen": the courtesy title belongs to the name that follows it.
    innerTitle = PRIVATE_TITLES.has(words[0]!.toLowerCase()) || words[0] === 'Dr' ? words[0] : undefined;
    if (!innerTitle || words.length === 1) lead += words[0]!.length + 1;
    words = words.slice(1);
    if (namesWelshPlace()) return undefined;
  }
  if (innerTitle && words.length) {
    const start = m.index! + m[0].indexOf(m[2]!) + lead;
    const end = endOfWords(text, start, words);
    return end === undefined ? undefined : { start, end, title: innerTitle, words, form: 'titled' };
  }
  // "Mr W Grosvenor Clerk and ...": the job after a titled name is not part of it.
  if (title)
    while (words.length > 1 && JOB_WORD_SET.has(words[words.length - 1]!.toLowerCase())) words = words.slice(0, -1);
  // A name followed by a role or body word ("Participation Officer", "Westmere Council") is a title, not a person;
  // a forename and a surname that is also a word ("Liam Foster", "Ms Ivy Young") is a name a cue can confirm.
  if (!words.length) return undefined;
  const lastWord = words[words.length - 1]!.toLowerCase();
  const wordSurname =
    words.length > 1 &&
    NOT_NAMES.has(lastWord) &&
    SURNAMES.has(lastWord) &&
    (Boolean(title) || FORENAMES.has(words[0]!.toLowerCase()));
  if (words.length > 1 && NOT_NAMES.has(lastWord) && !wordSurname) return undefined;
  if (!words.length) return undefined;
  const nameStart = title ? start : start + lead;
  const end = endOfWords(text, nameStart, words);
  if (end === undefined) return undefined;
  const after = wordAt(WORD_AFTER_NAME, text, end)?.toLowerCase();
  // "Mrs X. Her complaint ...": a title, a letter and an ordinary word are a pseudonym and a new sentence.
  if (title && NOT_NAMES.has(words[0]!.toLowerCase())) return undefined;
  if (title)
    return {
      start: nameStart,
      end,
      title: title.replace('.', ''),
      words,
      form: /\sand\s/.test(m[0]) ? 'couple' : 'titled',
    };
  if (wordSurname) return { start: nameStart, end, words, form: 'full', needsCue: true };
  if (
    after &&
    GROUP_AFTER_NAME.has(after) &&
    words.length === 1 &&
    /\bthe\s+$/i.test(text.slice(Math.max(0, nameStart - 5), nameStart))
  )
    return { start: nameStart, end, words, form: 'group' };
  if (words.length > 1) {
    const plausible = plausibility(words);
    return plausible
      ? { start: nameStart, end, words, form: 'full', ...(plausible === 'needs-cue' && { needsCue: true }) }
      : undefined;
  }
  // The tail of a longer proper name ("... Housing Support Grant") is not a name of its own.
  const previous = /(\p{Lu}[\p{L}'’-]*)\s$/u.exec(text.slice(Math.max(0, nameStart - 30), nameStart))?.[1];
  if (!lead && previous && !NOT_NAMES.has(previous.toLowerCase().replace(/['’]s$/, ''))) return undefined;
  return { start: nameStart, end, words, form: 'single' };
}

function isTitleOrNotAName(word: string): boolean {
  const lower = word.toLowerCase();
  return NOT_NAMES.has(lower) || PUBLIC_TITLE_WORDS.has(lower) || FAMILY_TITLES.has(lower);
}

// Sticky patterns read the word after a name where it stands, without copying the rest of the block.
const NEXT_WORD = /\s+([\p{L}'’]+)/uy;
const WORD_AFTER_NAME = /(?:['’]s)?\s+([\p{L}]+)/uy;
function wordAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[1];
}

/** Where the last of `words` ends, reading them in order from `from`; undefined if they are not there as written. */
function endOfWords(text: string, from: number, words: readonly string[]): number | undefined {
  let at = from;
  for (const word of words) {
    const i = text.indexOf(word, at);
    if (i < 0 || i - at > 12) return undefined;
    at = i + word.length;
  }
  return at > from ? at : undefined;
}

/**
 * A known forename first or a known surname last is a name; words no list knows and no dictionary has
 * ("Gwawr Prydderch") are a name when a cue beside them says so; two ordinary words never are.
 */
function plausibility(words: string[]): 'name' | 'needs-cue' | undefined {
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase();
  if (NOT_NAMES.has(first)) return undefined;
  if (FORENAMES.has(first.split('-')[0]!) || SURNAMES.has(last.split('-').pop()!)) return 'name';
  return words.every((w) => !isOrdinaryWord(w) && !NOT_NAMES.has(w.toLowerCase())) ? 'needs-cue' : undefined;
}

/** Any nickname cue, for one quick test of a block before looking for each. */
const ANY_NICKNAME_CUE = new RegExp(NICKNAME_CUES.map(escapeRegExp).join('|'), 'i');

function findNicknames(text: string, found: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  if (!ANY_NICKNAME_CUE.test(text)) return out;
  const lower = text.toLowerCase();
  for (const cue of NICKNAME_CUES) {
    for (let i = lower.indexOf(cue); i >= 0; i = lower.indexOf(cue, i + 1)) {
      const m = /^\s+["“‘']?(\p{Lu}\p{Ll}+)/u.exec(text.slice(i + cue.length));
      if (!m) continue;
      const start = i + cue.length + m[0].length - m[1]!.length;
      const existing = found.find((f) => f.start === start);
      if (existing) existing.form = 'nickname';
      else out.push({ start, end: start + m[1]!.length, words: [m[1]!], form: 'nickname' });
    }
  }
  return out;
}
