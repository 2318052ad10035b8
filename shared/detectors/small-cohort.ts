// Small counts of people in a narrowly described group ("two unaccompanied asylum-seeking children placed
// in Wrexham", "33% (1 of 3)"): few enough that a neighbour, a classmate or a journalist could tell who.
import { defineDetector, PERSONAL_PARAGRAPHS, type Candidate } from '../engine/define-detector.ts';
import type { ScanContext } from '../engine/context.ts';
import type { Block } from '../model/document.ts';
import { hasCue, matchAll, type Match } from '../engine/match.ts';
import { columnHeaderOf } from '../engine/table-columns.ts';
import { containsAny, numberGate } from '../engine/text-gates.ts';
import { mutatedForms } from '../nlp/welsh-mutation.ts';
import words from '../lexicons/cohort-words.json' with { type: 'json' };
import welsh from '../lexicons/welsh-numbers.json' with { type: 'json' };

const NUMBER_WORDS = Object.keys(words.numbers)
  .sort((a, b) => b.length - a.length)
  .join('|');
const GROUPS = [...words.groups]
  .sort((a, b) => b.length - a.length)
  .map((g) => g.replace(/[-\s]/g, '[-\\s]'))
  .join('|');
// A count stands alone: not the end of a word, a number, a sum of money or a reference. The count patterns below
// leave this test to standsAlone: behind a lookbehind V8 cannot skip ahead to the next number word, and tries the
// whole pattern at every character of the block.
const NOT_AFTER_WORD = /(?<![\p{L}\p{N}£$.,/-])/uy;
function standsAlone(text: string, index: number): boolean {
  NOT_AFTER_WORD.lastIndex = index;
  return NOT_AFTER_WORD.test(text);
}

/** Every match of a count pattern whose count stands alone, as matchAll would find them with the lookbehind. */
function standaloneCounts(text: string, pattern: RegExp): Match[] {
  const out: Match[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!standsAlone(text, m.index)) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], groups: m.slice(1) });
  }
  pattern.lastIndex = 0;
  return out;
}

// count, up to three describing words, then a group of people; the qualifier runs to the end of the clause.
const COUNT_OF_GROUP = new RegExp(
  String.raw`(${NUMBER_WORDS}|\d{1,3})\s+((?:all\s+)?(?:(?:Year\s+\d{1,2}|[\p{L}-]+)\s+){0,3}?)(${GROUPS})(?![\p{L}'’])([^.;:\n]{0,90})`,
  'giu',
);
const SMALL_BASE =
  /(\d{1,3}(?:\.\d+)?%)\s*\((\d{1,3})\s+(?:of|out of)\s+(\d{1,3})\)|(\d{1,3}(?:\.\d+)?%)\s+of\s+(?:the\s+)?(\d{1,3})\s+(children|young people|pupils|care leavers|girls|boys)/gi;

export default defineDetector({
  id: 'small-cohort',
  type: 'small-cohort',
  severity: 'medium',
  scope: 'block',
  explanation: 'A small count of people in a narrowly described group can identify the individuals in it.',
  exemptParagraphs: PERSONAL_PARAGRAPHS,
  source:
    '../shared/docs/domain.md §5: DfE suppression of 1–5, NHS Digital 1–7, ONS rule of thumb of 10; ICO motivated-intruder test',
  detect(block, context) {
    // Lower-cased once for the word gates of the patterns below.
    const lower = block.text.toLowerCase();
    // The English counts need a number in digits or words: most blocks of a paper hold none.
    const counted = MAY_HOLD_COUNT.test(block.text);
    // Every count of a group names the group in the block (its last word, lower-cased, is there).
    const grouped = counted && hasGroupTail(lower);
    return [
      ...(grouped ? countsOfGroups(block.text, context) : []),
      // A case-blind Unicode pattern reads "ſ" as "s", which lower-casing leaves as it is.
      ...(grouped || (counted && block.text.includes('ſ')) ? countsReferringBack(block.text, context) : []),
      ...siblingPairs(block.text, lower),
      ...welshCounts(block.text, lower, context),
      ...smallBases(block.text, context),
      ...countTableCell(block, context),
      ...countAfterLabel(block, context),
    ];
  },
});

