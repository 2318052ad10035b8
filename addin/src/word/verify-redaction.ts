// After a redaction the document is read again and searched for every redacted string: a redaction
// that leaves the text anywhere (a header, a comment, a tracked deletion, hidden text) is not done.
import type { WordSnapshot } from './snapshot.ts';
import { partName } from './go-to.ts';

export interface Leftover {
  text: string;
  /** Where it is still found, in the reviewer's words ('footer', 'hidden text'). */
  parts: string[];
}

export function leftovers(after: WordSnapshot, redacted: readonly string[]): Leftover[] {
  const found: Leftover[] = [];
  for (const text of new Set(redacted.map((t) => t.trim()).filter(Boolean))) {
    const needle = text.toLowerCase();
    const parts = new Set<string>();
    after.doc.blocks.forEach((block, i) => {
      if (block.text.toLowerCase().includes(needle)) parts.add(partName(after.places[i]!.part));
    });
    if (parts.size) found.push({ text, parts: [...parts] });
  }
  return found;
}
