// What every detector may ask of the document beyond its own block: the policy, the jurisdiction,
// the section a block sits in, and whether it sits in an officer's contact details.
import type { Block, DocumentModel } from '../model/document.ts';
import type { Jurisdiction } from '../model/finding.ts';
import type { Policy } from '../policy/schema.ts';
import { hasCue } from './match.ts';
import { isHeadingBlock } from '../sections/headings.ts';

export interface ScanContext {
  doc: DocumentModel;
  policy: Policy;
  jurisdiction: Jurisdiction;
  /** Index of a block in doc.blocks. */
  indexOf(block: Block): number;
  /** The nearest heading above a block, if any. */
  headingOf(block: Block): Block | undefined;
  /** True where the block belongs to an officer's contact or sign-off details. */
  isContactDetails(block: Block): boolean;
  /** True for an email domain of a public body (the council's own, .gov.uk, nhs.net, ...). */
  isPublicDomain(domain: string): boolean;
}

// Words that open an officer's contact or sign-off lines in committee reports.
const CONTACT_CUES = [
  'contact', 'contact officer', 'contact details', 'report author', 'author', 'lead officer',
  'verified by', 'implications verified by', 'comments:', 'financial comments', 'legal comments',
  'telephone', 'tel', 'tel.', 'phone', 'email', 'e-mail', 'direct line', 'ext', 'extension',
  'background papers', 'report of', 'accountable director', 'head of service',
];

// Public bodies whose addresses are work contacts wherever they appear.
const PUBLIC_SUFFIXES = [
  'gov.uk', 'gov.wales', 'llyw.cymru', 'nhs.net', 'nhs.uk', 'nhs.scot', 'police.uk', 'parliament.uk',
  'senedd.wales', 'sch.uk', 'ac.uk', 'mod.uk', 'ofsted.gov.uk', 'cafcass.gov.uk',
];

/** How many blocks above a line can still carry the "Contact:" cue that governs it. */
const CONTACT_REACH = 3;

export function createContext(doc: DocumentModel, policy: Policy, jurisdiction: Jurisdiction): ScanContext {
  const index = new Map(doc.blocks.map((b, i) => [b.id, i]));
  const headings: (Block | undefined)[] = [];
  let current: Block | undefined;
  for (const block of doc.blocks) {
    if (isHeadingBlock(block)) current = block;
    headings.push(current);
  }
  const councilDomains = policy.councilDomains.map((d) => d.toLowerCase());
  const isPublicDomain = (domain: string): boolean => {
    const d = domain.toLowerCase();
    return [...councilDomains, ...PUBLIC_SUFFIXES].some((s) => d === s || d.endsWith(`.${s}`));
  };
  const contactCache = new Map<number, boolean>();
  const isContactDetails = (block: Block): boolean => {
    const i = index.get(block.id) ?? -1;
    const cached = contactCache.get(i);
    if (cached !== undefined) return cached;
    let result = false;
    for (let j = i; j >= 0 && j >= i - CONTACT_REACH && !result; j--) {
      const b = doc.blocks[j]!;
      if (j < i && isHeadingBlock(b)) break;
      const lead = b.text.slice(0, 60);
      result = hasCue(lead, CONTACT_CUES) || hasPublicEmail(b.text, isPublicDomain);
    }
    contactCache.set(i, result);
    return result;
  };
  return {
    doc,
    policy,
    jurisdiction,
    indexOf: (block) => index.get(block.id) ?? -1,
    headingOf: (block) => headings[index.get(block.id) ?? -1],
    isContactDetails,
    isPublicDomain,
  };
}

function hasPublicEmail(text: string, isPublicDomain: (d: string) => boolean): boolean {
  for (const m of text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) if (isPublicDomain(m[1]!)) return true;
  return false;
}
