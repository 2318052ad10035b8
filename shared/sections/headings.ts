// Recognises headings in any source (Word styles, bold lines, numbered lines in text, Markdown) and which
// required section a heading opens, in English, in Welsh or in both ("Goblygiadau Ariannol / Financial Implications").
import type { Block } from '../model/document.ts';
import type { SectionKey, SectionLanguage } from '../model/report.ts';
import { SECTION_KEYS } from '../model/report.ts';
import { hasCue } from '../engine/match.ts';
import { mutatedForms } from '../nlp/welsh-mutation.ts';
import data from './headings.json' with { type: 'json' };

const NUMBERING = /^\s*(?:(?:section|part|adran|rhan)\s+)?(?:\d+(?:\.\d+)*\.?|[A-Z]\.|\([a-z0-9]+\)|[ivx]+\.)\s+/i;
// Markdown and plain-text emphasis around a heading: "# 6.3 **Diversity and Equality**", "__Legal__".
const MARKUP = /^\s*#{1,6}\s+|\*\*|__|^\s*\*(?=\S)|(?<=\S)\*\s*$/g;
// The markup pattern is costly to try at every character of a paragraph: it runs only where one of its characters is.
const stripMarkup = (text: string): string => (/[#*_]/.test(text) ? text.replace(MARKUP, '') : text);

/** Reduces text to the words that decide whether it is a placeholder ("[TBC]." → "tbc", "I’w gadarnhau" → "i w gadarnhau"). */
export const normalisePlaceholder = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[[\]().:;!*_"'’‘“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A Welsh phrase in every form its first word takes after a mutation ("cydraddoldeb" → gydraddoldeb, chydraddoldeb...). */
const withMutations = (phrases: readonly string[]): string[] => [
  ...new Set(
    phrases.flatMap((p) => {
      const [first, ...rest] = p.split(' ');
      return mutatedForms(first!).map((f) => [f.toLowerCase(), ...rest].join(' '));
    }),
  ),
];

type Cues = Record<SectionKey, string[]>;
interface LanguageCues {
  sections: Cues;
  subjectOnly: Partial<Cues>;
  implicationWords: string[];
  notSections: string[];
}

const ENGLISH: LanguageCues = {
  sections: data.sections,
  subjectOnly: data.subjectOnly,
  implicationWords: data.implicationWords,
  notSections: data.notSections,
};
const WELSH: LanguageCues = {
  sections: Object.fromEntries(SECTION_KEYS.map((k) => [k, withMutations(data.welsh.sections[k])])) as Cues,
  subjectOnly: Object.fromEntries(Object.entries(data.welsh.subjectOnly).map(([k, v]) => [k, withMutations(v)])),
  implicationWords: withMutations(data.welsh.implicationWords),
  notSections: withMutations(data.welsh.notSections),
};

// Every cue of both languages in one index, looked up word by word in a single pass over a heading: headings are
// read for every block of a paper, and a cue list per section and language would be read once each.
const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const CUE_TAGS = new Map<string, string[]>();
const tagCues = (tag: string, cues: readonly string[]) => {
  for (const cue of cues) {
    const phrase = words(cue).join(' ');
    CUE_TAGS.set(phrase, [...(CUE_TAGS.get(phrase) ?? []), tag]);
  }
};
for (const [language, cues] of [
  ['en', ENGLISH],
  ['cy', WELSH],
] as const) {
  tagCues(`${language}:not`, cues.notSections);
  tagCues(`${language}:impl`, cues.implicationWords);
  for (const key of SECTION_KEYS) {
    tagCues(`${language}:section:${key}`, cues.sections[key]);
    tagCues(`${language}:subject:${key}`, cues.subjectOnly[key] ?? []);
  }
}
// Every leading run of words of a cue ("dyletswydd cydraddoldeb y"), so a lookup stops as soon as no cue can follow.
const CUE_PREFIXES = new Set(
  [...CUE_TAGS.keys()].flatMap((p) => p.split(' ').map((_, i, all) => all.slice(0, i + 1).join(' '))),
);

/** The tags of every cue phrase in a text ("en:impl", "cy:section:legal", ...). */
function cueTags(text: string): Set<string> {
  const w = words(text);
  const tags = new Set<string>();
  for (let i = 0; i < w.length; i++) {
    let phrase = '';
    for (let n = 0; i + n < w.length; n++) {
      phrase = n ? `${phrase} ${w[i + n]}` : w[i]!;
      if (!CUE_PREFIXES.has(phrase)) break;
      for (const tag of CUE_TAGS.get(phrase) ?? []) tags.add(tag);
    }
  }
  return tags;
}

const PLACEHOLDERS = new Set([...data.placeholders, ...data.welsh.placeholders].map(normalisePlaceholder));

/** Strips "6.4", "7.", "(a)", "Adran 3" and similar numbering from the start of a heading. */
export const stripNumbering = (text: string): string => text.replace(NUMBERING, '').trim();

/** The words of a heading without its Markdown markers or numbering: "# 6.3 **Equality**" → "Equality". */
export const headingCore = (text: string): string => stripMarkup(stripNumbering(stripMarkup(text).trim())).trim();

// Short notes that promise content rather than give it: "Awaiting comments from Finance", "Legal comments to follow",
// "I'w gadarnhau gan yr Adran Gyllid", "Sylwadau i ddilyn".
const PROMISE =
  /^(?:awaiting|awaited|to follow|to be (?:confirmed|completed|added|provided|inserted|agreed|advised)|tbc|tba|tbd|pending|comments (?:awaited|to follow|pending)|(?:\w+ )?(?:comments|implications|advice) (?:to follow|awaited|pending|tbc))\b/;
const WELSH_PROMISE =
  /^(?:i w (?:gadarnhau|cadarnhau|gwblhau|cwblhau|ychwanegu|ddarparu|darparu|fewnosod|gytuno)|i ddilyn|yn aros am|aros am|(?:\p{L}+ )?(?:sylwadau|goblygiadau|cyngor) (?:i ddilyn|i w cadarnhau|i w gadarnhau|yn yr arfaeth))(?![\p{L}])/u;

export const isPlaceholderText = (text: string): boolean => {
  const t = normalisePlaceholder(text);
  return (
    t === '' ||
    PLACEHOLDERS.has(t) ||
    /^\[[^\]]*\]\.?$/.test(text.trim()) ||
    (t.split(' ').length <= 8 && (PROMISE.test(t) || WELSH_PROMISE.test(t)))
  );
};

/** A bilingual heading is two headings in one line: "Goblygiadau Ariannol / Financial Implications". */
const halves = (text: string): string[] => (/[/|]/.test(text) ? text.split(/\s+[/|]\s+/) : [text]);

const CONTACT = /\b0\d{2,4}[\s-]?\d{3}|@|\bwww\.|\b(?:tel|ffôn|ffon|email|e-bost)\b/i;

/** "Jane Smith, Head of Legal Services": a person and their post, as in contact blocks and attendance lists. */
function isNameAndPost(text: string): boolean {
  const comma = text.indexOf(',');
  if (comma < 0) return false;
  const name = text
    .slice(0, comma)
    .trim()
    .replace(/^(?:mr|mrs|ms|miss|mx|dr|cllr|y cynghorydd|cyng)\.?\s+/i, '');
  if (!/^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+$/u.test(name) || cueTags(name).size) return false;
  return hasCue(text.slice(comma), data.contactRoles);
}

/** A line that reads as a heading: short, one line, no closing punctuation, not "Label: value", not a contact line. */
export function isHeadingText(text: string): boolean {
  const t = stripMarkup(text.trim()).trim();
  // The cheap tests first: most blocks are prose that ends in a full stop.
  if (t.length < 3 || /[.,;:!?]/.test(t.slice(-1)) || t.endsWith(':-')) return false;
  if (/[\t\n]/.test(t) || (t.length > 90 && halves(t).some((h) => h.length > 90))) return false;
  if (/:\s+\S/.test(t) || CONTACT.test(t) || isNameAndPost(stripNumbering(t))) return false;
  const body = stripNumbering(t);
  if (!/^[\p{Lu}\p{N}]/u.test(body) || isPlaceholderText(body)) return false;
  return (
    halves(body).every((h) => h.split(/\s+/).length <= 12) && /\p{L}{3,}/u.test(body) && !/^[£$\d.,%\s-]+$/.test(body)
  );
}

// The contact-details reach and the sections check ask this of the same blocks over and over: answered once per block.
const headingBlocks = new WeakMap<Block, boolean>();

export function isHeadingBlock(block: Block): boolean {
  let heading = headingBlocks.get(block);
  if (heading === undefined) {
    heading = readsAsHeading(block);
    headingBlocks.set(block, heading);
  }
  return heading;
}

function readsAsHeading(block: Block): boolean {
  if (block.kind === 'heading' || block.headingLevel !== undefined)
    return !CONTACT.test(block.text) && !isNameAndPost(stripNumbering(block.text));
  if (block.kind !== 'paragraph' && block.kind !== 'list-item') return false;
  return isHeadingText(block.text);
}

export interface SectionMatch {
  key: SectionKey;
  language: SectionLanguage;
}

export interface MatchOptions {
  /** The council's own heading wordings (policy headingSynonyms), in either language. */
  extra?: Partial<Record<SectionKey, string[]>>;
  /** Only headings that speak of implications or comments count: minutes and agendas name portfolios and officers. */
  implicationsOnly?: boolean;
}

/** Which required sections a heading opens, and in which language ("Financial and legal implications" opens two). */
export function sectionMatchesOf(
  heading: string,
  { extra = {}, implicationsOnly = false }: MatchOptions = {},
): SectionMatch[] {
  const text = headingCore(heading)
    .replace(/[’‘]/g, "'")
    .replace(/[–—-]\s*$/, '');
  const tags = cueTags(text);
  // Most headings name no section in any wording: nothing below can open one.
  if (tags.size === 0 && SECTION_KEYS.every((key) => !extra[key]?.length)) return [];
  // A document's title, an author line or a resolution is not a section: "Corporate Parenting Strategy 2024–27",
  // "Report of the Monitoring Officer", "Strategaeth Rhianta Corfforaethol".
  if (tags.has('en:not') || tags.has('cy:not')) return [];
  const implications = { en: tags.has('en:impl'), cy: tags.has('cy:impl') };
  // A span of years ("2024–27", "2023/24") titles a plan or report; a single year is usually an Act ("Equality Act 2010").
  if (/\b(?:19|20)\d\d\s*[–—/-]\s*\d{2,4}\b/.test(text) && !implications.en && !implications.cy) return [];
  const opens = (language: 'en' | 'cy', key: SectionKey) =>
    (!implicationsOnly || implications[language]) &&
    (tags.has(TAGS[language].section[key]) || (implications[language] && tags.has(TAGS[language].subject[key])));
  return SECTION_KEYS.flatMap((key) => {
    const en = opens('en', key);
    const cy = opens('cy', key);
    // The council's own wording counts in the language the heading is written in.
    const own =
      !en &&
      !cy &&
      (extra[key] ?? []).length > 0 &&
      hasCue(
        text,
        extra[key]!.map((s) => s.toLowerCase()),
      );
    if (!en && !cy && !own) return [];
    const language: SectionLanguage =
      en && cy ? 'both' : cy || (own && (implications.cy || hasCue(text, WELSH_FUNCTION_WORDS))) ? 'cy' : 'en';
    return [{ key, language }];
  });
}

const WELSH_FUNCTION_WORDS = ['y', 'yr', "a'r", 'o ran', 'ein', 'ar gyfer'];

/** The cue tags of each section in each language, written out once ("en:section:legal"). */
const tagsOf = (language: 'en' | 'cy', kind: 'section' | 'subject'): Record<SectionKey, string> =>
  Object.fromEntries(SECTION_KEYS.map((key) => [key, `${language}:${kind}:${key}`])) as Record<SectionKey, string>;
const TAGS = {
  en: { section: tagsOf('en', 'section'), subject: tagsOf('en', 'subject') },
  cy: { section: tagsOf('cy', 'section'), subject: tagsOf('cy', 'subject') },
};

/** Which required sections a heading opens, whatever the language. */
export const sectionKeysOf = (heading: string, extra: Partial<Record<SectionKey, string[]>> = {}): SectionKey[] =>
  sectionMatchesOf(heading, { extra }).map((m) => m.key);

/** A labelled line that starts the paper's closing matter ("Background papers: none"): a section ends there. */
export const startsClosingMatter = (text: string): boolean => {
  const t = headingCore(text).toLowerCase();
  return data.sectionEnds.some((e) => t.startsWith(e) && !/\p{L}/u.test(t[e.length] ?? ' '));
};
