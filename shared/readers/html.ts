// HTML into the document model: the text a visitor sees, as headings, paragraphs, list items and table
// cells. Scripts and styles are skipped; text the page hides (comments, hidden, display:none,
// visibility:hidden, aria-hidden, <template>, <noscript>) is still published in the page's source, so it
// becomes hidden-text blocks rather than disappearing. The page title becomes a property block. Built on
// htmlparser2, which keeps its own stack, so deeply nested markup cannot overflow ours; nesting past
// MAX_HTML_DEPTH is refused.
import { Parser } from 'htmlparser2';
import type { BlockKind, BlockOrigin, DocumentModel } from '../model/document.ts';
import { LIMITS, ReadError } from './read-error.ts';
import { assembleDocument, type BlockDraft } from './text.ts';
import { decodeText } from './decode-text.ts';
import elements from '../lexicons/html-elements.json' with { type: 'json' };

const SKIPPED = new Set(elements.skipped);
/** Elements whose content is in the source but not on the page. */
const HIDING = new Set(elements.hiddenInSource);
const BLOCK_ELEMENTS = new Set([...elements.blocks, ...elements.breaksInSource]);

/** Deeper than any real page, even one full of unclosed tags; htmlparser2's work grows with depth squared. */
export const MAX_HTML_DEPTH = 10_000;

interface Frame {
  name: string;
  hidden: boolean;
  skipped: boolean;
  /** For td/th: the cell's place; for table: its row and column counters. */
  row?: number;
  column?: number;
  nextColumn?: number;
}

export function readHtml(bytes: Uint8Array): DocumentModel {
  const text = decodeText(bytes, declaredCharset(bytes));
  const blocks: BlockDraft[] = [];
  const stack: Frame[] = [];
  let buffer = '';
  let bufferHidden = false;
  let title = '';
  let inTitle = false;
  let paragraph = 0;
  let total = 0;

  const top = (): Frame | undefined => stack[stack.length - 1];
  const flush = (): void => {
    // Line by line rather than one pattern around each newline, which would backtrack over long runs of spaces.
    const content = buffer.split('\n').map(trimSpaces).join('\n').trim();
    buffer = '';
    if (!content) return;
    const { kind, origin, level } = describe(stack, paragraph++, bufferHidden);
    blocks.push({ kind, text: content, origin, ...(level !== undefined && { headingLevel: level }) });
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (stack.length >= MAX_HTML_DEPTH)
          throw new ReadError(
            `the page nests its elements more than ${MAX_HTML_DEPTH} deep, more than Clearance will read`,
          );
        const parent = top();
        // Only the document's own title: an <svg> may hold a <title> of its own.
        if (name === 'title' && (!parent || parent.name === 'head' || parent.name === 'html')) inTitle = true;
        const frame: Frame = {
          name,
          hidden: (parent?.hidden ?? false) || HIDING.has(name) || isHidden(attribs),
          skipped: (parent?.skipped ?? false) || SKIPPED.has(name),
        };
        if (name === 'br' && !frame.skipped) buffer += '\n';
        if (BLOCK_ELEMENTS.has(name) || frame.hidden !== parent?.hidden) flush();
        if (name === 'table') {
          frame.row = -1;
        }
        if (name === 'tr') {
          const table = nearest(stack, 'table');
          if (table) {
            table.row = (table.row ?? -1) + 1;
            table.nextColumn = 0;
          }
        }
        if (name === 'td' || name === 'th') {
          const table = nearest(stack, 'table');
          frame.row = Math.max(table?.row ?? 0, 0);
          frame.column = table?.nextColumn ?? 0;
          if (table) table.nextColumn = frame.column + Math.max(1, Math.min(1000, Number(attribs.colspan) || 1));
        }
        stack.push(frame);
        bufferHidden = frame.hidden;
      },
      ontext(data) {
        if (inTitle) {
          title += data;
          return;
        }
        const frame = top();
        if (frame?.skipped) return;
        total += data.length;
        if (total > LIMITS.textChars)
          throw new ReadError(
            `the page holds more than ${LIMITS.textChars} characters of text, the most Clearance will scan`,
          );
        buffer += frame?.name === 'pre' ? data : data.replace(/\s+/g, ' ');
      },
      oncomment(data) {
        if (top()?.skipped) return;
        flush();
        const comment = data.replace(/\s+/g, ' ').trim();
        if (comment)
          blocks.push({ kind: 'hidden-text', text: comment, origin: { part: 'body', paragraph: paragraph++ } });
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        const frame = top();
        if (BLOCK_ELEMENTS.has(name) || (frame && frame.hidden !== stack[stack.length - 2]?.hidden)) flush();
        stack.pop();
        bufferHidden = top()?.hidden ?? false;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(text);
  parser.end();
  flush();
  const titleText = title.replace(/\s+/g, ' ').trim();
  if (titleText) blocks.push({ kind: 'property', text: titleText, origin: { part: 'properties', property: 'title' } });
  const doc = assembleDocument(blocks, 'html');
  doc.coverage = { read: ['page text, comments and hidden elements'], notRead: [] };
  return doc;
}

/** The kind of a stretch of text: from the nearest heading, list item or table cell around it. */
function describe(
  stack: Frame[],
  paragraph: number,
  hidden: boolean,
): { kind: BlockKind; origin: BlockOrigin; level?: number } {
  const origin: BlockOrigin = { part: 'body', paragraph };
  if (hidden) return { kind: 'hidden-text', origin };
  for (let i = stack.length - 1; i >= 0; i--) {
    const { name, row, column } = stack[i]!;
    const heading = /^h([1-6])$/.exec(name);
    if (heading) return { kind: 'heading', origin, level: Number(heading[1]) };
    if (name === 'li') return { kind: 'list-item', origin };
    if (name === 'td' || name === 'th')
      return { kind: 'table-cell', origin: { ...origin, row: row ?? 0, column: column ?? 0 } };
  }
  return { kind: 'paragraph', origin };
}

function nearest(stack: Frame[], name: string): Frame | undefined {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.name === name) return stack[i];
  return undefined;
}

function isHidden(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs) return true;
  if (attribs.type === 'hidden') return true;
  if (attribs['aria-hidden'] === 'true') return true;
  const style = (attribs.style ?? '').toLowerCase().replace(/\s+/g, '');
  return /(?:^|;)display:none|(?:^|;)visibility:(?:hidden|collapse)/.test(style);
}

/** A charset named in the first kilobyte (`<meta charset>` or http-equiv), as browsers look for it. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}

const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0';

/** Spaces, tabs and no-break spaces off both ends of a line, in one pass from each end. */
function trimSpaces(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && isSpace(line[start])) start++;
  while (end > start && isSpace(line[end - 1])) end--;
  return line.slice(start, end);
}
