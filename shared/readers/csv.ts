// CSV into the document model as one table: every cell a table-cell block with its row and column, the
// first row being the header the engine judges each column by. Comma, semicolon or tab separated, by
// whichever the first line uses most; quoted fields may hold separators, quotes and line breaks (RFC 4180).
import type { DocumentModel } from '../model/document.ts';
import { assembleDocument, type BlockDraft } from './text.ts';

export function readCsv(text: string): DocumentModel {
  const separator = separatorOf(text);
  const blocks: BlockDraft[] = [];
  let row = 0;
  let column = 0;
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endField = (): void => {
    if (field.trim())
      blocks.push({ kind: 'table-cell', text: field.trim(), origin: { part: 'body', row, column, line: rowLine } });
    field = '';
    column++;
  };
  const endRow = (): void => {
    endField();
    row++;
    column = 0;
    rowLine = line;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && !field.trim()) {
      field = '';
      quoted = true;
    } else if (c === separator) endField();
    else if (c === '\n') endRow();
    else if (c !== '\r') field += c;
  }
  if (field || column) endField();
  const doc = assembleDocument(blocks, 'csv');
  doc.coverage = { read: [`table of ${row + (column ? 1 : 0)} row(s)`], notRead: [] };
  return doc;
}

function separatorOf(text: string): string {
  const first = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  const counts = [',', ';', '\t'].map((s) => ({ s, n: first.split(s).length - 1 }));
  return counts.reduce((a, b) => (b.n > a.n ? b : a)).s;
}
