// Turns one Word "story" (the body, a header, a footnote, a comment...) into blocks: the visible text of
// each paragraph or table cell, and beside it, as blocks of their own, the text a reader does not see —
// tracked deletions and hidden (vanished) runs — which is still in the file for anyone who opens it.
import type { BlockKind, BlockOrigin, DocumentPart } from '../model/document.ts';
import type { BlockDraft } from './text.ts';
import { childElements, firstChild, type XmlElement } from './xml.ts';
import { isOn, valOf } from './docx-xml.ts';
import type { Styles } from './docx-styles.ts';

export interface Story {
  /** origin.part for every block of the story. */
  part: DocumentPart;
  /** origin.path: the package part the story is in. */
  path?: string;
  /** The kind of its visible blocks; undefined in the body, where paragraph styles decide. */
  kind?: BlockKind;
  styles: Styles;
  /** Paragraph counter for origin.paragraph, shared across a part's stories (all footnotes of one part). */
  paragraph: number;
  out: BlockDraft[];
  /** Set while reading a table cell: its paragraphs' visible text gathers here to become one block. */
  cellLines?: string[];
  /** Set inside a block-level move-away (w:moveFrom): its text is shown as deleted. */
  deleted?: boolean;
}

interface Cell {
  row: number;
  column: number;
}

interface ParagraphText {
  visible: string;
  /** Every visible run with text is bold. */
  allBold: boolean;
  /** Blocks found inside the paragraph: deletions, hidden runs, text boxes. */
  extras: BlockDraft[];
}

/** Walks block-level content (paragraphs, tables, content controls) into story.out. */
export function readStory(story: Story, container: XmlElement, cell?: Cell): void {
  for (const el of childElements(container)) {
    switch (el.name) {
      case 'w:p': {
        const index = story.paragraph++;
        const origin: BlockOrigin = {
          part: story.part,
          ...(story.path && { path: story.path }),
          paragraph: index,
          ...cell,
        };
        const p = readParagraph(story, el, origin);
        if (story.cellLines) story.cellLines.push(p.visible);
        else if (p.visible.trim()) story.out.push(paragraphBlock(story, el, p, origin));
        story.out.push(...p.extras);
        break;
      }
      case 'w:tbl':
        readTable(story, el);
        break;
      case 'w:sdt':
        readStory(story, firstChild(el, 'w:sdtContent') ?? el, cell);
        break;
      case 'w:customXml':
      case 'w:ins':
      case 'w:moveTo':
      case 'w:del':
        readStory(story, el, cell);
        break;
      // Moved-away text may no longer be anywhere else (the destination can be deleted): read it as deleted.
      case 'w:moveFrom': {
        const moved: Story = { ...story, deleted: true };
        readStory(moved, el, cell);
        story.paragraph = moved.paragraph;
        break;
      }
      case 'mc:AlternateContent':
        readAlternatives(story, el, cell);
        break;
      default:
        break;
    }
  }
}

/**
 * Markup compatibility offers one content and a fallback copy of it. Both are in the file, so both are
 * read; a fallback block repeating text already read is dropped.
 */
function readAlternatives(story: Story, alternate: XmlElement, cell?: Cell): void {
  const branches = childElements(alternate).filter((el) => el.name === 'mc:Choice' || el.name === 'mc:Fallback');
  branches.forEach((branch, i) => {
    if (i === 0) {
      readStory(story, branch, cell);
      return;
    }
    const seen = new Set(story.out.map((b) => b.text));
    const extra: Story = { ...story, out: [] };
    readStory(extra, branch, cell);
    story.paragraph = extra.paragraph;
    story.out.push(...extra.out.filter((b) => !seen.has(b.text)));
  });
}

function readTable(story: Story, table: XmlElement): void {
  const rows = childElements(table).flatMap((el) =>
    el.name === 'w:tr' ? [el] : el.name === 'w:sdt' ? childElements(firstChild(el, 'w:sdtContent') ?? el, 'w:tr') : [],
  );
  rows.forEach((tr, row) => {
    let column = 0;
    for (const tc of childElements(tr).flatMap((el) =>
      el.name === 'w:tc'
        ? [el]
        : el.name === 'w:sdt'
          ? childElements(firstChild(el, 'w:sdtContent') ?? el, 'w:tc')
          : [],
    )) {
      readCell(story, tc, { row, column });
      column += Number(valOf(firstChild(tc, 'w:tcPr'), 'w:gridSpan') ?? 1) || 1;
    }
  });
}

