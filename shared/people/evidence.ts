// The evidence a legal reviewer reads around one name: what says this is someone acting in a public
// role (a title, a job, an attendance list, a sign-off) and what says this is a private individual (a
// relationship, an age, a life event, a residents' label). Each piece has a rule id, the cue that
// triggered it and how close to the name it sits; judge.ts weighs them.
import type { PersonRole } from '../model/finding.ts';
import { endsSentence, sentenceAround, sentenceStart } from '../engine/sentences.ts';
import { radicalForms } from '../nlp/welsh-mutation.ts';
import { escapeRegExp as escape, findPhrases, phraseSet } from '../engine/match.ts';
import { containsAny } from '../engine/text-gates.ts';
import evidence from '../lexicons/person-evidence.json' with { type: 'json' };
import cues from '../lexicons/person-cues.json' with { type: 'json' };
import ageWords from '../lexicons/age-words.json' with { type: 'json' };
import {
  FAMILY_TITLES,
  isForename,
  JOB_WORDS,
  PUBLIC_LABELS,
  PUBLIC_SUFFIXES,
  PUBLIC_TITLES,
  PSEUDONYM_CUES,
  WELSH_ATTENDANCE_LABELS,
  WELSH_RELATIONSHIPS,
} from './lexicon.ts';
import type { NameMention } from './mentions.ts';

/** The id of each rule that gives evidence about a name: it is what a finding's trace records. */
export type EvidenceRule =
  | 'age-beside-name'
  | 'by-phrase'
  | 'case-heading'
  | 'cited-author'
  | 'contact-details'
  | 'identifier-beside-name'
  | 'job-title-after'
  | 'job-title-before'
  | 'life-event'
  | 'list-label'
  | 'meeting-role'
  | 'name-column'
  | 'name-label'
  | 'named-in-quotes'
  | 'office-suffix'
  | 'official-column'
  | 'possessive-relationship'
  | 'private-context'
  | 'professional-title'
  | 'pseudonym'
  | 'public-participation'
  | 'public-title'
  | 'relationship'
  | 'relationship-in-row'
  | 'resident-label'
  | 'role-in-row'
  | 'speaking-for-organisation';

export interface Evidence {
  rule: EvidenceRule;
  cue: string;
  leaning: 'private' | 'public';
  /** `attached`: in apposition with the name or in its list; `sentence`: elsewhere in its sentence. */
  reach: 'attached' | 'sentence';
  role?: PersonRole;
  /** Characters between the cue and the name: the nearer cue wins a tie. */
  distance: number;
}

