// Reviewer comments on a finding, standard wording inserted in a tagged content control, and that
// wording updated in place to a new version: 1 sync each.
import { describe, expect, it } from 'vitest';
import { getClause, renderClause } from '../../../shared/index.ts';
import { addComment } from '../../../addin/src/word/add-comment.ts';
import { clauseTag, insertClause, parseClauseTag, type ClauseText } from '../../../addin/src/word/insert-clause.ts';
import { updateClause } from '../../../addin/src/word/update-clause.ts';
import { toClearanceError } from '../../../addin/src/word/run.ts';
import { controlText } from '../support/fake-word.ts';
import { FIXTURE_REPORT } from '../support/fixture-report.ts';
import { scanned } from '../support/mock-context.ts';

const financial: ClauseText = (() => {
  const clause = getClause('financial-implications');
  const values = Object.fromEntries(
    clause.variables.map((v) => [v.name, v.kind === 'date' ? '2025-03-12' : 'Sam Patel']),
  );
  return {
    id: clause.id,
    version: clause.version,
    title: clause.title,
    paragraphs: renderClause(clause.id, values),
    values,
    instance: 'a1b2c3',
  };
})();

describe('addComment', () => {
  it('anchors a reviewer comment on the finding in 1 sync', async () => {
    const { context, snapshot, report, doc, sync } = await scanned(FIXTURE_REPORT);
    const age = report.findings.find((f) => f.type === 'age')!;
    await addComment(context, snapshot, age, 'Move to the exempt appendix');
    expect(sync).toHaveBeenCalledTimes(1);
    expect(doc.comments.at(-1)).toMatchObject({ content: 'Move to the exempt appendix', anchor: age.text });
  });
});

describe('insertClause', () => {
  it('inserts a missing section with its heading before the next heading, tagged, in 1 sync', async () => {
    const { context, snapshot, doc, sync } = await scanned(FIXTURE_REPORT);
    await insertClause(context, snapshot, financial, {
      at: 'new-section',
      heading: 'Financial implications',
      headingStyle: 'Heading1',
      before: 8,
    });
    expect(sync).toHaveBeenCalledTimes(1);
    const texts = doc.body.paragraphs.map((p) => p.text);
    const heading = texts.indexOf('Financial implications');
    expect(heading).toBe(8);
    expect(doc.body.paragraphs[heading]!.styleBuiltIn).toBe('Heading1');
    expect(texts.slice(heading + 1, heading + 1 + financial.paragraphs.length)).toEqual(financial.paragraphs);
    expect(doc.body.paragraphs[heading + 1]!.styleBuiltIn).toBe('Normal');
    expect(doc.contentControls).toHaveLength(1);
    expect(doc.contentControls[0]).toMatchObject({
      tag: clauseTag(financial.id, financial.version, 'a1b2c3'),
      title: expect.stringContaining(financial.title),
    });
    expect(controlText(doc.contentControls[0]!)).toEqual(financial.paragraphs);
    expect(parseClauseTag(doc.contentControls[0]!.tag)).toEqual({
      tag: doc.contentControls[0]!.tag,
      id: 'financial-implications',
      version: financial.version,
      instance: 'a1b2c3',
    });
  });

  it('fills a placeholder section straight after its heading', async () => {
    const { context, snapshot, doc } = await scanned(FIXTURE_REPORT);
    await insertClause(context, snapshot, financial, { at: 'after-heading', paragraph: 8 });
    expect(doc.body.paragraphs[9]!.text).toBe(financial.paragraphs[0]);
  });

  it('takes the place of the placeholder paragraphs ("TBC") under the heading, in 1 sync', async () => {
    const { context, snapshot, doc, sync } = await scanned(FIXTURE_REPORT);
    await insertClause(context, snapshot, financial, { at: 'after-heading', paragraph: 8, replacing: [9] });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(doc.body.paragraphs.slice(8).map((p) => p.text)).toEqual(['3. Legal implications', ...financial.paragraphs]);
  });

  it('inserts at the cursor', async () => {
    const { context, snapshot, doc } = await scanned(FIXTURE_REPORT);
    doc.selection = { paragraph: doc.body.paragraphs[3]!, start: 0, end: 0 };
    await insertClause(context, snapshot, financial, { at: 'cursor' });
    expect(doc.body.paragraphs[4]!.text).toBe(financial.paragraphs[0]);
  });
});

describe('updateClause', () => {
  // The wording of a later version: one more paragraph, as a revised clause might have.
  const revised: ClauseText = {
    ...financial,
    version: financial.version + 1,
    paragraphs: [...financial.paragraphs.map((p) => `${p} (revised)`), 'A new closing paragraph.'],
  };

  it('replaces the wording inside its control, keeps the text around it, and moves the tag to the new version, in 1 sync', async () => {
    const { context, snapshot, doc, sync } = await scanned(FIXTURE_REPORT);
    await insertClause(context, snapshot, financial, { at: 'after-heading', paragraph: 8 });
    const before = doc.body.paragraphs.map((p) => p.text);
    sync.mockClear();
    await updateClause(context, clauseTag(financial.id, financial.version, 'a1b2c3'), revised);
    expect(sync).toHaveBeenCalledTimes(1);
    const texts = doc.body.paragraphs.map((p) => p.text);
    expect(texts.slice(0, 9)).toEqual(before.slice(0, 9));
    expect(texts.slice(9, 9 + revised.paragraphs.length)).toEqual(revised.paragraphs);
    expect(texts.slice(9 + revised.paragraphs.length)).toEqual(before.slice(9 + financial.paragraphs.length));
    expect(doc.body.paragraphs.slice(9, 9 + revised.paragraphs.length).every((p) => p.styleBuiltIn === 'Normal')).toBe(
      true,
    );
    expect(doc.contentControls).toHaveLength(1);
    expect(controlText(doc.contentControls[0]!)).toEqual(revised.paragraphs);
    expect(doc.contentControls[0]).toMatchObject({
      tag: clauseTag(financial.id, revised.version, 'a1b2c3'),
      title: `${financial.title} (standard wording v${revised.version})`,
    });
  });

  it('changes nothing when the control has gone since the scan, and says to scan again', async () => {
    const { context, snapshot, doc } = await scanned(FIXTURE_REPORT);
    await insertClause(context, snapshot, financial, { at: 'after-heading', paragraph: 8 });
    const before = doc.body.paragraphs.map((p) => p.text);
    const error = await updateClause(context, clauseTag(financial.id, financial.version, 'gone'), revised).then(
      () => undefined,
      toClearanceError,
    );
    expect(error?.message).toMatch(/Scan again/);
    expect(doc.body.paragraphs.map((p) => p.text)).toEqual(before);
  });
});
