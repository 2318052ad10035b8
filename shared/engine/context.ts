// What every detector may ask of the document beyond its own block: the policy, the jurisdiction,
// a block's index, and whether it sits in an officer's contact details.
import type { Block, DocumentModel } from '../model/document.ts';
import type { Jurisdiction } from '../model/finding.ts';
import type { Policy } from '../policy/schema.ts';
import contactCues from '../lexicons/contact-cues.json' with { type: 'json' };
import personEvidence from '../lexicons/person-evidence.json' with { type: 'json' };
import { escapeRegExp, hasCue } from './match.ts';
import { isHeadingBlock, stripNumbering } from '../sections/headings.ts';

export interface ScanContext {
  doc: DocumentModel;
  policy: Policy;
  jurisdiction: Jurisdiction;
  /** Index of a block in doc.blocks. */
  indexOf(block: Block): number;
  /** True where the block belongs to an officer's contact or sign-off details. */
  isContactDetails(block: Block): boolean;
  /** True for an email domain of a public body (the council's own, .gov.uk, nhs.net, ...). */
  isPublicDomain(domain: string): boolean;
}

// Labels that open an officer's contact or sign-off lines in committee reports ("Contact officer:",
// "Implications verified by:", "Tel:"). A label counts only as a label: "Contact with his mother is
// supervised" is prose about a family, not a contact block.
const CONTACT_CUES: readonly string[] = contactCues.contactLabels;

// Public bodies whose addresses are work contacts wherever they appear.
const PUBLIC_SUFFIXES: readonly string[] = contactCues.publicEmailDomains;

/** How many blocks above a line can still carry the "Contact:" cue that governs it. */
const CONTACT_REACH = 3;
/** Contact lines are short; a long paragraph below a "Contact:" line is prose, not contact details. */
const CONTACT_LINE_MAX = 200;
/** A paragraph number ("6.1 ", "7. ") before a label. */
const PARAGRAPH_NUMBER = /^\d[\d.]*\s+/;
/** "Label:" at the start of a line. */
const LABEL = /^([^:\n]{1,60}):/;
/**
 * A label that says whose number or address follows, and it is a private person's: "Her grandmother’s home phone:",
 * "Kinship carer’s mobile:", "Parents’ email:". A possessive word, a relationship in the possessive, or a home or
 * personal line; such a label opens no officer's contact details, whatever contact word it holds.
 */
const PRIVATE_OWNER = new RegExp(
  String.raw`\b(?:his|her|their|my|your)\b|\b(?:home|personal|private)\s+(?:phone|telephone|mobile|landline|number|e-?mail|address|contact)|\b(?:${Object.values(
    personEvidence.relationships,
  )
    .flat()
    .map(escapeRegExp)
    .join('|')})(?:['’]s?|s['’])(?![\p{L}])`,
  'iu',
);

export function createContext(doc: DocumentModel, policy: Policy, jurisdiction: Jurisdiction): ScanContext {
  const index = new Map(doc.blocks.map((b, i) => [b.id, i]));
  const publicDomains = [...policy.councilDomains.map((d) => d.toLowerCase()), ...PUBLIC_SUFFIXES];
  const isPublicDomain = (domain: string): boolean => {
    const d = domain.toLowerCase();
    return publicDomains.some((s) => d === s || d.endsWith(`.${s}`));
  };
  // A block's contact-line fact, worked out once: every block below may ask it of the blocks above it.
  const contactLineAt = memoByIndex((i) => isContactLine(doc.blocks[i]!, isPublicDomain));
  const contactDetailsAt = memoByIndex((i) => {
    const block = doc.blocks[i]!;
    let result = contactLineAt(i);
    if (!result && block.text.length <= CONTACT_LINE_MAX) {
      for (let j = i - 1; j >= 0 && j >= i - CONTACT_REACH && !result; j--) {
        const above = doc.blocks[j]!;
        // The body's closing "Contact:" lines do not reach into a header, a comment or a property.
        if (!sameStory(above, block)) break;
        result = contactLineAt(j) || (isHeadingBlock(above) && hasCue(above.text, CONTACT_CUES));
        if ((isHeadingBlock(above) && isSectionHeading(above)) || above.text.length > CONTACT_LINE_MAX) break;
      }
    }
    return result;
  });
  return {
    doc,
    policy,
    jurisdiction,
    indexOf: (block) => index.get(block.id) ?? -1,
    isContactDetails: (block) => {
      const i = index.get(block.id);
      return i === undefined ? isContactLine(block, isPublicDomain) : contactDetailsAt(i);
    },
    isPublicDomain,
  };
}

function memoByIndex<T>(compute: (index: number) => T): (index: number) => T {
  const cache = new Map<number, T>();
  return (index) => {
    if (!cache.has(index)) cache.set(index, compute(index));
    return cache.get(index)!;
  };
}

/** Two blocks of the same part and kind: body text, one header, one comment thread... */
const sameStory = (a: Block, b: Block): boolean =>
  a.origin.part === b.origin.part && (a.kind === b.kind || (!HIDDEN_KINDS.has(a.kind) && !HIDDEN_KINDS.has(b.kind)));
const HIDDEN_KINDS: ReadonlySet<Block['kind']> = new Set([
  'comment',
  'tracked-deletion',
  'hidden-text',
  'property',
  'footnote',
  'endnote',
]);

/** Of a heading block: it opens a new section; a short unnumbered line ("Telephone", "Michael Jones") may be part of a contact block. */
function isSectionHeading(block: Block): boolean {
  return (
    block.kind === 'heading' ||
    block.headingLevel !== undefined ||
    stripNumbering(block.text) !== block.text.trim() ||
    block.text.length > 40
  );
}

/** A line that is itself contact details: "Tel: ...", "Contact officer: ...", or one giving a public-body email. */
function isContactLine(block: Block, isPublicDomain: (d: string) => boolean): boolean {
  const label = LABEL.exec(block.text.replace(PARAGRAPH_NUMBER, ''))?.[1];
  if (label !== undefined && hasCue(label, CONTACT_CUES)) return !PRIVATE_OWNER.test(label);
  if (block.text.length <= 120 && cueAtStart(block.text) && /\d{3}|@/.test(block.text)) return true;
  return hasPublicEmail(block.text, isPublicDomain);
}

/** "Telephone 020 7843 6000": a cue opening a line, with no colon. */
function cueAtStart(text: string): boolean {
  const first = text.replace(/^\d+(?:\.\d+)*\.?\s+/, '').toLowerCase();
  return CONTACT_CUES.some((cue) => first.startsWith(cue) && !/[\p{L}]/u.test(first[cue.length] ?? ' '));
}

function hasPublicEmail(text: string, isPublicDomain: (d: string) => boolean): boolean {
  // Most lines hold no address: the pattern is slow to try at every word.
  if (!text.includes('@')) return false;
  for (const m of text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) if (isPublicDomain(m[1]!)) return true;
  return false;
}
