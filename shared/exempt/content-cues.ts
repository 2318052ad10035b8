// Content that calls for Schedule 12A paragraphs beyond the identity of individuals: a particular
// person's money (3), labour relations (4), legal advice (5), proposed notices and orders (6), crime (7).
// Each rule needs the specific thing the paragraph protects, not the topic in general: a report on
// the placements budget is public, one child's placement cost with a named provider is not.
import type { Block, DocumentModel } from '../model/document.ts';
import { isFlag, type Finding } from '../model/finding.ts';
import type { ExemptTopic } from './schedule-12a.ts';
import cues from '../lexicons/exempt-content-cues.json' with { type: 'json' };
import { anyWordSource } from '../engine/text-gates.ts';

export interface TopicEvidence {
  topic: ExemptTopic;
  /** Why, in plain English, quoting only the cue words (never the identifying details). */
  reason: string;
  /** A cue that settles it on its own; weak evidence counts only where the paper itself cites the paragraph. */
  strong: boolean;
}

interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Whole words or phrases from a list, in its order, for the middle of a pattern. */
const anyOf = (words: readonly string[]): string => `(?:${words.join('|')})`;

// Every amount the money rules read is in pounds.
const MONEY_SIGN = '£';
const MONEY = /£\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn|million|billion))?\b/i;
const NAMED_PROVIDER = /\b\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*)*\s+(?:Ltd|Limited|LLP|CIC|plc)\b/u;
// A particular private person, without relying on the name detectors: "Mrs Whitfield", "Young Person D",
// "one care leaver", "the claimant", "the family", "their granddaughter", and the same in Welsh. A bare
// pseudonym with a title ("Mrs A", as an ombudsman writes) is not a person whose money can be told apart.
const PERSON_ANCHORS = [
  /\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+\p{Lu}[\p{L}'’-]+/u,
  /\b(?:Young Person|Young person|Child|Person|Family|Carer|Foster Carer)\s+\p{Lu}\b(?![\p{L}'’])/u,
  new RegExp(String.raw`\bone ${anyOf(cues.privatePersonAfterOne)}\b`, 'i'),
  new RegExp(String.raw`\bun ${anyOf(cues.welshPrivatePersonAfterUn)}\b`, 'i'),
];
// Someone named by their part in the case: a particular person only in a paper that identifies someone;
// an anonymous complainant's £200 in published minutes is no one's affairs that can be told apart.
const CASE_ANCHORS = [
  new RegExp(String.raw`\bthe ${anyOf(cues.caseRoles)}\b`, 'i'),
  /\b(?:his|her|their) (?:grand)?(?:daughter|son|child|children|mother|father|parents?)\b/i,
  new RegExp(String.raw`\b${anyOf(cues.welshCaseRoles)}\b`, 'i'),
];
const ANCHOR_FINDING_TYPES = new Set<Finding['type']>([
  'person',
  'identifier',
  'date-of-birth',
  'address',
  'postcode',
  'email',
  'phone',
  'age',
  'place',
]);

const PLACEMENT = /\bplacement\b/i;
// A person's own money: what they are paid, owe, borrow or are compensated, in English or Welsh.
const PERSONAL_MONEY = new RegExp(
  String.raw`(?<![\p{L}])${anyOf([...cues.personalMoney, ...cues.welshPersonalMoney])}(?![\p{L}])`,
  'iu',
);

/**
 * A content rule: its pattern (case-blind, never /u), what it shows, and words one of which every match of the
 * pattern holds, lower-cased, each starting where a word of the text begins (after a boundary or a space). Most
 * papers hold few of a rule's words, and finding the words is far quicker than trying the pattern at every character.
 */
type Rule = [pattern: RegExp, why: string, words: readonly string[]];

const LEGAL_STRONG: Rule[] = [
  [/\b(legal(ly)? professional privilege|privileged)\b/i, 'privileged legal material', ['privilege']],
  [/\bcounsel(?:'s|’s)?\b(?! to the)/i, "counsel's advice", ['counsel']],
  [/\bwithout prejudice\b/i, 'without prejudice negotiations', ['without prejudice']],
  [/\bprospects of success\b/i, 'an assessment of prospects of success', ['prospects of success']],
  [
    /\b(settle|settling|settlement of) (the |this |a )?(claim|proceedings|litigation|case|dispute|appeal)\b|\b(terms of|proposed) settlement\b/i,
    'settlement of legal proceedings',
    ['settl'],
  ],
];
const LEGAL_WEAK: Rule[] = [
  [
    /\b(legal advice (is|was|has been)|advice from (the )?(council's )?(solicitors?|lawyers?|legal services))\b/i,
    'legal advice',
    ['advice'],
  ],
  [
    /\b(judicial review|claim (number|no\.?)|legal proceedings against)\b/i,
    'legal proceedings',
    ['judicial review', 'claim ', 'legal proceedings against'],
  ],
];

const CRIME_STRONG: Rule[] = [
  [
    /\b(crime|police|incident) (ref(erence)?|number|no\.?)\b/i,
    'a crime or police reference',
    ['crime ', 'police ', 'incident '],
  ],
  [
    /\b(was|has been|had been|is being|have been|were) (arrested|charged|cautioned|convicted|interviewed under caution)\b/i,
    'an arrest or charge',
    ['arrested', 'charged', 'cautioned', 'convicted', 'interviewed under caution'],
  ],
  [/\breleased (on|under) (police )?(bail|investigation)\b/i, 'a person on bail or under investigation', ['released ']],
  [
    /\bpolice (enquiries|investigations?) (are|is|remain|remains) (continuing|ongoing|open)\b|\bunder (police |criminal )?investigation\b/i,
    'a live police investigation',
    ['police ', 'investigation'],
  ],
  [
    /\b(decided|decision|intends?|proposes?|agreed) (not )?to prosecute\b|\b(awaiting|pending) (trial|sentence|sentencing)\b/i,
    'a prosecution decision',
    ['prosecute', 'trial', 'sentenc'],
  ],
];
const CRIME_WEAK: Rule[] = [
  [
    /\b(police|prosecution|offence|offending)\b/i,
    'police or offending',
    ['police', 'prosecution', 'offenc', 'offending'],
  ],
];

const LABOUR: Rule[] = [
  [/\btrade unions?\b|\b(unison|gmb)\b/i, 'trade unions', ['trade union', 'unison', 'gmb']],
  [
    /\bcollective consultation\b|\bsection 188\b|\bHR1\b/i,
    'collective consultation',
    ['collective consultation', 'section 188', 'hr1'],
  ],
  [/\bredundanc(y|ies)\b/i, 'redundancies', ['redundanc']],
  [/\bTUPE\b/, 'a TUPE transfer', ['tupe']],
  [/\bindustrial action\b|\bballot(ed|ing)?\b/i, 'industrial action', ['industrial action', 'ballot']],
  [
    /\b(pay|grading) (negotiations?|offer|claim|dispute)\b|\bterms and conditions of (employment|staff)\b/i,
    'negotiations on pay or terms',
    ['negotiation', 'offer', 'claim', 'dispute', 'terms and conditions of'],
  ],
];

const NOTICE_OR_ORDER =
  /\b(propos\w*|intend\w*|intention|recommend\w*|authoris\w*|authoriz\w*|approv\w*|seek\w*)\b[^.;]{0,60}\b(serve|serving|issue|issuing|make|making|give|giving)\b[^.;]{0,50}\b(notices?|orders?|directions?)\b/i;
const NOTICE_WORDS = ['notice', 'order', 'direction'];
const NAMED_NOTICES = new RegExp(String.raw`\b${anyOf(cues.namedNotices)}\b`, 'i');
const NAMED_NOTICE_WORDS = cues.namedNotices.map((n) => n.toLowerCase());
const PROPOSING = /\b(propos|intend|recommend|authoris|authoriz|approv|seek)/i;
// The words of proposing of both patterns ("intention" holds no "intend"; "authori" stands for both spellings).
const PROPOSING_WORDS = ['propos', 'intend', 'intention', 'recommend', 'authori', 'approv', 'seek'];

// Every word the rules above look for, each where a word of the text begins (after a boundary or a space), and a
// pattern finding where any of them starts.
const CUE_WORDS = [
  ...new Set([
    ...[LEGAL_STRONG, LEGAL_WEAK, CRIME_STRONG, CRIME_WEAK, LABOUR].flat().flatMap(([, , words]) => words),
    ...NOTICE_WORDS,
    ...NAMED_NOTICE_WORDS,
    ...PROPOSING_WORDS,
  ]),
];
const CUE_WORD_START = new RegExp(String.raw`\b${anyWordSource(CUE_WORDS)}`, 'gi');
const CUE_WORDS_BY_FIRST = new Map<string, string[]>();
for (const word of CUE_WORDS) CUE_WORDS_BY_FIRST.set(word[0]!, [...(CUE_WORDS_BY_FIRST.get(word[0]!) ?? []), word]);

/** Evidence for paragraphs 3 to 7, read sentence by sentence outside the paper's own exempt notice. */
export function readContentCues(doc: DocumentModel, findings: readonly Finding[]): TopicEvidence[] {
  const { anySentence, holding } = sentenceTester(doc);
  const flagged = findings.filter(isFlag);
  const out: TopicEvidence[] = [];
  const publicRole = findings.filter((f) => !isFlag(f));
  // An anchor the detectors judged a public role ("Mrs Shah, Head of Finance"), or left for the reviewer to
  // decide, is not a private person: advice follows only what was flagged.
  const anchors = flagged.length ? [...PERSON_ANCHORS, ...CASE_ANCHORS] : PERSON_ANCHORS;
  const privateAnchor = (s: Sentence) =>
    anchors.some((p) => {
      const m = p.exec(s.text);
      const at = m ? s.start + (m.index ?? 0) : -1;
      return m !== null && !publicRole.some((f) => f.start < at + m[0].length && at < f.end);
    });
  const hasAnchor = (s: Sentence) =>
    privateAnchor(s) || flagged.some((f) => ANCHOR_FINDING_TYPES.has(f.type) && f.start < s.end && s.start < f.end);

  // The three money rules read only the sentences that give an amount: found once, not once per rule.
  const withMoney = holding([MONEY_SIGN]).filter((s) => MONEY.test(s.text));
  const placementCost = withMoney.find((s) => PLACEMENT.test(s.text) && (NAMED_PROVIDER.test(s.text) || hasAnchor(s)));
  const personalMoney = withMoney.find((s) => PERSONAL_MONEY.test(s.text) && hasAnchor(s));
  if (placementCost)
    out.push({
      topic: 'financial',
      strong: true,
      reason: 'The paper gives the cost of a particular placement (a named provider or a particular child).',
    });
  else if (personalMoney)
    out.push({
      topic: 'financial',
      strong: true,
      reason: `The paper gives a particular person's money matters (${PERSONAL_MONEY.exec(personalMoney.text)![0].toLowerCase()} with an amount).`,
    });
  else if (withMoney.some((s) => NAMED_PROVIDER.test(s.text)))
    out.push({ topic: 'financial', strong: false, reason: "The paper gives a named business's contract sums." });

  const labour = LABOUR.filter((rule) => anySentence(rule));
  if (labour.length)
    out.push({
      topic: 'labour-relations',
      strong: labour.length >= 2,
      reason: `The paper concerns ${labour.map(([, why]) => why).join(' and ')}.`,
    });

  pushFirst(out, anySentence, 'legal-privilege', LEGAL_STRONG, LEGAL_WEAK, (why) => `The paper contains ${why}.`);

  // Both ways of revealing a notice need a word of proposing; a notice named in full needs its name.
  const proposing = new Set(holding(PROPOSING_WORDS));
  const notice =
    holding(NOTICE_WORDS).some((s) => proposing.has(s) && NOTICE_OR_ORDER.test(s.text)) ||
    holding(NAMED_NOTICE_WORDS).some((s) => proposing.has(s) && NAMED_NOTICES.test(s.text) && PROPOSING.test(s.text));
  if (notice)
    out.push({
      topic: 'notices-orders',
      strong: true,
      reason: 'The paper reveals a notice, order or direction the council proposes to make.',
    });

  pushFirst(
    out,
    anySentence,
    'crime',
    CRIME_STRONG,
    CRIME_WEAK,
    (why) => `The paper refers to ${why} in a particular case.`,
  );
  return out;
}

function pushFirst(
  out: TopicEvidence[],
  anySentence: (rule: Rule) => boolean,
  topic: ExemptTopic,
  strong: Rule[],
  weak: Rule[],
  say: (why: string) => string,
): void {
  const s = strong.find(anySentence);
  if (s) {
    out.push({ topic, strong: true, reason: say(s[1]) });
    return;
  }
  const w = weak.find(anySentence);
  if (w) out.push({ topic, strong: false, reason: say(w[1]).replace(' in a particular case', '') });
}

// People who chose to be named in public ("foster carers who have agreed to be named and photographed").
const CONSENT =
  /\b(?:agreed|consented|chosen|chose|asked|given (?:their |his |her )?(?:permission|consent)) to (?:be named|be identified|be photographed|being named|share (?:their|his|her) stor(?:y|ies)|have (?:their|his|her) names?)\b|\bwith (?:their|his|her) (?:written )?(?:permission|consent)\b/i;

/** Whether a finding sits in a sentence saying the person agreed to be named: nothing there to withhold. */
export function namedWithConsent(doc: DocumentModel, finding: Finding): boolean {
  const block = doc.blocks.find((b) => b.start <= finding.start && finding.start < b.start + b.text.length);
  if (!block) return false;
  const at = finding.start - block.start;
  const sentence = sentencesOf(block.text).find((s) => s.start <= at && at < s.end);
  return sentence !== undefined && CONSENT.test(sentence.text);
}

/**
 * Whether a rule's pattern matches within one of the paper's sentences (outside its own exempt notice). Every match
 * holds one of the rule's words, so the pattern is tried only on the sentences that hold one. All the rules' words
 * are found in one pass over the text of the blocks (most papers hold few of them), and only the blocks where one is
 * found are split into sentences.
 */
function sentenceTester(doc: DocumentModel): {
  anySentence: (rule: Rule) => boolean;
  holding: (words: readonly string[]) => readonly Sentence[];
} {
  const blocks = doc.blocks;
  const joined = blocks.map((b) => b.text).join('\n');
  const starts: number[] = [];
  let at = 0;
  for (const b of blocks) {
    starts.push(at);
    at += b.text.length + 1;
  }
  const split: (readonly Sentence[] | undefined)[] = [];
  const sentencesOfBlock = (i: number): readonly Sentence[] => (split[i] ??= contentSentences(blocks[i]!));
  /** For each word, the [block, sentence] places of the sentences holding it. */
  const placesOfWord = new Map<string, Map<Sentence, [number, number]>>();
  /** Notes the sentence holding `word` at `index` of the joined text, if one holds all of it. */
  const note = (word: string, index: number): void => {
    const block = indexAt(starts, index);
    const offset = blocks[block]!.start + index - starts[block]!;
    const sentences = sentencesOfBlock(block);
    const n = sentences.findIndex((s) => s.start <= offset && offset < s.end);
    // A match within a sentence holds its word within that sentence: a word running on past its end is no sign.
    if (n < 0 || offset + word.length > sentences[n]!.end) return;
    const places = placesOfWord.get(word) ?? placesOfWord.set(word, new Map()).get(word)!;
    places.set(sentences[n]!, [block, n]);
  };
  // Resuming one character on finds every place some word starts; each word starting there is noted. The pattern
  // is ASCII-case-blind, as the rules are; a word the Kelvin sign spells is one more place to try.
  CUE_WORD_START.lastIndex = 0;
  for (let m = CUE_WORD_START.exec(joined); m; m = CUE_WORD_START.exec(joined)) {
    CUE_WORD_START.lastIndex = m.index + 1;
    for (const word of CUE_WORDS_BY_FIRST.get(m[0][0]!.toLowerCase()) ?? [])
      if (joined.slice(m.index, m.index + word.length).toLowerCase() === word) note(word, m.index);
  }
  CUE_WORD_START.lastIndex = 0;
  for (let i = joined.indexOf(MONEY_SIGN); i >= 0; i = joined.indexOf(MONEY_SIGN, i + 1)) note(MONEY_SIGN, i);
  /** The sentences holding any of the words, in the paper's order. */
  const holding = (words: readonly string[]): readonly Sentence[] => {
    const found = new Map<Sentence, [number, number]>();
    for (const word of words) for (const [s, place] of placesOfWord.get(word) ?? []) found.set(s, place);
    return [...found].sort(([, a], [, b]) => a[0] - b[0] || a[1] - b[1]).map(([s]) => s);
  };
  return { anySentence: ([pattern, , words]) => holding(words).some((s) => pattern.test(s.text)), holding };
}

/** The index of the block that starts at or before an offset of the joined text. */
function indexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A block's sentences, with document offsets; none in the paper's own exempt notice and resolutions (which quote the paragraph descriptions). */
function contentSentences(b: Block): Sentence[] {
  if (/\b(schedule|atodlen)\s+12\s?a\b|\b100A\b/i.test(b.text)) return [];
  return sentencesOf(b.text).map((s) => ({ start: b.start + s.start, end: b.start + s.end, text: s.text }));
}

const INITIAL_OR_TITLE_AT_END = /(?:^|[\s.(])(?:\p{L}|Mr|Mrs|Ms|Dr|No|St|Cllr|Co|Ltd|e\.g|i\.e)$/u;

/** Sentences that survive initials and titles ("the placement of L.T. (DOB ...)", "Mrs. Shah"): a full stop ends one only before a capital, and never after a lone letter or a title. */
function sentencesOf(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]+(?=\s+[\p{Lu}\d"“(])/gu)) {
    // Only the last six characters can end in an initial or a title ("Cllr" and the space before it): tested
    // alone, they spare the pattern a walk over the whole sentence at every full stop.
    if (INITIAL_OR_TITLE_AT_END.test(text.slice(Math.max(start, (m.index ?? 0) - 6), m.index))) continue;
    const end = (m.index ?? 0) + m[0].length;
    out.push({ start, end, text: text.slice(start, end) });
    start = end;
  }
  if (text.slice(start).trim()) out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}