/** A cell's paragraphs become one block, so a name split over two lines of a cell stays together. */
function readCell(story: Story, tc: XmlElement, cell: Cell): void {
  const cellStory: Story = { ...story, out: [], cellLines: [] };
  const first = cellStory.paragraph;
  readStory(cellStory, tc, cell);
  story.paragraph = cellStory.paragraph;
  const text = cellStory.cellLines!.join('\n').trim();
  if (text)
    story.out.push({
      kind: story.kind ?? 'table-cell',
      text,
      origin: { part: story.part, ...(story.path && { path: story.path }), paragraph: first, ...cell },
    });
  story.out.push(...cellStory.out);
}

function paragraphBlock(story: Story, p: XmlElement, text: ParagraphText, origin: BlockOrigin): BlockDraft {
  const block: BlockDraft = { kind: story.kind ?? 'paragraph', text: text.visible, origin };
  const pPr = firstChild(p, 'w:pPr');
  const styleId = valOf(pPr, 'w:pStyle');
  const style = styleId ? story.styles.get(styleId) : undefined;
  if (style) block.style = style.name;
  else if (text.allBold) block.style = 'bold';
  if (story.kind) return block;
  const outline = valOf(pPr, 'w:outlineLvl');
  const level = style?.headingLevel ?? (outline !== undefined && Number(outline) < 6 ? Number(outline) + 1 : undefined);
  if (level !== undefined || style?.isTitle) {
    block.kind = 'heading';
    if (level !== undefined) block.headingLevel = level;
  } else if (style?.isList || hasNumbering(pPr)) {
    block.kind = 'list-item';
  }
  if (!style?.headingLevel && !style?.isTitle && text.allBold) block.style = 'bold';
  return block;
}

function hasNumbering(pPr: XmlElement | undefined): boolean {
  const numPr = pPr && firstChild(pPr, 'w:numPr');
  return !!numPr && valOf(numPr, 'w:numId') !== '0';
}

type Channel = 'visible' | 'deleted' | 'hidden';

