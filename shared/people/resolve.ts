// One decision per person: every mention of a name is linked to the people the document names in
// full, so once "Jayden Clarke" is private, "Jayden", "Mr Clarke" and "Jayden's" are flagged too, and
// once "Jenny Boyd" is a Director, a later bare "Jenny" is public. Welsh mutated forms ("Wawr" for
// Gwawr) are the same person.
import type { PersonRole, TraceStep } from '../model/finding.ts';
import { radicalForms } from '../nlp/welsh-mutation.ts';
import type { Judgement, Verdict } from './judge.ts';
import type { NameMention } from './mentions.ts';

export interface JudgedMention {
  /** Document offsets. */
  start: number;
  end: number;
  mention: NameMention;
  judgement: Judgement;
}

export interface ResolvedMention extends JudgedMention {
  verdict: Verdict;
  reason: string;
  role?: PersonRole;
  trace: TraceStep[];
  /** 1-based number of the person within the document: every mention of one person has the same. */
  person?: number;
  /** True when the mention refers to a person the document names in full (or by title and surname). */
  linked: boolean;
}

interface Decision {
  verdict: Verdict;
  reason: string;
  role?: PersonRole;
  strength: number;
}
interface Person extends Decision {
  id: number;
  first?: string;
  last: string;
}

// Between equally firm judgements of one person, a pseudonym wins, then private: a child is never cleared by a weaker cue.
const RANK: Record<Verdict, number> = { unknown: 0, public: 1, private: 2, pseudonym: 3 };
const outranks = (a: Decision | Judgement, b: Decision): boolean =>
  a.strength > b.strength || (a.strength === b.strength && RANK[a.verdict] > RANK[b.verdict]);

/** A name's key: case folded, so "HALLORAN" and "Halloran" are one person. */
export const nameKey = (word: string): string => word.toLowerCase();

export function resolvePeople(mentions: JudgedMention[]): ResolvedMention[] {
  const people = collectPeople(mentions);
  // Each mention's candidates, worked out once through an index of the people by name.
  const index = indexPeople(people);
  const candidates = new Map(mentions.map((m) => [m, peopleFor(m.mention, index)]));
  const peopleOf = (m: JudgedMention): Person[] => candidates.get(m)!;
  // A lone first name or surname that points at one person tells us about that person too ("Chelsea, in Year 11 ...").
  for (const m of mentions) {
    const matches = personKey(m.mention) ? [] : peopleOf(m);
    const only = matches.length === 1 ? matches[0]! : undefined;
    if (only && outranks(m.judgement, only)) adopt(only, m.judgement);
  }
  const lone = loneWordVerdicts(mentions, people.length, peopleOf);
  return mentions.map((m) => {
    const matches = peopleOf(m);
    const own = m.judgement;
    const base = { ...m, trace: own.trace };
    if (!matches.length) {
      // One first name used alone is one person throughout: the same verdict, reason and number everywhere.
      const shared = lone.get(loneKey(m.mention));
      if (!shared || (own.verdict === 'public' && shared.verdict !== 'pseudonym'))
        return { ...base, verdict: own.verdict, reason: own.reason, role: own.role, linked: false };
      return {
        ...base,
        verdict: shared.verdict,
        reason: shared.reason,
        role: shared.role,
        person: shared.id,
        linked: false,
      };
    }
    const best = matches.reduce((a, b) => (outranks(b, a) ? b : a));
    // A public role beside this very mention wins ("Councillor Brown" beside a private "Tyler Brown").
    if ((own.verdict === 'public' && own.strength >= 2 && !outranks(best, own)) || own.verdict === 'pseudonym')
      return { ...base, verdict: own.verdict, reason: own.reason, role: own.role, person: best.id, linked: true };
    const agreed = matches.every((p) => p.verdict === best.verdict);
    if (!agreed && own.verdict === 'unknown')
      return {
        ...base,
        verdict: 'unknown',
        reason: 'the name is shared by more than one person in this paper',
        person: best.id,
        linked: true,
      };
    if (best.verdict === 'unknown')
      return { ...base, verdict: own.verdict, reason: own.reason, role: own.role, person: best.id, linked: true };
    return {
      ...base,
      verdict: best.verdict,
      reason: `${best.reason} (elsewhere in this paper)`,
      role: best.role,
      person: best.id,
      linked: true,
    };
  });
}

