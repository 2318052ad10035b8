// The word lists the person judgement reads, loaded once as sets.
import cues from '../lexicons/person-cues.json' with { type: 'json' };
import forenames from '../lexicons/forenames.json' with { type: 'json' };
import surnames from '../lexicons/surnames.json' with { type: 'json' };

export const FORENAMES: ReadonlySet<string> = new Set(forenames.names);
/** Mia-Rose and Ellie-Mae are forenames when their first part is. */
export const isForename = (word: string): boolean => FORENAMES.has(word.toLowerCase()) || FORENAMES.has(word.toLowerCase().split('-')[0]!);
export const SURNAMES: ReadonlySet<string> = new Set(surnames.names);
export const NOT_NAMES: ReadonlySet<string> = new Set(cues.notNames);
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set(cues.placeSuffixes);
export const PRIVATE_TITLES: ReadonlySet<string> = new Set(cues.privateTitles);
export const PUBLIC_SUFFIXES: ReadonlySet<string> = new Set(cues.publicSuffixes);
export const GROUP_AFTER_NAME: ReadonlySet<string> = new Set(cues.groupAfterName);
export const { publicTitles: PUBLIC_TITLES, publicLabels: PUBLIC_LABELS, jobWords: JOB_WORDS, roleBeforeName: ROLE_BEFORE_NAME, privateCues: PRIVATE_CUES, nicknameCues: NICKNAME_CUES, pseudonymCues: PSEUDONYM_CUES } = cues;
