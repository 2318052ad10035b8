// Reading the nation from the paper: Welsh council names, bilingual headers, Welsh addresses and law.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../shared/readers/text.ts';
import { detectJurisdiction } from '../../../shared/exempt/advise.ts';

const nation = (text: string) => detectJurisdiction(readText(text)).jurisdiction;

describe('detectJurisdiction', () => {
  it.each([
    ['a Welsh council name', 'CYNGOR BWRDEISTREF SIROL GLANAFON\nGLANAFON COUNTY BOROUGH COUNCIL\n\nReport to Cabinet'],
    ['a bilingual header', "Glanafon Council\n\nAdroddiad i'r Cabinet / Report to Cabinet"],
    ['a Welsh Government address', 'Report to Cabinet\n\nGuidance: https://www.gov.wales/basic-income-care-leavers'],
    ['a llyw.cymru address', 'Report to Cabinet\n\nCanllawiau: https://www.llyw.cymru/incwm-sylfaenol'],
    ['Welsh legislation', 'Report to Cabinet\n\nThe Council acts under Part 6 of the Social Services and Well-being (Wales) Act 2014 and the Well-being of Future Generations (Wales) Act 2015.'],
  ])('reads Wales from %s', (_, text) => {
    expect(nation(text)).toBe('wales');
  });

  it('says why', () => {
    expect(detectJurisdiction(readText('CYNGOR SIR DYFFRYN\n\nReport')).reason).toBe('The paper has a Welsh council name (Cyngor ...).');
  });

  it.each([
    ['an English paper', 'Marshfield Borough Council\n\nReport to Cabinet on fostering allowances under the Children and Social Work Act 2017.'],
    ['an English paper that mentions a child placed in a home in Wales', 'Marshfield Borough Council\n\nOne young person is placed in a home registered with Care Inspectorate Wales. Ofsted rated our homes good.'],
    ['"Cyngor" far down the paper, quoted from a partner', `Marshfield Borough Council\n\n${'Background text. '.repeat(120)}\n\nWe met Cyngor Sir Dyffryn officers.`],
  ])('reads England from %s', (_, text) => {
    expect(nation(text)).toBe('england');
  });
});