// Every count pattern begins with a count standing alone (as standsAlone tests), in up to three digits or one of
// these words, followed by a space.
const MAY_HOLD_COUNT = numberGate(Object.keys(words.numbers), { longest: 3, alone: { notAfter: '£$.,/-' } });

// The last word of every group ("children", "people", "leavers"): a block with none of them holds no count of a group.
const hasGroupTail = containsAny([...new Set(words.groups.map((g) => g.split(/[-\s]/).pop()!))]);

function countsOfGroups(text: string, context: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  const pattern = COUNT_OF_GROUP;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const [whole, countText, between, group, qualifier] = m as unknown as [string, string, string, string, string];
    const start = m.index;
    if (!standsAlone(text, start)) {
      pattern.lastIndex = start + 1;
      continue;
    }
    // A rejected match must not hide a cohort inside it ("in 2024/25 there were three care leavers ..."): resume after its count.
    pattern.lastIndex = start + countText.length;
    if (!isCohort(text, start, countText, between, group, qualifier, context)) continue;
    // The next count may sit inside this one's qualifier ("one family ... offered a home to three siblings").
    pattern.lastIndex = start + whole.length - qualifier.length;
    const count = toCount(countText)!;
    const clause = trimQualifier(qualifier);
    const end = start + whole.length - qualifier.length + clause.length;
    out.push({
      start,
      end,
      message: `Small cohort: ${count} ${group.toLowerCase()}${clause.trim() ? ` ${clause.trim()}` : ''} — few enough to identify them.`,
      suggestion: `${suppressedForm(context)} ${text.slice(start + countText.length, end).trim()}`,
    });
  }
  return out;
}

const REFERENCE_BEFORE =
  /\b(?:section|s\.|sections|paragraph|para|paras|regulation|reg|article|part|rule|schedule|chapter|standard|appendix|annex|table|figure|level|band|key stage|year|ks)\s*$/i;
// Words between a count and the group that show the count belongs to something else ("four beds for children").
// "five or more care leavers" is a threshold; "three adults to one child" a ratio.
const NOT_ATTACHED =
  /\b(?:for|with|in|at|to|from|on|per|by|the|a|an|than|and|or)\s+$|\bof\s+(?!these\s|those\s)|^(?:or|and)\s+(?:more|fewer|less|over|under|above|below)\b|\bto\s+(?:one|a|an|\d+)\s+$/i;

function isCohort(
  text: string,
  start: number,
  countText: string,
  between: string,
  group: string,
  qualifier: string,
  context: ScanContext,
): boolean {
  const count = toCount(countText);
  if (count === undefined || count === 0 || count >= context.policy.smallCohortThreshold) return false;
  const before = text
    .slice(Math.max(0, start - 24), start)
    .toLowerCase()
    .trimEnd();
  if (words.suppressed.some((s) => before.endsWith(s)) || REFERENCE_BEFORE.test(before)) return false;
  // "registered for two young people", "a maximum of two children in residence": a capacity, not people.
  if (words.capacityBefore.some((s) => before.endsWith(s))) return false;
  if (
    /\b(?:registered|registration|beds?|places?|capacity)\b[^.;]{0,60}\bfor$/.test(
      text
        .slice(Math.max(0, start - 90), start)
        .toLowerCase()
        .trimEnd(),
    )
  )
    return false;
  if (/^\d/.test(countText) && (/\b(?:of|aged|age|under|over)$/.test(before) || /^\p{Lu}/u.test(group))) return false;
  // "one Year 11 pupil": a school year describes the pupil; "year" alone ("one year old") does not.
  if (NOT_ATTACHED.test(between) || hasCue(between.replace(/\bYear\s+\d{1,2}\b/g, ''), words.notDescribers))
    return false;
  if (/\b(?:ratio|adults?|staff|workers?)\b[^.;]{0,30}\bto$/.test(before)) return false;
  // "one child in twenty", "one in ten children": a rate, not a group of people.
  if (/^\s+(?:in|out of)\s+(?:\d+|ten|twenty|five|four|three|a hundred|every)\b/i.test(qualifier)) return false;
  if (/^\s*(?:['’]s\b|homes?\b|services?\b|centres?\b|units?\b)/i.test(qualifier)) return false;
  return !hasCue(`${between} ${qualifier.slice(0, 30)}`, words.rolesNotCohorts);
}

// "Of the 12 unaccompanied children, two are from Afghanistan": a count standing for a group named earlier in the sentence.
// Case matters for the place (a capital) but not for the count ("Two are from ...").
const ANY_CASE_NUMBERS = NUMBER_WORDS.split('|')
  .flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)])
  .join('|');