/** Reads a paragraph's runs; deleted and hidden runs go to blocks of their own, one per unbroken stretch. */
function readParagraph(story: Story, p: XmlElement, origin: BlockOrigin): ParagraphText {
  const pStyle = story.styles.get(valOf(firstChild(p, 'w:pPr'), 'w:pStyle') ?? '');
  const result: ParagraphText = { visible: '', allBold: true, extras: [] };
  const textBoxes: XmlElement[] = [];
  let sawVisibleText = false;
  let stretch: { channel: Channel; text: string } | undefined;
  const flush = (): void => {
    if (stretch && stretch.channel !== 'visible' && stretch.text.trim()) {
      result.extras.push({
        kind: stretch.channel === 'deleted' ? 'tracked-deletion' : 'hidden-text',
        text: stretch.text,
        origin,
      });
    }
    stretch = undefined;
  };
  const emit = (channel: Channel, text: string, bold: boolean): void => {
    if (!text) return;
    if (channel === 'visible') {
      result.visible += text;
      if (text.trim()) {
        sawVisibleText = true;
        if (!bold) result.allBold = false;
      }
    }
    if (stretch?.channel !== channel) {
      flush();
      stretch = { channel, text: '' };
    }
    stretch.text += text;
  };
  const readRun = (r: XmlElement, deleted: boolean): void => {
    const rPr = firstChild(r, 'w:rPr');
    const rStyle = story.styles.get(valOf(rPr, 'w:rStyle') ?? '');
    const hidden =
      rPr && firstChild(rPr, 'w:vanish') ? isOn(rPr, 'w:vanish') : (rStyle?.hidden ?? pStyle?.hidden ?? false);
    const bold = rPr && firstChild(rPr, 'w:b') ? isOn(rPr, 'w:b') : (rStyle?.bold ?? pStyle?.bold ?? false);
    const channel: Channel = deleted ? 'deleted' : hidden ? 'hidden' : 'visible';
    for (const el of childElements(r)) {
      if (el.name === 'w:t' || el.name === 'w:delText') emit(channel, textContent(el), bold);
      else if (el.name === 'w:tab' || el.name === 'w:ptab') emit(channel, '\t', bold);
      else if (el.name === 'w:br' || el.name === 'w:cr') emit(channel, '\n', bold);
      else if (el.name === 'w:noBreakHyphen') emit(channel, '-', bold);
      else if (el.name === 'w:ruby') readRuby(el, deleted);
      else collectTextBoxes(el, textBoxes);
    }
  };
  // The base text is the visible word; the guide text above it is kept beside the paragraph.
  const readRuby = (ruby: XmlElement, deleted: boolean): void => {
    for (const run of childElements(firstChild(ruby, 'w:rubyBase') ?? ruby, 'w:r')) readRun(run, deleted);
    const guide = firstChild(ruby, 'w:rt');
    const guideText = guide ? textOfRuns(guide) : '';
    if (guideText.trim())
      result.extras.push({ kind: deleted ? 'tracked-deletion' : (story.kind ?? 'paragraph'), text: guideText, origin });
  };
  const walk = (el: XmlElement, deleted: boolean): void => {
    for (const child of childElements(el)) {
      switch (child.name) {
        case 'w:r':
          readRun(child, deleted);
          break;
        case 'w:del':
          walk(child, true);
          break;
        // Moved-away text may be gone from where it was moved to: it is read as deleted text.
        case 'w:moveFrom':
          walk(child, true);
          break;
        case 'w:sdt':
          walk(firstChild(child, 'w:sdtContent') ?? child, deleted);
          break;
        case 'mc:AlternateContent':
          walkAlternatives(child, deleted);
          break;
        case 'w:pPr':
        case 'w:rPr':
          break;
        default:
          walk(child, deleted);
      }
    }
  };
  // The first branch is read as the paragraph's text; a fallback saying something else is kept beside it.
  const walkAlternatives = (alternate: XmlElement, deleted: boolean): void => {
    const branches = childElements(alternate).filter((el) => el.name === 'mc:Choice' || el.name === 'mc:Fallback');
    branches.forEach((branch, i) => {
      if (i === 0) {
        walk(branch, deleted);
        return;
      }
      collectTextBoxes(branch, textBoxes);
      const text = textOfRuns(branch);
      if (text.trim() && !result.visible.includes(text)) result.extras.push({ kind: 'hidden-text', text, origin });
    });
  };
  walk(p, story.deleted ?? false);
  flush();
  if (!sawVisibleText) result.allBold = false;
  const seenBoxes = new Set<string>();
  for (const box of textBoxes) {
    // DrawingML and VML copies of one text box hold the same text: read it once.
    const key = textOfRuns(box);
    if (seenBoxes.has(key)) continue;
    seenBoxes.add(key);
    const boxStory: Story = { ...story, part: 'text-boxes', out: [], cellLines: undefined };
    readStory(boxStory, box);
    story.paragraph = boxStory.paragraph;
    result.extras.push(...boxStory.out);
  }
  return result;
}

/** The run text (w:t) under an element, outside any text box within it. */
function textOfRuns(el: XmlElement): string {
  let text = '';
  const pending: XmlElement[] = [el];
  while (pending.length) {
    const next = pending.pop()!;
    if (next.name === 'w:t' || next.name === 'w:delText') {
      text += textContent(next);
      continue;
    }
    if (next.name === 'w:txbxContent' && next !== el) continue;
    const kids = childElements(next);
    for (let i = kids.length - 1; i >= 0; i--) pending.push(kids[i]!);
  }
  return text;
}

/** Text boxes sit inside a run's drawing; their paragraphs are read as paragraphs of the story. */
function collectTextBoxes(el: XmlElement, into: XmlElement[]): void {
  const pending: XmlElement[] = [el];
  while (pending.length) {
    const next = pending.pop()!;
    if (next.name === 'w:txbxContent') {
      into.push(next);
      continue;
    }
    pending.push(...childElements(next).reverse());
  }
}

function textContent(el: XmlElement): string {
  return el.children.filter((c): c is string => typeof c === 'string').join('');
}
