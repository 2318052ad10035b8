// The people stage: every name mention in a document with its one decision, computed once per scan
// and handed to the detectors that need it (names themselves; places and ages tied to a named child).
import type { ScanContext } from '../engine/context.ts';
import type { Block, DocumentModel } from '../model/document.ts';
import type { Policy } from '../policy/schema.ts';
import { classifyDocument } from '../sections/document-kind.ts';
import { findNameMentions, type NameMention } from './mentions.ts';
import { isNameList, isOwnCueRule, mayHaveOwnPrivateCue, nameLabelOwner } from './evidence.ts';
import { judgeMention, type JudgeEnvironment, type Judgement } from './judge.ts';
import { nameKey, personKey, resolvePeople, type ResolvedMention } from './resolve.ts';
import { isForename, isOrdinaryWord, JOB_WORD_SET, NOT_NAMES } from './lexicon.ts';
import { tagWords } from '../nlp/compromise.ts';
import { columnTypeOf, headerType, isHeadingRow } from '../engine/table-columns.ts';
import { UK_AREAS } from '../engine/large-areas.ts';
import { radicalForms } from '../nlp/welsh-mutation.ts';
import placeCues from '../lexicons/place-cues.json' with { type: 'json' };

export interface PersonMention extends ResolvedMention {
  /** The text of the block the mention sits in. */
  blockText: string;
  /** Offset of that block in the document. */
  blockStart: number;
  /** The block holding the mention: a name in a tracked deletion or a comment is judged with that in mind. */
  block: Block;
}

const memo = new WeakMap<DocumentModel, WeakMap<Policy, PersonMention[]>>();

export function findPeople(context: ScanContext): PersonMention[] {
  const byPolicy = memo.get(context.doc) ?? new WeakMap();
  memo.set(context.doc, byPolicy);
  const cached = byPolicy.get(context.policy);
  if (cached) return cached;
  const documentKind = classifyDocument(context.doc);
  const found: Found[] = [];
  const blocks = context.doc.blocks;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    const mentions = mentionsIn(context, block);
    if (!mentions.length) continue;
    // What the block's mentions read around them is the same for each: found once per block.
    const label = labelAbove(blocks, index);
    const cells = block.kind === 'table-cell' ? rowCells(blocks, index) : undefined;
    for (const mention of mentions)
      found.push({ block, mention, env: environment(context, block, mention, label, cells) });
  }
  const unnamed = lonelyWordsWithoutCue(found, (m) => policyJudgement(context.policy, m) !== undefined);
  const judged = found
    .filter((f) => !unnamed.has(f))
    .map(({ block, mention, env }) => ({
      start: block.start + mention.start,
      end: block.start + mention.end,
      mention,
      judgement: judge(context, block, mention, { ...env, documentKind }),
      blockText: block.text,
      blockStart: block.start,
      block,
    }));
  const resolved = resolvePeople(judged).map((r, i) => ({
    ...r,
    blockText: judged[i]!.blockText,
    blockStart: judged[i]!.blockStart,
    block: judged[i]!.block,
  }));
  // A lone word that is a person somewhere, by a cue of its own, is a person wherever else it stands alone.
  const cuedWords = new Set(
    resolved
      .filter((r) => r.mention.form === 'single' && r.verdict === 'private' && hasOwnCue(r))
      .map((r) => nameKey(r.mention.words[0]!)),
  );
  const people = resolved.filter((r) => isPersonName(r, cuedWords));
  byPolicy.set(context.policy, people);
  return people;
}

/**
 * The name mentions of a block. A cell under a "Name" or "Child" heading is a name whatever its case
 * ("jake varga-hollis") or its words ("Wren Talbot"), unless every word is an ordinary one ("Not known").
 */
function mentionsIn(context: ScanContext, block: Block): NameMention[] {
  const found = findNameMentions(block.text);
  const value = found.length ? undefined : namedValue(context, block);
  if (value === undefined) return found;
  const cell = /^\s*(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,3})\s*$/u.exec(block.text.slice(value));
  if (
    !cell ||
    headerType(cell[1]!) ||
    cell[1]!.split(/\s+/).every((w) => isOrdinaryWord(w) || NOT_NAMES.has(w.toLowerCase()))
  )
    return found;
  const start = block.text.indexOf(cell[1]!, value);
  return [
    {
      start,
      end: start + cell[1]!.length,
      words: cell[1]!.split(/\s+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
      form: 'full',
    },
  ];
}

/**
 * Where a block gives someone's name whatever its case: a cell under a "Name" or "Child" heading, or the words after
 * a label saying whose name follows ("Name of young person: freya o'connell"); the offset of that text.
 */
function namedValue(context: ScanContext, block: Block): number | undefined {
  if (block.kind === 'table-cell')
    return columnTypeOf(context, block) === 'person' && !isHeadingRow(context, block) ? 0 : undefined;
  const label = /^([^:\n]{2,40}):[ \t]*/.exec(block.text);
  return label && nameLabelOwner(label[1]!) ? label[0].length : undefined;
}

