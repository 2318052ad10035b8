import { describe, expect, it } from 'vitest';
import { boundBlocks, MAX_BLOCK_CHARS } from '../../../shared/engine/bound-blocks.ts';
import { scan } from '../../../shared/engine/scan.ts';
import { readText } from '../../../shared/readers/text.ts';

const filler = 'The service continues to improve across the borough. ';

describe('long blocks', () => {
  it('are cut at sentence ends into pieces no longer than the limit, covering the text exactly', () => {
    const text = filler.repeat(400);
    const { doc, sourceOf } = boundBlocks(readText(text));
    expect(doc.blocks.length).toBeGreaterThan(1);
    expect(
      doc.blocks.every(
        (b) => b.text.length <= MAX_BLOCK_CHARS && b.text === text.slice(b.start, b.start + b.text.length),
      ),
    ).toBe(true);
    expect(doc.blocks.map((b) => b.text).join('')).toBe(text.trim());
    expect(new Set(sourceOf.map((b) => b.id))).toEqual(new Set(['b0']));
  });

  it('leave findings located in the block the user has', () => {
    const text = `${filler.repeat(300)}Her mother lives at 27 Larkspur Close, Coldbrook KD7 3RW. ${filler.repeat(10)}`;
    const postcode = scan(readText(text)).findings.find((f) => f.type === 'postcode')!;
    expect(postcode.location.blockId).toBe('b0');
    expect(text.slice(postcode.location.blockStart, postcode.location.blockEnd)).toBe('KD7 3RW');
  });

  it('keep unusual input within reach: a line of a million characters with no full stop still scans', () => {
    const line = 'word '.repeat(200_000);
    const report = scan(readText(line));
    expect(report.findings).toEqual([]);
  });
});