const COUNT_WHERE = new RegExp(
  String.raw`(${ANY_CASE_NUMBERS}|\d{1,2})\s+(?:of (?:them|these|those|whom)\s+)?(?:is|are|was|were|remains?|live|lives|living|had been|have been|has been)\s+(?:(?:placed|now|still|currently|living|staying)\s+){0,2}(?:from|in|at|with)\s+(?:a\s+|an\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?\p{Lu}[\p{L}'’-]+`,
  'gu',
);
const NAMES_A_GROUP = new RegExp(String.raw`\b(?:${GROUPS})\b`, 'iu');

// "Of the 11 care leavers we met, two had spent a night homeless"; "Among care leavers in X, only one is a parent":
// the count stands for members of the group the sentence opens with. "four of those six were refused" likewise.
const OF_THE_GROUP = new RegExp(
  String.raw`\b(?:Of|Among|Amongst) (?:the |these |those )?([^,.;:\n]{3,80}?), ((?:only\s+)?(?:${ANY_CASE_NUMBERS}|\d{1,2}))\s+((?:of them\s+)?(?:is|are|was|were|had|have|has|remain|remains|live|lives|left|moved|went|became|received)\b[^.;:\n]{0,70})`,
  'gu',
);
const OF_THOSE = new RegExp(
  String.raw`(${ANY_CASE_NUMBERS}|\d{1,2})\s+of\s+(?:them|these|those|whom)(?:\s+(?:${ANY_CASE_NUMBERS}|\d{1,2}))?\s+(?:had|have|has|were|was|are|is)\s+(?:been\s+)?(?:placed|refused|excluded|moved|returned|reported|charged|convicted|admitted|accommodated|housed|evicted|arrested|missing|pregnant|parents?)\b[^.;:,\n]{0,60}`,
  'gu',
);

function countsReferringBack(text: string, context: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  // The opening pattern runs only where its first word is written ("Amongst" holds "Among").
  const opensWithGroup = text.includes('Of ') || text.includes('Among');
  for (const m of opensWithGroup ? matchAll(text, OF_THE_GROUP) : []) {
    const [group, countText, clause] = m.groups as [string, string, string];
    const count = toCount(countText.replace(/^only\s+/i, '').toLowerCase()) ?? toCount(countText.toLowerCase());
    if (
      count === undefined ||
      count === 0 ||
      count >= context.policy.smallCohortThreshold ||
      !NAMES_A_GROUP.test(group)
    )
      continue;
    const start = m.start + m.text.lastIndexOf(`${countText} ${clause}`);
    const end = start + countText.length + 1 + trimClause(clause).length;
    out.push({
      start,
      end,
      message: `Small cohort: ${count} of the group the sentence opens with (${group.trim()}) — few enough to identify them.`,
      suggestion: suppressedForm(context),
      trace: [{ rule: 'count-of-named-group', cue: group.trim(), leaning: 'private' }],
    });
  }
  // The count pattern is costly to try at every word: it runs only where "of them/these/those/whom" is written.
  if (/\bof (?:them|these|those|whom)\b/i.test(text))
    for (const m of standaloneCounts(text, OF_THOSE)) {
      const count = toCount(m.groups[0]!.toLowerCase());
      if (count === undefined || count === 0 || count >= context.policy.smallCohortThreshold) continue;
      const earlier = text.slice(Math.max(0, m.start - 300), m.start);
      if (!NAMES_A_GROUP.test(earlier) || out.some((o) => o.start < m.end && m.start < o.end)) continue;
      out.push({
        start: m.start,
        end: m.end,
        message: `Small cohort: ${count} of a group named just before, with what happened to them — few enough to identify them.`,
        suggestion: suppressedForm(context),
        trace: [{ rule: 'count-standing-for-earlier-group', cue: m.text.slice(0, 20), leaning: 'private' }],
      });
    }
  for (const m of standaloneCounts(text, COUNT_WHERE)) {
    const count = toCount(m.groups[0]!);
    if (count === undefined || count === 0 || count >= context.policy.smallCohortThreshold) continue;
    const sentenceStart = Math.max(text.lastIndexOf('. ', m.start) + 1, 0);
    const before = text.slice(sentenceStart, m.start);
    if (!NAMES_A_GROUP.test(before) || words.suppressed.some((s) => before.toLowerCase().trimEnd().endsWith(s)))
      continue;
    out.push({
      start: m.start,
      end: m.end,
      message: `Small cohort: ${count} of the group named before them, with where they are — few enough to identify them.`,
      suggestion: `${suppressedForm(context)}${m.text.slice(m.groups[0]!.length)}`,
    });
  }
  return out;
}

