// The label a value sits under: in a table row the cells to its left ("Date of birth | 14.02.2009"),
// so detectors that need a cue before a value can see it across the cell boundary.
import type { Block } from '../model/document.ts';
import type { ScanContext } from './context.ts';

/** The text of the cells to the left of a table cell in the same row, lower-cased; '' for other blocks. */
export function rowLabel(block: Block, context: ScanContext): string {
  if (block.kind !== 'table-cell' || !block.origin.column) return '';
  const cells: string[] = [];
  for (let i = context.indexOf(block) - 1; i >= 0; i--) {
    const cell = context.doc.blocks[i]!;
    if (cell.kind !== 'table-cell' || cell.origin.row !== block.origin.row || cell.origin.line !== block.origin.line)
      break;
    if ((cell.origin.column ?? 0) >= (block.origin.column ?? 0)) break;
    cells.unshift(cell.text);
    if (!cell.origin.column) break;
  }
  return cells.join(' ').toLowerCase();
}

/** The text of the cell just left of a table cell in the same row, lower-cased: the label of a "Label | value" row. */
export function cellToLeft(block: Block, context: ScanContext): string {
  if (block.kind !== 'table-cell' || !block.origin.column) return '';
  const cell = context.doc.blocks[context.indexOf(block) - 1];
  if (
    !cell ||
    cell.kind !== 'table-cell' ||
    cell.origin.row !== block.origin.row ||
    cell.origin.line !== block.origin.line
  )
    return '';
  return cell.text.toLowerCase();
}

/** What a reader sees just before a span: the row label, then up to `radius` characters of the block. */
export function textBefore(block: Block, context: ScanContext, start: number, radius: number): string {
  const own = block.text.slice(Math.max(0, start - radius), start).toLowerCase();
  const label = rowLabel(block, context);
  return label && start <= radius ? `${label} ${own}` : own;
}
