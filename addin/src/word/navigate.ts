// Finds, inside one batch and without a sync, the Word objects behind a block and the range behind a
// finding: paragraphs by index (walked once per collection with getFirst/getNext and shared by every
// lookup in the batch), then the right occurrence of the text inside its own paragraph.
import type { Finding } from '../../../shared/index.ts';
import type { HeaderFooterType, WordPlace, WordSnapshot } from './snapshot.ts';

/** Word.search takes at most 255 characters. */
export const SEARCH_LIMIT = 255;

/** Something that can be searched and has an end: a paragraph, or a note's body. */
type Searchable = Pick<Word.Paragraph, 'search' | 'getRange'>;

/** Proxies for one collection's items by index, walked once with getFirst/getNext. */
class Walker<T extends { getNext(): T }> {
  private readonly items: T[] = [];
  constructor(private readonly first: () => T) {}
  at(index: number): T {
    if (!this.items.length) this.items.push(this.first());
    while (this.items.length <= index) this.items.push(this.items.at(-1)!.getNext());
    return this.items[index]!;
  }
}

/** Every lookup made in one batch: each collection is walked at most once however many findings it holds. */
export class Navigator {
  private readonly paragraphWalkers = new Map<string, Walker<Word.Paragraph>>();
  private readonly sections: Walker<Word.Section>;
  private readonly footnotes: Walker<Word.NoteItem>;
  private readonly endnotes: Walker<Word.NoteItem>;
  private readonly changes: Walker<Word.TrackedChange>;

  constructor(
    private readonly context: Word.RequestContext,
    private readonly snapshot: WordSnapshot,
  ) {
    const { body } = context.document;
    this.sections = new Walker(() => context.document.sections.getFirst());
    this.footnotes = new Walker(() => body.footnotes.getFirst());
    this.endnotes = new Walker(() => body.endnotes.getFirst());
    this.changes = new Walker(() => body.getTrackedChanges().getFirst());
  }

  /** The body paragraph at an index. */
  bodyParagraph(index: number): Word.Paragraph {
    return this.paragraphs('body', () => this.context.document.body.paragraphs.getFirst()).at(index);
  }

  private headerFooterParagraph(
    part: 'header' | 'footer',
    section: number,
    type: HeaderFooterType,
    index: number,
  ): Word.Paragraph {
    return this.paragraphs(`${part}:${section}:${type}`, () => {
      const s = this.sections.at(section);
      return (part === 'header' ? s.getHeader(type) : s.getFooter(type)).paragraphs.getFirst();
    }).at(index);
  }

  private paragraphs(key: string, first: () => Word.Paragraph): Walker<Word.Paragraph> {
    let walker = this.paragraphWalkers.get(key);
    if (!walker) this.paragraphWalkers.set(key, (walker = new Walker(first)));
    return walker;
  }

  /** Where a finding's block lives. */
  placeOf(finding: Finding): WordPlace {
    const index = this.snapshot.doc.blocks.findIndex((b) => b.id === finding.location.blockId);
    const place = this.snapshot.places[index];
    if (!place)
      throw new Error(
        `finding ${finding.rule} points at block ${finding.location.blockId}, which the last read did not return`,
      );
    return place;
  }

  private blockText(finding: Finding): string {
    return this.snapshot.doc.blocks.find((b) => b.id === finding.location.blockId)!.text;
  }

  /**
   * The range holding a finding, or undefined where the text is not in the page flow (comments and
   * properties are edited as strings; hidden text is selected as its whole paragraph).
   */
  rangeOf(finding: Finding): Word.Range | undefined {
    const place = this.placeOf(finding);
    const { blockStart, blockEnd } = finding.location;
    switch (place.part) {
      case 'body':
        return findInside(this.bodyParagraph(place.paragraph), this.blockText(finding), blockStart, blockEnd);
      case 'header':
      case 'footer':
        return findInside(
          this.headerFooterParagraph(place.part, place.section, place.type, place.paragraph),
          this.blockText(finding),
          blockStart,
          blockEnd,
        );
      case 'footnotes':
      case 'endnotes':
        return findInside(
          (place.part === 'footnotes' ? this.footnotes : this.endnotes).at(place.note).body,
          this.blockText(finding),
          blockStart,
          blockEnd,
        );
      case 'hidden-text':
        return this.bodyParagraph(place.paragraph).getRange('Whole');
      case 'tracked-changes':
        return this.snapshot.trackedChangesListed ? this.changes.at(place.change).getRange('Whole') : undefined;
      default:
        return undefined;
    }
  }
}

/** Word search treats ^ as the start of a special character (^p, ^t); ^^ is a literal caret. */
const escapeSearch = (text: string): string => text.replace(/\^/g, '^^');

/** How many times `needle` is found before `at`, searching left to right without overlaps as Word does. */
export function occurrenceBefore(text: string, needle: string, at: number): number {
  let count = 0;
  for (let i = text.indexOf(needle); i >= 0 && i < at; i = text.indexOf(needle, i + needle.length)) count++;
  return count;
}

/**
 * The range of text[from, to) inside `owner`: its first 255 characters are searched and the
 * occurrence counted, so "Amy" the third time in a paragraph is the third match; longer text is
 * extended to the end of a second search for its last 255 characters.
 */
export function findInside(owner: Searchable, text: string, from: number, to: number): Word.Range {
  const wanted = text.slice(from, to);
  const head = wanted.slice(0, SEARCH_LIMIT);
  const options = { matchCase: true };
  const end = owner.getRange('End');
  let range = owner.search(escapeSearch(head), options).getFirst();
  for (let n = occurrenceBefore(text, head, from); n > 0; n--) {
    range = range.getRange('After').expandTo(end).search(escapeSearch(head), options).getFirst();
  }
  if (wanted.length <= SEARCH_LIMIT) return range;
  const tail = wanted.slice(-SEARCH_LIMIT);
  const last = range.getRange('Start').expandTo(end).search(escapeSearch(tail), options).getFirst();
  return range.expandTo(last);
}
