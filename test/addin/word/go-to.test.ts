// Go to a finding: the right occurrence inside its own paragraph is selected, in one round trip.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/index.ts';
import { goTo } from '../../../addin/src/word/go-to.ts';
import { toClearanceError } from '../../../addin/src/word/run.ts';
import { FIXTURE_REPORT } from '../support/fixture-report.ts';
import { scanned } from '../support/mock-context.ts';

const selectedText = (doc: { selection?: { paragraph: { text: string }; start: number; end: number } }) =>
  doc.selection && doc.selection.paragraph.text.slice(doc.selection.start, doc.selection.end);

describe('goTo', () => {
  it('selects the second "Tyler Brown" of a paragraph, not the first, in 1 sync', async () => {
    const { context, snapshot, report, doc, sync } = await scanned(FIXTURE_REPORT);
    const inPanel = report.findings.filter(
      (f) => f.text === 'Tyler Brown' && snapshot.doc.text.slice(f.start - 14, f.start).includes('and'),
    );
    expect(inPanel).toHaveLength(1);
    await goTo(context, snapshot, inPanel[0]!);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(doc.selection?.paragraph).toBe(doc.body.paragraphs[5]);
    expect(doc.selection?.start).toBe(doc.body.paragraphs[5]!.text.lastIndexOf('Tyler Brown'));
    expect(selectedText(doc)).toBe('Tyler Brown');
  });

  it('selects a finding in a footer', async () => {
    const { context, snapshot, report, doc, sync } = await scanned(FIXTURE_REPORT);
    const inFooter = report.findings.find((f) => f.location.part === 'footer')!;
    await goTo(context, snapshot, inFooter);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(doc.selection?.paragraph).toBe(doc.sections[0]!.footers.get('Primary')!.paragraphs[0]);
    expect(selectedText(doc)).toBe('Tyler Brown');
  });

  it('selects the text a comment is anchored on, in 2 syncs', async () => {
    const { context, snapshot, report, doc, sync } = await scanned(FIXTURE_REPORT);
    await goTo(
      context,
      snapshot,
      report.findings.find((f) => f.location.part === 'comments')!,
    );
    expect(sync).toHaveBeenCalledTimes(2);
    expect(doc.selection?.paragraph).toBe(doc.body.paragraphs[4]);
  });

  it("finds text longer than Word's 255-character search limit by its start and extends it", async () => {
    const long = `${'The carer described the placement in detail, '.repeat(7)}and this is where it ends.`;
    expect(long.length).toBeGreaterThan(255);
    const { context, snapshot, doc, sync } = await scanned({ body: ['Intro.', `Before. ${long} After.`] });
    const block = snapshot.doc.blocks[1]!;
    const start = block.text.indexOf(long);
    const finding: Finding = {
      start: block.start + start,
      end: block.start + start + long.length,
      text: long,
      type: 'address',
      severity: 'high',
      rule: 'test',
      message: 'test',
      location: {
        blockId: block.id,
        kind: block.kind,
        blockStart: start,
        blockEnd: start + long.length,
        part: 'body',
        paragraph: 1,
      },
      exemptParagraphs: [],
      disposition: 'flag',
      trace: [],
    };
    await goTo(context, snapshot, finding);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(selectedText(doc)).toBe(long);
  });

  it('fails with a plain message when the text has gone since the scan', async () => {
    const { context, snapshot, report, doc } = await scanned(FIXTURE_REPORT);
    doc.body.paragraphs[5]!.text = 'The panel met the child twice.';
    const finding = report.findings.find((f) => f.location.paragraph === 5 && f.text === 'Tyler Brown')!;
    const error = await goTo(context, snapshot, finding).then(() => undefined, toClearanceError);
    expect(error?.message).toMatch(/changed since the last scan/);
    expect(doc.selection).toBeUndefined();
  });
});
