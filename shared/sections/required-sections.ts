// Checks the four implications sections every report must carry: present, placeholder or missing.
import type { Block, DocumentModel } from '../model/document.ts';
import {
  SECTION_KEYS,
  type DocumentKind,
  type SectionKey,
  type SectionLanguage,
  type SectionStatus,
} from '../model/report.ts';
import { hasCue } from '../engine/match.ts';
import { classifyDocument } from './document-kind.ts';
import cpCues from '../lexicons/corporate-parenting-cues.json' with { type: 'json' };
import signOff from '../lexicons/sign-off-labels.json' with { type: 'json' };
import {
  isHeadingBlock,
  isHeadingText,
  isPlaceholderText,
  sectionKeysOf,
  sectionMatchesOf,
  startsClosingMatter,
  stripNumbering,
  type MatchOptions,
} from './headings.ts';

/** How far a section may run without another heading: beyond this it is the rest of the report. */
const MAX_SECTION_BLOCKS = 25;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Sign-off lines name who checked a section; they are not its content: "Verified by:", "Legal officer consulted:",
// "Wedi'i wirio gan:", or a contact label from the lexicon ("Tel:", "Cyswllt:").
const SIGN_OFF = new RegExp(
  String.raw`^(?:(?:implications\s+)?verified\s+by|(?:finance|financial|legal|equality)\s+(?:comments|officer|officer consulted)[^:]*|comments\s+(?:provided\s+)?by|[\w ]*(?:provided|consulted|cleared|approved)\s+by|wedi['’]i (?:wirio|gymeradwyo) gan|sylwadau gan|${[...signOff.labels, ...signOff.welshLabels].map(escapeRegExp).join('|')})\s*:`,
  'i',
);

// Papers other than reports name portfolios and officers ("Finance and Resources", "the Monitoring Officer"):
// there only a heading that speaks of implications or comments opens a section.
const NOT_REPORTS: ReadonlySet<DocumentKind> = new Set(['minutes', 'agenda', 'decision-notice', 'web-page']);

const LANGUAGE_WORDS: Record<SectionLanguage, string> = {
  cy: 'in Welsh',
  en: 'in English',
  both: 'in both Welsh and English',
};

const RANK = { missing: 0, placeholder: 1, present: 2 } as const;

interface SectionCandidate {
  key: SectionKey;
  language: SectionLanguage;
  heading: Block;
  headingText: string;
  content: string;
}

/**
 * The state of each required section. A section present in either language is present; `language` says which
 * (a bilingual heading, or a section written once in each language, is "both").
 */