interface Found {
  block: Block;
  mention: NameMention;
  env: Omit<JudgeEnvironment, 'documentKind'>;
}

/** What a mention's judgement reads beyond its block's text: the label above, its table row, its contact block. */
function environment(
  context: ScanContext,
  block: Block,
  mention: NameMention,
  label: string | undefined,
  cells: string[] | undefined,
): Omit<JudgeEnvironment, 'documentKind'> {
  return {
    inContactDetails: () => context.isContactDetails(block),
    ...(label && { labelAbove: label }),
    ...(cells &&
      nameShaped(mention) && {
        rowCells: cells,
        ...peopleColumn(context, block),
      }),
  };
}

/**
 * The mentions of lone words that no mention names a person by and that are no forename ("Overview",
 * "Hampshire" opening a sentence), when none of them has a private cue of its own beside it: such a word
 * is a person only when linked to a named person or cued as one (see isPersonName), so these are no one
 * and are not weighed at all. A word with a cue beside any one of its mentions is judged in every one.
 */
function lonelyWordsWithoutCue(found: readonly Found[], isListed: (m: NameMention) => boolean): Set<Found> {
  const nameWords = new Set<string>();
  for (const { mention } of found) {
    const key = personKey(mention);
    if (key) for (const word of [key.first, key.last]) if (word !== undefined) nameWords.add(word);
  }
  const byWord = new Map<string, Found[]>();
  const namesWord = new Map<string, boolean>();
  for (const f of found) {
    const { mention } = f;
    const word = mention.words[0]!;
    if (mention.form !== 'single' || mention.title || mention.needsCue || isForename(word) || isListed(mention))
      continue;
    let named = namesWord.get(word);
    if (named === undefined) {
      named = radicalForms(word).some((form) => nameWords.has(nameKey(form)));
      namesWord.set(word, named);
    }
    if (named) continue;
    const group = byWord.get(nameKey(word));
    if (group) group.push(f);
    else byWord.set(nameKey(word), [f]);
  }
  const out = new Set<Found>();
  for (const mentions of byWord.values())
    if (!mentions.some(({ block, mention, env }) => mayHaveOwnPrivateCue({ text: block.text, mention, ...env })))
      for (const f of mentions) out.add(f);
  return out;
}

function judge(context: ScanContext, block: Block, mention: NameMention, env: JudgeEnvironment): Judgement {
  return policyJudgement(context.policy, mention) ?? authorProperty(block) ?? judgeMention(block.text, mention, env);
}

/** The kind of people a cell's column lists, if its heading names one: a heading row itself lists no one. */
function peopleColumn(context: ScanContext, block: Block): { column?: 'person' | 'official' } {
  const type = columnTypeOf(context, block);
  return (type === 'person' || type === 'official') && !isHeadingRow(context, block) ? { column: type } : {};
}

/** The other cells of a table cell's row: the blocks beside it with the same row (and line, for text files). */
function rowCells(blocks: readonly Block[], index: number): string[] {
  const cell = blocks[index]!;
  const sameRow = (b: Block | undefined): b is Block =>
    b !== undefined &&
    b.kind === 'table-cell' &&
    b.origin.row === cell.origin.row &&
    b.origin.line === cell.origin.line &&
    b.origin.part === cell.origin.part;
  const out: string[] = [];
  for (let i = index - 1; sameRow(blocks[i]); i--) out.push(blocks[i]!.text);
  for (let i = index + 1; sameRow(blocks[i]); i++) out.push(blocks[i]!.text);
  return out;
}

/** A table's word ("Placement", "Enhanced") is not a name because its row names a carer: only a name-shaped mention takes a table's cues. */
function nameShaped(m: NameMention): boolean {
  return (
    m.words.length > 1 ||
    m.form !== 'single' ||
    !(isOrdinaryWord(m.words[0]!) || NOT_NAMES.has(m.words[0]!.toLowerCase()))
  );
}

/** How many lines of names a label above may head ("Neighbouring Residents:" then one name a line). */
const LIST_LINES = 12;

/** A short line of its own ending in a colon ("Officers in attendance:") heads the names on the lines after it. */
function labelAbove(blocks: readonly Block[], index: number): string | undefined {
  for (let i = index - 1; i >= Math.max(0, index - LIST_LINES); i--) {
    const previous = blocks[i]!;
    if (previous.origin.part !== blocks[index]!.origin.part) return undefined;
    const text = previous.text.trim();
    if (text.length <= 60 && /[:–-]$/.test(text)) return text.replace(/\s*[:–-]$/, '');
    if (!isNameList(text)) return undefined;
  }
  return undefined;
}

// Document properties that name whoever wrote or saved the file: an officer at work.
const AUTHOR_PROPERTIES = new Set(['author', 'creator', 'lastmodifiedby', 'last modified by', 'manager', 'company']);

function authorProperty(block: Block): Judgement | undefined {
  const property = block.origin.property?.toLowerCase();
  if (block.kind !== 'property' || !property || !AUTHOR_PROPERTIES.has(property)) return undefined;
  return {
    verdict: 'public',
    reason: `the document's ${property}, an officer`,
    role: 'official',
    strength: 2,
    trace: [{ rule: 'author-property', cue: property, leaning: 'public' }],
  };
}

