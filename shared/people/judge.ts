// Weighs the evidence around one name the way a legal reviewer does. A cue beside the name (a title,
// a job in apposition, an attendance list; a relationship, an age, a life event) outweighs a word
// elsewhere in the sentence; between two cues beside the name the nearer wins. With no evidence at
// all, a Mr or Mrs is a member of the public, and a name is a question for the reviewer, never an
// all-clear.
import type { PersonRole, TraceStep } from '../model/finding.ts';
import type { DocumentKind } from '../model/report.ts';
import { gatherEvidence, type Evidence, type EvidenceRule } from './evidence.ts';
import welshCues from '../lexicons/welsh-person-cues.json' with { type: 'json' };
import { isForename, PRIVATE_TITLES } from './lexicon.ts';
import type { NameMention } from './mentions.ts';

export type Verdict = 'public' | 'private' | 'pseudonym' | 'unknown';

export interface Judgement {
  verdict: Verdict;
  /** Plain-English reason: "named as the child's grandmother", "Councillor". */
  reason: string;
  role?: PersonRole;
  trace: TraceStep[];
  /** How firmly the evidence decides: 3 the council's lists or a pseudonym, 2 a cue beside the name, 1 a weaker one, 0 none. */
  strength: 0 | 1 | 2 | 3;
}

export interface JudgeEnvironment {
  inContactDetails: () => boolean;
  documentKind: DocumentKind;
  /** The label line just above this block, if any ("Officers:"). */
  labelAbove?: string;
  /** The other cells of the table row, for a name in a table. */
  rowCells?: readonly string[];
  /** For a cell under a heading that names people: "Child", "Name", "Carer" (person); "Councillor" (official). */
  column?: 'person' | 'official';
}

/** Kinds of paper that record a meeting: a first name alone there is a member's, not a child's. */
const MEETING_RECORDS: ReadonlySet<DocumentKind> = new Set(['minutes', 'agenda', 'decision-notice']);