export function checkSections(
  doc: DocumentModel,
  extraHeadings: Partial<Record<SectionKey, string[]>> = {},
): Record<SectionKey, SectionStatus> {
  const found = findSectionCandidates(doc, {
    extra: extraHeadings,
    implicationsOnly: NOT_REPORTS.has(classifyDocument(doc)),
  });
  const result = {} as Record<SectionKey, SectionStatus>;
  for (const key of SECTION_KEYS) {
    const judged = found.filter((f) => f.key === key).map((c) => ({ c, status: judge(c) }));
    const rank = Math.max(-1, ...judged.map((j) => RANK[j.status.status]));
    const best = judged.filter((j) => RANK[j.status.status] === rank);
    if (!best.length) {
      result[key] = {
        status: 'missing',
        reason: `No ${LABEL[key]} section heading was found, in English or in Welsh.`,
      };
      continue;
    }
    const languages = new Set(best.map((j) => j.c.language));
    const language: SectionLanguage = languages.has('both') || languages.size > 1 ? 'both' : [...languages][0]!;
    const first = best[0]!.status;
    result[key] = {
      ...first,
      language,
      reason: `${first.reason} (${LANGUAGE_WORDS[language]}${
        best.length > 1
          ? `; also under ${best
              .slice(1)
              .map((j) => `"${j.c.headingText}"`)
              .join(', ')}`
          : ''
      })`,
    };
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
  const words = content.replace(/[’‘]/g, "'");
  // A corporate parenting section must speak of children in care and care leavers, or say why it need not.
  if (key === 'corporate-parenting' && !hasCue(words, cpCues.subject) && !hasCue(words, cpCues.noImplicationsReasons)) {
    return {
      ...base,
      status: 'placeholder',
      reason: `The section under "${headingText}" neither addresses children in care and care leavers nor says why there are no implications.`,
    };
  }
  return { ...base, status: 'present', reason: `Found under "${headingText}".` };
}

function findSectionCandidates(doc: DocumentModel, options: MatchOptions): SectionCandidate[] {
  const out: SectionCandidate[] = [];
  doc.blocks.forEach((block, i) => {
    if (block.kind === 'table-cell' && block.origin.column === 0) {
      // An implications table: the row's first cell names the section, the others hold it.
      if (isHeadingText(block.text))
        for (const m of sectionMatchesOf(block.text, options))
          out.push({ ...m, heading: block, headingText: headingTextOf(block), content: rowRest(doc.blocks, i) });
      return;
    }
    if (isHeadingBlock(block)) {
      for (const m of sectionMatchesOf(block.text, options))
        out.push({ ...m, heading: block, headingText: headingTextOf(block), content: sectionContent(doc.blocks, i) });
      return;
    }
    const inline = splitInlineHeading(block.text);
    if (inline) {
      for (const m of sectionMatchesOf(inline.heading, options))
        out.push({
          ...m,
          heading: block,
          headingText: inline.heading,
          content: inline.rest.trim() ? inline.rest : sectionContent(doc.blocks, i),
        });
    }
  });
  return out;
}

const headingTextOf = (block: Block): string =>
  block.text
    .replace(/\*\*|__/g, '')
    .replace(/^\s*#+\s*/, '')
    .trim();

// Both inline patterns need one of these words; they are slow to try at every character of every paragraph.
const INLINE_HEADING_WORD = /implication|goblygiad/i;

/** "Legal implications: none." or "Goblygiadau cyfreithiol: dim." as one line: the heading and its content. */
function splitInlineHeading(text: string): { heading: string; rest: string } | undefined {
  if (!INLINE_HEADING_WORD.test(text)) return undefined;
  const m =
    /^(.{3,60}?implications?|goblygiad(?:au)?.{3,60}?)\s*[:–—]\s*(.*)$/isu.exec(text.trim()) ??
    /^(.{3,60}?implications?)\s*-\s*(.*)$/is.exec(text.trim());
  return m ? { heading: m[1]!.trim(), rest: m[2]! } : undefined;
}

function sectionContent(blocks: Block[], headingIndex: number): string {
  const parts: string[] = [];
  for (let j = headingIndex + 1; j < blocks.length && j <= headingIndex + MAX_SECTION_BLOCKS; j++) {
    const b = blocks[j]!;
    // The first line under a heading is its content even when it is short and has no full stop
    // ("Awaiting comments from Finance"), unless it is itself a numbered or styled heading.
    const firstLine =
      j === headingIndex + 1 &&
      b.kind === 'paragraph' &&
      b.headingLevel === undefined &&
      stripNumbering(b.text) === b.text.trim() &&
      !sectionKeysOf(b.text).length &&
      isSentenceCase(b.text);
    if (
      (isHeadingBlock(b) && !firstLine) ||
      startsClosingMatter(b.text) ||
      b.kind === 'header' ||
      b.kind === 'footer' ||
      b.kind === 'comment' ||
      b.kind === 'property'
    )
      break;
    // "5.1 TBC" is a placeholder under a numbered sub-paragraph: its number is not content.
    if (!SIGN_OFF.test(stripNumbering(b.text))) parts.push(stripNumbering(b.text));
  }
  return parts.join('\n');
}

/** "Awaiting comments from Finance" reads as a sentence; "Background Papers" reads as the next heading. */
const isSentenceCase = (text: string): boolean => text.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).length >= 2;

function rowRest(blocks: Block[], i: number): string {
  const row = blocks[i]!.origin.row;
  const parts: string[] = [];
  for (let j = i + 1; j < blocks.length && blocks[j]!.kind === 'table-cell' && blocks[j]!.origin.row === row; j++)
    parts.push(blocks[j]!.text);
  return parts.join('\n');
}
