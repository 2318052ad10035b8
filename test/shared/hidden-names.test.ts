// The classic leak: a child's name taken out of the body but still in the file, in a tracked deletion,
// a comment, a header or the document's title. Each must be reported, with the part named.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../shared/readers/index.ts';
import { scan } from '../../shared/engine/scan.ts';
import type { DocumentPart } from '../../shared/model/document.ts';
import { HIDDEN_BLOCK_KINDS } from '../../shared/vocabulary.ts';
import { buildDocx, p, r } from './readers/build-docx.ts';

const BODY = [
  p('Cabinet, 12 March 2026'),
  p('Approval of a residential placement'),
  p('1.1 That Cabinet approves the placement of the child at a cost of £9,200 a week.'),
  p('Contact officer: Rebecca Thornley, Head of Service, 01632 960851'),
].join('');

const CASES: [string, Parameters<typeof buildDocx>[0], DocumentPart][] = [
  [
    'a tracked deletion',
    {
      body:
        BODY +
        `<w:p>${r('2.1 The child')}<w:del w:id="1" w:author="A"><w:r><w:delText xml:space="preserve"> Tyler Brookes</w:delText></w:r></w:del>${r(' is settled.')}</w:p>`,
    },
    'body',
  ],
  [
    'a comment',
    { body: BODY, comments: `<w:comment w:id="0" w:author="Legal">${p('Tyler Brookes')}</w:comment>` },
    'comments',
  ],
  ['a header', { body: BODY, headers: [p('Tyler Brookes')] }, 'header'],
  [
    'the document title',
    { body: BODY, core: '<dc:title>Tyler Brookes</dc:title><dc:creator>Rebecca Thornley</dc:creator>' },
    'properties',
  ],
];

describe('a child’s name whose only copy is out of sight', () => {
  it.each(CASES)('is reported when it is only in %s, with the part named', async (_where, parts, part) => {
    const report = scan(await readDocument(buildDocx(parts), 'placement.docx'));
    // Reported means flagged or put to the reviewer: never left alone as public.
    const flagged = report.findings.filter((f) => f.text.includes('Tyler Brookes') && f.disposition !== 'public');
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged[0]!.location.part).toBe(part);
  });

  it('leaves the officer who saved the file alone', async () => {
    const report = scan(await readDocument(buildDocx(CASES[3]![1]), 'placement.docx'));
    expect(report.findings.filter((f) => f.text.includes('Rebecca Thornley') && f.disposition !== 'public')).toEqual(
      [],
    );
  });

  it('names hidden kinds of text in the finding’s location', async () => {
    const report = scan(await readDocument(buildDocx(CASES[0]![1]), 'placement.docx'));
    const kind = report.findings.find((f) => f.text.includes('Tyler Brookes'))!.location.kind;
    expect(kind).toBe('tracked-deletion');
    expect(HIDDEN_BLOCK_KINDS).toContain(kind);
  });
});
