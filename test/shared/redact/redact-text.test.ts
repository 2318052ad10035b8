import { describe, expect, it } from 'vitest';
import { readText } from '../../../shared/readers/text.ts';
import { redactDocument } from '../../../shared/redact/redact-text.ts';
import { findingsFor, planFor } from './plan-helper.ts';
import { planRedaction } from '../../../shared/redact/plan.ts';

describe('redactDocument', () => {
  it('replaces every occurrence of a flagged string, in any case or spacing, and keeps blocks at their offsets', () => {
    const doc = readText('Tyler lives at KD7 3RW.\n\tTYLER\tkd7  3rw\nTylerson is someone else.');
    const { doc: out, replacements } = redactDocument(
      doc,
      planFor([
        { text: 'Tyler', role: 'child' },
        { text: 'KD7 3RW', type: 'postcode' },
      ]),
    );
    expect(out.text).toBe('[Child 1] lives at [Postcode 1].\n\t[Child 1]\t[Postcode 1]\nTylerson is someone else.');
    for (const b of out.blocks) expect(out.text.slice(b.start, b.start + b.text.length)).toBe(b.text);
    expect(replacements.map((r) => [out.text.slice(r.start, r.end), r.original.text])).toEqual([
      ['[Child 1]', 'Tyler'],
      ['[Postcode 1]', 'KD7 3RW'],
      ['[Child 1]', 'TYLER'],
      ['[Postcode 1]', 'kd7  3rw'],
    ]);
  });

  it('replaces a flagged span even where the string search would not match it', () => {
    const doc = readText('Ref AB12345x here');
    const findings = findingsFor([{ text: 'AB12345', type: 'identifier' }]).map((f) => ({
      ...f,
      start: 4,
      end: 11,
      location: { ...f.location, blockId: 'b0' },
    }));
    expect(redactDocument(doc, planRedaction(findings)).doc.text).toBe('Ref [Identifier 1]x here');
  });

  it('merges overlapping findings under the placeholder of the one that starts first', () => {
    const doc = readText('Tyler Brown and Brown Street');
    expect(
      redactDocument(
        doc,
        planFor([
          { text: 'Tyler Brown', role: 'child' },
          { text: 'Brown Street', type: 'address' },
        ]),
      ).doc.text,
    ).toBe('[Child 1] and [Address 1]');
  });
});