function smallBases(text: string, context: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  // Every share the pattern reads is a percentage.
  if (!text.includes('%')) return out;
  for (const m of text.matchAll(SMALL_BASE)) {
    const base = Number(m[3] ?? m[5]);
    // "58% (7 of 12)": a small numerator reveals those few people's outcomes even when the base is larger.
    const part = Number(m[2] ?? NaN);
    const small =
      base < context.policy.smallCohortThreshold || (part > 0 && part < context.policy.smallCohortThreshold);
    if (!small || base === 0) continue;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      trace: [{ rule: 'share-of-few-people', cue: m[0], leaning: 'private' }],
      message: `Small cohort: a percentage of only ${base} people, which reveals the individuals' outcomes.`,
      suggestion: `[${suppressedForm(context)}]`,
    });
  }
  return out;
}

/**
 * A small count in a table counting people: a bare number, or a number with its share ("9 (39%)"), in a
 * column whose heading, or the caption just above the table, names people ("Number of attenders", "the
 * number of children looked after by ward").
 */
function countTableCell(block: Block, context: ScanContext): Candidate[] {
  if (block.kind !== 'table-cell' || !block.origin.column) return [];
  const cell = TABLE_COUNT.exec(block.text);
  if (!cell) return [];
  const count = Number(cell[1]);
  if (count === 0 || count >= context.policy.smallCohortThreshold) return [];
  const header = columnHeaderOf(context, block);
  if (!header) return [];
  const withShare = cell[2] !== undefined;
  // A column of money, rates or years counts no one; a bare number under a "%" heading is a share, not a count.
  if (/£|cost|year|week|\bage\b|rate/i.test(header.text) || (!withShare && /%/.test(header.text))) return [];
  const caption = captionOf(context, header);
  const cue = [header.text, caption].find((t) => t && hasCue(t, PEOPLE_COUNTED));
  if (!cue) return [];
  return [
    {
      start: 0,
      end: block.text.length,
      suggestion: suppressedForm(context),
      message: `Small cohort: ${count} in a table counting "${header.text}" — a cell this small can identify the people in it.`,
      trace: [
        {
          rule: 'small-count-in-people-table',
          cue: cue === header.text ? header.text : 'table caption',
          leaning: 'private',
        },
      ],
    },
  ];
}

const TABLE_COUNT = /^(\d{1,2})(?:\s*\((\d{1,3}(?:\.\d+)?\s?%)\))?$/;

/**
 * "Unaccompanied asylum-seeking children: 3 (all boys aged 16-17)", "Children placed out of county: 2": a line that
 * gives a count of people after a label naming them, as a one-row table does; the count and its aside are flagged.
 */
const LABELLED_COUNT = /^([^:\n\d]{3,80}):[ \t]*(\d{1,2})(?:\s*\(([^()\n]{1,60})\))?\.?\s*$/;

