import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../../shared/sections/document-kind.ts';
import { readText } from '../../../shared/readers/text.ts';

describe('classifyDocument', () => {
  it.each([
    [
      'Cabinet\n\nReport of the Director of Children’s Services\n\n1. Purpose of the report\n\nTo agree the plan.\n\n2. Recommendations\n\nThat Cabinet agrees.\n\n6. Legal implications\n\nNone arise.',
      'report',
    ],
    [
      'Minutes of the meeting of the Corporate Parenting Panel\n\nPresent: Councillors A Smith and B Jones\n\n1. Apologies\n\nNone.',
      'minutes',
    ],
    ['PRESENT: Cllr S.M. Allen (Chair)\n\nAPOLOGIES: Cllr P Ward\n\n12. Matters arising', 'minutes'],
    ['Cofnodion cyfarfod y Pwyllgor\n\nPRESENNOL: Y Cynghorydd Huw Jones', 'minutes'],
    ['Agenda\n\nCabinet, Tuesday 4 March\n\n1. Apologies for absence\n\n2. Declarations of interest', 'agenda'],
    ['Record of decision\n\nDecision taken by the Cabinet Member for Children', 'decision-notice'],
    [
      'Adroddiad i’r Cabinet\n\n1. Pwrpas yr adroddiad\n\nCytuno’r cynllun.\n\n2. Argymhellion\n\nBod y Cabinet yn cytuno.',
      'report',
    ],
    // Welsh and bilingual papers
    [
      'PRESENNOL: Y Cynghorydd Elin Rowlands (Cadeirydd)\n\nYMDDIHEURIADAU: Y Cynghorydd Aled Pugh\n\n3. Materion yn codi',
      'minutes',
    ],
    [
      'Pwyllgor Gwasanaethau Plant\n\nYn bresennol: Cyng. Menna Huws\n\nHefyd yn bresennol: Swyddog Monitro\n\nSwyddogion: Pennaeth Gwasanaethau Plant',
      'minutes',
    ],
    [
      'Present / Presennol: Councillor Nia Parry\n\nApologies / Ymddiheuriadau: Councillor Iolo Bevan\n\n1. Minutes of the last meeting',
      'minutes',
    ],
    ['Rhaglen a chofnodion\n\nLleoliad: Siambr y Cyngor\n\n1. Ymddiheuriadau', 'minutes'],
    ['Agenda a Chofnodion\n\nCyngor Sir - Dydd Mercher', 'minutes'],
    ['Rhaglen\n\nY Cabinet, Dydd Mawrth 4 Mawrth\n\n1. Ymddiheuriadau\n\n2. Datgan buddiant', 'agenda'],
    ['Cofnod o Benderfyniad gan Aelod Cabinet\n\nPenderfyniad: Cymeradwyo’r cynllun.', 'decision-notice'],
    ['Manylion y penderfyniad\n\nGwneuthurwr y penderfyniad: Y Cabinet', 'decision-notice'],
    // Real-paper page conventions
    [
      'Agenda and minutes\n\nVenue: Council Chamber\n\n1. Apologies\n\nMinutes:\n\nApologies were received from Councillor Hall.',
      'minutes',
    ],
    [
      'Agenda item\n\nCare leavers council tax update\n\nTo receive a report.\n\nMinutes:\n\nThe Committee noted the update.',
      'minutes',
    ],
    ['Agenda item\n\nMinutes\n\nTo approve the minutes of the meeting held on 4 March.', 'agenda'],
    ['Decision details\n\nCorporate Parenting Strategy 2020 - 2023\n\nDecision Maker: Cabinet', 'decision-notice'],
    [
      'Record of Officer Executive Decision\n\nDecision taken by the Director of Children’s Services',
      'decision-notice',
    ],
  ])('reads %j as %s', (text, kind) => {
    expect(classifyDocument(readText(text))).toBe(kind);
  });

  it('calls a page with no report structure other, and a web page web-page', () => {
    expect(classifyDocument(readText('Bins are collected on Tuesdays. Check your day online.'))).toBe('other');
    expect(classifyDocument({ ...readText('Bins are collected on Tuesdays.'), format: 'html' })).toBe('web-page');
  });
});
