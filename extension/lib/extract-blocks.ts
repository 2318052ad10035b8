// Reads the text a visitor sees on a web page as blocks for the engine, keeping a map from each block back to its DOM text nodes.
import type { BlockDraftLike } from './page-types.ts';

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'SELECT',
  'TEXTAREA',
  'HEAD',
]);
const BLOCK_TAGS = new Set([
  'P',
  'LI',
  'TD',
  'TH',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'NAV',
  'ASIDE',
  'BLOCKQUOTE',
  'PRE',
  'DD',
  'DT',
  'DL',
  'CAPTION',
  'FIGCAPTION',
  'FIGURE',
  'ADDRESS',
  'FORM',
  'FIELDSET',
  'LEGEND',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'UL',
  'OL',
  'BODY',
  'DETAILS',
  'SUMMARY',
]);

/** A run of block text copied from one text node: block offsets [blockOffset, blockOffset + length) start at nodeOffset. */
export interface Segment {
  node: Text;
  nodeOffset: number;
  blockOffset: number;
  length: number;
}

export interface ExtractedPage {
  parts: BlockDraftLike[];
  /** segments[i] maps parts[i] back to the page. */
  segments: Segment[][];
}

export function extractBlocks(document: Document): ExtractedPage {
  const parts: BlockDraftLike[] = [];
  const segments: Segment[][] = [];
  const body = document.body;
  if (!body) return { parts, segments };
  const isVisible = visibilityCheck(document);
  let container: Element | undefined;
  let text = '';
  let current: Segment[] = [];

  const flush = (): void => {
    if (text.endsWith(' ')) {
      text = text.slice(0, -1);
      if (current[current.length - 1]?.blockOffset === text.length) current.pop();
    }
    if (text.trim() && container) {
      parts.push(describe(container, text, parts.length));
      segments.push(current);
    }
    text = '';
    current = [];
  };

  const walker = document.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || !isVisible(parent)) continue;
    const block = blockOf(parent);
    if (block !== container) {
      flush();
      container = block;
    } else if (text && !text.endsWith(' ') && precededByBreak(node, block)) {
      text += ' ';
    }
    for (const run of node.data.matchAll(/\s+|\S+/g)) {
      const isSpace = /^\s/.test(run[0]);
      if (isSpace && (!text || text.endsWith(' '))) continue;
      const copied = isSpace ? ' ' : run[0];
      current.push({ node, nodeOffset: run.index ?? 0, blockOffset: text.length, length: copied.length });
      text += copied;
    }
  }
  flush();
  return { parts, segments };
}

function describe(element: Element, text: string, paragraph: number): BlockDraftLike {
  const tag = element.tagName.toUpperCase();
  const heading = /^H([1-6])$/.exec(tag);
  if (heading) return { kind: 'heading', text, origin: { part: 'body', paragraph }, headingLevel: Number(heading[1]) };
  if (tag === 'LI') return { kind: 'list-item', text, origin: { part: 'body', paragraph } };
  if (tag === 'TD' || tag === 'TH') {
    const cell = element as HTMLTableCellElement;
    const row = (cell.parentElement as HTMLTableRowElement | null)?.rowIndex ?? 0;
    return { kind: 'table-cell', text, origin: { part: 'body', paragraph, row, column: cell.cellIndex } };
  }
  return { kind: 'paragraph', text, origin: { part: 'body', paragraph } };
}

function blockOf(element: Element): Element {
  let at: Element | null = element;
  while (at && !BLOCK_TAGS.has(at.tagName.toUpperCase())) at = at.parentElement;
  return at ?? element;
}

/** A <br> between two text nodes of one block separates words that the markup does not. */
function precededByBreak(node: Node, block: Element): boolean {
  for (let at: Node | null = node; at && at !== block; at = at.parentNode) {
    let previous = at.previousSibling;
    while (previous && previous.nodeType === 3 && !previous.textContent?.trim()) previous = previous.previousSibling;
    if (previous) return previous.nodeName.toUpperCase() === 'BR';
  }
  return false;
}

/** Hidden or skipped ancestors hide a text node; results are cached per element since siblings share ancestors. */
function visibilityCheck(document: Document): (element: Element) => boolean {
  const view = document.defaultView;
  const cache = new Map<Element, boolean>();
  const visible = (element: Element): boolean => {
    const known = cache.get(element);
    if (known !== undefined) return known;
    let result: boolean;
    if (SKIPPED.has(element.tagName.toUpperCase()) || element.hasAttribute('hidden')) result = false;
    else {
      const style = view?.getComputedStyle(element);
      result =
        !(style && (style.display === 'none' || style.visibility === 'hidden')) &&
        (element.parentElement ? visible(element.parentElement) : true);
    }
    cache.set(element, result);
    return result;
  };
  return visible;
}

/** The DOM range for [start, end) of a block; offsets that fall on a space added between nodes move to the next copied text. */
export function rangeFor(document: Document, segments: Segment[], start: number, end: number): Range | undefined {
  const first = segments.find((s) => s.blockOffset + s.length > start);
  const last = [...segments].reverse().find((s) => s.blockOffset < end);
  if (!first || !last) return undefined;
  const range = document.createRange();
  range.setStart(first.node, first.nodeOffset + Math.max(0, start - first.blockOffset));
  range.setEnd(last.node, last.nodeOffset + Math.min(last.length, end - last.blockOffset));
  return range;
}
