import { describe, expect, it } from 'vitest';
import postcode from '../../../shared/detectors/postcode.ts';
import { flagsOf, marked, spansFound } from '../../support/detector-harness.ts';

const examples = [
  "Tyler's mother lives at 27 Larkspur Close, Coldbrook [[KD7 3RW]].",
  'Her new flat is at Flat 4, Copperfield House, Station Road, Marshfield [[MF3 8JD]].',
  'Postcode [[SW1A1AA]] written without a space.',
  'The home is in [[GIR 0AA]], the old Girobank code.',
  'The family moved to 12 Tern Avenue, [[AH4]] in March.',
  'Figures for 2025 show KD7 referrals fell.',
  'Reference QV1 2AB is not a postcode: Q never starts one.',
  'The A1 and M62 carry most of the traffic.',
  'Civic Centre, Town Hall Square, Marshfield MF1 1AA. Contact: Democratic Services, telephone 01632 960000.',
  'National Children’s Bureau\n8 Wakley Street\nLondon EC1V 7QE\nTelephone 020 7843 6000\nwww.ncb.org.uk',
  'Meadowview House, 3 Moor Road, Ebbswick [[KD9 4LP]], is registered with Ofsted for one child.',
  // A meeting's venue and the council's own offices, in English or Welsh, are public,
  'Venue: Council Chamber, Guildhall, Eastbury EB1 2AA',
  'Lleoliad: Siambr y Cyngor, Neuadd y Sir, Aberwen AW3 1PQ.',
  'Swyddfeydd y Cyngor, Stryd y Castell, Aberwen AW3 1PQ',
  'Canolfan y Waun, Llanfair, Aberwen, AW6 7BB.',
  // A postcode district given as where a person lives,
  'He now lives in a one-bedroom flat in [[KD4]] with his partner.',
  'Her previous address was in the [[NE12]] area.',
  'Referrals from the NE12 district rose in 2024.',
];

describe('postcode', () => {
  it.each(examples)('%s', (example) => {
    const { text, spans } = marked(example);
    expect(spansFound(postcode, text)).toEqual(spans);
  });

  it('suggests a placeholder and cites Schedule 12A paragraphs 1 and 2', () => {
    const [finding] = flagsOf(postcode, 'She lives at KD7 3RW.');
    expect(finding).toMatchObject({ suggestion: '[Postcode]', severity: 'high' });
    expect(postcode.exemptParagraphs).toEqual({ england: [1, 2], wales: [12, 13] });
  });
});
