// Checks the four implications sections every report must carry: present, placeholder or missing.
import type { Block, DocumentModel } from '../model/document.ts';
import { SECTION_KEYS, type SectionKey, type SectionStatus } from '../model/report.ts';
import { hasCue } from '../engine/match.ts';
import { isHeadingBlock, isHeadingText, isPlaceholderText, sectionKeysOf, stripNumbering } from './headings.ts';

/** How far a section may run without another heading: beyond this it is the rest of the report. */
const MAX_SECTION_BLOCKS = 25;

// Sign-off lines name who checked a section; they are not its content.
const SIGN_OFF = /^(?:(?:implications\s+)?verified\s+by|(?:finance|financial|legal|equality)\s+(?:comments|officer|officer consulted)[^:]*|comments\s+(?:provided\s+)?by|[\w ]*(?:provided|consulted|cleared|approved)\s+by|tel(?:ephone)?\.?|e-?mail|contact|name|direct line)\s*:/i;

// What a corporate parenting section must speak of to count as present (or give a reason why not).
const CP_SUBJECT = [
  'children in care', 'child in care', 'looked after', 'looked-after', 'care leaver', 'care leavers',
  'care experienced', 'care-experienced', 'corporate parent', 'corporate parenting', 'children we look after',
  'children and young people in care', 'young people leaving care',
];
const REASON_CUES = ['because', 'as the', 'as this', 'as it', 'since', 'does not', 'do not', 'will not', 'no direct', 'not affect', 'no impact', 'no implications'];

const RANK = { missing: 0, placeholder: 1, present: 2 } as const;

interface SectionCandidate { key: SectionKey; heading: Block; headingText: string; content: string }

export function checkSections(doc: DocumentModel, extraHeadings: Partial<Record<SectionKey, string[]>> = {}): Record<SectionKey, SectionStatus> {
  const found = findSectionCandidates(doc, extraHeadings);
  const result = {} as Record<SectionKey, SectionStatus>;
  for (const key of SECTION_KEYS) {
    let best: SectionStatus = { status: 'missing', reason: `No ${LABEL[key]} section heading was found.` };
    for (const c of found.filter((f) => f.key === key)) {
      const status = judge(c);
      if (RANK[status.status] > RANK[best.status]) best = status;
    }
    result[key] = best;
  }
  return result;
}

const LABEL: Record<SectionKey, string> = {
  'corporate-parenting': 'corporate parenting implications',
  equality: 'equality implications',
  legal: 'legal implications',
  financial: 'financial implications',
};

function judge({ key, heading, headingText, content }: SectionCandidate): SectionStatus {
  const base = { heading: headingText, headingBlockId: heading.id };
  if (isPlaceholderText(content)) {
    const shown = content.trim() ? `only "${content.trim().slice(0, 40)}"` : 'nothing';
    return { ...base, status: 'placeholder', reason: `The section under "${headingText}" contains ${shown}.` };
  }
  if (key === 'corporate-parenting' && !hasCue(content, CP_SUBJECT) && !hasCue(content, REASON_CUES)) {
    return { ...base, status: 'placeholder', reason: `The section under "${headingText}" neither addresses children in care and care leavers nor says why there are no implications.` };
  }
  return { ...base, status: 'present', reason: `Found under "${headingText}".` };
}

function findSectionCandidates(doc: DocumentModel, extra: Partial<Record<SectionKey, string[]>>): SectionCandidate[] {
  const out: SectionCandidate[] = [];
  doc.blocks.forEach((block, i) => {
    const inline = splitInlineHeading(block.text);
    if (block.kind === 'table-cell' && block.origin.column === 0) {
      // An implications table: the row's first cell names the section, the others hold it.
      for (const key of sectionKeysOf(block.text, extra)) if (isHeadingText(block.text)) out.push({ key, heading: block, headingText: block.text.trim(), content: rowRest(doc.blocks, i) });
    } else if (isHeadingBlock(block)) {
      for (const key of sectionKeysOf(block.text, extra)) out.push({ key, heading: block, headingText: block.text.trim(), content: sectionContent(doc.blocks, i) });
    } else if (inline) {
      for (const key of sectionKeysOf(inline.heading, extra)) out.push({ key, heading: block, headingText: inline.heading, content: inline.rest.trim() ? inline.rest : sectionContent(doc.blocks, i) });
    }
  });
  return out;
}

/** "Legal implications: none." as one line: the heading and its content. */
function splitInlineHeading(text: string): { heading: string; rest: string } | undefined {
  const m = /^(.{3,60}?implications?)\s*[:–—-]\s*(.*)$/is.exec(text.trim());
  return m ? { heading: m[1]!.trim(), rest: m[2]! } : undefined;
}

function sectionContent(blocks: Block[], headingIndex: number): string {
  const parts: string[] = [];
  for (let j = headingIndex + 1; j < blocks.length && j <= headingIndex + MAX_SECTION_BLOCKS; j++) {
    const b = blocks[j]!;
    // The first line under a heading is its content even when it is short and has no full stop
    // ("Awaiting comments from Finance"), unless it is itself a numbered or styled heading.
    const firstLine = j === headingIndex + 1 && b.kind === 'paragraph' && b.headingLevel === undefined && stripNumbering(b.text) === b.text.trim() && !sectionKeysOf(b.text).length && isSentenceCase(b.text);
    if ((isHeadingBlock(b) && !firstLine) || b.kind === 'header' || b.kind === 'footer' || b.kind === 'comment' || b.kind === 'property') break;
    if (!SIGN_OFF.test(stripNumbering(b.text))) parts.push(b.text);
  }
  return parts.join('\n');
}

/** "Awaiting comments from Finance" reads as a sentence; "Background Papers" reads as the next heading. */
const isSentenceCase = (text: string): boolean => text.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).length >= 2;

function rowRest(blocks: Block[], i: number): string {
  const row = blocks[i]!.origin.row;
  const parts: string[] = [];
  for (let j = i + 1; j < blocks.length && blocks[j]!.kind === 'table-cell' && blocks[j]!.origin.row === row; j++) parts.push(blocks[j]!.text);
  return parts.join('\n');
}
