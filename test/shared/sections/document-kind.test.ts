import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../../shared/sections/document-kind.ts';
import { readText } from '../../../shared/readers/text.ts';

describe('classifyDocument', () => {
  it.each([
    ['Cabinet\n\nReport of the Director of Children’s Services\n\n1. Purpose of the report\n\nTo agree the plan.\n\n2. Recommendations\n\nThat Cabinet agrees.\n\n6. Legal implications\n\nNone arise.', 'report'],
    ['Minutes of the meeting of the Corporate Parenting Panel\n\nPresent: Councillors A Smith and B Jones\n\n1. Apologies\n\nNone.', 'minutes'],
    ['PRESENT: Cllr S.M. Allen (Chair)\n\nAPOLOGIES: Cllr P Ward\n\n12. Matters arising', 'minutes'],
    ['Cofnodion cyfarfod y Pwyllgor\n\nPRESENNOL: Y Cynghorydd Huw Jones', 'minutes'],
    ['Agenda\n\nCabinet, Tuesday 4 March\n\n1. Apologies for absence\n\n2. Declarations of interest', 'agenda'],
    ['Record of decision\n\nDecision taken by the Cabinet Member for Children', 'decision-notice'],
    ['Adroddiad i’r Cabinet\n\n1. Pwrpas yr adroddiad\n\nCytuno’r cynllun.\n\n2. Argymhellion\n\nBod y Cabinet yn cytuno.', 'report'],
  ])('reads %j as %s', (text, kind) => {
    expect(classifyDocument(readText(text))).toBe(kind);
  });

  it('calls a page with no report structure other, and a web page web-page', () => {
    expect(classifyDocument(readText('Bins are collected on Tuesdays. Check your day online.'))).toBe('other');
    expect(classifyDocument({ ...readText('Bins are collected on Tuesdays.'), format: 'html' })).toBe('web-page');
  });
});
