// After a redaction the document is checked again with the engine's own verifier, the one
// `clearance redact` runs on its output: the body, headers and footers are read as OOXML and searched
// as run text joined per paragraph (a name split over runs, "Tyl" + "er", is still found), as deleted
// text, hidden text and field codes, and in every attribute (a picture's alt text). Comments, notes
// and document properties are plain strings to an add-in and are searched with the engine's matcher.
// Budget: 1 context.sync().
import {
  normalizedKey,
  occurrenceFinder,
  PART_LABELS,
  verifyXml,
  type RedactionTarget,
} from '../../../shared/index.ts';
import type { Capabilities } from './capabilities.ts';
import { partName } from './go-to.ts';
import { HEADER_FOOTER_TYPES } from './read-document.ts';
import { DOCUMENT_PROPERTIES, type WordSnapshot } from './snapshot.ts';

export interface Leftover {
  text: string;
  /** Where it is still found, in the reviewer's words ('footer', 'comments'). */
  parts: string[];
}

/** What a check read, part by part: OOXML where Word gives it, plain text otherwise. */
export type CheckedPart = { part: string; xml: string } | { part: string; text: string };

/** The redacted strings still found, each once with every part that holds it. */
export function leftovers(checked: readonly CheckedPart[], redacted: readonly string[]): Leftover[] {
  const needles = [...new Set(redacted.map((t) => t.trim()).filter(Boolean))];
  const targets: RedactionTarget[] = needles.map((needle) => ({ needle, placeholder: '' }));
  const finder = occurrenceFinder(targets);
  const byKey = new Map(needles.map((n) => [normalizedKey(n), { text: n, parts: new Set<string>() }]));
  for (const source of checked) {
    const found =
      'xml' in source
        ? verifyXml(source.part, source.xml, targets).map((l) => l.text)
        : finder.find(source.text).map((o) => o.target.needle);
    for (const text of found) byKey.get(normalizedKey(text))?.parts.add(source.part);
  }
  return [...byKey.values()].filter((l) => l.parts.size).map((l) => ({ text: l.text, parts: [...l.parts] }));
}

/** Reads back every part the redaction could have left text in, in one round trip. */
export async function readForVerification(
  context: Word.RequestContext,
  snapshot: WordSnapshot,
  can: Capabilities,
): Promise<CheckedPart[]> {
  const { document } = context;
  const { body } = document;
  const ooxml: { part: string; result: OfficeExtension.ClientResult<string> }[] = [
    { part: partName('body'), result: body.getOoxml() },
  ];
  let section: Word.Section | undefined;
  for (let s = 0; s < snapshot.sectionCount; s++) {
    section = section ? section.getNext() : document.sections.getFirst();
    for (const type of HEADER_FOOTER_TYPES) {
      ooxml.push({ part: partName('header'), result: section.getHeader(type).getOoxml() });
      ooxml.push({ part: partName('footer'), result: section.getFooter(type).getOoxml() });
    }
  }
  const properties = document.properties.load(DOCUMENT_PROPERTIES.join(','));
  // Range.getOoxml does not reliably carry the comments part (OfficeDev/office-js#834), nor notes
  // outside the range, so these are read as the strings the scan itself reads.
  const comments = can.comments ? body.getComments().load('items/content') : undefined;
  const footnotes = can.notes ? body.footnotes.load('items/body/text') : undefined;
  const endnotes = can.notes ? body.endnotes.load('items/body/text') : undefined;
  // Every add-in's settings in the document (WordApi 1.4): what an add-in stored travels in the .docx.
  const settings = can.comments ? document.settings.load('items/key,items/value') : undefined;
  await context.sync();
  return [
    ...ooxml.map(({ part, result }) => ({ part, xml: result.value })),
    ...DOCUMENT_PROPERTIES.flatMap((name) =>
      typeof properties[name] === 'string' ? [{ part: partName('properties'), text: properties[name] }] : [],
    ),
    ...(comments?.items ?? []).map((c) => ({ part: partName('comments'), text: c.content })),
    ...(footnotes?.items ?? []).map((n) => ({ part: partName('footnotes'), text: n.body.text })),
    ...(endnotes?.items ?? []).map((n) => ({ part: partName('endnotes'), text: n.body.text })),
    ...(settings?.items ?? []).map((s) => ({
      part: PART_LABELS.settings,
      text: `${s.key} ${JSON.stringify(s.value)}`,
    })),
  ];
}

/**
 * The fallback: the blocks of a fresh read, searched with the same matcher. Used when the OOXML cannot
 * be had: an office-addin-mock or other double without getOoxml, or Word on the web refusing a response
 * too large for its payload limit (a body full of pictures). It sees run text whole, as Word joins it,
 * but not attributes, so the pane says the check was on the text only.
 */
export function textOf(after: WordSnapshot): CheckedPart[] {
  return after.doc.blocks.map((block, i) => ({ part: partName(after.places[i]!.part), text: block.text }));
}
