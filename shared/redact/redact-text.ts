// Redaction over the document model: every flagged span, and every other occurrence of the same
// string, replaced by its placeholder. The model stays valid, so the redacted copy can be rescanned.
import type { Block, DocumentModel } from '../model/document.ts';
import { normalizedKey, occurrenceFinder } from './occurrences.ts';
import type { PlannedTarget, RedactionPlan } from './plan.ts';
import { mergeOverlapping } from '../engine/match.ts';

export interface TextReplacement {
  /** Offsets of the placeholder in the redacted text. */
  start: number;
  end: number;
  placeholder: string;
  /** What was there before, with its offsets in the original text. */
  original: { start: number; end: number; text: string };
  target: PlannedTarget;
}

export interface RedactedDocument {
  doc: DocumentModel;
  replacements: TextReplacement[];
}

interface Edit {
  start: number;
  end: number;
  target: PlannedTarget;
}

export function redactDocument(doc: DocumentModel, plan: RedactionPlan): RedactedDocument {
  const edits = mergeOverlapping(collectEdits(doc, plan));
  const blocks: Block[] = [];
  const replacements: TextReplacement[] = [];
  let text = '';
  let copied = 0;
  let next = 0;
  for (const block of doc.blocks) {
    const blockEnd = block.start + block.text.length;
    text += doc.text.slice(copied, block.start);
    const start = text.length;
    let cursor = block.start;
    while (next < edits.length && edits[next]!.end <= block.start) next++;
    for (let i = next; i < edits.length && edits[i]!.start < blockEnd; i++) {
      const edit = edits[i]!;
      const from = Math.max(edit.start, block.start);
      const to = Math.min(edit.end, blockEnd);
      text += doc.text.slice(cursor, from);
      // An edit running on into the next block leaves its placeholder in the block where it begins.
      const placeholder = edit.start >= block.start ? edit.target.placeholder : '';
      if (placeholder)
        replacements.push({
          start: text.length,
          end: text.length + placeholder.length,
          placeholder,
          original: { start: edit.start, end: edit.end, text: doc.text.slice(edit.start, edit.end) },
          target: edit.target,
        });
      text += placeholder;
      cursor = to;
    }
    text += doc.text.slice(cursor, blockEnd);
    copied = blockEnd;
    blocks.push({ ...block, start, text: text.slice(start) });
  }
  text += doc.text.slice(copied);
  const { hiddenUnderRedaction: _stale, ...rest } = doc;
  return { doc: { ...rest, text, blocks }, replacements };
}

/** The findings themselves, and every occurrence of their strings within any block. */
function collectEdits(doc: DocumentModel, plan: RedactionPlan): Edit[] {
  const finder = occurrenceFinder(plan.targets);
  const byKey = new Map(plan.targets.map((t) => [normalizedKey(t.needle), t]));
  const edits: Edit[] = [];
  for (const f of plan.findings) {
    const target = byKey.get(normalizedKey(f.text));
    if (target) edits.push({ start: f.start, end: f.end, target });
  }
  for (const block of doc.blocks) {
    for (const o of finder.find(block.text))
      edits.push({ start: block.start + o.start, end: block.start + o.end, target: o.target });
  }
  return edits;
}
