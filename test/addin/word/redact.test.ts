// Redaction in Word: the text is replaced everywhere the findings lie, Track Changes does not keep
// the old text as a deletion, and a re-read finds nothing left but what could not be reached.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/index.ts';
import { cardId } from '../../../addin/src/clearance/groups.ts';
import { placeholderOf, planPlaceholders } from '../../../addin/src/clearance/redaction-plan.ts';
import { describeRedaction, redact } from '../../../addin/src/word/redact.ts';
import { toClearanceError } from '../../../addin/src/word/run.ts';
import { leftovers, readForVerification, textOf } from '../../../addin/src/word/verify-redaction.ts';
import { readDocument } from '../../../addin/src/word/read-document.ts';
import { FIXTURE_REPORT } from '../support/fixture-report.ts';
import { scanned } from '../support/mock-context.ts';

/** The engine's placeholders for the findings, as the pane gives them. */
const targets = (findings: readonly Finding[]) => {
  const plan = planPlaceholders(findings);
  return findings.map((finding) => ({ finding, placeholder: placeholderOf(plan, finding)! }));
};
/** Every mention of the same person (or the same detail), as one card of the pane holds them. */
const mentionsOf = (chosen: Finding, all: readonly Finding[]) => all.filter((f) => cardId(f) === cardId(chosen));
const placeholderFor = (f: Finding) => placeholderOf(planPlaceholders([f]), f)!;

