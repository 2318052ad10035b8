// Repeated mentions of one person or one detail become one entry listing every place, in the three
// groups a reviewer works through: to deal with, for a decision, left alone.
import { BLOCK_KIND_LABELS, DISPOSITIONS, HIDDEN_BLOCK_KINDS, normalizedKey } from '../shared/index.ts';
import type { Disposition, Finding } from '../shared/index.ts';

export interface FindingGroup {
  disposition: Disposition;
  /** The first mention, which speaks for the group (its type, role, message and question). */
  first: Finding;
  /** Indexes into report.findings, in document order. */
  indexes: number[];
  /** The different ways the text is written ("Jayden Cole", "Jayden"). */
  texts: string[];
  places: string[];
}

export function groupFindings(findings: readonly Finding[]): Record<Disposition, FindingGroup[]> {
  const groups = new Map<string, FindingGroup>();
  const order = findings.map((f, i) => [f, i] as const).sort(([a], [b]) => a.start - b.start);
  for (const [f, i] of order) {
    const key = `${f.disposition} ${f.personId ? `person ${f.personId}` : `${f.type} ${normalizedKey(f.text)}`}`;
    const group = groups.get(key) ?? { disposition: f.disposition, first: f, indexes: [], texts: [], places: [] };
    groups.set(key, group);
    group.indexes.push(i);
    const text = f.text.replace(/\s+/g, ' ');
    if (!group.texts.includes(text)) group.texts.push(text);
    const place = placeOf(f);
    if (!group.places.includes(place)) group.places.push(place);
  }
  const byDisposition = Object.fromEntries(DISPOSITIONS.map((d) => [d, [] as FindingGroup[]])) as Record<
    Disposition,
    FindingGroup[]
  >;
  for (const g of groups.values()) byDisposition[g.disposition].push(g);
  return byDisposition;
}

/** Where a finding is, as a reviewer finds it: "page 3", "para 4, in a tracked deletion". */
export function placeOf(f: Finding): string {
  const l = f.location;
  const place =
    l.page !== undefined
      ? `page ${l.page}`
      : l.line !== undefined
        ? `line ${l.line}`
        : l.property
          ? `property ${l.property}`
          : l.part === 'body'
            ? `para ${(l.paragraph ?? 0) + 1}`
            : l.part;
  return HIDDEN_BLOCK_KINDS.has(l.kind) && l.kind !== 'property' ? `${place}, in ${BLOCK_KIND_LABELS[l.kind]}` : place;
}

/** What the reviewer is told about the group: the reason it is left alone, the question, or what to do. */
export function explanationOf(g: FindingGroup): string {
  const f = g.first;
  if (g.disposition === 'review') return f.question ?? f.message;
  return f.suggestion && g.disposition === 'flag' ? `${f.message} → ${f.suggestion}` : f.message;
}
