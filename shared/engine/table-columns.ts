// What a table cell is, read from the heading of its column: under "DOB" every cell is a date of birth,
// under "Child" every cell a child. The header row is the first row of a table (a run of table cells;
// for text files, tab-separated lines).
import type { Block, DocumentModel } from '../model/document.ts';
import type { ScanContext } from './context.ts';
import headers from '../lexicons/table-headers.json' with { type: 'json' };

export type ColumnType = keyof typeof headers.types;

const TYPE_OF = new Map<string, ColumnType>(
  (Object.entries(headers.types) as [ColumnType, string[]][]).flatMap(([type, phrases]) =>
    phrases.map((p) => [p, type] as const),
  ),
);
const NOT_HEADERS: ReadonlySet<string> = new Set(headers.notHeaders);
/** Types a longer heading may end in ("Placement address", "Child's NHS number"); a name column must be named exactly. */
const BY_ENDING: readonly ColumnType[] = ['date-of-birth', 'address', 'postcode', 'identifier'];

// For each block index, its column's header cell; computed once per document.
const memo = new WeakMap<DocumentModel, (Block | undefined)[]>();

/** The header cell of a table cell's column (the first row's cell in the same column of the same table), if any. */
export function columnHeaderOf(context: ScanContext, block: Block): Block | undefined {
  if (block.kind !== 'table-cell') return undefined;
  let headerOf = memo.get(context.doc);
  if (!headerOf) {
    headerOf = headersOf(context.doc.blocks);
    memo.set(context.doc, headerOf);
  }
  return headerOf[context.indexOf(block)];
}

/** What the cells of a block's column are, from its header's words; undefined outside a typed column. */
export function columnTypeOf(context: ScanContext, block: Block): ColumnType | undefined {
  const header = columnHeaderOf(context, block);
  if (!header) return undefined;
  // Every detector asks this of every cell: each header's type is read once.
  if (!headerTypes.has(header)) headerTypes.set(header, headerType(header.text));
  return headerTypes.get(header);
}
const headerTypes = new WeakMap<Block, ColumnType | undefined>();

/**
 * True for a cell of a table's heading row: the first row, where two or more cells are known headings
 * ("Child | DOB | Address"). A "Label | value" row names one thing and is data.
 */
export function isHeadingRow(context: ScanContext, block: Block): boolean {
  if (block.kind !== 'table-cell') return false;
  const i = context.indexOf(block);
  const blocks = context.doc.blocks;
  const sameRow = (b: Block | undefined): b is Block =>
    b?.kind === 'table-cell' && b.origin.row === block.origin.row && b.origin.line === block.origin.line;
  let first = i;
  while (sameRow(blocks[first - 1])) first--;
  let last = i;
  while (sameRow(blocks[last + 1])) last++;
  const previous = blocks[first - 1];
  if (previous?.kind === 'table-cell' && (previous.origin.row ?? 0) <= (block.origin.row ?? 0)) return false;
  return blocks.slice(first, last + 1).filter((b) => headerType(b.text) !== undefined).length >= 2;
}

/** The type a column heading names: "DOB" → date-of-birth, "Case ref" → identifier, "Email address" → none. */
export function headerType(heading: string): ColumnType | undefined {
  const words = heading.toLowerCase().replace(/[’]/g, "'").replace(/[:*]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!words || NOT_HEADERS.has(words)) return undefined;
  const exact = TYPE_OF.get(words) ?? TYPE_OF.get(words.replace(/\s*\([^)]*\)$/, ''));
  if (exact) return exact;
  if ([...NOT_HEADERS].some((n) => words.endsWith(n))) return undefined;
  for (const [phrase, type] of TYPE_OF) if (BY_ENDING.includes(type) && words.endsWith(` ${phrase}`)) return type;
  return undefined;
}

function headersOf(blocks: readonly Block[]): (Block | undefined)[] {
  const out: (Block | undefined)[] = new Array(blocks.length);
  let headerRow: Block[] = [];
  let firstRow: number | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'table-cell') {
      headerRow = [];
      firstRow = undefined;
      continue;
    }
    const row = block.origin.row ?? 0;
    const previous = blocks[i - 1];
    // A new table: the run of cells begins, or the row count starts again.
    if (firstRow === undefined || previous?.kind !== 'table-cell' || row < (previous.origin.row ?? 0)) {
      headerRow = [];
      firstRow = row;
    }
    if (row === firstRow) {
      headerRow.push(block);
      continue;
    }
    out[i] = headerRow.find((h) => h.origin.column === block.origin.column);
  }
  return out;
}