describe('redact', () => {
  it('replaces every mention of a child with one placeholder in 1 sync, pausing Track Changes', async () => {
    const { context, snapshot, report, doc, sync, properties, can } = await scanned(FIXTURE_REPORT);
    const tyler = report.findings.find((f) => f.text === 'Tyler Brown' && f.location.part === 'body')!;
    const outcome = await redact(context, snapshot, targets(mentionsOf(tyler, report.findings)));
    expect(sync).toHaveBeenCalledTimes(1);
    expect(doc.body.paragraphs[4]!.text).toMatch(/^\[Child 1\], aged 9/);
    expect(doc.body.paragraphs[5]!.text).toBe(
      'The panel met [Child 1] twice, and [Child 1] said he wanted to stay with his brother.',
    );
    expect(doc.sections[0]!.footers.get('Primary')!.paragraphs[0]!.text).toBe(
      'Draft: prepared about [Child 1] for the panel',
    );
    expect(properties().subject).toBe('[Child 1] placement');
    // No tracked deletion keeps the name, and the user's Track Changes setting is back as it was.
    expect(doc.trackedChanges.map((c) => c.text).join(' ')).not.toContain('Tyler');
    expect((context.document as { changeTrackingMode: string }).changeTrackingMode).toBe('TrackAll');
    expect(outcome.trackingPaused).toBe(true);
    expect(outcome.skipped.map((s) => s.finding.location.kind)).toEqual(['hidden-text']);
    expect(describeRedaction(outcome)).toMatch(/Track Changes was paused/);

    // The engine's verifier over the OOXML, in 1 sync: only the hidden text (a w:vanish run in the body) still holds the name.
    sync.mockClear();
    const checked = await readForVerification(context, snapshot, can);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(leftovers(checked, ['Tyler Brown'])).toEqual([{ text: 'Tyler Brown', parts: ['the body'] }]);
    expect(doc.body.paragraphs[4]!.hidden).toContain('Tyler Brown');
  });

  it('reads every add-in setting stored in the document in the same sync: a name kept there fails the check', async () => {
    const { context, snapshot, can, sync, doc } = await scanned(FIXTURE_REPORT);
    doc.settings.set('some-addin.cache', { lastSearch: 'Janet Okafor' });
    const checked = await readForVerification(context, snapshot, can);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(leftovers(checked, ['Janet Okafor'])).toEqual([
      { text: 'Janet Okafor', parts: ['the body', 'the comments', "the document's settings"] },
    ]);
  });

  it('finds a name Word split over runs, a tracked deletion and a footer in the OOXML, as `clearance redact` does', async () => {
    const { context, snapshot, can, sync } = await scanned(FIXTURE_REPORT);
    const checked = await readForVerification(context, snapshot, can);
    expect(sync).toHaveBeenCalledTimes(1);
    const body = checked.find((c) => c.part === 'the body' && 'xml' in c)!;
    // The double splits runs every 4 characters, so the XML never holds the names whole.
    expect('xml' in body && body.xml).not.toMatch(/Tyler Brown|Kelly Brown/);
    expect(leftovers(checked, ['Tyler Brown', 'Kelly Brown', 'Janet Okafor'])).toEqual([
      { text: 'Tyler Brown', parts: ['the body', 'a footer', "the file's properties"] },
      { text: 'Kelly Brown', parts: ['the body'] },
      { text: 'Janet Okafor', parts: ['the body', 'the comments'] },
    ]);
  });

  it('catches a name left in an attribute (a picture description), which no text read can see', async () => {
    const seed = {
      ...FIXTURE_REPORT,
      body: FIXTURE_REPORT.body.map((p, i) =>
        i === 5 && typeof p !== 'string' ? { ...p, altText: 'Photo of Tyler Brown at the panel' } : p,
      ),
    };
    const { context, snapshot, report, can } = await scanned(seed);
    const tyler = report.findings.find((f) => f.text === 'Tyler Brown' && f.location.part === 'body')!;
    await redact(context, snapshot, targets(mentionsOf(tyler, report.findings)));
    const visibleOnly = textOf(await readDocument(context, can)).filter((c) => c.part !== 'hidden text');
    expect(leftovers(visibleOnly, ['Tyler Brown'])).toEqual([]);
    const checked = await readForVerification(context, snapshot, can);
    const body = checked.find((c) => 'xml' in c && c.part === 'the body');
    expect(body && 'xml' in body && body.xml).toContain('descr="Photo of Tyler Brown at the panel"');
    expect(leftovers(checked, ['Tyler Brown'])).toEqual([{ text: 'Tyler Brown', parts: ['the body'] }]);
  });

  it('leaves the replaced name behind as a tracked deletion if tracking were not paused (the double models Word)', async () => {
    const { doc } = await scanned(FIXTURE_REPORT);
    const paragraph = doc.context().document.body.paragraphs;
    paragraph.load();
    await doc.sync();
    paragraph.items[5]!.search('Tyler Brown', { matchCase: true }).getFirst().insertText('[Child 1]', 'Replace');
    expect(doc.trackedChanges.map((c) => c.text)).toContain('Tyler Brown');
  });

  it('accepts a tracked deletion that holds the name and edits a comment, in 2 syncs', async () => {
    const { context, snapshot, report, doc, sync } = await scanned(FIXTURE_REPORT);
    const kelly = report.findings.find((f) => f.location.part === 'tracked-changes')!;
    const okafor = report.findings.find((f) => f.location.part === 'comments')!;
    const outcome = await redact(context, snapshot, targets([kelly, okafor]));
    expect(sync).toHaveBeenCalledTimes(2);
    expect(doc.trackedChanges.some((c) => c.text.includes('Kelly'))).toBe(false);
    expect(doc.comments[0]!.content).toBe(`Check with ${placeholderFor(okafor)} before this goes out`);
    expect(outcome).toMatchObject({ acceptedDeletions: 1, comments: 1 });
  });

  it('changes nothing when a finding has gone since the scan, and says to scan again', async () => {
    const { context, snapshot, report, doc } = await scanned(FIXTURE_REPORT);
    doc.body.paragraphs[5]!.text = 'The panel met the child twice.';
    const before = doc.allText();
    const tyler = report.findings.find((f) => f.text === 'Tyler Brown' && f.location.part === 'body')!;
    const error = await redact(context, snapshot, targets(mentionsOf(tyler, report.findings))).then(
      () => undefined,
      toClearanceError,
    );
    expect(error?.message).toMatch(/Scan again/);
    expect(doc.allText()).toBe(before);
  });
});