const RELATIONSHIP_ROLE = new Map<string, PersonRole>([
  ...Object.entries(evidence.relationships).flatMap(([role, words]) =>
    words.map((w) => [w, role as PersonRole] as const),
  ),
  ...Object.entries(WELSH_RELATIONSHIPS).map(([word, role]) => [word, role as PersonRole] as const),
]);
const RELATIONSHIPS = [...RELATIONSHIP_ROLE.keys()].sort((a, b) => b.length - a.length);
const MODIFIERS = evidence.relationshipModifiers.join('|');
const RELATION = RELATIONSHIPS.map(escape).join('|');
const DETERMINER = String.raw`(?:his|her|their|the|a|an|whose|my|our|its|\p{L}+['’]s)`;
const RELATION_BEFORE = new RegExp(
  String.raw`\b${DETERMINER}?\s*((?:(?:${MODIFIERS})\s+)*(?:${RELATION}))s?\s*(?:,|:|–|-)?\s*$`,
  'iu',
);
// In brackets any relationship; after a comma one with a determiner or a single one ("Lleisiau, foster carers, the
// Partnership" is a list, "Kirsty Dolan, her sister" and "Jo, sister of" are apposition).
/** The last word of every relationship: text that ends in none of them ends in no relationship. */
const RELATION_LAST_WORDS: ReadonlySet<string> = new Set(
  RELATIONSHIPS.map((r) => r.toLowerCase().split(/\s+/).at(-1)!),
);
/** A quick test before RELATION_BEFORE, which is slow to try at every position: does the last word end in one? */
function endsWithRelationWord(text: string): boolean {
  const tail = text
    .slice(-60)
    .toLowerCase()
    .replace(/[\s,:–-]+$/, '');
  const word = tail.slice(tail.search(/\S*$/));
  // The relationship may start inside the last word ("step-daughter", "hismother"): every ending is tried.
  for (const form of word.endsWith('s') ? [word, word.slice(0, -1)] : [word])
    for (let i = 0; i < form.length; i++) if (RELATION_LAST_WORDS.has(form.slice(i))) return true;
  return false;
}
const QUOTES: ReadonlySet<string> = new Set(['"', '“', '‘', "'"]);
const NAMED_IN_QUOTES = /\b(?:first name|forename|name|known as|called|nicknamed)\s*["“‘']$/iu;
const RELATION_AFTER = new RegExp(
  String.raw`^\s*(?:\(\s*(?:${DETERMINER}\s+)?(?:(?:${MODIFIERS})\s+)*(${RELATION})s?|(?:,|–|—|-)\s*(?:${DETERMINER}\s+(?:(?:${MODIFIERS})\s+)*(${RELATION})s?|(?:(?:${MODIFIERS})\s+)*(${RELATION})(?!s)))\b`,
  'iu',
);
const APPOSITION_OPENING = /^\s*[(,–—-]/;
// "Child's name", "Mother's full name", "Name of young person", "Enw'r plentyn": a label saying whose name follows.
const NAME_LABEL = new RegExp(
  String.raw`^(?:the\s+)?(${RELATION})(?:['’]s|s['’])?\s+(?:(?:full|first|given|last)\s+)?names?$|^(?:(?:full|first)\s+)?names?\s+of\s+(?:the\s+)?(${RELATION})s?$|^enw['’]r\s+(${RELATION})$`,
  'iu',
);

/** The relationship a name label says the name belongs to ("child" for "Child's name"), if it says one. */
export function nameLabelOwner(label: string): string | undefined {
  const m = NAME_LABEL.exec(label.trim().replace(/\s+/g, ' '));
  return (m?.[1] ?? m?.[2] ?? m?.[3])?.toLowerCase();
}
// "Siân Prydderch, ei fam,": a Welsh possessive or article, then a relationship its mutation may hide (fam, dad, thad,
// nhad: mam, tad).
const WELSH_RELATION_AFTER = /^\s*[(,–—-]\s*(?:ei|eu|fy|dy|ein|eich|y|yr)\s+([\p{L}-]+)(?![\p{L}])/iu;

function welshRelationAfter(after: string): { cue: string; role: PersonRole } | undefined {
  const m = WELSH_RELATION_AFTER.exec(after);
  if (!m || m[1] !== m[1]!.toLowerCase()) return undefined;
  const radical = radicalForms(m[1]!).find((form) => WELSH_RELATIONSHIPS[form] !== undefined);
  return radical === undefined
    ? undefined
    : { cue: m[0].replace(/^\s*[(,–—-]\s*/, ''), role: RELATIONSHIP_ROLE.get(radical)! };
}
const POSSESSED_AFTER = new RegExp(
  String.raw`^['’]s?\s+(?:(?:${MODIFIERS})\s+)*(${RELATION}|personal adviser|social worker|placement|care plan|pathway plan|foster home|school|carers?|short breaks|key worker|iro|case)s?\b`,
  'iu',
);
const AGE_AFTER =
  /^(?:['’]s)?\s*(?:,\s*|\(\s*|–\s*)?(?:(?:a|an)\s+[\p{L}-]+[- ]year[- ]old|aged?\s+\d{1,2}|\d{1,2}\s*\)|(?:yn\s+)?\d{1,2}(?:\s+|-)(?:years?[- ]old|yrs?|oed|mlwydd)|born\b|b\.\s*\d|dob\b|d\.o\.b|date of birth|young person\))/iu;
const AGE_NUMBER_WORDS: Readonly<Record<string, number>> = ageWords.numberWords;
const AGE_NUMBER = [...Object.keys(AGE_NUMBER_WORDS).sort((a, b) => b.length - a.length), String.raw`\d{1,2}`].join(
  '|',
);
/**
 * "Connor, who is 16, ...", "Maya, who was nine when ...": an age in a relative clause right after the name. The
 * number must end the clause or run on into years or a time ("who was 10 minutes late" gives no age).
 */
const AGE_CLAUSE_AFTER = new RegExp(
  String.raw`^(?:['’]s)?\s*,\s*(?:who|that)\s+(?:is|was|turned|turns|has turned)\s+(?:now\s+|only\s+|just\s+)?(?:aged\s+)?(?:${AGE_NUMBER})(?![\p{L}\p{N}])(?=\s*(?:$|[,.;:)!?–-]|(?:years?|yrs?|when|and|in|at|on|but|so|with|until|after|before)\b))`,
  'iu',
);
/** "Connor, 16, ...": a bare number between commas, an age only after a forename (as "(12)" is). */
const BARE_AGE = /^\s*(?:\(?\s*\d{1,2}\s*\)|,\s*\d{1,2}\s*,)$/;
const BARE_AGE_AFTER = /^\s*,\s*\d{1,2}\s*,/;
/** "Kayla Dunn (NHS number 943 476 5919)", "Sam Ellis, UPN A12…": a personal identifier given with the name. */
const IDENTIFIER_AFTER =
  /^(?:['’]s)?\s*(?:,|\(|–|-)\s*(?:his|her|their)?\s*(nhs (?:number|no\.?)|unique pupil number|upn|ni number|national insurance number|case (?:number|ref(?:erence)?)|wccis (?:id|number)|pupil number)\b/iu;
const LIFE_VERBS = phraseSet(evidence.childLifeVerbs);
const CHILD_LIFE = /attends|year|placed|care|excluded|school|college|born|missing|adopted|looked after|sleeps/;
const SENTENCE_CUES = phraseSet(evidence.sentenceCues);
const MEETING_PHRASES = phraseSet(evidence.meetingPhrases);
const ATTENDANCE = new Set([...evidence.attendanceLabels, ...WELSH_ATTENDANCE_LABELS]);
const RESIDENT_LABELS = new Set(evidence.residentLabels);
const BY_PATTERNS = evidence.byPhrases.map((p) => ({
  phrase: p,
  pattern: new RegExp(String.raw`\b${escape(p)}\s+(?:(?:the\s+)?(?:cllr|councillor|cyng)\.?\s+)?$`, 'iu'),
}));
const PSEUDONYM_BEFORE = PSEUDONYM_CUES.map((cue) => ({
  cue,
  pattern: new RegExp(String.raw`\b${escape(cue)}\s*["“‘']?$`, 'iu'),
}));
/** A preposition right before a role word means it is no apposition: "questions from members, Jayden said". */
const APPOSITION_BREAKERS: ReadonlySet<string> = new Set(cues.appositionBreakers);
const PUBLIC_LABEL_SET = new Set(PUBLIC_LABELS);
const JOB_SET = new Set(JOB_WORDS);
/**
 * Whether the words after a relationship word make it part of a job title: a job word within three words, with no
 * "of" or "and" between ("parent governor", "carer support officer"; not "mother of the officer").
 */
function qualifiesJob(wordsAfter: readonly string[]): boolean {
  for (const word of wordsAfter.slice(0, 3)) {
    if (isJobWord(word)) return true;
    if (/^(?:of|to|for|the|a|an|and|or|with)$/.test(word)) return false;
  }
  return false;
}
/** A job word, singular or plural ("governor", "governors"). */
const isJobWord = (word: string): boolean =>
  JOB_SET.has(word) || (word.endsWith('s') && JOB_SET.has(word.slice(0, -1)));
/** Jobs longest first, so "team manager" is read before "manager". */
const JOBS_BY_LENGTH = [...JOB_WORDS].sort((a, b) => b.length - a.length);
/** Every word of every job phrase: a text with none of them holds no job. */
const JOB_WORD_PARTS: ReadonlySet<string> = new Set(JOB_WORDS.flatMap((w) => w.split(/\s+/)));
const JOB_COMPLEMENT = /^ (?:of|for|to|at|with|in|from) [^,;:()]{1,70}$/u;
/** "Officers, including ", "staff such as ": the names after it are some of the role's holders. */
const INCLUDING = /,?\s*\b(?:including|such as|namely|among them|notably)\s*$/i;
/** The text before a closing "including" as an apposition ("Officers, including " → "Officers, "), if it ends so. */
function beforeIncluding(text: string): string | undefined {
  const including = INCLUDING.exec(text);
  return including ? `${text.slice(0, including.index)}, ` : undefined;
}
const PROFESSIONAL =
  /consultant|agent|advocate|solicitor|barrister|counsel|lawyer|doctor|nurse|architect|engineer|surveyor|planner|police|constable|sergeant|inspector|paediatrician|psychologist|psychiatrist|representative|spokesperson|researcher|lecturer|teacher|headteacher|worker|volunteer/;
const ORGANISATION_AFTER =
  /^\s*,?\s+(?:(?:was|is|were)\s+)?(?:attending\s+|present\s+|speaking\s+)?(?:of|from|for|representing|speaking (?:on behalf of|for)|on behalf of)\s+(?:the\s+)?(\p{Lu}[\p{L}&'’ -]{1,60}?)(?=[,.;)]|\s+(?:and|who|said|spoke|asked|told|addressed|explained)\b|$)/u;
const ORGANISATION_WORD =
  /\b(?:Ltd|Limited|LLP|plc|Associates|Solicitors|Chambers|Council|Trust|Board|Partnership|University|College|Association|Society|Foundation|Charity|Police|Constabulary|NHS|Service|Services|Department|Office|Agency|Authority|Group|Network|Forum|Commission|Inspectorate|Ofsted|Cafcass|Cyngor|Bwrdd|Ymddiriedolaeth)\b/u;
const NOT_AN_ORGANISATION =
  /^(?:petitioners|residents|objectors|neighbours|the residents|local residents|himself|herself|themselves|his|her|their)\b/i;
const PARTICIPATION_BEFORE = phraseSet(evidence.publicParticipation);
const PARTICIPATION_AFTER = phraseSet(evidence.participationAfter);
/** "and Mr Tonkin", ", Mrs Rahimi and": another name in the same list, whose aside may name the role of both. */
const COORDINATED =
  /^\s*(?:,\s*)?(?:and|&|a|ac)\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr)\.?\s+)?(?:(?:\p{Lu}\p{Ll}?\.\s?)+)?(?:\p{Lu}[\p{L}'’-]+(?:\s|(?=[,(]))){1,3}/u;
const LIST_SEPARATOR = /,\s*|\s+(?:and|or|&)\s+/gu;
/** Initials in brackets after a name, as minutes give them: "Mrs Karen Brown (KB), Clerk". */
const INITIALS_ASIDE = /^\s*\((?:\p{Lu}{1,4})\)/u;
const NAME_LIST_WORD =
  /^(?:\p{Lu}[\p{L}'’-]*|(?:\p{Lu}\p{Ll}?\.)+|and|a|ac|&|y|yr|de|van|von|der|du|da|le|la|ap|ab|ferch|mc|o['’]\p{Lu}\p{L}*)$/u;

export interface EvidenceInput {
  /** The block's text and the mention within it. */
  text: string;
  mention: NameMention;
  inContactDetails: () => boolean;
  labelAbove?: string;
  /** The other cells of the table row the name sits in: "Lodger", "Birth son, 19". */
  rowCells?: readonly string[];
  /** The kind of people the cell's column heading names: "Child", "Name" (person); "Councillor", "Swyddog" (official). */
  column?: 'person' | 'official';
}

/** The rules whose cue stands beside the name itself, saying who this person is: not a word elsewhere in the sentence. */
const OWN_CUE_RULES = new Set<EvidenceRule>([
  'name-column',
  'name-label',
  'relationship-in-row',
  'relationship',
  'possessive-relationship',
  'age-beside-name',
  'life-event',
  'case-heading',
  'named-in-quotes',
  'resident-label',
]);
export const isOwnCueRule = (rule: string): boolean => (OWN_CUE_RULES as ReadonlySet<string>).has(rule);

/** The text around a mention that its cues are read from. */
function windowsOf(text: string, mention: NameMention) {
  const sentence = sentenceAround(text, mention.start, mention.end);
  return { sentence, ...cueWindows(text, mention, sentence.start) };
}

/** The windows without the sentence's end, which the quick test of a name's own cues does not read. */
function cueWindows(text: string, mention: NameMention, sentenceFrom = sentenceStart(text, mention.start)) {
  return {
    before: text.slice(Math.max(0, mention.start - 600), mention.start),
    after: text.slice(mention.end, mention.end + 160),
    inSentenceBefore: text.slice(Math.max(sentenceFrom, mention.start - 200), mention.start),
  };
}

function collector(): { found: Evidence[]; add: Add } {
  const found: Evidence[] = [];
  return { found, add: (e) => found.push({ reach: 'attached', distance: 0, ...e }) };
}

/**
 * False when no private cue of the name's own (an OWN_CUE_RULES rule) stands beside it: reading only
 * these is cheaper than gathering all the evidence, and a lone word the paper names no one by is a
 * person only with one.
 */
export function mayHaveOwnPrivateCue({ text, mention, labelAbove, rowCells, column }: EvidenceInput): boolean {
  if (column === 'person') return true;
  const { before, after, inSentenceBefore } = cueWindows(text, mention);
  const { found, add } = collector();
  const ownCue = () => found.some((e) => OWN_CUE_RULES.has(e.rule) && e.leaning === 'private');
  privateEvidence(after, inSentenceBefore, isForename(mention.words[0]!), rowCells ?? [], add, true);
  if (ownCue()) return true;
  labelEvidence(before, add, labelAbove);
  return ownCue();
}

export function gatherEvidence({
  text,
  mention,
  inContactDetails,
  labelAbove,
  rowCells,
  column,
}: EvidenceInput): Evidence[] {
  const { sentence, before, after, inSentenceBefore } = windowsOf(text, mention);
  const { found, add } = collector();

  publicEvidence(mention, before, after, inSentenceBefore, add, labelAbove);
  privateEvidence(after, inSentenceBefore, isForename(mention.words[0]!), rowCells ?? [], add);
  if (
    (mention.form === 'full' || mention.form === 'single' || mention.form === 'titled') &&
    !found.length &&
    inContactDetails()
  ) {
    add({ rule: 'contact-details', cue: 'contact or sign-off block', leaning: 'public', role: 'official' });
  }
  // A row that gives the person's job or office ("Councillor", "Head of Legal Services") lists an official.
  const roleCell = (rowCells ?? []).find((c) => roleAtStart(c));
  if (roleCell)
    add({ rule: 'role-in-row', cue: roleAtStart(roleCell)!, leaning: 'public', role: 'official', distance: 1 });
  // A table of the people a paper concerns (a case list, a household) lists private individuals.
  if (column === 'person')
    add({ rule: 'name-column', cue: 'a column of names', leaning: 'private', role: 'unknown', distance: 2 });
  // A column headed "Councillor" or "Y Cynghorydd" (a declarations-of-interest table) lists members.
  if (column === 'official')
    add({
      rule: 'official-column',
      cue: 'a column of councillors or officers',
      leaning: 'public',
      role: 'official',
      distance: 2,
    });
  participationEvidence(inSentenceBefore, after, add);
  sentenceEvidence(text, sentence, mention, add);
  return found;
}

type Add = (e: Omit<Evidence, 'reach' | 'distance'> & { reach?: Evidence['reach']; distance?: number }) => void;

function publicEvidence(
  mention: NameMention,
  before: string,
  after: string,
  inSentenceBefore: string,
  add: Add,
  labelAbove?: string,
): void {
  const lineBefore = before.slice(before.lastIndexOf('\n') + 1);
  const title = mention.title?.toLowerCase();
  if (title === 'dr') add({ rule: 'professional-title', cue: 'Dr', leaning: 'public', role: 'professional' });
  const titleBefore = trailingPhrase(lineBefore.replace(/\.(\s*)$/, '$1'), PUBLIC_TITLES);
  if (titleBefore) add({ rule: 'public-title', cue: titleBefore, leaning: 'public', role: 'official' });
  const suffix = /^\s+([A-Z]{2,3})\b/.exec(after)?.[1];
  if (suffix && PUBLIC_SUFFIXES.has(suffix.toLowerCase()) && suffix !== 'MR')
    add({ rule: 'office-suffix', cue: suffix, leaning: 'public', role: 'official' });
  labelEvidence(before, add, labelAbove);
  // A job names a professional or an official, whichever side of the name it stands.
  const addJob = (rule: 'job-title-after' | 'job-title-before', cue: string) =>
    add({ rule, cue, leaning: 'public', role: PROFESSIONAL.test(cue.toLowerCase()) ? 'professional' : 'official' });
  const job = jobAfter(after) ?? jobAfter(after.replace(COORDINATED, ''));
  if (job) addJob('job-title-after', job);
  // "Two social workers, Hannah Lowe and ", "chaired by Mr Ashworth or ": the role before a list is every name's.
  const beforeList = withoutNamesListedBefore(inSentenceBefore);
  const inList = beforeList !== inSentenceBefore || COORDINATED.test(after);
  const including = beforeIncluding(beforeList);
  const jobBefore =
    jobTitleBefore(inSentenceBefore, inList) ??
    (beforeList !== inSentenceBefore ? jobTitleBefore(beforeList, true) : undefined) ??
    (including ? jobTitleBefore(including, true) : undefined);
  if (jobBefore) addJob('job-title-before', jobBefore);
  // A phrase the text does not hold cannot end it: the cheap test first (beforeList is the start of inSentenceBefore).
  const lowerBefore = inSentenceBefore.toLowerCase();
  const by = BY_PATTERNS.find(
    (p) => lowerBefore.includes(p.phrase) && (p.pattern.test(inSentenceBefore) || p.pattern.test(beforeList)),
  )?.phrase;
  if (by) add({ rule: 'by-phrase', cue: by, leaning: 'public', role: 'official' });
  const org = ORGANISATION_AFTER.exec(after);
  if (
    org &&
    !NOT_AN_ORGANISATION.test(org[1]!) &&
    (!/^\s*,?\s+(?:of|from)\s/.test(org[0]) || ORGANISATION_WORD.test(org[1]!))
  )
    add({ rule: 'speaking-for-organisation', cue: org[0].trim(), leaning: 'public', role: 'professional' });
  if (/^\s*\(\d{4}[a-z]?\)|^\s+et al\b|^\s*,\s*\d{4}\)/.test(after))
    add({ rule: 'cited-author', cue: 'a cited publication', leaning: 'public', role: 'professional' });
  const meeting = findPhrases(inSentenceBefore.toLowerCase(), MEETING_PHRASES).at(-1);
  if (meeting && isNameList(inSentenceBefore.slice(meeting.index + meeting.phrase.length))) {
    add({
      rule: 'meeting-role',
      cue: meeting.phrase,
      leaning: 'public',
      role: 'official',
      distance: inSentenceBefore.length - meeting.index,
    });
  }
  // "Apologies were submitted and accepted from Cllrs A, B and Mr C": an apology is a member's.
  const apology = listAfterHead(inSentenceBefore, APOLOGY_HEADS);
  if (apology)
    add({ rule: 'meeting-role', cue: apology.cue, leaning: 'public', role: 'official', distance: apology.distance });
  if (
    /^\s*,?\s+(?:(?:be|was|were|is|had been)\s+(?:re-)?(?:elected|appointed|nominated|co-opted)\b|(?:was|had been)\s+(?:moved|seconded|proposed)\s+by\b|joined the meeting|left the meeting|took the chair|in the chair|declared (?:a|an)\b[^.]{0,40}\binterest|was elected|was appointed|(?:presented|introduced|moved|seconded) the)/i.test(
      after,
    )
  ) {
    add({
      rule: 'meeting-role',
      cue: after.trim().split(/\s+/).slice(0, 3).join(' '),
      leaning: 'public',
      role: 'official',
    });
  }
}

/** The label a list of names hangs from: "Present:" lists officials and members, "Residents:" private individuals. */
function labelEvidence(before: string, add: Add, labelAbove?: string): void {
  const lineBefore = before.slice(before.lastIndexOf('\n') + 1);
  const label =
    listLabel(lineBefore) ??
    (labelAbove && before === lineBefore && isNameList(lineBefore)
      ? listLabel(`${labelAbove}: ${lineBefore}`)
      : undefined);
  if (label) {
    // "Child's name: Harvey Lister": the label says whose name follows, whatever else its words are.
    const owner = nameLabelOwner(label.raw);
    if (owner) {
      add({
        rule: 'name-label',
        cue: label.raw,
        leaning: 'private',
        role: RELATIONSHIP_ROLE.get(owner) ?? 'unknown',
        distance: label.distance,
      });
      return;
    }
    const l = label.label;
    const isResident = RESIDENT_LABELS.has(l) || [...RESIDENT_LABELS].some((r) => l.endsWith(` ${r}`));
    const isPublic =
      !isResident &&
      (ATTENDANCE.has(l) ||
        PUBLIC_LABEL_SET.has(l) ||
        l.split('/').some((w) => ATTENDANCE.has(w) || PUBLIC_TITLES.includes(w)) ||
        isJobWord(l.split(/\s+/).at(-1)!));
    if (isResident)
      add({ rule: 'resident-label', cue: label.raw, leaning: 'private', role: 'resident', distance: label.distance });
    else if (isPublic)
      add({ rule: 'list-label', cue: label.raw, leaning: 'public', role: 'official', distance: label.distance });
  }
}

/** The private cues beside a name; with `ownCuesOnly`, only the OWN_CUE_RULES ones, all the quick test reads. */
function privateEvidence(
  after: string,
  inSentenceBefore: string,
  forenameFirst: boolean,
  rowCells: readonly string[],
  add: Add,
  ownCuesOnly = false,
): void {
  // A relationship in apposition sits right before the name: the last 60 characters are enough.
  // "Several children, including ": the relationship before the connector is the name's.
  const appositionBefore = beforeIncluding(inSentenceBefore) ?? inSentenceBefore;
  const relBefore = endsWithRelationWord(appositionBefore)
    ? lowerCaseCue(RELATION_BEFORE.exec(appositionBefore.slice(-60)))
    : null;
  if (relBefore)
    add({
      rule: 'relationship',
      cue: relBefore[1]!,
      leaning: 'private',
      role: relationshipRole(relBefore[1]!),
      distance: Math.min(inSentenceBefore.length, 60) - relBefore.index,
    });
  for (const cell of rowCells) {
    const rel = relationshipAtStart(cell);
    if (rel)
      add({ rule: 'relationship-in-row', cue: rel, leaning: 'private', role: relationshipRole(rel), distance: 1 });
  }
  // RELATION_AFTER opens with a bracket, a comma or a dash: text that does not is spared the long pattern.
  const relAfter = lowerCaseCue(
    (APPOSITION_OPENING.test(after) ? RELATION_AFTER.exec(after) : null) ?? coordinatedAside(after, RELATION_AFTER),
  );
  // "(parent governor)", "carer support officer": a relationship word qualifying an office is the office.
  const relationIsOffice =
    relAfter !== null &&
    qualifiesJob(
      after
        .slice(relAfter.index + relAfter[0].length)
        .split(/[,;:()\n]/, 1)[0]!
        .toLowerCase()
        .split(/[^\p{L}-]+/u)
        .filter(Boolean),
    );
  if (relAfter && !relationIsOffice)
    add({
      rule: 'relationship',
      cue: relAfter[1]!.toLowerCase(),
      leaning: 'private',
      role: RELATIONSHIP_ROLE.get(relAfter[1]!.toLowerCase()) ?? 'unknown',
      distance: relAfter.index,
    });
  else if (!relAfter) {
    const welsh = welshRelationAfter(after);
    if (welsh) add({ rule: 'relationship', cue: welsh.cue, leaning: 'private', role: welsh.role, distance: 0 });
  }
  const possessed = after[0] === "'" || after[0] === '’' ? POSSESSED_AFTER.exec(after) : null;
  if (possessed) {
    const thing = possessed[1]!.toLowerCase();
    const theirRole = RELATIONSHIP_ROLE.get(thing);
    // "Haf's mother": Haf is the child; "Dean's son": Dean is the parent.
    add({
      rule: 'possessive-relationship',
      cue: `'s ${thing}`,
      leaning: 'private',
      role: theirRole === 'child' ? 'parent' : 'child',
    });
  }
  const age = AGE_AFTER.exec(after) ?? AGE_CLAUSE_AFTER.exec(after) ?? BARE_AGE_AFTER.exec(after);
  // "(12)" or ", 12," alone is a count as often as an age: it speaks of a person only after a forename, and a title
  // beside the name outweighs it.
  const bare = age && BARE_AGE.test(age[0]);
  if (age && (!bare || forenameFirst))
    add({
      rule: 'age-beside-name',
      cue: age[0].trim(),
      leaning: 'private',
      role: ageRole(age[0]),
      distance: bare ? 1 : 0,
    });
  const identifier = ownCuesOnly ? null : IDENTIFIER_AFTER.exec(after);
  if (identifier) add({ rule: 'identifier-beside-name', cue: identifier[1]!, leaning: 'private', role: 'unknown' });
  const life = /^(?:['’]s)?\s+((?:currently|now|still|also|has since|since)\s+)?([\p{Ll} ]{3,40})/u.exec(after);
  if (life) {
    const phrase = findPhrases(life[2]!.toLowerCase(), LIFE_VERBS).find((p) => p.index === 0);
    // What the person does is said of them, not beside their name: a title or job in apposition is nearer.
    if (phrase)
      add({
        rule: 'life-event',
        cue: phrase.phrase,
        leaning: 'private',
        role: CHILD_LIFE.test(phrase.phrase) ? 'child' : 'unknown',
        distance: 1 + life.index + (life[1]?.length ?? 0),
      });
  }
  if (isCaseHeading(inSentenceBefore.slice(-40))) {
    add({ rule: 'case-heading', cue: inSentenceBefore.trim().slice(-30), leaning: 'private', role: 'unknown' });
  }
  if (QUOTES.has(inSentenceBefore.at(-1) ?? '') && NAMED_IN_QUOTES.test(inSentenceBefore))
    add({ rule: 'named-in-quotes', cue: 'a first name given in quotes', leaning: 'private', role: 'unknown' });
  if (ownCuesOnly) return;
  const lowerBefore = inSentenceBefore.toLowerCase();
  if (
    hasPseudonymAfter(after) ||
    PSEUDONYM_BEFORE.some((p) => lowerBefore.includes(p.cue) && p.pattern.test(inSentenceBefore))
  )
    add({ rule: 'pseudonym', cue: 'not the real name', leaning: 'private', role: 'unknown' });
}

/** The role a relationship phrase gives, modifiers and all: "older sister" → relative, "foster carer" → carer. */
function relationshipRole(phrase: string): PersonRole {
  const words = phrase.toLowerCase().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const role = RELATIONSHIP_ROLE.get(words.slice(i).join(' '));
    if (role) return role;
  }
  return 'unknown';
}

const RELATION_AT_START = new RegExp(String.raw`^((?:(?:${MODIFIERS})\s+)*(?:${RELATION}))s?\b`, 'iu');

/** A cell that says who the person in its row is: "Birth son, 19", "Lodger from January". */
function relationshipAtStart(cell: string): string | undefined {
  return RELATION_AT_START.exec(cell.trim())?.[1]?.toLowerCase();
}

/** A cell that is a job or an office: its first words are a public title, or its first few words hold a job word. */
function roleAtStart(cell: string): string | undefined {
  const words = cell
    .trim()
    .toLowerCase()
    .replace(/[,.:;]/g, ' ')
    .split(/\s+/)
    .slice(0, 4);
  if (!words[0] || RELATIONSHIP_ROLE.has(words.slice(0, 2).join(' ')) || RELATIONSHIP_ROLE.has(words[0]))
    return undefined;
  const title = PUBLIC_TITLES.find(
    (t) => words.join(' ').startsWith(t) && !/\p{L}/u.test(words.join(' ')[t.length] ?? ' '),
  );
  return title ?? words.find((w) => JOB_SET.has(w));
}

/** A relationship is written in lower case: "the Child Safeguarding Practice Review" names a body, not a child. */
function lowerCaseCue(m: RegExpExecArray | null): RegExpExecArray | null {
  if (!m) return null;
  const cue = m[1] ?? m[2] ?? m[3];
  if (!cue || (cue !== cue.toLowerCase() && !FAMILY_TITLES.has(cue.toLowerCase()))) return null;
  m[1] = cue.toLowerCase();
  return m;
}

/** "Mr Stuart & Mr Tonkin (objectors)": the aside after the last of two names describes both. */
function coordinatedAside(after: string, pattern: RegExp): RegExpExecArray | null {
  const joined = COORDINATED.exec(after);
  if (!joined) return null;
  const m = pattern.exec(after.slice(joined[0].length));
  if (m) m.index += joined[0].length;
  return m;
}

const CASE_HEADING = /(?:case study|case|appeal|complaint|child|young person|example)(?: \d+)? ?[.:–-]$/iu;

/** "Case study 3:", "Appeal 14:", "Child 1 –" right before the name: the person the case is about. */
function isCaseHeading(text: string): boolean {
  const tail = text.replace(/\s+/g, ' ').trimEnd();
  const m = CASE_HEADING.exec(tail);
  return Boolean(m && (m.index === 0 || /[\s.:\d]/.test(tail[m.index - 1]!)));
}

const hasPseudonymAfter = (after: string): boolean => {
  const near = after.slice(0, 40).toLowerCase();
  return PSEUDONYM_CUES.some((c) => near.includes(c));
};

/** A member of the public taking part: a petition or question from them, or speaking to the meeting. */
function participationEvidence(inSentenceBefore: string, after: string, add: Add): void {
  const lower = inSentenceBefore.toLowerCase();
  const asked = listAfterHead(inSentenceBefore, PARTICIPATION_HEADS);
  if (asked)
    add({
      rule: 'public-participation',
      cue: asked.cue,
      leaning: 'private',
      reach: 'sentence',
      role: 'resident',
      distance: asked.distance,
    });
  const before = findPhrases(lower, PARTICIPATION_BEFORE).at(-1);
  if (before && isNameList(inSentenceBefore.slice(before.index + before.phrase.length))) {
    add({
      rule: 'public-participation',
      cue: before.phrase,
      leaning: 'private',
      reach: 'sentence',
      role: 'resident',
      distance: lower.length - before.index,
    });
  }
  const spoke = findPhrases(
    after
      .slice(0, 80)
      .toLowerCase()
      .replace(/^[\s,]+/, ''),
    PARTICIPATION_AFTER,
  ).find((p) => p.index <= 12);
  if (spoke)
    add({
      rule: 'public-participation',
      cue: spoke.phrase,
      leaning: 'private',
      reach: 'sentence',
      role: 'resident',
      distance: spoke.index,
    });
}

// Names in one sentence share its cues: look them up once per sentence.
const sentenceCueCache = new Map<string, { phrase: string; index: number }[]>();
const SENTENCE_CACHE_LIMIT = 2000;

function sentenceCues(window: string): { phrase: string; index: number }[] {
  const cached = sentenceCueCache.get(window);
  if (cached) return cached;
  const found = findPhrases(window, SENTENCE_CUES);
  if (sentenceCueCache.size >= SENTENCE_CACHE_LIMIT) sentenceCueCache.clear();
  sentenceCueCache.set(window, found);
  return found;
}

/** Words elsewhere in the sentence that speak of a private life: weaker than a cue beside the name. */
function sentenceEvidence(
  text: string,
  sentence: { start: number; end: number },
  mention: NameMention,
  add: Add,
): void {
  const window = text.slice(sentence.start, sentence.end).toLowerCase();
  const at = mention.start - sentence.start;
  let best: { phrase: string; distance: number } | undefined;
  for (const f of sentenceCues(window)) {
    const distance = f.index < at ? at - f.index : f.index - (mention.end - sentence.start);
    if (distance < 0) continue;
    if (!best || distance < best.distance) best = { phrase: f.phrase, distance };
  }
  if (/\d+-year-old/.test(window)) best ??= { phrase: 'year-old', distance: 100 };
  if (best)
    add({
      rule: 'private-context',
      cue: best.phrase,
      leaning: 'private',
      reach: 'sentence',
      role: RELATIONSHIP_ROLE.get(best.phrase) ?? 'unknown',
      distance: best.distance,
    });
}

function ageRole(cue: string): PersonRole {
  const n = Number(
    /\d{1,2}/.exec(cue)?.[0] ?? AGE_NUMBER_WORDS[/[\p{L}-]+$/u.exec(cue.trim())?.[0].toLowerCase() ?? ''] ?? NaN,
  );
  return Number.isNaN(n) || n < 18 ? 'child' : 'resident';
}

const APOLOGY_HEADS = ['apolog'];
const PARTICIPATION_HEADS = ['question', 'petition', 'statement', 'deputation', 'representation', 'cwestiwn', 'deiseb'];

/**
 * "Apologies were submitted and accepted from Cllrs A, B and ", "Question to the Portfolio Holder from ":
 * the names a head word's "from" points at, when only names lie between.
 */
function listAfterHead(text: string, heads: readonly string[]): { cue: string; distance: number } | undefined {
  const lower = text.toLowerCase();
  const at = Math.max(...heads.map((h) => lower.lastIndexOf(h)));
  if (at < 0) return undefined;
  const window = lower.slice(at, at + 120);
  const from = Math.max(...[' from ', ' gan ', ' by '].map((w) => window.lastIndexOf(w)));
  if (from < 0 || /[.;:]/.test(window.slice(0, from))) return undefined;
  const list = text.slice(at + from + window.slice(from).indexOf(' ', 1) + 1);
  return isNameList(list) ? { cue: text.slice(at, at + from).trim(), distance: list.length } : undefined;
}

const PLURAL_TITLES = ['councillors', 'cllrs', 'cynghorwyr', 'members', 'aelodau'];
// Tried only on text holding one of its titles: run on every line before a name, the pattern cost more than the rest.
const PLURAL_TITLE_LIST = new RegExp(String.raw`\b(${PLURAL_TITLES.join('|')})\.?\s+([^:]*)$`, 'iu');
const hasPluralTitle = containsAny(PLURAL_TITLES);

/** The label a list of names hangs from on this line ("Present:", "Cyng/Cllrs.:", "Councillors"), if only names lie between. */
function listLabel(lineBefore: string): { label: string; raw: string; distance: number } | undefined {
  const text = lineBefore.slice(-600);
  const colon = labelAndList(text);
  if (colon && isNameList(colon[2])) {
    const raw = colon[1].trim();
    const words = raw.toLowerCase().split(/\s+/);
    // The label is the last few words before the colon: "Others invited: Neighbouring Residents:" → "neighbouring residents".
    for (let n = Math.min(5, words.length); n >= 1; n--) {
      const label = words.slice(-n).join(' ');
      if (
        ATTENDANCE.has(label) ||
        RESIDENT_LABELS.has(label) ||
        PUBLIC_LABEL_SET.has(label) ||
        isJobWord(label) ||
        label.split('/').some((w) => ATTENDANCE.has(w) || PUBLIC_TITLES.includes(w))
      ) {
        return { label, raw, distance: colon[2].length };
      }
    }
    return { label: words.slice(-3).join(' '), raw, distance: colon[2].length };
  }
  // "Councillors Lomax, Sandhu and", "y Cynghorwyr C. Evans, D. Harries": a plural title heads the list.
  const plural = hasPluralTitle(text.toLowerCase()) ? PLURAL_TITLE_LIST.exec(text) : null;
  if (plural && /[,&]|\s(?:and|a|ac)\s*$/u.test(plural[2]!) && isNameList(plural[2]!))
    return { label: plural[1]!.toLowerCase(), raw: plural[1]!, distance: plural[2]!.length };
  return undefined;
}

/** The text before the names listed ahead of this one: "Two social workers, Hannah Lowe and " → "Two social workers, ". */
function withoutNamesListedBefore(text: string): string {
  const separators = [...text.matchAll(LIST_SEPARATOR)];
  const last = separators.at(-1);
  if (!last || last.index + last[0].length !== text.length) return text;
  let cut = text.length;
  for (let i = separators.length - 1; i >= 0; i--) {
    const from = i > 0 ? separators[i - 1]!.index + separators[i - 1]![0].length : 0;
    const name = text.slice(from, separators[i]!.index);
    if (name.trim() && name.trim().split(/\s+/).length <= 5 && /^\s*(?:\p{Lu}|\()/u.test(name) && isNameList(name)) {
      cut = from;
      continue;
    }
    // "chaired by Mr Trevor Ash or ": the name at the end of the words before the list.
    const words = name.split(' ');
    let k = words.length;
    while (k > 0 && isNameList(words.slice(k - 1).join(' ')) && /^(?:\p{Lu}|\()/u.test(words[k - 1]!)) k--;
    if (k < words.length) cut = from + words.slice(0, k).join(' ').length + (k > 0 ? 1 : 0);
    break;
  }
  return text.slice(0, cut);
}

/** The last "Label:" (or "Label –") on the line and what follows it: [whole, label, list]. */
function labelAndList(text: string): [string, string, string] | undefined {
  let at = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === ':' || c === '–' || c === '—') {
      at = i;
      break;
    }
    if (c === '-' && text[i - 1] === ' ' && text[i + 1] === ' ') {
      at = i;
      break;
    }
  }
  if (at < 0) return undefined;
  let start = at;
  while (start > 0 && at - start < 50 && /[\p{L}/'’ .-]/u.test(text[start - 1]!)) start--;
  const label = text.slice(start, at).replace(/[\s.]+$/, '');
  if (label.replace(/[^\p{L}]/gu, '').length < 2) return undefined;
  const list = text.slice(at + 1).trimStart();
  return [text.slice(start), label, list];
}

/** True when the text holds only names, initials, titles, short asides in brackets and list joiners. */
export function isNameList(segment: string): boolean {
  if (segment.length > 600) return false;
  const cleaned = segment
    .replace(/\([^()]{0,60}\)|\[[^[\]]{0,60}\]/g, ' ')
    .replace(/\b(?:Mrs|Mr|Ms|Miss|Mx|Dr|Cllr|Cyng|Prof|Sir|Dame)\.?(?=\s)/g, ' ')
    .replace(/\b(?:MBE|OBE|CBE|JP|MP|MS|AM)\b/g, ' ');
  if (/[;!?]/.test(cleaned)) return false;
  for (let i = 0; i < cleaned.length; i++)
    if (cleaned[i] === '.' && endsSentence(cleaned, i) && !/\p{Lu}\p{Ll}?$/u.test(cleaned.slice(0, i))) return false;
  return cleaned
    .split(/[\s,]+/)
    .filter(Boolean)
    .every((w) => NAME_LIST_WORD.test(w) || /^\p{Lu}\p{Ll}?\.(?:\p{Lu}\p{Ll}?\.)*$/u.test(w));
}

/** An appositive job after the name: ", Head of Legal Services", " (Democratic Services Officer)", " Clerk to the Council". */
function jobAfter(raw: string): string | undefined {
  // Initials in brackets are skipped, but not a job written in capitals ("Tom (IRO)", "(SENCO)").
  const initials = INITIALS_ASIDE.exec(raw);
  const after =
    initials && !isJobWord(initials[0].replace(/[\s()]/g, '').toLowerCase()) ? raw.slice(initials[0].length) : raw;
  const m =
    /^\s*(?:['’]s\s+)?(?:,|\(|–|—|-)\s*(?:the\s+|our\s+|a\s+|an\s+|this\s+|its\s+)?([^,;()\n.]{2,90})/u.exec(after) ??
    /^\s+((?:Assistant\s+|Deputy\s+|Senior\s+)?\p{Lu}\p{Ll}+(?:\s+(?:and|to|of|for)\s+[^,;()\n]{2,60})?)/u.exec(after);
  const phrase = m?.[1]?.trim();
  if (
    !phrase ||
    /^(?:(?:who|whose|which|aged|now|then|and|but|so|because|as|when|with|has|had|have|is|was|were|will|would|can|could|said|says|told|asked|had|did|does|also)\b|\d)/i.test(
      phrase,
    )
  )
    return undefined;
  const allWords = phrase
    .toLowerCase()
    .replace(/[:.'’]/g, '')
    .split(/\s+/);
  const words = allWords.slice(0, 5);
  // A relationship makes the phrase no job, unless it qualifies a job that follows it.
  const isRelation = (w: string, i: number) =>
    (RELATIONSHIP_ROLE.has(w.replace(/s$/, '')) || RELATIONSHIP_ROLE.has(w)) && !qualifiesJob(words.slice(i + 1));
  if (words.some(isRelation)) return undefined;
  const head = words.findIndex(
    (w, i) => isJobWord(w) || JOB_SET.has(`${w} ${words[i + 1] ?? ''}`) || isWelshFormerJob(w),
  );
  if (head < 0 || head > 3) return undefined;
  if (isMembershipOfPrivateBody(allWords, head)) return undefined;
  // Without a comma, only a capitalised job right after the name ("Mr W Grosvenor Clerk and ...") counts.
  if (!/^\s*(?:['’]s\s+)?[,(–—-]/u.test(after) && head > 1) return undefined;
  return phrase
    .split(/\s+/)
    .slice(0, Math.max(head + 1, Math.min(6, words.length)))
    .join(' ');
}

/** "cyn-gynghorydd", "cyn-bennaeth": a former office in Welsh, its word softly mutated after "cyn-". */
function isWelshFormerJob(word: string): boolean {
  return word.startsWith('cyn-') && radicalForms(word.slice(4)).some((form) => JOB_SET.has(form));
}

const PUBLIC_BODIES: ReadonlySet<string> = new Set(cues.publicBodiesOfMembers);
/**
 * "a former member of the Royal Marines", "member of the family": membership is an office only of a public
 * body ("member of the Cabinet", "of the Planning Committee"); a member with no body named ("Cabinet Member") is.
 */
function isMembershipOfPrivateBody(words: readonly string[], head: number): boolean {
  if (!/^members?$/.test(words[head]!) || words[head + 1] !== 'of') return false;
  const body = words.slice(head + 2).filter((w) => w !== 'the' && w !== 'this' && w !== 'our');
  return !body.slice(0, 3).some((w) => PUBLIC_BODIES.has(w));
}

/** A job title in apposition before the name: "the county council's Head of Leaving Care, ", "the LADO, ". */
function jobTitleBefore(inSentenceBefore: string, inList: boolean): string | undefined {
  // "The minute-taker was Ms Egan": a role and a copula name the person as much as apposition does.
  const chunk = inSentenceBefore
    .replace(/\s*[,(]\s*$/, '')
    .replace(/\s+(?:was|is|were|will be|has been|would be)\s*$/i, ' ')
    .replace(/\s+$/, '');
  if (chunk === inSentenceBefore && !/\)\s*$/.test(inSentenceBefore) && !/\s$/.test(inSentenceBefore)) return undefined;
  const tail = chunk.split(/[;:]|,\s(?=[^,]*$)|\band\b(?=[^,]*$)/).pop() ?? chunk;
  const m = jobPhraseAtEnd(tail);
  if (!m) return undefined;
  // "questions from members, Jayden said": a plural role fits a list of names, not one; after a preposition it is no apposition.
  const { word, plural } = m;
  if (plural && !inList) return undefined;
  const words = tail.trim().toLowerCase().split(/\s+/);
  const at = words.findLastIndex((w) => w.replace(/s$/, '') === word || w === word);
  const lead = words.slice(Math.max(0, at - 3), at).filter((w) => w !== 'the' && w !== 'our');
  if (!/\bof\s/i.test(m.text) && lead.length && APPOSITION_BREAKERS.has(lead.at(-1)!)) return undefined;
  return m.text;
}

/** The job phrase the text ends with: a job word, perhaps plural, perhaps "of …", perhaps an aside in brackets. */
function jobPhraseAtEnd(raw: string): { word: string; plural: boolean; text: string } | undefined {
  const text = raw.replace(/\s*\([^()]{1,40}\)\s*$/, '').trimEnd();
  const lower = text.toLowerCase();
  // Most text before a name holds no job word at all: say so from its words before searching for phrases.
  if (!lower.split(/[^\p{L}'’-]+/u).some((w) => JOB_WORD_PARTS.has(w) || JOB_WORD_PARTS.has(w.replace(/s$/, ''))))
    return undefined;
  for (const job of JOBS_BY_LENGTH) {
    let at = lower.lastIndexOf(job);
    while (at >= 0 && at > 0 && !/[\s(]/.test(lower[at - 1]!)) at = lower.lastIndexOf(job, at - 1);
    if (at < 0) continue;
    let end = at + job.length;
    const plural = lower[end] === 's';
    if (plural) end++;
    const rest = text.slice(end).replace(/\s+/g, ' ');
    if (rest === '' || JOB_COMPLEMENT.test(rest)) return { word: job, plural, text: text.slice(at).trim() };
  }
  return undefined;
}

/** The cue the text ends with, whole words, if any: "... the allocated social worker, " → "allocated social worker". */
function trailingPhrase(text: string, cues: readonly string[]): string | undefined {
  const t = text.toLowerCase().replace(/\s+$/, '');
  let best: string | undefined;
  for (const cue of cues) {
    if (
      t.endsWith(cue) &&
      !/[\p{L}\p{N}]/u.test(t[t.length - cue.length - 1] ?? ' ') &&
      (!best || cue.length > best.length)
    )
      best = cue;
  }
  return best;
}
