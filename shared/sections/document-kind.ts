// What kind of paper this is. Implications sections belong to reports; minutes, agendas, decision
// notices and web pages are not checked for them, so a clean agenda never reads "all missing".
import type { Block, DocumentModel } from '../model/document.ts';
import type { DocumentKind } from '../model/report.ts';
import words from '../lexicons/document-kinds.json' with { type: 'json' };

/** How much of the paper's opening decides what it is: its title and first headings. */
const OPENING_BLOCKS = 12;

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/^[\d.\s]+/, '')
    .replace(/[:.]+\s*$/, '')
    .trim();

const startsWithAny = (text: string, cues: readonly string[]): boolean =>
  cues.some((c) => text === c || (text.startsWith(c) && !/\p{L}/u.test(text[c.length] ?? ' ')));

export function classifyDocument(doc: DocumentModel): DocumentKind {
  const visible = doc.blocks.filter((b) => b.origin.part === 'body');
  const opening = visible.slice(0, OPENING_BLOCKS).map((b) => normalise(b.text));
  const headings = visible.filter(isHeadingLike).map((b) => normalise(b.text));
  const reportHeadings = headings.filter((h) => startsWithAny(h, words.report) || h.includes('implications') || h.includes('goblygiadau'));
  if (opening.some((t) => startsWithAny(t, words.decisionNotice))) return 'decision-notice';
  if (opening.some((t) => startsWithAny(t, words.minutes.slice(0, 3)))) return 'minutes';
  // A report's own structure outweighs a "Present" line it quotes.
  if (reportHeadings.length >= 2) return 'report';
  if (opening.filter((t) => startsWithAny(t, words.minutes)).length >= 2) return 'minutes';
  if (opening.some((t) => startsWithAny(t, words.agenda))) return 'agenda';
  if (reportHeadings.length === 1) return 'report';
  return doc.format === 'html' || doc.format === 'web' ? 'web-page' : 'other';
}

/** A heading, or a short line that stands as one in plain text. */
function isHeadingLike(block: Block): boolean {
  return block.kind === 'heading' || block.headingLevel !== undefined || (block.text.length <= 80 && !/[.;,]$/.test(block.text.trim()));
}
