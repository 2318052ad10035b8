// Checks the Schedule 12A paragraphs a council page cites for keeping a paper private against what the paper holds.
import type { ExemptAdvice } from '../../shared/index.ts';
import type { RestrictionCitation } from './page-types.ts';

export interface CitationCheck {
  cited: number[];
  /** Cited, and the paper holds information of that kind. */
  supported: number[];
  /** Cited, but nothing in the paper points to that paragraph. */
  unsupported: number[];
  /** The paper holds information of this kind, but the page does not cite it. */
  uncited: number[];
  messages: string[];
}

export function checkCitations(citations: RestrictionCitation[], exempt: ExemptAdvice): CitationCheck | undefined {
  if (!citations.length) return undefined;
  const cited = [...new Set(citations.flatMap((c) => c.paragraphs))].sort((a, b) => a - b);
  const held = new Set(exempt.suggested.map((s) => s.paragraph));
  const supported = cited.filter((p) => held.has(p));
  const unsupported = cited.filter((p) => !held.has(p));
  const uncited = [...held].filter((p) => !cited.includes(p)).sort((a, b) => a - b);
  const messages: string[] = [];
  const parts = new Set(citations.map((c) => c.part));
  const expectedPart = exempt.jurisdiction === 'wales' ? 4 : 1;
  if (![...parts].every((part) => part === expectedPart)) {
    messages.push(
      `The page cites Part ${[...parts].join(' and ')} of Schedule 12A, but the paper reads as ${exempt.jurisdiction === 'wales' ? 'Welsh (Part 4, paragraphs 12–18)' : 'English (Part 1, paragraphs 1–7)'}.`,
    );
  }
  for (const p of unsupported)
    messages.push(`Paragraph ${p} is cited, but nothing in the paper points to information of that kind.`);
  for (const p of uncited) {
    const reason = exempt.suggested.find((s) => s.paragraph === p)?.reason ?? '';
    messages.push(
      `The paper holds information under paragraph ${p}, which the page does not cite${reason ? `: ${reason}` : '.'}`,
    );
  }
  return { cited, supported, unsupported, uncited, messages };
}
