// What the paper says about itself: public or exempt, and which Schedule 12A paragraphs it cites
// (with the Part it names), so the advice can check the paper against its own content.
import type { DocumentModel } from '../model/document.ts';

export interface Citation {
  paragraphs: number[];
  /** The Part named with the paragraphs ("of Part 1"), when the paper names one. */
  part?: number;
  /** Offset in the document text. */
  start: number;
  /** Whether the public interest test is claimed in the citing passage. */
  publicInterest: boolean;
}

export interface PaperClassification {
  classification: 'public' | 'exempt' | 'unknown';
  /** The words that decided it, for the reason shown to the user. */
  evidence?: string;
  citations: Citation[];
}

/** The masthead, where a paper states its own status; later mentions (a minuted resolution for another item) do not count. */
const HEAD_CHARS = 1500;

const EXEMPT_MARKS = [
  /\bnot for publication\b/i,
  /\bexempt (item|report|information)\b/i,
  /\bpart (ii|b|2)\s*[–—-]\s*exempt\b/i,
  /\b(?:Part|PART) (?:B|II)\b/,
  /\beitem eithriedig\b/i,
  /\b(status|classification):\s*(exempt|confidential|restricted|private)\b/i,
  /\b(this|the) report is (exempt|confidential|not for publication)\b/i,
  /\bIs this report confidential\?\s*Yes\b/i,
];
const NOT_EXEMPT = /\b(exempt|confidential) (information|report|item)\??:?\s*(no|none|n\/a)\b/gi;
const PUBLIC_MARKS = [
  /\b(exempt|confidential) (information|report|item)\??:?\s*(no|none|n\/a)\b/i,
  /\b(this|the) report is public\b/i,
  /\b(status|classification):\s*(open|public)\b/i,
  /\bIs this report confidential\?\s*No\b/i,
  /\bpublic \/ cyhoeddus\b/i,
  /\bcyhoeddus \/ public\b/i,
];

// "paragraph 3", "paragraphs 1 and 3", "paragraph(s) 3, 7", "Paragraff(au) 13, 14 Rhan 4".
const CITATION =
  /\b(?:paragraphs?|paragraph\(s\)|paragraff(?:au|\(au\))?)\s+(\d{1,2}[a-c]?(?:\s*(?:,|and|&|or|a)\s*\d{1,2}[a-c]?)*)(?:\s+(?:of\s+)?(?:Part|Rhan)\s+(\d))?/gi;

export function readClassification(doc: DocumentModel): PaperClassification {
  // "Exempt information: None" is a template field saying the opposite; take it out before looking for marks.
  const head = doc.text.slice(0, HEAD_CHARS);
  const exempt = firstMatch(head.replace(NOT_EXEMPT, ' '), EXEMPT_MARKS);
  const open = firstMatch(head, PUBLIC_MARKS);
  // A paper marked both ("Part B" over a "public" template line) is treated as exempt: the stricter reading.
  const classification = exempt ? 'exempt' : open ? 'public' : 'unknown';
  return {
    classification,
    ...((exempt ?? open) && { evidence: (exempt ?? open)! }),
    citations: readCitations(doc.text),
  };
}

function firstMatch(text: string, patterns: readonly RegExp[]): string | undefined {
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (m) return m[0].trim();
  }
  return undefined;
}

/** Schedule 12A citations: a paragraph list in a passage that names Schedule 12A (or Atodlen 12A). */
export function readCitations(text: string): Citation[] {
  const out: Citation[] = [];
  for (const passage of passages(text)) {
    if (!/\b(schedule|atodlen)\s+12\s?a\b/i.test(passage.text)) continue;
    for (const m of passage.text.matchAll(CITATION)) {
      const paragraphs = [...new Set(m[1]!.match(/\d+/g)!.map(Number))];
      out.push({
        paragraphs,
        ...(m[2] !== undefined && { part: Number(m[2]) }),
        start: passage.start + (m.index ?? 0),
        publicInterest: /\bpublic interest\b/i.test(passage.text),
      });
    }
  }
  return out;
}

/** Paragraph-sized passages (split on blank lines), each with the line after it when that carries on the notice. */
function passages(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  const found = [...text.matchAll(pattern)].map((m) => ({ start: m.index ?? 0, text: m[0] }));
  found.forEach((p, i) => {
    const next = found[i + 1];
    // A notice often puts the public interest sentence in the paragraph after the citation.
    out.push({
      start: p.start,
      text:
        next && /\bpublic interest\b/i.test(next.text) && !/\b(schedule|atodlen)\s+12\s?a\b/i.test(next.text)
          ? `${p.text}\n${next.text}`
          : p.text,
    });
  });
  return out;
}

/** Unique cited paragraph numbers, in order. */
export const declaredParagraphs = (citations: readonly Citation[]): number[] =>
  [...new Set(citations.flatMap((c) => c.paragraphs))].sort((a, b) => a - b);
