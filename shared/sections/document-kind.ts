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

// "Record of Officer Executive Decision", "Cofnod o Benderfyniad gan Aelod Cabinet": however the record is worded.
const DECISION_RECORD = /^(?:record of\b.{0,40}\bdecision|cofnod o\b.{0,40}\bbenderfyniad)/;

const startsWithAny = (text: string, cues: readonly string[]): boolean =>
  cues.some((c) => text === c || (text.startsWith(c) && !/\p{L}/u.test(text[c.length] ?? ' ')));

// Asked of one paper by the scan, the section check and the people stage: worked out once.
const kinds = new WeakMap<DocumentModel, DocumentKind>();

export function classifyDocument(doc: DocumentModel): DocumentKind {
  let kind = kinds.get(doc);
  if (kind === undefined) kinds.set(doc, (kind = classify(doc)));
  return kind;
}

function classify(doc: DocumentModel): DocumentKind {
  const visible = doc.blocks.filter((b) => b.origin.part === 'body');
  const opening = visible.slice(0, OPENING_BLOCKS).map((b) => normalise(b.text));
  const headings = visible.filter(isHeadingLike).map((b) => normalise(b.text));
  const reportHeadings = headings.filter(
    (h) => startsWithAny(h, words.report) || h.includes('implications') || h.includes('goblygiadau'),
  );
  if (opening.some((t) => startsWithAny(t, words.decisionNotice) || DECISION_RECORD.test(t))) return 'decision-notice';
  // A web page for one agenda item ("Agenda item", then its title) holds that item's minute under a "Minutes:"
  // label once the meeting is held; an item titled "Minutes" is the one that approves them.
  if (startsWithAny(opening[0] ?? '', words.itemPages)) {
    if (visible.some(isMinutesLabel)) return 'minutes';
  } else if (opening.some((t) => startsWithAny(t, words.minutesTitles))) return 'minutes';
  // A report's own structure outweighs a "Present" line it quotes.
  if (reportHeadings.length >= 2) return 'report';
  if (opening.filter((t) => startsWithAny(t, words.minutes)).length >= 2) return 'minutes';
  if (opening.some((t) => startsWithAny(t, words.agenda))) return 'agenda';
  if (reportHeadings.length === 1) return 'report';
  return doc.format === 'html' || doc.format === 'web' ? 'web-page' : 'other';
}

/** "Minutes:" standing alone as the label of an item's minute (not "2. Minutes", the item that approves them). */
const isMinutesLabel = (block: Block): boolean =>
  /:\s*$/.test(block.text) && words.itemMinutesLabels.includes(normalise(block.text));

/** A heading, or a short line that stands as one in plain text. */
function isHeadingLike(block: Block): boolean {
  return (
    block.kind === 'heading' ||
    block.headingLevel !== undefined ||
    (block.text.length <= 80 && !/[.;,]$/.test(block.text.trim()))
  );
}
