// The findings as a reviewer works through them: one card per person (or per string, for details that
// are not people), in three groups from the engine's disposition as the reviewer's decisions leave it.
import {
  BLOCK_KIND_LABELS,
  DISPOSITIONS,
  normalizedKey,
  type Disposition,
  type Finding,
  type FindingType,
} from '../../../shared/index.ts';
import type { Decision } from './decisions.ts';

export interface Card {
  /** The person's id, or the type and normalised text: stable for one scan. */
  id: string;
  type: FindingType;
  /** Every mention, in document order. */
  findings: Finding[];
  /** The distinct wordings of the mentions ("Tyler Brown", "Tyler"). */
  texts: string[];
  /** The engine's disposition, or the reviewer's where they decided. */
  disposition: Disposition;
  /** The reviewer's decision that moved the card, when one did. */
  decision?: Decision;
}

const RANK: Record<Disposition, number> = { public: 0, review: 1, flag: 2 };

export const cardId = (f: Finding): string =>
  f.personId ? `person:${f.personId}` : `${f.type}:${normalizedKey(f.text)}`;

/** Cards in document order. `decisionOf` gives the latest decision on a finding's text, if any. */
export function cardsOf(
  findings: readonly Finding[],
  decisionOf: (f: Finding) => Decision | undefined = () => undefined,
): Card[] {
  const cards = new Map<string, Card>();
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    const id = cardId(f);
    const card = cards.get(id) ?? { id, type: f.type, findings: [], texts: [], disposition: f.disposition };
    cards.set(id, card);
    card.findings.push(f);
    if (!card.texts.some((t) => normalizedKey(t) === normalizedKey(f.text))) card.texts.push(f.text);
    if (RANK[f.disposition] > RANK[card.disposition]) card.disposition = f.disposition;
  }
  for (const card of cards.values()) {
    const decided = card.findings
      .map(decisionOf)
      .filter((d): d is Decision => d !== undefined && d.action !== 'redacted');
    const latest = decided.sort((a, b) => a.at.localeCompare(b.at)).at(-1);
    if (!latest) continue;
    card.decision = latest;
    card.disposition = latest.action === 'flagged' ? 'flag' : 'public';
  }
  return [...cards.values()];
}

export function groupCards(cards: readonly Card[]): Record<Disposition, Card[]> {
  const groups = Object.fromEntries(DISPOSITIONS.map((d) => [d, [] as Card[]])) as unknown as Record<
    Disposition,
    Card[]
  >;
  for (const card of cards) groups[card.disposition].push(card);
  return groups;
}

/** Where a mention is, in the reviewer's words: "Paragraph 5", "A comment", "The file's properties: subject". */
export function placeLabel(f: Finding): string {
  const { kind, paragraph, part, property } = f.location;
  const inBody = part === 'body' && paragraph !== undefined;
  if (kind === 'paragraph' && inBody) return `Paragraph ${paragraph + 1}`;
  const label = BLOCK_KIND_LABELS[kind] ?? kind;
  const base = `${label[0]!.toUpperCase()}${label.slice(1)}`;
  if (property) return `${base}: ${property}`;
  return inBody ? `${base}, paragraph ${paragraph + 1}` : base;
}

/** The places of a card's mentions, each once, with how many mentions it holds. */
export function placesOf(card: Card): { label: string; first: Finding; count: number }[] {
  const places = new Map<string, { label: string; first: Finding; count: number }>();
  for (const f of card.findings) {
    const label = placeLabel(f);
    const known = places.get(label);
    if (known) known.count++;
    else places.set(label, { label, first: f, count: 1 });
  }
  return [...places.values()];
}
