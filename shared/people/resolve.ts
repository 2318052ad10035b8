// One decision per person: every mention of a name is linked to the people the document names in
// full, so once "Jayden Clarke" is private, "Jayden", "Mr Clarke" and "Jayden's" are flagged too, and
// once "Jenny Boyd" is a Director, a later bare "Jenny" is public.
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
  /** 1-based number of the person within the document, for consistent placeholders. */
  person?: number;
  /** True when the mention refers to a person the document names in full (or by title and surname). */
  linked: boolean;
}

interface Person { id: number; first?: string; last: string; verdict: Verdict; reason: string }

const RANK: Record<Verdict, number> = { unknown: 0, private: 1, public: 2, pseudonym: 3 };

export function resolvePeople(mentions: JudgedMention[]): ResolvedMention[] {
  const people = collectPeople(mentions);
  // A lone first name or surname that points at one person tells us about that person too ("Chelsea, in Year 11 ...").
  for (const m of mentions) {
    const matches = personKey(m.mention) ? [] : peopleFor(m.mention, people);
    const only = matches.length === 1 ? matches[0]! : undefined;
    if (only && RANK[m.judgement.verdict] > RANK[only.verdict]) Object.assign(only, { verdict: m.judgement.verdict, reason: m.judgement.reason });
  }
  const lone = loneWordVerdicts(mentions, people);
  return mentions.map((m) => {
    const matches = peopleFor(m.mention, people);
    const own = m.judgement;
    if (!matches.length) {
      // One first name used alone is one person throughout: the same verdict, reason and number everywhere.
      const shared = lone.get(m.mention.words[0]!);
      if (!shared || (own.verdict === 'public' && shared.verdict !== 'pseudonym')) return { ...m, verdict: own.verdict, reason: own.reason, linked: false };
      return { ...m, ...shared, linked: false };
    }
    const best = matches.reduce((a, b) => (RANK[b.verdict] > RANK[a.verdict] ? b : a));
    // A public role in this very mention wins ("Councillor Brown" beside a private "Tyler Brown").
    if (own.verdict === 'public' || own.verdict === 'pseudonym') return { ...m, verdict: own.verdict, reason: own.reason, person: best.id, linked: true };
    const agreed = matches.every((p) => p.verdict === best.verdict);
    if (!agreed && own.verdict === 'unknown') return { ...m, verdict: 'unknown', reason: 'the name is shared by more than one person in this paper', linked: true };
    return best.verdict === 'unknown' ? { ...m, verdict: own.verdict, reason: own.reason, person: best.id, linked: true } : { ...m, verdict: best.verdict, reason: `${best.reason} (elsewhere in this paper)`, person: best.id, linked: true };
  });
}

/** A first name used alone, and linked to no full name, keeps one verdict throughout ("Callum (not his real name)" … "Callum"). */
function loneWordVerdicts(mentions: JudgedMention[], people: Person[]): Map<string, { verdict: Verdict; reason: string; person: number }> {
  const out = new Map<string, { verdict: Verdict; reason: string; person: number }>();
  for (const m of mentions) {
    if (personKey(m.mention) || peopleFor(m.mention, people).length) continue;
    const word = m.mention.words[0]!;
    const seen = out.get(word);
    if (!seen) out.set(word, { verdict: m.judgement.verdict, reason: m.judgement.reason, person: people.length + out.size + 1 });
    else if (RANK[m.judgement.verdict] > RANK[seen.verdict]) Object.assign(seen, { verdict: m.judgement.verdict, reason: m.judgement.reason });
  }
  return out;
}

function collectPeople(mentions: JudgedMention[]): Person[] {
  const people: Person[] = [];
  for (const m of mentions) {
    const key = personKey(m.mention);
    if (!key) continue;
    let person = people.find((p) => p.last === key.last && (p.first === key.first || !p.first || !key.first));
    if (!person) {
      person = { id: people.length + 1, ...key, verdict: 'unknown', reason: '' };
      people.push(person);
    } else if (!person.first && key.first) person.first = key.first;
    if (RANK[m.judgement.verdict] > RANK[person.verdict]) Object.assign(person, { verdict: m.judgement.verdict, reason: m.judgement.reason });
  }
  return people;
}

/** Full names and titled surnames define people; a lone word only refers to them. */
function personKey(m: NameMention): { first?: string; last: string } | undefined {
  if (m.form === 'initials' || m.form === 'nickname') return { last: m.words[0]! };
  if (m.words.length >= 2) return { first: m.words[0]!, last: m.words[m.words.length - 1]! };
  if (m.title) return { last: m.words[0]! };
  return undefined;
}

function peopleFor(m: NameMention, people: Person[]): Person[] {
  const key = personKey(m);
  if (key) return people.filter((p) => p.last === key.last && (!key.first || !p.first || p.first === key.first));
  const word = m.words[0]!;
  return people.filter((p) => p.first === word || p.last === word);
}