function adopt(person: Decision, j: Judgement): void {
  person.verdict = j.verdict;
  person.reason = j.reason;
  person.role = j.role;
  person.strength = j.strength;
}

const loneKey = (m: NameMention): string => nameKey(m.words[0]!);

/** A first name used alone, and linked to no full name, keeps one verdict throughout ("Callum (not his real name)" … "Callum"). */
function loneWordVerdicts(
  mentions: JudgedMention[],
  peopleCount: number,
  peopleOf: (m: JudgedMention) => Person[],
): Map<string, Decision & { id: number }> {
  const out = new Map<string, Decision & { id: number }>();
  for (const m of mentions) {
    if (personKey(m.mention) || peopleOf(m).length) continue;
    const key = loneKey(m.mention);
    const seen = out.get(key);
    if (!seen)
      out.set(key, {
        id: peopleCount + out.size + 1,
        verdict: m.judgement.verdict,
        reason: m.judgement.reason,
        role: m.judgement.role,
        strength: m.judgement.strength,
      });
    else if (outranks(m.judgement, seen)) adopt(seen, m.judgement);
  }
  return out;
}

function collectPeople(mentions: JudgedMention[]): Person[] {
  const people: Person[] = [];
  const byLast = new Map<string, Person[]>();
  for (const m of mentions) {
    const key = personKey(m.mention);
    if (!key) continue;
    const namesakes = byLast.get(key.last) ?? [];
    let person = namesakes.find((p) => p.first === key.first || !p.first || !key.first);
    if (!person) {
      person = { id: people.length + 1, ...key, verdict: 'unknown', reason: '', strength: -1 };
      people.push(person);
      byLast.set(key.last, [...namesakes, person]);
    } else if (!person.first && key.first) person.first = key.first;
    if (outranks(m.judgement, person)) adopt(person, m.judgement);
  }
  return people;
}

/** Full names and titled surnames define people; a lone word only refers to them. */
export function personKey(m: NameMention): { first?: string; last: string } | undefined {
  if (m.form === 'initials' || m.form === 'nickname') return { last: nameKey(m.words[0]!) };
  if (m.form === 'group') return undefined;
  if (m.words.length >= 2) return { first: nameKey(m.words[0]!), last: nameKey(m.words[m.words.length - 1]!) };
  if (m.title) return { last: nameKey(m.words[0]!) };
  return undefined;
}

interface PeopleIndex {
  byLast: Map<string, Person[]>;
  byFirst: Map<string, Person[]>;
}

function indexPeople(people: Person[]): PeopleIndex {
  const byLast = new Map<string, Person[]>();
  const byFirst = new Map<string, Person[]>();
  const add = (map: Map<string, Person[]>, key: string, p: Person) => map.set(key, [...(map.get(key) ?? []), p]);
  for (const p of people) {
    add(byLast, p.last, p);
    if (p.first !== undefined) add(byFirst, p.first, p);
  }
  return { byLast, byFirst };
}

/** The people a mention may refer to, in the order they were first named; a lone word also matches after Welsh mutation ("Wawr" → Gwawr). */
function peopleFor(m: NameMention, { byLast, byFirst }: PeopleIndex): Person[] {
  const key = personKey(m);
  if (key) return (byLast.get(key.last) ?? []).filter((p) => !key.first || !p.first || p.first === key.first);
  const found = new Set<Person>();
  for (const form of radicalForms(m.words[0]!).map(nameKey))
    for (const p of [...(byFirst.get(form) ?? []), ...(byLast.get(form) ?? [])]) found.add(p);
  return [...found].sort((a, b) => a.id - b.id);
}