function countAfterLabel(block: Block, context: ScanContext): Candidate[] {
  if (block.kind === 'table-cell') return [];
  const m = LABELLED_COUNT.exec(block.text);
  if (!m) return [];
  const count = Number(m[2]);
  const label = m[1]!.toLowerCase();
  if (count === 0 || count >= context.policy.smallCohortThreshold) return [];
  // A label of money, rates, ages or dates counts no one, nor does one that names no people.
  if (/£|cost|year|week|\bage\b|rate|%|date|page|item|number of (?:meetings|visits|days)/.test(label)) return [];
  if (!words.groups.some((g) => hasCue(label, [g]))) return [];
  const start = m[0].indexOf(m[2]!, m[1]!.length);
  return [
    {
      start,
      end: m[0].replace(/\.?\s*$/, '').length,
      suggestion: suppressedForm(context),
      message: `Small cohort: ${count} given for "${m[1]!.trim()}" — few enough to identify them.`,
      trace: [{ rule: 'small-count-after-label', cue: m[1]!.trim(), leaning: 'private' }],
    },
  ];
}
const PEOPLE_COUNTED = [
  ...words.groups,
  'number',
  'cla',
  'lac',
  'cin',
  'cp',
  'people',
  'referrals',
  'attenders',
  'users',
  'residents',
  'families',
  'households',
  'nifer',
  'plant',
  'pobl ifanc',
];

/** The short paragraph just above a table, which says what it counts. */
function captionOf(context: ScanContext, header: Block): string | undefined {
  let i = context.indexOf(header) - 1;
  while (context.doc.blocks[i]?.kind === 'table-cell') i--;
  const above = context.doc.blocks[i];
  return above && above.kind !== 'table-cell' && above.text.length <= 300 ? above.text : undefined;
}

function toCount(text: string): number | undefined {
  const key = text.toLowerCase() as keyof typeof words.numbers;
  return key in words.numbers ? words.numbers[key] : /^\d+$/.test(text) ? Number(text) : undefined;
}

// Words that open a narrowing description of the group ("placed in Wrexham", "from Sudan", "who are also in care").
const NARROWING =
  /^\s+(?:placed|from|in|at|with|who|whose|subject|excluded|missing|attending|attend|living|remanded|awaiting|referred|received|started|on|under|leaving|moving|travelling|known|identified|accommodated|housed|looked)\b/i;
// Where the description ends: a new clause's verb or punctuation.
const CLAUSE_END =
  /,|\s(?:were|was|are|is|remain|remains|have|has|had|will|would|said|told|met|but|while|whereas|which|compared)\b/i;

/** The narrowing description after the group, up to the end of its clause; empty if none. */
function trimQualifier(q: string): string {
  if (!NARROWING.test(q)) return '';
  const stop = q.search(CLAUSE_END);
  return (stop >= 0 ? q.slice(0, stop) : q).replace(/\s+$/, '');
}

// Welsh counts: "tri gofalwr", "dwy ferch", "tri phlentyn", "pedwar o blant". The number may mutate after the article
// ("y ddwy ferch") and the noun after the number ("merch" → "ferch", "plentyn" → "phlentyn", "o blant").
const firstWordForms = (phrase: string): string[] => {
  const [first, ...rest] = phrase.split(' ');
  return mutatedForms(first!).map((f) => [f, ...rest].join(' '));
};
const WELSH_NUMBER_OF = new Map(
  Object.entries(welsh.numbers).flatMap(([n, v]) => firstWordForms(n).map((f) => [f.toLowerCase(), v] as const)),
);
const WELSH_COUNTS = [...WELSH_NUMBER_OF.keys()].sort((a, b) => b.length - a.length).join('|');
const WELSH_GROUPS = welsh.groups
  .flatMap(firstWordForms)
  .sort((a, b) => b.length - a.length)
  .join('|');