/**
 * The council's allow-list and deny-list override every judgement. They match whole names through the
 * same key as one person ("Dennis Okoro" allows Dennis Okoro and Mr Okoro, never another Dennis).
 */
function policyJudgement(policy: Policy, mention: NameMention): Judgement | undefined {
  const words = mention.words.map(nameKey);
  const matches = (names: readonly string[]) =>
    names.some((name) => {
      const listed = name.trim().split(/\s+/).map(nameKey);
      if (listed.length === 1)
        return words.length === 1
          ? words[0] === listed[0]
          : words.includes(listed[0]!) && words.length <= 2 && (words[0] === listed[0] || words.at(-1) === listed[0]);
      // A full name listed: the mention must carry its surname, and its forename if it gives one.
      const sameLast = words.at(-1) === listed.at(-1);
      return sameLast && (words.length === 1 ? Boolean(mention.title) : words[0] === listed[0]);
    });
  const lists = [
    {
      names: policy.allowNames,
      verdict: 'public',
      reason: "on the council's allow-list of public names",
      role: 'official',
      rule: 'policy-allow-list',
    },
    {
      names: policy.denyNames,
      verdict: 'private',
      reason: "on the council's list of names that must never be published",
      role: 'unknown',
      rule: 'policy-deny-list',
    },
  ] as const;
  const listed = lists.find((l) => matches(l.names));
  if (listed) {
    const { verdict, reason, role, rule } = listed;
    return { verdict, reason, role, strength: 3, trace: [{ rule, cue: mention.words.join(' '), leaning: verdict }] };
  }
  return undefined;
}

/**
 * A lone capitalised word is a name only with something to say so (or the council's deny list holds it): it is linked to a named person, it
 * has a cue of its own beside it (a relationship, an age, a life event), or it is a known forename
 * used as a name. Another mention of the same word that is a person makes it one too.
 */
function isPersonName(r: PersonMention, cuedWords: ReadonlySet<string>): boolean {
  if (r.verdict === 'pseudonym') return false;
  // A name the council's deny list holds is withheld wherever it stands, alone or not.
  if (r.trace.some((t) => t.rule === 'policy-deny-list')) return true;
  const m = r.mention;
  // "the Hallorans" is a family the paper names elsewhere, or one a cue of its own makes private ("the Joneses, our
  // neighbours").
  if (m.form === 'family') return r.linked || (r.verdict === 'private' && hasOwnCue(r));
  // "Ceredigion", "Gwynedd": a county or city is a place, whatever else the words around it suggest.
  if (UK_AREAS.has(m.words.join(' ').toLowerCase()) && !hasOwnCue(r)) return false;
  if (m.needsCue) return r.linked && r.verdict === 'private' ? true : hasOwnCue(r);
  if (m.form !== 'single') return true;
  if (r.verdict !== 'private') return r.linked;
  const local = r.start - r.blockStart;
  const lead = r.blockText.slice(Math.max(0, local - 12), local);
  // "placed in Devon", "children home to Glanafon": a place preposition before a lone word makes it a place.
  if (/\b(?:in|at|near|across|around|outside|within|into|via|y|yr|ym|yng|yn)\s+$/i.test(lead)) return false;
  // "moved to Chester", "the Vale": a lone word after these is a place or a thing, unless an age given right after
  // it makes it a person ("spoke to Connor, who is 16"; a place has no age) and no verb of going leads to it
  // ("moved to Chester, aged 12").
  if (!r.linked && /\bthe\s+$/i.test(lead)) return false;
  if (
    !r.linked &&
    /\b(?:to|from|of|by)\s+$/i.test(lead) &&
    (!r.trace.some((t) => t.rule === 'age-beside-name') ||
      MOVED_TO.test(r.blockText.slice(Math.max(0, local - 30), local)))
  )
    return false;
  if (r.linked) return true;
  const word = m.words[0]!;
  if (NOT_NAMES.has(word.toLowerCase()) || JOB_WORD_SET.has(word.toLowerCase())) return false;
  if (cuedWords.has(nameKey(word))) return true;
  if (!isForename(word)) return false;
  // Forenames double as places and months ("Chester", "May"): compromise, on this one block, tells them apart.
  const tags = [...tagWords(r.blockText)].find(([k]) => k.replace(/[^\p{L}'’-]+$/u, '') === word)?.[1];
  return !(tags && (tags.isPlace || tags.isOrganisation || tags.isDate));
}

/** "moved to ", "came back from ": what follows is where a person went or came from. */
const MOVED_TO = new RegExp(String.raw`\b(?:${placeCues.movementVerbs.join('|')})\s+(?:back\s+)?(?:to|from)\s+$`, 'i');

const hasOwnCue = (r: ResolvedMention): boolean => r.trace.some((t) => isOwnCueRule(t.rule) && t.leaning === 'private');
