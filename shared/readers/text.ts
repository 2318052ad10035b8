// Plain text and Markdown into the document model. Offsets stay those of the file, so a finding's
// start and end index the text the user gave.
import type { Block, BlockKind, DocumentModel } from '../model/document.ts';

/** One block per line; a line with tabs is a table row whose cells become table-cell blocks. */
export function readText(text: string): DocumentModel {
  const blocks: Block[] = [];
  let row = -1;
  let paragraph = 0;
  let previousWasTable = false;
  forEachLine(text, (line, start, lineNo) => {
    if (!line.trim()) {
      previousWasTable = false;
      return;
    }
    if (line.includes('\t')) {
      row = previousWasTable ? row + 1 : 0;
      previousWasTable = true;
      let offset = 0;
      line.split('\t').forEach((cell, column) => {
        pushTrimmed(blocks, 'table-cell', cell, start + offset, { part: 'body', line: lineNo, row, column, paragraph });
        offset += cell.length + 1;
      });
    } else {
      previousWasTable = false;
      pushTrimmed(blocks, 'paragraph', line, start, { part: 'body', line: lineNo, paragraph });
    }
    paragraph++;
  });
  return { text, blocks, format: 'txt' };
}

const MD_PREFIX = /^(#{1,6}\s+|\s*(?:[-*+]|\d+[.)])\s+|>\s?)/;

/** Markdown: # headings, list items and pipe tables; inline marks stay in the text. */
export function readMarkdown(text: string): DocumentModel {
  const blocks: Block[] = [];
  let row = -1;
  let paragraph = 0;
  forEachLine(text, (line, start, lineNo) => {
    if (!line.trim() || /^\|?\s*:?-{3,}/.test(line.trimStart())) return;
    if (/^\s*\|/.test(line)) {
      row++;
      let column = 0;
      for (const m of line.matchAll(/[^|]+/g)) {
        if (m[0].trim())
          pushTrimmed(blocks, 'table-cell', m[0], start + (m.index ?? 0), {
            part: 'body',
            line: lineNo,
            row,
            column: column++,
            paragraph,
          });
      }
      paragraph++;
      return;
    }
    row = -1;
    const prefix = MD_PREFIX.exec(line)?.[0] ?? '';
    const kind: BlockKind = prefix.startsWith('#')
      ? 'heading'
      : prefix && !prefix.startsWith('>')
        ? 'list-item'
        : 'paragraph';
    const level = kind === 'heading' ? prefix.trim().length : undefined;
    const pushed = pushTrimmed(blocks, kind, line.slice(prefix.length), start + prefix.length, {
      part: 'body',
      line: lineNo,
      paragraph,
    });
    if (pushed && level) pushed.headingLevel = level;
    paragraph++;
  });
  return { text, blocks, format: 'md' };
}

function forEachLine(text: string, visit: (line: string, start: number, lineNo: number) => void): void {
  let start = 0;
  let lineNo = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    visit(line, start, lineNo);
    start = end + 1;
    lineNo++;
  }
}

function pushTrimmed(
  blocks: Block[],
  kind: BlockKind,
  raw: string,
  start: number,
  origin: Block['origin'],
): Block | undefined {
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return undefined;
  const block: Block = { id: `b${blocks.length}`, kind, text, start: start + lead, origin };
  blocks.push(block);
  return block;
}

/** A block before it has an id and an offset: what the Word, HTML and PDF readers produce. */
export type BlockDraft = Omit<Block, 'start' | 'id'>;

/** Builds a model from blocks that carry no offsets yet (Word, HTML, PDF): joins them with blank lines. */
export function assembleDocument(parts: BlockDraft[], format: DocumentModel['format']): DocumentModel {
  const blocks: Block[] = [];
  let text = '';
  for (const part of parts) {
    if (!part.text.trim()) continue;
    if (text) text += '\n\n';
    blocks.push({ ...part, id: `b${blocks.length}`, start: text.length });
    text += part.text;
  }
  return { text, blocks, format };
}
