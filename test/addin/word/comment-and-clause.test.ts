// Reviewer comments on a finding, and standard wording inserted in a tagged content control: 1 sync each.
import { describe, expect, it } from 'vitest';
import { getClause, renderClause } from '../../../shared/index.ts';
import { addComment } from '../../../addin/src/word/add-comment.ts';
import { clauseTag, insertClause, type ClauseText } from '../../../addin/src/word/insert-clause.ts';
import { FIXTURE_REPORT } from '../support/fixture-report.ts';
import { scanned } from '../support/mock-context.ts';

const financial: ClauseText = (() => {
  const clause = getClause('financial-implications');
  const values = Object.fromEntries(clause.variables.map((v) => [v.name, v.kind === 'date' ? '2025-03-12' : 'Sam Patel']));
  return { id: clause.id, version: clause.version, title: clause.title, paragraphs: renderClause(clause.id, values) };
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
    await insertClause(context, snapshot, financial, { at: 'new-section', heading: 'Financial implications', headingStyle: 'Heading1', before: 8 });
    expect(sync).toHaveBeenCalledTimes(1);
    const texts = doc.body.paragraphs.map((p) => p.text);
    const heading = texts.indexOf('Financial implications');
    expect(heading).toBe(8);
    expect(doc.body.paragraphs[heading]!.styleBuiltIn).toBe('Heading1');
    expect(texts.slice(heading + 1, heading + 1 + financial.paragraphs.length)).toEqual(financial.paragraphs);
    expect(doc.body.paragraphs[heading + 1]!.styleBuiltIn).toBe('Normal');
    expect(doc.contentControls).toEqual([{ tag: clauseTag(financial.id, financial.version), title: expect.stringContaining(financial.title), text: financial.paragraphs }]);
    expect(doc.contentControls[0]!.tag).toMatch(/^clearance:clause:financial-implications@\d+$/);
  });

  it('fills a placeholder section straight after its heading', async () => {
    const { context, snapshot, doc } = await scanned(FIXTURE_REPORT);
    await insertClause(context, snapshot, financial, { at: 'after-heading', paragraph: 8 });
    expect(doc.body.paragraphs[9]!.text).toBe(financial.paragraphs[0]);
  });

  it('inserts at the cursor', async () => {
    const { context, snapshot, doc } = await scanned(FIXTURE_REPORT);
    doc.selection = { paragraph: doc.body.paragraphs[3]!, start: 0, end: 0 };
    await insertClause(context, snapshot, financial, { at: 'cursor' });
    expect(doc.body.paragraphs[4]!.text).toBe(financial.paragraphs[0]);
  });
});
