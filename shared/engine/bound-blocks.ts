// Detectors read one block at a time; a block of a million characters (a PDF with no line breaks, a
// hostile file) would make every per-block pattern and context window slow. The engine therefore cuts
// long blocks into pieces at sentence or word boundaries before detecting, and maps findings back to
// the block the user's document has.
import type { Block, DocumentModel } from '../model/document.ts';

/** The longest block a detector is given. */
export const MAX_BLOCK_CHARS = 4000;

export interface BoundedDocument {
  doc: DocumentModel;
  /** For each block of `doc`, the block of the original document it was cut from. */
  sourceOf: Block[];
}

export function boundBlocks(original: DocumentModel): BoundedDocument {
  if (original.blocks.every((b) => b.text.length <= MAX_BLOCK_CHARS))
    return { doc: original, sourceOf: original.blocks };
  const blocks: Block[] = [];
  const sourceOf: Block[] = [];
  const pieceOf = new Map<string, { id: string; from: number; to: number }[]>();
  for (const block of original.blocks) {
    if (block.text.length <= MAX_BLOCK_CHARS) {
      blocks.push(block);
      sourceOf.push(block);
      continue;
    }
    const pieces: { id: string; from: number; to: number }[] = [];
    for (let from = 0; from < block.text.length;) {
      const to = cutPoint(block.text, from);
      const id = `${block.id}~${pieces.length}`;
      pieces.push({ id, from, to });
      blocks.push({ ...block, id, text: block.text.slice(from, to), start: block.start + from });
      sourceOf.push(block);
      from = to;
    }
    pieceOf.set(block.id, pieces);
  }
  const hidden = original.hiddenUnderRedaction?.map((span) => {
    const piece = pieceOf.get(span.blockId)?.find((p) => span.start >= p.from && span.start < p.to);
    return piece
      ? { ...span, blockId: piece.id, start: span.start - piece.from, end: Math.min(span.end, piece.to) - piece.from }
      : span;
  });
  return { doc: { ...original, blocks, ...(hidden && { hiddenUnderRedaction: hidden }) }, sourceOf };
}

/** The end of the piece starting at `from`: after a full stop if one is near the limit, else after a space. */
function cutPoint(text: string, from: number): number {
  const limit = from + MAX_BLOCK_CHARS;
  if (limit >= text.length) return text.length;
  const sentence = text.lastIndexOf('. ', limit);
  if (sentence > from + MAX_BLOCK_CHARS / 2) return sentence + 2;
  const space = text.lastIndexOf(' ', limit);
  return space > from + MAX_BLOCK_CHARS / 2 ? space + 1 : limit;
}
