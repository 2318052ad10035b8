import { describe, expect, it } from 'vitest';
import caseReference from '../../../shared/detectors/case-reference.ts';
import { marked, spansFound } from '../../support/detector-harness.ts';

const examples = [
  'The boy had six social workers in 18 months (Liquidlogic case reference [[20-114582]]).',
  'Tyler Brown (NHS number 999 204 7186, LCS ID [[1048823]]) is aged 13.',
  'L.T. (DOB 12/03/2010, Mosaic ID [[2287410]]) at Greystones Farm.',
  'WCCIS ID\t[[7781204]]',
  'She was charged outside the college (police reference [[NG/25/018833]]).',
  'Police enquiries are continuing under crime reference [[CR/0045612/24]].',
  "The Council's internal complaint file (reference [[COMP/2023/0457]]) has been retained.",
  'He was referred by the Home Office (Home Office reference [[S2178843]]).',
  'The solicitors issued a claim (claim number [[AC-2024-LON-003187]]).',
  'The Ombudsman’s report (LGSCO reference [[23 007 891]]) is attached.',
  'Decision reference: ODR/CS/2024/118',
  'Application number: 24/01187/FUL',
  'Key decision: Yes (Forward Plan reference FP/2025/003)',
  'Jayden provided his mobile number (07700 900461).',
  'The number of children fell from 118 to 104.',
  'With reference to the report of 12/03/2024, members noted the figures.',
  // A local file code (capitals, a separator, digits, perhaps a year) beside a person, a case or a file word is that person's file,
  'Her complaint was logged as [[CMP/2024/01187]] and answered late.',
  'The case file, [[FSW-3310942]], records four moves.',
  'His tenancy ([[HSG/2022/77104]]) ended in May.',
  // ... but a council record's code is the council's business,
  'Planning application DC/2024/01234 was approved subject to conditions.',
  'The scheme is listed on the forward plan as FP/2025/0032.',
  // Cells under an ID or reference column heading are each row's file,
  'Name\tCase ref\tWard\nA. Bell\t[[XY-5521093]]\tNorth\nB. Shaw\t[[88120447]]\tSouth',
  'Ward\tCases\nNorth\t1204',
  // The label may be joined to the reference by a verb,
  'Her Mosaic identifier is [[5520917]] and her school is nearby.',
  // A forward plan's reference is the council's business,
  'Plan Reference: 2025/318',
];

describe('case-reference', () => {
  it.each(examples)('%s', (example) => {
    const { text, spans } = marked(example);
    expect(spansFound(caseReference, text)).toEqual(spans);
  });
});
