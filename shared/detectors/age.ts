// The age of one individual ("aged 9", "a 14-year-old girl", "now 19", "turns 18 in March"): with a
// first name, a home or a school it singles a child out. The age band of a group ("care leavers aged
// 19 to 21", "16-year-olds") describes a service, not a person, and is left alone.
import { defineDetector, PERSONAL_PARAGRAPHS, type Candidate } from '../engine/define-detector.ts';
import { matchAll, type Match } from '../engine/match.ts';
import { rowLabel } from '../engine/row-label.ts';
import { columnTypeOf } from '../engine/table-columns.ts';
import { containsAny, includesText, numberGate } from '../engine/text-gates.ts';
import { mutatedForms } from '../nlp/welsh-mutation.ts';
import words from '../lexicons/age-words.json' with { type: 'json' };
import welsh from '../lexicons/welsh-numbers.json' with { type: 'json' };

const NUMBER_WORDS = Object.keys(words.numberWords).sort((a, b) => b.length - a.length);
const N = String.raw`(?:\d{1,2}|${NUMBER_WORDS.join('|')})`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
// What may follow a bare age: the end of a clause or a small joining word, never a noun ("now 19 carers").
const FOLLOWS = String.raw`(?=\s*(?:$|[,.;:)!?–-]|(?:years?|months?|when|and|at|in|but|so|by|on|or|with|who|has|had|is|was|until|after|before)\b))`;
const I = 'giu';

const AGED = new RegExp(
  String.raw`\baged\s+(?:between\s+)?${N}(?:\s*(?:,|and|or|to|-|–)\s*${N}){0,6}(?:\s+(?:years|months|weeks)(?:\s+old)?)?\b(?!\s*(?:\+|plus\b|(?:and|or)\s+(?:over|above|under|older|younger|below)\b))`,
  I,
);
const YEAR_OLD = new RegExp(String.raw`\b${N}(?:-|\s)(?:years?|months?)(?:-|\s)old(s?)\b`, I);
const NOW = new RegExp(String.raw`(?:[,(]\s*|\b(?:is|was|he's|she's)\s+)now\s+(?:aged\s+)?${N}${FOLLOWS}`, I);
const TURNS = new RegExp(
  String.raw`\b(?:turns|turned|turning|will turn)\s+${N}(?:\s+(?:in|on|next|this)\s+(?:${MONTH}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|week|month|year|summer|spring|autumn|winter))?${FOLLOWS}`,
  I,
);
const WAS_AGE = new RegExp(
  String.raw`\b(?:(?:since|when|until|before|after)\s+)?(?:he|she|they|who)\s+(?:is|was|were|turned)\s+(?:(?:only|just|barely|nearly|almost)\s+)?(?:aged\s+)?${N}${FOLLOWS}`,
  I,
);
const CLAIMED = new RegExp(
  String.raw`\b(?:${words.claimVerbs.join('|')})\s+(?:to\s+be|as|at)\s+(?:aged\s+)?${N}(?:\s+years?(?:\s+old)?)?${FOLLOWS}`,
  I,
);
// "He came into care at the age of 12": an individual's age only where the sentence is about him or her.
const AT_THE_AGE = new RegExp(String.raw`\bat the age of\s+${N}${FOLLOWS}`, I);
const SINGULAR_SUBJECT = /\b(?:he|she|his|her|him)\b/i;
const AGE_IN_BRACKETS = new RegExp(String.raw`(?<=[(,]\s?)age\s*:?\s*${N}\b`, I);

// A group, not a person: "young people aged 14 to 17", "care leavers aged 18".
const GROUP_BEFORE = new RegExp(String.raw`\b(?:${words.groupNouns.join('|')})\s*[,(]?\s*$`, 'i');
const FAMILY_BEFORE = new RegExp(
  String.raw`\b(?:${words.familyNouns.join('|')})\b|\b(?:his|her|their|my|[\p{L}]+['’]s)\s+(?:\w+\s+)?(?:children|boys|girls)\b`,
  'iu',
);
// "Most are aged 16 or 17": the ages of a group described by a quantifier.
const QUANTIFIED_BEFORE =
  /\b(?:most|many|some|both|several|all|majority|half|none|they|these|those)\s+(?:of\s+them\s+)?(?:are|were|being)?\s*$/i;
