// The classic leak: a child's name taken out of the body but still in the file. Each of these .docx files
// holds its only copy of the name in one hiding place; the scan must report it and name the part.
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../shared/readers/docx.ts';
import { scan } from '../../../shared/engine/scan.ts';
import { parsePolicy } from '../../../shared/policy/parse.ts';
import type { Policy } from '../../../shared/policy/schema.ts';
import { buildDocx, p, r, type DocxParts } from './build-docx.ts';

const BODY =
  p('Report to Cabinet on the placement of a looked after child.') +
  p('The child has settled well with foster carers and attends school daily.');

function nameFindings(
  parts: DocxParts,
  policy?: Policy,
): { part: string; kind: string | undefined; property?: string }[] {
  const doc = readDocx(buildDocx(parts));
  expect(doc.text.match(/Tyler Smith/g)).toHaveLength(1);
  return scan(doc, policy)
    .findings.filter((f) => f.text.includes('Tyler Smith') && f.severity === 'high')
    .map((f) => ({
      part: f.location.part,
      kind: doc.blocks.find((b) => b.id === f.location.blockId)?.kind,
      ...(f.location.property && { property: f.location.property }),
    }));
}

describe("a child's name whose only copy hides outside the visible body", () => {
  it('is reported from a comment, naming the comments part', () => {
    expect(
      nameFindings({
        body: BODY,
        comments: `<w:comment w:id="0" w:author="J Jones">${p('Check with Tyler Smith’s foster carer before publishing.')}</w:comment>`,
      }),
    ).toEqual([{ part: 'comments', kind: 'comment' }]);
  });

  it('is reported from a header, naming the header part', () => {
    expect(nameFindings({ body: BODY, headers: [p('Placement review: Tyler Smith')] })).toEqual([
      { part: 'header', kind: 'header' },
    ]);
  });

  it('is reported from the document title, naming the property', () => {
    expect(nameFindings({ body: BODY, core: '<dc:title>Placement of Tyler Smith</dc:title>' })).toEqual([
      { part: 'properties', kind: 'property', property: 'title' },
    ]);
  });

  it('is reported from a tracked deletion, as a tracked-deletion block of the body', () => {
    const body =
      BODY +
      `<w:p>${r('The child ')}<w:del w:id="1" w:author="A"><w:r><w:delText>Tyler Smith, aged 9, </w:delText></w:r></w:del>${r('has moved school.')}</w:p>`;
    expect(nameFindings({ body })).toEqual([{ part: 'body', kind: 'tracked-deletion' }]);
  });

  it('is reported from a bare-name tracked deletion when the council lists the name', () => {
    const body =
      BODY +
      `<w:p>${r('The child ')}<w:del w:id="1" w:author="A"><w:r><w:delText>Tyler Smith</w:delText></w:r></w:del>${r(' has moved school.')}</w:p>`;
    const policy = parsePolicy({ denyNames: ['Tyler Smith'] });
    if (!policy.ok) throw new Error(policy.errors.join('; '));
    expect(nameFindings({ body }, policy.policy)).toEqual([{ part: 'body', kind: 'tracked-deletion' }]);
  });

  it('is reported from hidden text', () => {
    const body =
      BODY + `<w:p>${r('The child ')}${r('Tyler Smith, aged 9,', '<w:vanish/>')}${r(' has moved school.')}</w:p>`;
    expect(nameFindings({ body })).toEqual([{ part: 'body', kind: 'hidden-text' }]);
  });
});
