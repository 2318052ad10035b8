// Reads the open document into the engine's model. Budget: 2 context.sync() calls whatever the length —
// one for everything reachable from the document, one for what hangs off the sections and paragraphs
// it returned (headers, footers, hidden text).
import { assembleDocument, type Block } from '../../../shared/index.ts';
import type { Capabilities } from './capabilities.ts';
import { parseClauseTag } from './insert-clause.ts';
import { DOCUMENT_PROPERTIES, type HeaderFooterType, type WordPlace, type WordSnapshot } from './snapshot.ts';

export const HEADER_FOOTER_TYPES: HeaderFooterType[] = ['Primary', 'FirstPage', 'EvenPages'];
type Part = Omit<Block, 'start' | 'id'>;

export async function readDocument(context: Word.RequestContext, can: Capabilities): Promise<WordSnapshot> {
  const { document } = context;
  const { body } = document;
  const paragraphs = body.paragraphs.load(
    'items/text,items/styleBuiltIn,items/style,items/tableNestingLevel,items/isListItem',
  );
  const sections = document.sections.load('$none');
  const controls = document.contentControls.load('items/tag');
  const properties = document.properties.load(DOCUMENT_PROPERTIES.join(','));
  const comments = can.comments ? body.getComments().load('items/content') : undefined;
  if (can.comments) document.load('changeTrackingMode');
  const original = can.comments && !can.trackedChanges ? body.getReviewedText('Original') : undefined;
  const current = original ? body.getReviewedText('Current') : undefined;
  const changes = can.trackedChanges ? body.getTrackedChanges().load('items/text,items/type') : undefined;
  const footnotes = can.notes ? body.footnotes.load('items/body/text') : undefined;
  const endnotes = can.notes ? body.endnotes.load('items/body/text') : undefined;
  await context.sync();

  const headerFooters = sections.items.flatMap((section, s) =>
    HEADER_FOOTER_TYPES.flatMap((type) => [
      { part: 'header' as const, section: s, type, paragraphs: section.getHeader(type).paragraphs.load('items/text') },
      { part: 'footer' as const, section: s, type, paragraphs: section.getFooter(type).paragraphs.load('items/text') },
    ]),
  );
  const withHidden = can.hiddenText ? paragraphs.items.map((p) => p.getText({ IncludeHiddenText: true })) : [];
  await context.sync();

  const parts: Part[] = [];
  const places: WordPlace[] = [];
  const add = (part: Part, place: WordPlace) => {
    if (!part.text.trim()) return; // assembleDocument drops blank blocks; keep places aligned with it
    parts.push(part);
    places.push(place);
  };

  paragraphs.items.forEach((p, paragraph) => {
    const level = headingLevel(p.styleBuiltIn);
    const kind = level ? 'heading' : p.tableNestingLevel > 0 ? 'table-cell' : p.isListItem ? 'list-item' : 'paragraph';
    add(
      {
        kind,
        text: p.text,
        style: p.style,
        ...(level && { headingLevel: level }),
        origin: { part: 'body', paragraph },
      },
      { part: 'body', paragraph },
    );
    const hidden = withHidden[paragraph] ? hiddenPart(p.text, withHidden[paragraph].value) : '';
    if (hidden)
      add(
        { kind: 'hidden-text', text: hidden, origin: { part: 'body', paragraph } },
        { part: 'hidden-text', paragraph },
      );
  });
  for (const hf of headerFooters) {
    hf.paragraphs.items.forEach((p, paragraph) =>
      add(
        { kind: hf.part, text: p.text, origin: { part: hf.part, paragraph } },
        { part: hf.part, section: hf.section, type: hf.type, paragraph },
      ),
    );
  }
  footnotes?.items.forEach((n, note) =>
    add(
      { kind: 'footnote', text: n.body.text, origin: { part: 'footnotes', paragraph: note } },
      { part: 'footnotes', note },
    ),
  );
  endnotes?.items.forEach((n, note) =>
    add(
      { kind: 'endnote', text: n.body.text, origin: { part: 'endnotes', paragraph: note } },
      { part: 'endnotes', note },
    ),
  );
  comments?.items.forEach((c, comment) =>
    add(
      { kind: 'comment', text: c.content, origin: { part: 'comments', paragraph: comment } },
      { part: 'comments', comment },
    ),
  );
  changes?.items.forEach((c, change) => {
    const kind = c.type === 'Deleted' ? 'tracked-deletion' : c.type === 'Added' ? 'tracked-insertion' : undefined;
    if (kind)
      add(
        { kind, text: c.text, origin: { part: 'tracked-changes', paragraph: change } },
        { part: 'tracked-changes', change },
      );
  });
  if (original && current) {
    deletedParagraphs(original.value, current.value).forEach((text, change) =>
      add(
        { kind: 'tracked-deletion', text, origin: { part: 'tracked-changes', paragraph: change } },
        { part: 'tracked-changes', change },
      ),
    );
  }
  const props: WordSnapshot['properties'] = {};
  for (const name of DOCUMENT_PROPERTIES) {
    const value = properties[name];
    if (typeof value !== 'string') continue;
    props[name] = value;
    add(
      { kind: 'property', text: value, origin: { part: 'properties', property: name } },
      { part: 'properties', property: name },
    );
  }

  return {
    doc: assembleDocument(parts, 'word'),
    places,
    bodyTexts: paragraphs.items.map((p) => p.text),
    properties: props,
    trackedChangesListed: Boolean(changes),
    clauses: controls.items.flatMap((c) => parseClauseTag(c.tag) ?? []),
    sectionCount: sections.items.length,
    trackingMode: can.comments ? document.changeTrackingMode : 'Off',
  };
}

/** Word's built-in heading styles: 'Heading1'…'Heading9', and 'Title' as a top-level heading. */
function headingLevel(styleBuiltIn: string): number | undefined {
  if (styleBuiltIn === 'Title') return 1;
  const m = /^Heading([1-9])$/.exec(styleBuiltIn);
  return m ? Math.min(6, Number(m[1])) : undefined;
}

/** The text that appears only when hidden text is included: what lies between the common start and end. */
export function hiddenPart(visible: string, withHidden: string): string {
  if (withHidden === visible) return '';
  let head = 0;
  while (head < visible.length && visible[head] === withHidden[head]) head++;
  let tail = 0;
  while (
    tail < visible.length - head &&
    visible[visible.length - 1 - tail] === withHidden[withHidden.length - 1 - tail]
  )
    tail++;
  return withHidden.slice(head, withHidden.length - tail).trim();
}

/**
 * Hosts with WordApi 1.4 but not 1.6 cannot list tracked changes; the original text can still be read.
 * A paragraph of the original that is not in the current text holds deleted words a reader can restore.
 */
function deletedParagraphs(original: string, current: string): string[] {
  const now = new Set(current.split(/\r\n?|\n/).map((l) => l.trim()));
  return original
    .split(/\r\n?|\n/)
    .map((l) => l.trim())
    .filter((l) => l && !now.has(l));
}