const COUNT_BEFORE = new RegExp(
  String.raw`\b(?:${words.countWords.join('|')})\s+(?:[\p{L}-]+\s+)?(?:${words.groupNouns.join('|')})\s*[,(]?\s*$`,
  'iu',
);
// "when a young person turns 18": the rule for everyone, not one child's birthday.
const GENERIC_SUBJECT =
  /\b(?:a|any|each|every|once a|until a|when a)\s+(?:young person|child|care leaver|pupil|person)\s*$|\b(?:young people|children|care leavers|pupils|they)\s*$/i;
// "when he turns sixteen": a condition in a plan, not a stated age.
const CONDITIONAL_BEFORE =
  /\b(?:when|until|once|before|after|if|by the time)\s+(?:he|she|they|[\p{Lu}][\p{L}'’-]+)\s*$/u;
const PERSON_AFTER = new RegExp(String.raw`^\s+(?:${words.personNouns.join('|')})\b`, 'i');
const GROUP_AFTER = new RegExp(String.raw`^\s+(?:${words.groupNouns.join('|')})\b`, 'i');
const THING_AFTER = new RegExp(String.raw`^\s+(?:${words.thingNouns.join('|')})\b`, 'i');

// Welsh ages: "14 oed", "un ar bymtheg oed", "naw mlwydd oed", "blwydd oed", "mae hi'n bymtheg oed" (the number mutates after "yn").
const WELSH_NUMBER_FORMS = Object.keys(welsh.numbers)
  .flatMap((n) => {
    const [first, ...rest] = n.split(' ');
    return mutatedForms(first!).map((f) => [f, ...rest].join(' '));
  })
  .sort((a, b) => b.length - a.length);
const WELSH_N = String.raw`(?:\d{1,2}|${WELSH_NUMBER_FORMS.join('|')})`;
const WELSH_AGE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${WELSH_N}\s+(?:(?:mlwydd|flwydd|blwydd)\s+)?|(?<![\p{L}])(?:blwydd|flwydd)\s+)oed(?![\p{L}])`,
  'giu',
);
const WELSH_BAND_BEFORE = new RegExp(String.raw`(?:\d{1,2}\s*[-–]\s*|\brhwng\s+${WELSH_N}\s+(?:ac?|i)\s+)$`, 'iu');
const WELSH_GROUP_BEFORE = new RegExp(String.raw`\b(?:${welsh.groupsBeforeAge.join('|')})\s+(?:rhwng\s+)?$`, 'iu');
// "his 16th birthday", "a week after her eighteenth birthday": one person's age on a day.
const ORDINAL = String.raw`(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-fifth)`;
const BIRTHDAY = new RegExp(String.raw`\b(?:his|her|[\p{Lu}][\p{L}-]+['’]s)\s+${ORDINAL}\s+birthday\b`, 'gu');
// "a girl of fourteen", "the boy of 12".
const PERSON_OF = new RegExp(
  String.raw`\b(?:an?|the)\s+(?:${words.personNouns.join('|')})\s+of\s+${N}\b(?!\s*(?:%|per|years? (?:ago|earlier)))`,
  'giu',
);
// PERSON_OF runs only where "a girl of fourteen" is written in so many words. The gate's costly start ("a girl",
// "the boy") is tried only once its quick-to-find tail (" of fourteen", which it cannot match without) is there.
const OF_A_NUMBER = String.raw`of (?:\d|[a-z]+teen\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)`;
const PERSON_OF_GATE = new RegExp(String.raw`\b(?:an?|the) [\p{L}-]+ ${OF_A_NUMBER}`, 'iu');
const NUMBER_AFTER_OF = new RegExp(` ${OF_A_NUMBER}`, 'iu');
// "Birth son, 19": a relation and an age, in a table cell or a list.
const RELATION_AGE = new RegExp(
  String.raw`\b(?:(?:birth|foster|step|adopted|half)[- ])?(?:son|daughter|brother|sister|stepson|stepdaughter|grandson|granddaughter|nephew|niece|sibling),\s(\d{1,2})(?=\s*(?:$|[;.)]))`,
  'giu',
);
// "where he is in Year 8": a school year gives one child's age to within a year.
const YEAR_GROUP =
  /\b(?:(?:he|she|who)\s+(?:is|was)\s+(?:now\s+|currently\s+)?in\s+Year\s+\d{1,2}|(?:an?|the)\s+Year\s+\d{1,2}\s+(?:pupil|student|learner|girl|boy))\b/g;
// "left care at eighteen", "placed in Millbeck at sixteen": the age at an event in one person's story.
const EVENT =
  /\b(?:left care|leaving care|came into care|entered care|was placed|were placed|placed|adopted|arrived|moved|was excluded|went missing|ran away|became a (?:father|mother|parent))\b/giu;
// Read from the few words after an event (a bounded slice): "at sixteen", "at the age of 12".
const AT_AGE_AFTER_EVENT = new RegExp(String.raw`^[^.;:!?]{0,60}?\bat (?:the age of )?${N}${FOLLOWS}`, 'iu');
// "when he turned 18": the leaving-care threshold as a condition in time, not a stated age.
const THRESHOLD_TURNED =
  /^(?:since|when|until|before|after)\s+(?:he|she|they|who)\s+turned\s+(?:16|18|21|25|sixteen|eighteen|twenty-one|twenty-five)$/i;

const THRESHOLD_BIRTHDAY = /\b(?:16th|18th|21st|25th|sixteenth|eighteenth|twenty-first|twenty-fifth)\s+birthday\b/i;

// The gates of the patterns that can match only where one of several words is written.
const hasSubjectPronoun = containsAny(['he ', 'she ', 'they ', 'who ']);
const hasBeOrTurned = containsAny([' is ', ' was ', ' were ', 'turned']);
const hasClaimWord = containsAny(words.claimVerbs);
const hasRelationComma = containsAny(['son,', 'daughter,', 'brother,', 'sister,', 'nephew,', 'niece,', 'sibling,']);
// Every pattern but the Welsh and the birthday ones needs an age in words, or in one or two digits with no digit
// either side (never a year or a sum): most blocks of a paper hold none.
const MAY_HOLD_AGE = numberGate(NUMBER_WORDS, { longest: 2 });
// Without a number only the Welsh ages, the birthdays and "age" run into a number word can be found: each needs
// one of these words (lower-casing makes no ASCII letter out of another character that a case-blind search misses).
const WITHOUT_A_NUMBER = /oed|birthday|age/i;
// "age" may run straight into the number ("(age:twelve", "(agetwelve"), where the number begins no word.
const hasNumberWord = containsAny(NUMBER_WORDS);

const SUGGESTION = '[age removed]';
const AGE_CELL = new RegExp(String.raw`^${N}(?:\s*(?:years?|yrs?|oed))?$`, 'i');

export default defineDetector({
  id: 'age',
  type: 'age',
  severity: 'high',
  scope: 'block',
  explanation:
    'The age of a particular individual, with a first name, a home or a school, narrows them down to one person.',
  exemptParagraphs: PERSONAL_PARAGRAPHS,
  source: 'ICO anonymisation guidance (motivated intruder); ../shared/corpus/FORMAT.md (age of a specific individual)',
  detect(block, context) {
    const text = block.text;
    const numbered = MAY_HOLD_AGE.test(text);
    if (!numbered && !WITHOUT_A_NUMBER.test(text)) return [];
    const out: Candidate[] = [];
    // Each pattern runs only where the word it cannot match without is present: their number-word
    // alternations are costly to try at every word of a long agenda pack.
    const lower = text.toLowerCase();
    const has = (word: string): boolean => includesText(lower, word);
    if (numbered && has('aged'))
      for (const m of matchAll(text, AGED)) {
        const judged = judgeAged(text, m);
        if (judged) out.push(judged);
      }
    if (numbered && has('old'))
      for (const m of matchAll(text, YEAR_OLD)) {
        const judged = judgeYearOld(text, m);
        if (judged) out.push(judged);
      }
    if (numbered && has('turn'))
      for (const m of matchAll(text, TURNS)) {
        const before = text.slice(Math.max(0, m.start - 40), m.start);
        if (GENERIC_SUBJECT.test(before)) continue;
        const dated = /\s(?:in|on|next|this)\s/i.test(m.text);
        if (!dated && CONDITIONAL_BEFORE.test(before)) continue;
        out.push({
          start: m.start,
          end: m.end,
          suggestion: SUGGESTION,
          ...(!dated && { severity: 'medium' as const }),
        });
      }
    const gated: [RegExp, boolean][] = [
      [NOW, numbered && has('now')],
      [WAS_AGE, numbered && hasSubjectPronoun(lower) && hasBeOrTurned(lower)],
      [CLAIMED, numbered && hasClaimWord(lower)],
      [AGE_IN_BRACKETS, has('age') && (numbered || hasNumberWord(lower) || text.includes('ſ'))],
    ];
    for (const [pattern, worth] of gated) {
      if (!worth) continue;
      for (const m of matchAll(text, pattern)) {
        const start = m.start + (/^[,(]\s*/.exec(m.text)?.[0].length ?? 0);
        if (THRESHOLD_TURNED.test(m.text.trim())) {
          out.push({
            start,
            end: m.end,
            severity: 'info',
            disposition: 'public',
            trace: [{ rule: 'leaving-care-threshold', cue: m.text.trim(), leaning: 'public' }],
          });
          continue;
        }
        out.push({ start, end: m.end, suggestion: SUGGESTION });
      }
    }
    if (numbered && has('at the age'))
      for (const m of matchAll(text, AT_THE_AGE)) {
        const sentenceStart = Math.max(text.lastIndexOf('. ', m.start) + 1, 0);
        if (SINGULAR_SUBJECT.test(text.slice(sentenceStart, m.end + 40)))
          out.push({ start: m.start, end: m.end, suggestion: SUGGESTION });
      }
    if (has('oed'))
      for (const m of matchAll(text, WELSH_AGE)) {
        const before = text.slice(Math.max(0, m.start - 40), m.start);
        if (WELSH_BAND_BEFORE.test(before)) {
          out.push({
            start: m.start,
            end: m.end,
            severity: 'info',
            disposition: 'public',
            trace: [{ rule: 'age-band-in-general-use', cue: m.text, leaning: 'public' }],
          });
          continue;
        }
        if (WELSH_GROUP_BEFORE.test(before)) continue;
        out.push({
          start: m.start,
          end: m.end,
          suggestion: SUGGESTION,
          trace: [{ rule: 'welsh-age', cue: m.text, leaning: 'private' }],
        });
      }
    const individual: [RegExp, boolean, string][] = [
      [BIRTHDAY, has('birthday'), 'birthday-of-one-person'],
      [PERSON_OF, numbered && has(' of ') && NUMBER_AFTER_OF.test(text) && PERSON_OF_GATE.test(text), 'person-of-age'],
      [RELATION_AGE, numbered && has(', ') && hasRelationComma(lower), 'relation-and-age'],
      [YEAR_GROUP, numbered && has('year '), 'school-year-of-one-child'],
    ];
    for (const [pattern, worth, rule] of individual) {
      if (!worth) continue;
      for (const m of matchAll(text, pattern)) {
        const start = m.start;
        // "before his 18th birthday": the leaving-care thresholds are everyone's milestones, not a stated age.
        if (rule === 'birthday-of-one-person' && THRESHOLD_BIRTHDAY.test(m.text)) {
          out.push({
            start,
            end: m.end,
            severity: 'info',
            disposition: 'public',
            trace: [{ rule: 'leaving-care-threshold', cue: m.text, leaning: 'public' }],
          });
          continue;
        }
        out.push({ start, end: m.end, suggestion: SUGGESTION, trace: [{ rule, cue: m.text, leaning: 'private' }] });
      }
    }
    if (numbered && has(' at '))
      for (const e of matchAll(text, EVENT)) {
        const at = AT_AGE_AFTER_EVENT.exec(text.slice(e.end, e.end + 100));
        if (!at) continue;
        // The event must be one person's: a pronoun in the sentence, or a name just before the verb ("Rory left care at 18").
        if (
          !SINGULAR_SUBJECT.test(text.slice(Math.max(0, e.start - 120), e.end + 100)) &&
          !/\b\p{Lu}\p{Ll}+\s+$/u.test(text.slice(Math.max(0, e.start - 30), e.start))
        )
          continue;
        const start = e.end + at[0].search(/\bat\s/);
        out.push({
          start,
          end: e.end + at[0].length,
          suggestion: SUGGESTION,
          trace: [
            { rule: 'age-at-an-event', cue: `${e.text} … ${at[0].slice(at[0].search(/\bat\s/))}`, leaning: 'private' },
          ],
        });
      }
    // A bare number in a row labelled "Age" or under an "Age" column is that person's age.
    const labelled = !numbered
      ? undefined
      : /^age\b/.test(rowLabel(block, context))
        ? 'row label'
        : columnTypeOf(context, block) === 'age'
          ? 'column heading'
          : undefined;
    if (labelled && AGE_CELL.test(text.trim())) {
      out.push({
        start: 0,
        end: text.length,
        suggestion: SUGGESTION,
        trace: [{ rule: 'age-in-age-column', cue: labelled, leaning: 'private' }],
      });
    }
    return withoutNested(out);
  },
});

/** "aged 9" after a name or "his sister" is one child; after "young people" it is an age band. */
function judgeAged(text: string, m: Match): Candidate | undefined {
  const before = text.slice(Math.max(0, m.start - 50), m.start);
  if (FAMILY_BEFORE.test(lastWords(before, 4))) return { start: m.start, end: m.end, suggestion: SUGGESTION };
  if (QUANTIFIED_BEFORE.test(before)) return undefined;
  const band = /\b(?:to|between)\b|[–-]/.test(m.text);
  if (band && GENERIC_SUBJECT.test(before.replace(/[,(\s]+$/, ''))) return undefined;
  if (COUNT_BEFORE.test(before) && !band) {
    return {
      start: m.start,
      end: m.end,
      severity: 'medium',
      suggestion: SUGGESTION,
      message: 'The ages of a small, described group: with the rest of the paper they may identify its members.',
    };
  }
  if (GROUP_BEFORE.test(before) || COUNT_BEFORE.test(before)) return undefined;
  // An age range with no one person before it is a band of a service ("children aged 0–5", "aged 16–25").
  if (band)
    return {
      start: m.start,
      end: m.end,
      severity: 'info',
      disposition: 'public',
      message: 'An age band of a group or a service, not the age of one person.',
      trace: [{ rule: 'age-band-in-general-use', cue: m.text, leaning: 'public' }],
    };
  return { start: m.start, end: m.end, suggestion: SUGGESTION };
}

/** "a 14-year-old girl" is one person; "16-year-olds", "a 20-year-old contract" are not. */
function judgeYearOld(text: string, m: Match): Candidate | undefined {
  if (m.groups[0]) return undefined;
  const after = text.slice(m.end, m.end + 30);
  if (THING_AFTER.test(after) || GROUP_AFTER.test(after)) return undefined;
  const person = PERSON_AFTER.exec(after);
  return { start: m.start, end: m.end + (person?.[0].length ?? 0), suggestion: SUGGESTION };
}

function lastWords(text: string, count: number): string {
  return text.trim().split(/\s+/).slice(-count).join(' ');
}

/** One finding per age: "he was aged 17" is found by two patterns. */
function withoutNested(candidates: Candidate[]): Candidate[] {
  return candidates.filter(
    (c, i) =>
      !candidates.some(
        (o, j) => j !== i && o.start <= c.start && o.end >= c.end && (o.end - o.start > c.end - c.start || j < i),
      ),
  );
}
