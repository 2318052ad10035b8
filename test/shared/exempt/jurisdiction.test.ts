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
    [
      'Welsh legislation',
      'Report to Cabinet\n\nThe Council acts under Part 6 of the Social Services and Well-being (Wales) Act 2014 and the Well-being of Future Generations (Wales) Act 2015.',
    ],
    [
      'a paper written in Welsh',
      'Adroddiad i’r Pwyllgor Craffu\n\nMae’r adroddiad hwn yn nodi’r cynnydd a wnaed gyda’r strategaeth, ac mae’n gofyn i’r aelodau nodi’r camau sydd wedi eu cymryd ar gyfer y flwyddyn i ddod. Bydd y gwaith hefyd yn parhau drwy’r haf.',
    ],
    [
      'Atodlen 12A cited in Welsh',
      'Report to Cabinet\n\nEitem: Yn rhinwedd Paragraff 14 Rhan 4, Atodlen 12A Deddf Llywodraeth Leol 1972.',
    ],
    [
      'Part 4 of Schedule 12A cited in English',
      'Reasons restricted\n\nBy virtue of paragraph(s) 13 and 14 of Part 4 of Schedule 12A of the Local Government Act 1972.',
    ],
    [
      'Welsh paragraphs cited in Welsh',
      'Report\n\nEithriedig o dan baragraffau 12 a 13. Paragraffau 12 a 13 sy’n berthnasol.',
    ],
    [
      'the Welsh name of the Social Services and Well-being Act',
      'Report to Cabinet\n\nMae’r Cyngor yn gweithredu o dan Ran 6 o Ddeddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014.',
    ],
    [
      'a Welsh council named in English',
      'Minutes\n\nThe interests declared under the code adopted by the City and County of Abertawe were noted.',
    ],
    [
      'a Welsh county council named in English',
      'Planning Committee\n\nPowys County Council\n\nApplication for a new classroom.',
    ],
    [
      'two Welsh places in the opening',
      'Licensing Sub-Committee\n\nVenue: Council Chamber, Caernarfon\n\nPremises: the village hall, Bangor',
    ],
    [
      'a Welsh place and a Welsh postcode in the opening',
      'Licensing Sub-Committee\n\nPremises: Neuadd y Pentref, Llandudno, LL30 2AB',
    ],
  ])('reads Wales from %s', (_, text) => {
    expect(nation(text)).toBe('wales');
  });

  it('says why', () => {
    expect(detectJurisdiction(readText('CYNGOR SIR DYFFRYN\n\nReport')).reason).toBe(
      'The paper has a Welsh council name (Cyngor ...).',
    );
  });

  it.each([
    [
      'an English paper',
      'Marshfield Borough Council\n\nReport to Cabinet on fostering allowances under the Children and Social Work Act 2017.',
    ],
    [
      'an English paper that mentions a child placed in a home in Wales',
      'Marshfield Borough Council\n\nOne young person is placed in a home registered with Care Inspectorate Wales. Ofsted rated our homes good.',
    ],
    [
      '"Cyngor" far down the paper, quoted from a partner',
      `Marshfield Borough Council\n\n${'Background text. '.repeat(120)}\n\nWe met Cyngor Sir Dyffryn officers.`,
    ],
    [
      'an English paper about one child placed in a Welsh town',
      'Marshfield Borough Council\n\nReport to Cabinet\n\nOne young person is placed in a residential home near Wrexham.',
    ],
    [
      'an English paper with a word or two that look Welsh',
      'Marshfield Borough Council\n\nReport to Cabinet: the Mae Street bus lane and the Ein Gedi chapel car park.',
    ],
  ])('reads England from %s', (_, text) => {
    expect(nation(text)).toBe('england');
  });
});
