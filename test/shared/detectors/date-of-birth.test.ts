import { describe, expect, it } from 'vitest';
import dateOfBirth from '../../../shared/detectors/date-of-birth.ts';
import { marked, spansFound } from '../../support/detector-harness.ts';

const examples = [
  'Tyler Brown (date of birth [[14/09/2011]], NHS number 999 204 7186) is aged 13.',
  'L.T. (DOB [[12/03/2010]], Mosaic ID 2287410) at Greystones Farm.',
  'Child B, d.o.b. [[4.7.09]], was placed in May.',
  'Name (initials)\tE.W.\nDate of birth\t[[14.02.2009]]',
  'Date of birth\t[[7 November 2012]]',
  'Amelia, born [[7 November 2012]], came into care in January 2025.',
  'He was born in [[March 2012]] in Leeds.',
  'He claims to be 17, with a date of birth of [[1 January 2008]], and was referred to the Council.',
  'The Council assessed his date of birth as [[14 June 2004]].',
  'shortly before his 18th birthday on [[3rd May 2025]], he moves on.',
  'A girl (DOB: [[1 January 2008]]) arrived by small boat.',
  'She was born in [[2011]] and has two brothers.',
  'The meeting on 14/09/2025 considered the report dated 3 April 2025.',
  'The policy is effective from 7 April 2025.',
  'The discount is extended to care leavers up to their 25th birthday from 1 April 2025.',
  'Born in Sudan, he arrived in the UK on 4 July 2024.',
  // A date under a "DOB" column heading is a date of birth, in any written form; other columns' dates are not.
  'Pupil\tDOB\tStarted\nK. Lowe\t[[2012-06-30]]\t01/09/2023\nM. Aziz\t[[Mar 2013]]\t04/01/2024',
  'Name\tDate of birth\tReview due\nR. Hale\t[[7.10.2015]]\t12/05/2025',
  'Ward\tReferrals\tLast audit\nNorth\t41\t2024-03-12',
  // The last birth cue before the date governs it.
  'The father of a summer-born daughter (DOB [[22/7/19]]) asked for a deferred start.',
  // Welsh: month names, "ganwyd" and "dyddiad geni".
  'Ganwyd Elis ar [[9 Tachwedd 2016]] ac mae’n byw gyda’i nain.',
  'Dyddiad geni: [[14 Mawrth 2011]]',
  'Cyfarfu’r pwyllgor ar 9 Tachwedd 2024 yn Neuadd y Sir.',
];

describe('date-of-birth', () => {
  it.each(examples)('%s', (example) => {
    const { text, spans } = marked(example);
    expect(spansFound(dateOfBirth, text)).toEqual(spans);
  });
});
