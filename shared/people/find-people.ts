// Every name mention in a document with its one decision, computed once per document and shared by
// the detectors that need it (names themselves; places tied to a named child).
import type { ScanContext } from '../engine/context.ts';
import type { Block, DocumentModel } from '../model/document.ts';
import { findNameMentions } from './mentions.ts';
import { judgeMention, type Judgement } from './judge.ts';
import { resolvePeople, type ResolvedMention } from './resolve.ts';
import { isForename } from './lexicon.ts';
import { tagWords } from '../nlp/compromise.ts';

export interface PersonMention extends ResolvedMention {
  /** The text of the block the mention sits in. */
  blockText: string;
  /** Offset of that block in the document. */
  blockStart: number;
  /** The block holding the mention: a name in a tracked deletion or a comment is judged with that in mind. */
  block: Block;
}

const memo = new WeakMap<DocumentModel, WeakMap<ScanContext['policy'], PersonMention[]>>();

export function findPeople(context: ScanContext): PersonMention[] {
  const byPolicy = memo.get(context.doc) ?? new WeakMap();
  memo.set(context.doc, byPolicy);
  const cached = byPolicy.get(context.policy);
  if (cached) return cached;
  const judged = context.doc.blocks.flatMap((block) =>
    findNameMentions(block.text).map((mention) => ({
      start: block.start + mention.start,
      end: block.start + mention.end,
      mention,
      judgement: policyJudgement(context, block.text.slice(mention.start, mention.end)) ?? authorProperty(block) ?? judgeMention(block.text, mention, () => context.isContactDetails(block)),
      blockText: block.text,
      blockStart: block.start,
      block,
    })),
  );
  const resolved = resolvePeople(judged).map((r, i) => ({ ...r, blockText: judged[i]!.blockText, blockStart: judged[i]!.blockStart, block: judged[i]!.block }));
  const people = resolved.filter(isPersonName);
  byPolicy.set(context.policy, people);
  return people;
}

// Document properties that name whoever wrote or saved the file: an officer at work.
const AUTHOR_PROPERTIES = new Set(['author', 'creator', 'lastmodifiedby', 'last modified by', 'manager', 'company']);

function authorProperty(block: Block): Judgement | undefined {
  const property = block.origin.property?.toLowerCase();
  return block.kind === 'property' && property && AUTHOR_PROPERTIES.has(property) ? { verdict: 'public', reason: `the document's ${property}, an officer` } : undefined;
}

/** The council's allow-list and deny-list override every judgement. */
function policyJudgement({ policy }: ScanContext, name: string): Judgement | undefined {
  const lower = name.toLowerCase();
  const matches = (list: string[]) => list.some((n) => lower.includes(n.toLowerCase()) || n.toLowerCase().includes(lower));
  if (matches(policy.allowNames)) return { verdict: 'public', reason: "on the council's allow-list of public names" };
  if (matches(policy.denyNames)) return { verdict: 'private', reason: "on the council's list of names that must never be published" };
  return undefined;
}

/** A lone capitalised word counts as a name only if it is linked to a named person or is a known forename used as a name. */
function isPersonName(r: PersonMention): boolean {
  if (r.verdict === 'pseudonym') return false;
  const m = r.mention;
  if (m.form !== 'single' || r.linked) return true;
  if (r.verdict !== 'private') return false;
  const local = r.start - r.blockStart;
  // "placed in Devon", "the Grant": a preposition or article before a lone word makes it a place or a thing.
  if (/\b(?:in|to|from|at|near|of|the|across|around|outside|within|into|via|y|yr)\s+$/i.test(r.blockText.slice(Math.max(0, local - 12), local))) return false;
  const word = m.words[0]!;
  if (!isForename(word)) return false;
  // Forenames double as places and months ("Chester", "May"): compromise, on this one block, tells them apart.
  const tags = [...tagWords(r.blockText)].find(([k]) => k.replace(/[^\p{L}'’-]+$/u, '') === word)?.[1];
  return !(tags && (tags.isPlace || tags.isOrganisation || tags.isDate));
}
