import { describe, expect, it } from 'vitest';
import smallCohort from '../../../shared/detectors/small-cohort.ts';
import { parsePolicy } from '../../../shared/policy/parse.ts';
import { findingsOf, marked, spansFound } from '../../support/detector-harness.ts';

const examples = [
  'There are [[two unaccompanied asylum-seeking children placed in Wrexham]].',
  'During the winter of 2024/25 there were [[three care leavers placed in bed and breakfast accommodation]].',
  'Officers confirmed that there was [[one child placed in a secure children’s home in Scotland]].',
  '[[Two of these children]] were later moved.',
  'Of the Year 11 cohort, [[3 young people excluded from Oakfield Academy]] remain on roll.',
  'Attainment was [[50% (1 of 2)]] against 48% nationally.',
  'She cares for [[three brothers]] aged 6, 8 and 11.',
  'There are [[four young people from Sudan]], all of whom arrived together.',
  '[[One family]], the Ahmeds, had offered a home to [[three siblings]].',
  'Of the 12 unaccompanied children, [[two are from Afghanistan]].',
  'Of the 14 children placed out of county, [[3 are in Powys]] and [[one is in a residential school in Shropshire]].',
  'Of the councillors on the panel, two are from Labour.',
  'Plas Derwen is registered with Care Inspectorate Wales for two young people.',
  'Grant permission subject to a maximum of two children in residence.',
  'The Council looks after 212 children in care, of whom 131 live with foster carers.',
  'The number placed in unregistered provision remained at fewer than five.',
  'The panel includes three County Councillors and two co-opted care-experienced young people.',
  'Section 1 of the Children and Social Work Act 2017 applies.',
  'The home has four beds for children aged 11 to 17.',
  'Waiting times were six months for children under five.',
  'Eleven young people took part in the consultation.',
  'Two children’s homes were inspected.',
  'Each session focused on one specific term which young people found confusing.',
  'Members heard five reasons why looked-after children move school.',
  'One child in twenty experienced a change of placement.',
  // A small count with its share, in a table whose column counts people, is a cohort; a large one is not,
  'Group\tNumber of members (%)\nUnder 11\t31 (70%)\nTravellers\t[[4 (9%)]]\nDeaf\t[[2 (5%)]]',
  // A table counting people by its caption above,
  'The table shows the number of young people supported, by area.\n\nArea\tSupported lodgings\tFoyer\nHillside\t[[3]]\t12',
  // A table of money or rates counts no one,
  'Spending by area.\n\nArea\tCost (£k)\tRate\nHillside\t3\t4',
  // A count standing for members of a group the sentence opens with, or named just before,
  'Of the 12 care leavers we spoke to, [[three had slept rough in the last year]].',
  'Among young people placed out of county, [[only one is in education]], and he attends college.',
  '[[Nine care leavers]] applied; [[two of them had been placed in Ashby by other councils]], and [[one of those two was refused a tenancy]].',
  // A small numerator reveals those few people's outcomes even from a larger base,
  'In the North ward [[64% (7 of 11)]] are in education.',
  // A pair of siblings with where they are placed,
  'The carers looked after [[a brother and sister placed with them in 2021 under care orders]].',
  // A school year describes a pupil,
  'Sadly [[one Year 10 pupil at Hill Top Academy]] was excluded.',
  // Thresholds and ratios count no one,
  'The table covers wards where we are in touch with five or more care leavers.',
  'The plan needs a ratio of three adults to one child during the day.',
  // Welsh number words in both genders, with the mutation after them,
  'Mae [[tri gofalwr maeth yn y sir]] wedi gadael y gwasanaeth.',
  'Cafodd [[dwy ferch o Syria]] eu lleoli yn y dref.',
  'Mae [[pedwar plentyn ar y gofrestr]].',
  'Roedd [[tair merch a leolwyd gyda’i gilydd]] yn aros am ofalwr.',
  'Symudodd y [[tri brawd]] i’r un cartref.',
  'Mae [[tri phlentyn]] yn aros.',
  // ... but the same child, a capacity, or a suppressed count is not a cohort,
  'Arhosodd yr un plentyn yn y cartref.',
  'Mae lle i dri phlentyn yn y cartref newydd.',
  // A count given after a label naming the people, as a one-row table gives it, with its aside;
  'Unaccompanied asylum-seeking children: [[3 (all boys aged 16-17)]]',
  'Care leavers in higher education: [[1]].',
  // but not a count of meetings, a cost, or a large or nil count.
  'Number of meetings: 4',
  'Cost per child: 4',
  'Looked after children: 312',
  'Young people in custody: 0',
];

describe('small-cohort', () => {
  it.each(examples)('%s', (example) => {
    const { text, spans } = marked(example);
    expect(spansFound(smallCohort, text)).toEqual(spans);
  });

  it('suggests suppressed wording in the policy’s form and says why', () => {
    const [f] = findingsOf(smallCohort, 'There was one care leaver in custody at HMP Parc.');
    expect(f).toMatchObject({
      severity: 'medium',
      type: 'small-cohort',
      suggestion: 'fewer than 10 care leaver in custody at HMP Parc',
    });
    expect(f!.message).toMatch(/^Small cohort: 1 care leaver/);
    const strict = parsePolicy({ smallCohortThreshold: 5, suppressedForm: 'c' });
    if (!strict.ok) throw new Error('valid policy expected');
    expect(spansFound(smallCohort, 'There were six girls missing from the home.', strict.policy)).toEqual([]);
    expect(findingsOf(smallCohort, 'There were two girls missing from the home.', strict.policy)[0]!.suggestion).toBe(
      'c girls missing from the home',
    );
  });

  it('flags counts up to 9 in a described group as identifying, not as doubt', () => {
    expect(findingsOf(smallCohort, 'Seven pupils were excluded from the academy.')[0]!.disposition).toBe('flag');
    expect(findingsOf(smallCohort, 'Two pupils were excluded from the academy.')[0]!.disposition).toBe('flag');
  });

  it('flags small cells of a table that counts people', () => {
    const table = 'Ward\tChildren subject to a plan\nNorth\t2\nSouth\t14';
    expect(spansFound(smallCohort, table)).toEqual([`${table.indexOf('2')}-${table.indexOf('2') + 1}:2`]);
    expect(spansFound(smallCohort, 'Ward\tCost (£000)\nNorth\t2')).toEqual([]);
  });
});
