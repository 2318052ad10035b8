// Finds the spans of a block that may be a person's name: titled names, capitalised name sequences,
// initials, "Mr and Mrs Green", nicknames and "the Jordan siblings". Cheap and linear; judging
// whether a mention is a private individual is done elsewhere.
import { FORENAMES, NOT_NAMES, PRIVATE_TITLES, PLACE_SUFFIXES, GROUP_AFTER_NAME, SURNAMES, NICKNAME_CUES } from './lexicon.ts';

export interface NameMention {
  /** Offsets within the block. */
  start: number;
  end: number;
  /** Mr, Mrs, Dr, Councillor ... as written, if a title precedes the name (inside the span for private titles). */
  title?: string;
  /** The name's words, without title or possessive. */
  words: string[];
  /** How it was found, for the explanation. */
  form: 'titled' | 'full' | 'single' | 'initials' | 'couple' | 'nickname' | 'group';
}

// A name word: Mia-Rose, O'Donnell-Hughes, McKenzie, Lloyd-Jones; Welsh letters included.
const WORD = String.raw`(?:O['’]|Mc|Mac|D['’])?\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*`;
const TITLE = String.raw`(?:Mrs|Mr|Ms|Miss|Master|Mx|Dr)\.?`;
const SEQUENCE = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])(?:(${TITLE})\s+(?:and\s+(?:Mrs|Mr|Ms|Miss)\.?\s+)?(?:\p{Lu}\.?\s)?)?(${WORD}(?:\s${WORD}){0,3})(?:['’]s)?(?![\p{L}\p{N}])`, 'gu');
const INITIALS = /(?<![\p{L}.])(\p{Lu}\.\s?\p{Lu}\.(?:\s?\p{Lu}\.)?)(?![\p{L}])/gu;
const INITIAL_SURNAME = new RegExp(String.raw`(?<![\p{L}.])\p{Lu}\.\s(${WORD})(?![\p{L}])`, 'gu');
const ABBREVIATIONS = new Set(['U.K.', 'U.S.', 'N.B.', 'P.S.', 'A.M.', 'P.M.', 'E.G.', 'I.E.', 'Q.C.', 'K.C.', 'B.A.', 'M.A.', 'B.Sc.', 'R.I.P.', 'A.D.', 'B.C.', 'S.A.', 'M.P.', 'J.P.']);

export function findNameMentions(text: string): NameMention[] {
  const out: NameMention[] = [];
  for (const m of text.matchAll(SEQUENCE)) {
    const mention = toMention(text, m);
    if (mention) out.push(mention);
  }
  // Initials need a capital followed by a full stop: most blocks have none, so skip the patterns there.
  const hasInitial = /[A-Z]\./.test(text);
  for (const m of hasInitial ? text.matchAll(INITIALS) : []) {
    if (!ABBREVIATIONS.has(m[1]!.replace(/\s/g, ''))) out.push({ start: m.index!, end: m.index! + m[1]!.length, words: [m[1]!], form: 'initials' });
  }
  for (const m of hasInitial ? text.matchAll(INITIAL_SURNAME) : []) {
    if (SURNAMES.has(m[1]!.toLowerCase()) && !out.some((o) => o.start <= m.index! && o.end > m.index!)) out.push({ start: m.index!, end: m.index! + m[0].length, words: [m[1]!], form: 'full' });
  }
  out.push(...findNicknames(text, out));
  return out.sort((a, b) => a.start - b.start);
}

function toMention(text: string, m: RegExpMatchArray): NameMention | undefined {
  const title = m[1];
  // "Mia-Rose's" is Mia-Rose: the possessive is not part of the name.
  let words = m[2]!.split(' ').map((w) => w.replace(/['’]s$/u, ''));
  const start = m.index! + (title ? 0 : m[0].indexOf(m[2]!));
  // A run that ends in a place or organisation word ("Rose Hill Primary School", "Brook Leisure Centre") is not a person.
  const nextWord = /^\s+([\p{L}'’]+)/u.exec(text.slice(m.index! + m[0].length))?.[1];
  if (words.some((w, i) => i > 0 && PLACE_SUFFIXES.has(w.toLowerCase())) || (nextWord && /^\p{Lu}/u.test(nextWord) && PLACE_SUFFIXES.has(nextWord.toLowerCase()))) return undefined;
  // "Baby K", "Family C", "Young Person B": a word and a lone capital letter is a pseudonym, never a name.
  if (nextWord && /^\p{Lu}$/u.test(nextWord)) return undefined;
  // Trim leading ordinary capitalised words ("The", "Councillor") and trailing ones.
  let lead = 0;
  let innerTitle: string | undefined;
  while (words.length && NOT_NAMES.has(words[0]!.toLowerCase()) && !title) {
    // "Headteacher Mrs Allen": the courtesy title belongs to the name that follows it.
    innerTitle = PRIVATE_TITLES.has(words[0]!.toLowerCase()) || words[0] === 'Dr' ? words[0] : undefined;
    if (!innerTitle || words.length === 1) lead += words[0]!.length + 1;
    words = words.slice(1);
  }
  if (innerTitle && words.length) {
    const start = m.index! + m[0].indexOf(m[2]!) + lead;
    const nameText = words.join(' ');
    return { start, end: text.indexOf(nameText, start) + nameText.length, title: innerTitle, words, form: 'titled' };
  }
  // A name followed by a role or body word ("Participation Officer", "Westmere Council") is a title, not a person.
  if (words.length > 1 && NOT_NAMES.has(words[words.length - 1]!.toLowerCase())) return undefined;
  if (!words.length) return undefined;
  const nameStart = title ? start : start + lead;
  const nameText = words.join(' ');
  const end = text.indexOf(nameText, nameStart) + nameText.length;
  const after = /^(?:['’]s)?\s+([\p{L}]+)/u.exec(text.slice(end))?.[1]?.toLowerCase();
  // "Mrs X. Her complaint ...": a title, a letter and an ordinary word are a pseudonym and a new sentence.
  if (title && NOT_NAMES.has(words[0]!.toLowerCase())) return undefined;
  if (title) return { start: nameStart, end, title: title.replace('.', ''), words, form: /\sand\s/.test(m[0]) ? 'couple' : 'titled' };
  if (after && GROUP_AFTER_NAME.has(after) && words.length === 1 && /\bthe\s+$/i.test(text.slice(Math.max(0, nameStart - 5), nameStart))) return { start: nameStart, end, words, form: 'group' };
  if (words.length > 1) return isPlausibleFullName(words) ? { start: nameStart, end, words, form: 'full' } : undefined;
  // The tail of a longer proper name ("... Housing Support Grant") is not a name of its own.
  const previous = /(\p{Lu}[\p{L}'’-]*)\s$/u.exec(text.slice(Math.max(0, nameStart - 30), nameStart))?.[1];
  if (!lead && previous && !NOT_NAMES.has(previous.toLowerCase().replace(/['’]s$/, ''))) return undefined;
  return { start: nameStart, end, words, form: 'single' };
}

/** A known forename first, or a known surname last; never two ordinary words. */
function isPlausibleFullName(words: string[]): boolean {
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase();
  if (NOT_NAMES.has(first)) return false;
  return FORENAMES.has(first.split('-')[0]!) || SURNAMES.has(last.split('-').pop()!);
}

function findNicknames(text: string, found: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
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
