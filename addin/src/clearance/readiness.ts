// "Ready to publish?": nothing left to deal with or decide in any part, every required section present,
// and the exempt-information advice consistent; otherwise the list of what remains, in the reviewer's words.
import {
  BLOCK_KIND_LABELS,
  SECTION_KEYS,
  SECTION_LABELS,
  type Finding,
  type ScanReport,
} from '../../../shared/index.ts';
import type { Card } from './groups.ts';

export interface Readiness {
  ready: boolean;
  remaining: string[];
  /** What this host could not check, which the reviewer must check by hand. */
  unchecked: string[];
}

export const sectionTitle = (key: (typeof SECTION_KEYS)[number]): string => `${SECTION_LABELS[key]} implications`;

export function readiness(
  report: ScanReport,
  cards: readonly Card[],
  unchecked: readonly string[],
  outdatedWording: readonly string[] = [],
): Readiness {
  const remaining: string[] = [];
  const toDeal = cards.filter((c) => c.disposition === 'flag');
  const toDecide = cards.filter((c) => c.disposition === 'review');
  if (toDeal.length)
    remaining.push(
      `${count(toDeal.length, 'identifying detail')} to deal with (${countByKind(toDeal.flatMap((c) => c.findings))}).`,
    );
  if (toDecide.length) remaining.push(`${count(toDecide.length, 'detail')} for your decision.`);
  if (report.documentKind === 'report') {
    for (const key of SECTION_KEYS) {
      const section = report.sections[key];
      if (section.status === 'missing') remaining.push(`${sectionTitle(key)}: missing.`);
      else if (section.status === 'placeholder')
        remaining.push(`${sectionTitle(key)}: only placeholder text. ${section.reason}`);
    }
  }
  for (const issue of report.exempt.issues) if (issue.severity !== 'low') remaining.push(issue.message);
  remaining.push(...outdatedWording);
  return { ready: remaining.length === 0, remaining, unchecked: [...unchecked] };
}

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

function countByKind(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const where =
      f.location.kind === 'paragraph' ||
      f.location.kind === 'heading' ||
      f.location.kind === 'list-item' ||
      f.location.kind === 'table-cell'
        ? 'the text'
        : BLOCK_KIND_LABELS[f.location.kind];
    counts.set(where, (counts.get(where) ?? 0) + 1);
  }
  return [...counts].map(([where, n]) => `${n} in ${where}`).join(', ');
}