const WELSH_COUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${WELSH_COUNTS}|\d)\s+(?:o\s+)?(?:${WELSH_GROUPS})(?![\p{L}'’])([^.;:,\n]{0,80})`,
  'giu',
);
// Where a Welsh description of the group goes on: a relative clause, a place, a preposition.
const WELSH_NARROWING = /^\s+(?:a|sy|sydd|yn|ym|yng|o|mewn|gyda|wedi|ar|oedd|heb)\b/i;
const WELSH_NOT_A_COUNT_BEFORE = /\b(?:yr|pob|unrhyw|lle i|ar gyfer|uchafswm o)\s*$/i;
// Stems of the Welsh group nouns in every form ("lant" in plant/blant, "erch" in merch/ferch): a block with none holds no Welsh count.
const hasWelshStem = containsAny([...new Set(welsh.groups.map((g) => g.split(' ')[0]!.slice(1, 5)))]);

// Where the group's description ends and the sentence's verb begins: "wedi gadael", "eu lleoli", "yn aros" ("yn y sir" is a place).
const WELSH_CLAUSE_END = /\s(?:wedi|eu|ei|mae|oedd|roedd|yn(?!\s+(?:y|yr|\p{Lu})))\s/u;

function welshClause(q: string): string {
  const stop = `${q} `.search(WELSH_CLAUSE_END);
  return (stop >= 0 ? q.slice(0, stop) : q).replace(/\s+$/, '');
}

// Words only Welsh prose has: English blocks need not go through the Welsh count pattern.
const WELSH_TEXT = /\b(?:y|yr|yn|ym|yng|mae|oedd|roedd|gyda|wedi|cafodd|sydd|bod)\b|[’']r\b/i;

function welshCounts(text: string, lower: string, context: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  if (!hasWelshStem(lower) || !WELSH_TEXT.test(text)) return out;
  for (const m of matchAll(text, WELSH_COUNT)) {
    const countText = m.groups[0]!.toLowerCase();
    const count = WELSH_NUMBER_OF.get(countText) ?? (/^\d$/.test(countText) ? Number(countText) : undefined);
    if (count === undefined || count === 0 || count >= context.policy.smallCohortThreshold) continue;
    const before = text.slice(Math.max(0, m.start - 24), m.start).toLowerCase();
    // "yr un plentyn" is "the same child"; "lle i dri phlentyn" a capacity; "llai na phump" a suppressed count.
    if (WELSH_NOT_A_COUNT_BEFORE.test(before) || welsh.suppressed.some((w) => before.trimEnd().endsWith(w))) continue;
    const qualifier = m.groups[1]!;
    const clause = WELSH_NARROWING.test(qualifier) ? welshClause(qualifier) : '';
    const end = m.end - qualifier.length + clause.length;
    out.push({
      start: m.start,
      end,
      suggestion: suppressedForm(context),
      message: `Small cohort: ${count} in a described group — few enough to identify them.`,
      trace: [{ rule: 'welsh-count-of-group', cue: m.text.slice(0, end - m.start), leaning: 'private' }],
    });
  }
  return out;
}

// "a brother and sister placed with them in 2022": two children, named as a pair.
const SIBLING_PAIR =
  /\b(?:an?|the)\s+(?:brother and sister|sister and brother|sibling pair|pair of siblings|set of twins|twin (?:boys|girls|brothers|sisters))\b([^.;:\n]{0,90})/gi;

// Every pair the pattern names holds one of these words: a block with none of them names no pair.
const hasPairWord = containsAny(['sister', 'sibling', 'twin']);

function siblingPairs(text: string, lower: string): Candidate[] {
  if (!hasPairWord(lower)) return [];
  return matchAll(text, SIBLING_PAIR).flatMap((m) => {
    const clause = trimQualifier(m.groups[0]!);
    if (!clause.trim()) return [];
    const end = m.end - m.groups[0]!.length + clause.length;
    return [
      {
        start: m.start,
        end,
        message:
          'Small cohort: a pair of siblings, described where they are placed — two children a reader could identify.',
        trace: [{ rule: 'sibling-pair', cue: m.text.slice(0, end - m.start), leaning: 'private' as const }],
      },
    ];
  });
}

/** A clause after a count, up to its first comma or joining word. */
function trimClause(clause: string): string {
  const stop = clause.search(/,|\s(?:and|but|while|whereas|which)\s/);
  return (stop >= 0 ? clause.slice(0, stop) : clause).replace(/\s+$/, '');
}

const suppressedForm = ({ policy }: ScanContext): string =>
  policy.suppressedForm.replace('{threshold}', String(policy.smallCohortThreshold));
