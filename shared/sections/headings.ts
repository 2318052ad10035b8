// Recognises headings in any source (Word styles, bold lines, numbered lines in text) and which
// required section a heading opens.
import type { Block } from '../model/document.ts';
import type { SectionKey } from '../model/report.ts';
import { SECTION_KEYS } from '../model/report.ts';
import { hasCue } from '../engine/match.ts';
import data from './headings.json' with { type: 'json' };

const NUMBERING = /^\s*(?:(?:section|part)\s+)?(?:\d+(?:\.\d+)*\.?|[A-Z]\.|\([a-z0-9]+\)|[ivx]+\.)\s+/i;
const PLACEHOLDERS = new Set(data.placeholders);

/** Strips "6.4", "7.", "(a)" and similar numbering from the start of a heading. */
export const stripNumbering = (text: string): string => text.replace(NUMBERING, '').trim();

/** Reduces text to the words that decide whether it is a placeholder ("[TBC]." → "tbc"). */
export const normalisePlaceholder = (text: string): string =>
  text.toLowerCase().replace(/[[\]().:;!*_"']/g, ' ').replace(/\s+/g, ' ').trim();

// Short notes that promise content rather than give it: "Awaiting comments from Finance", "Legal comments to follow".
const PROMISE = /^(?:awaiting|awaited|to follow|to be (?:confirmed|completed|added|provided|inserted|agreed|advised)|tbc|tba|tbd|pending|comments (?:awaited|to follow|pending)|(?:\w+ )?(?:comments|implications|advice) (?:to follow|awaited|pending|tbc))\b/;

export const isPlaceholderText = (text: string): boolean => {
  const t = normalisePlaceholder(text);
  return t === '' || PLACEHOLDERS.has(t) || /^\[[^\]]*\]\.?$/.test(text.trim()) || (t.split(' ').length <= 8 && PROMISE.test(t));
};

/** A line that reads as a heading: short, one line, no closing punctuation, not "Label: value". */
export function isHeadingText(text: string): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > 90 || /[\t\n]/.test(t)) return false;
  if (/[.,;:!?]$/.test(t) || /:\s+\S/.test(t)) return false;
  const body = stripNumbering(t);
  if (!/^[\p{Lu}\p{N}]/u.test(body) || isPlaceholderText(body)) return false;
  const words = body.split(/\s+/);
  return words.length <= 12 && words.some((w) => /\p{L}{3,}/u.test(w)) && !/^[£$\d.,%\s-]+$/.test(body);
}

export function isHeadingBlock(block: Block): boolean {
  if (block.kind === 'heading' || block.headingLevel !== undefined) return true;
  if (block.kind !== 'paragraph' && block.kind !== 'list-item') return false;
  return isHeadingText(block.text);
}

/** Which required sections a heading opens ("Financial and legal implications" opens two). */
export function sectionKeysOf(heading: string, extra: Partial<Record<SectionKey, string[]>> = {}): SectionKey[] {
  const text = stripNumbering(heading).replace(/[–—-]\s*$/, '');
  if (hasCue(text, data.notSections)) return [];
  // "6. Care leavers" is a section about care leavers; "Implications for care leavers" is the required one.
  const implications = hasCue(text, data.implicationWords);
  return SECTION_KEYS.filter((key) => {
    const subjects = (data.subjectOnly as Partial<Record<SectionKey, string[]>>)[key] ?? [];
    return hasCue(text, [...data.sections[key], ...(extra[key] ?? []).map((s) => s.toLowerCase())]) || (implications && hasCue(text, subjects));
  });
}
