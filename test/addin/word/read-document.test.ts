// Reading the open document: every part into the engine's model, in two round trips whatever its length.
import { describe, expect, it } from 'vitest';
import { detectCapabilities } from '../../../addin/src/word/capabilities.ts';
import { readDocument } from '../../../addin/src/word/read-document.ts';
import { FIXTURE_REPORT } from '../support/fixture-report.ts';
import { mockWord } from '../support/mock-context.ts';

const upTo = (version: string) => detectCapabilities((_set, v) => Number(v) <= Number(version));

describe('readDocument', () => {
  it('reads body, footer, comment, tracked deletion, hidden text and properties in 2 syncs', async () => {
    const word = mockWord(FIXTURE_REPORT);
    const snapshot = await readDocument(word.context, upTo('1.7'));
    expect(word.sync).toHaveBeenCalledTimes(2);
    const kinds = snapshot.doc.blocks.map((b) => `${b.kind}:${b.text.slice(0, 12)}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'heading:Cabinet, 12 ',
        'heading:1. Backgroun',
        'footer:Draft: prepa',
        'comment:Check with M',
        'tracked-deletion:His mother, ',
        'hidden-text:Tyler Brown ',
        'property:Tyler Brown ',
      ]),
    );
    expect(snapshot.doc.blocks.find((b) => b.text === '1. Background')?.headingLevel).toBe(1);
    expect(snapshot.trackingMode).toBe('TrackAll');
    expect(snapshot.bodyTexts).toHaveLength(FIXTURE_REPORT.body.length);
  });

  it('records where each block lives so findings map back to Word', async () => {
    const word = mockWord(FIXTURE_REPORT);
    const snapshot = await readDocument(word.context, upTo('1.7'));
    const at = (text: string) => snapshot.places[snapshot.doc.blocks.findIndex((b) => b.text.startsWith(text))];
    expect(at('The panel met')).toEqual({ part: 'body', paragraph: 5 });
    expect(at('Draft: prepared')).toEqual({ part: 'footer', section: 0, type: 'Primary', paragraph: 0 });
    expect(at('Tyler Brown placement')).toEqual({ part: 'properties', property: 'subject' });
    expect(
      snapshot.doc.blocks.every(
        (b, i) => snapshot.doc.text.slice(b.start, b.start + b.text.length) === b.text && snapshot.places[i],
      ),
    ).toBe(true);
  });

  it('finds standard wording inserted earlier by its content-control tag, and ignores other controls', async () => {
    const word = mockWord(FIXTURE_REPORT);
    word.doc.contentControls.push(
      { tag: 'clearance:clause:financial-implications@1', title: '', paragraphs: [] },
      { tag: 'council:logo', title: '', paragraphs: [] },
    );
    const snapshot = await readDocument(word.context, upTo('1.7'));
    expect(snapshot.clauses).toEqual([
      { tag: 'clearance:clause:financial-implications@1', id: 'financial-implications', version: 1 },
    ]);
    expect(word.sync).toHaveBeenCalledTimes(2);
  });

  it('makes the same 2 syncs for a 2,000-paragraph report with headers in 5 sections', async () => {
    const body = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i} of the report.`);
    const sections = Array.from({ length: 5 }, (_, i) => ({
      headers: { Primary: [`Section ${i} header`] },
      footers: { FirstPage: [`Section ${i} footer`] },
    }));
    const word = mockWord({ body, sections });
    const snapshot = await readDocument(word.context, upTo('1.7'));
    expect(word.sync).toHaveBeenCalledTimes(2);
    expect(snapshot.doc.blocks.filter((b) => b.kind === 'header' || b.kind === 'footer')).toHaveLength(10);
  });

  it('on a WordApi 1.3 host reads what it can, still in 2 syncs', async () => {
    const word = mockWord({ ...FIXTURE_REPORT, wordApi: '1.3' });
    const snapshot = await readDocument(word.context, upTo('1.3'));
    expect(word.sync).toHaveBeenCalledTimes(2);
    expect(
      snapshot.doc.blocks.some((b) => b.kind === 'comment' || b.kind === 'hidden-text' || b.kind.startsWith('tracked')),
    ).toBe(false);
    expect(snapshot.trackingMode).toBe('Off');
  });

  it('on a WordApi 1.4 host recovers tracked deletions from the original text', async () => {
    const word = mockWord({ ...FIXTURE_REPORT, wordApi: '1.4' });
    const snapshot = await readDocument(word.context, upTo('1.4'));
    expect(snapshot.doc.blocks.filter((b) => b.kind === 'tracked-deletion').map((b) => b.text)).toEqual([
      'His mother, Kelly Brown, objected.',
    ]);
    expect(snapshot.trackedChangesListed).toBe(false);
  });
});