// What follows a first name used as the subject of a sentence about someone's life.
const PERSON_CONTINUATION =
  /^(?:['’]s\b|,|\s+\(|\s+(?:told|said|says|is|was|has|had|have|lives|lived|wrote|writes|designed|attends|attended|explained|asked|wants|wanted|felt|feels|moved|left|works|worked|joined|received|achieved|started|took|became|spoke|described|will|would|and\s+\p{Lu}))/u;

const WELSH_SUBJECT_VERBS: ReadonlySet<string> = new Set(welshCues.subjectVerbs);
/** "Mae Thomos yn …", "Dywedodd Gwawr …": in Welsh the verb comes first and the name after it is its subject. */
function isWelshSubject(before: string): boolean {
  const verb = /([\p{L}]+)\s+$/u.exec(before)?.[1]?.toLowerCase();
  return verb !== undefined && WELSH_SUBJECT_VERBS.has(verb);
}

const REASONS: Record<EvidenceRule, (cue: string) => string> = {
  'professional-title': () => 'a professional (Dr)',
  'public-title': (cue) => capitalise(cue),
  'office-suffix': (cue) => `${cue} (an elected or appointed office holder)`,
  'list-label': (cue) => `named under "${cue}"`,
  'job-title-after': (cue) => `given a job title (${cue})`,
  'job-title-before': (cue) => `described as ${cue}`,
  'by-phrase': (cue) => `named as the person who ${cue.replace(/ by$/, '')} it`,
  'speaking-for-organisation': () => 'speaking for an organisation',
  'cited-author': () => 'the author of a cited publication',
  'meeting-role': (cue) => `taking part in the meeting ("${cue}")`,
  'contact-details': () => "named in an officer's contact or sign-off details",
  'resident-label': (cue) => `named under "${cue}"`,
  relationship: (cue) => `named as someone's ${cue}`,
  'relationship-in-row': (cue) => `listed as someone's ${cue}`,
  'role-in-row': (cue) => `listed with a job or office (${cue})`,
  'name-column': () => 'listed in a table of the people a case concerns',
  'name-label': (cue) => `named under "${cue}", a label that says whose name it is`,
  'official-column': () => 'listed in a column of councillors or officers',
  'possessive-relationship': (cue) => `named with their ${cue.replace(/^'s /, '')}`,
  'identifier-beside-name': (cue) => `given with their ${cue}`,
  'age-beside-name': (cue) => `given an age or date of birth ("${cue}")`,
  'life-event': (cue) => `described in a passage about their life ("${cue}")`,
  'case-heading': () => 'the subject of a case set out in the paper',
  'named-in-quotes': () => 'a first name given in quotes',
  pseudonym: () => 'marked in the text as not the real name',
  'public-participation': (cue) => `a member of the public taking part in the meeting ("${cue}")`,
  'private-context': (cue) => `named in a passage about a private individual ("${cue}")`,
};

/** `inContactDetails` is asked only when nothing nearer decides, since working it out reads the blocks around. */
export function judgeMention(text: string, mention: NameMention, env: JudgeEnvironment): Judgement {
  if (mention.words.length === 1 && /^\p{Lu}$/u.test(mention.words[0]!))
    return {
      verdict: 'pseudonym',
      reason: 'a pseudonym',
      strength: 3,
      trace: [{ rule: 'lone-capital', cue: mention.words[0]!, leaning: 'neutral' }],
    };
  const evidence = gatherEvidence({
    text,
    mention,
    inContactDetails: env.inContactDetails,
    ...(env.labelAbove && { labelAbove: env.labelAbove }),
    ...(env.rowCells && { rowCells: env.rowCells }),
    ...(env.column && { column: env.column }),
  });
  if (evidence.some((e) => e.rule === 'pseudonym'))
    return {
      verdict: 'pseudonym',
      reason: 'marked in the text as not the real name',
      strength: 3,
      trace: traceOf(evidence),
    };
  const trace = traceOf(evidence);
  const attached = evidence.filter((e) => e.reach === 'attached');
  const nearest = attached.reduce<Evidence | undefined>(
    (best, e) =>
      !best || e.distance < best.distance || (e.distance === best.distance && e.leaning === 'private') ? e : best,
    undefined,
  );
  if (nearest) return decided(nearest, trace);
  const participation = evidence.find((e) => e.rule === 'public-participation');
  if (participation) return decided(participation, trace);
  const context = evidence.find((e) => e.rule === 'private-context');
  if (context && mention.form !== 'initials') return decided(context, trace);
  // Papers name officials in full; a forename alone is how they speak of a child or young person.
  const after = text.slice(mention.end, mention.end + 80);
  if (
    mention.form === 'single' &&
    isForename(mention.words[0]!) &&
    (PERSON_CONTINUATION.test(after) || isWelshSubject(text.slice(Math.max(0, mention.start - 20), mention.start))) &&
    !MEETING_RECORDS.has(env.documentKind)
  ) {
    return {
      verdict: 'private',
      reason: 'referred to by first name only, as papers do for children and young people',
      role: 'unknown',
      strength: 1,
      trace: [...trace, { rule: 'first-name-only', cue: mention.words[0]!, leaning: 'private' }],
    };
  }
  if (mention.form === 'nickname')
    return {
      verdict: 'private',
      reason: 'a nickname given for a young person',
      role: 'child',
      strength: 2,
      trace: [...trace, { rule: 'nickname', cue: mention.words[0]!, leaning: 'private' }],
    };
  if (mention.form === 'group')
    return {
      verdict: 'private',
      reason: 'a family named in the paper',
      role: 'unknown',
      strength: 1,
      trace: [...trace, { rule: 'family-name', cue: mention.words[0]!, leaning: 'private' }],
    };
  const privateTitle = mention.title && PRIVATE_TITLES.has(mention.title.toLowerCase());
  // Councillors and officers are styled by role; a Mr or Mrs with no role beside them is a member of the public.
  if (privateTitle)
    return {
      verdict: 'private',
      reason: 'a member of the public named by title, with no public role given',
      role: 'resident',
      strength: 1,
      trace: [...trace, { rule: 'titled-no-role', cue: mention.title!, leaning: 'private' }],
    };
  if (mention.form === 'initials')
    return {
      verdict: 'private',
      reason: 'initials used in place of a name',
      role: 'unknown',
      strength: 1,
      trace: [...trace, { rule: 'initials-as-name', cue: mention.words[0]!, leaning: 'private' }],
    };
  if (mention.form === 'couple')
    return {
      verdict: 'private',
      reason: 'a couple named by title, with no public role given',
      role: 'unknown',
      strength: 1,
      trace: [...trace, { rule: 'couple-by-title', cue: mention.title ?? '', leaning: 'private' }],
    };
  return {
    verdict: 'unknown',
    reason: 'no role or relationship given',
    strength: 0,
    trace: [...trace, { rule: 'no-evidence', leaning: 'neutral' }],
  };
}

function decided(e: Evidence, trace: TraceStep[]): Judgement {
  const reason = REASONS[e.rule](e.cue);
  return {
    verdict: e.leaning === 'public' ? 'public' : 'private',
    reason,
    role: e.role ?? (e.leaning === 'public' ? 'official' : 'unknown'),
    strength: e.reach === 'attached' ? 2 : 1,
    trace,
  };
}

const traceOf = (evidence: Evidence[]): TraceStep[] =>
  evidence.map((e) => ({ rule: e.rule, cue: e.cue, leaning: e.leaning }));

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
