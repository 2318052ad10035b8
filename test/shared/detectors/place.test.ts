import { describe, expect, it } from 'vitest';
import place from '../../../shared/detectors/place.ts';
import { findingsOf, marked, spansFound } from '../../support/detector-harness.ts';

const examples = [
  'Jordan, now 19, left care and moved into a council flat on [[Brook Street]]. Jordan studies at [[Harrowvale College]].',
  'He was excluded for five days from [[Fernhill Academy]] in October.',
  'Tia Marsh, a 16-year-old member who lives with foster carers in [[Hallgate]], sat on the panel.',
  'A 15-year-old girl from the [[Brambles estate]] was charged in February.',
  '[[Willowbank]], at 12 Tern Avenue, is a four-bed home. Hope went missing from [[Willowbank]] twice.',
  'The placement of Young Person D at [[Plas Derwen]] was approved.',
  'Kayla-Marie Evans, aged 13, attends [[Ysgol y Bryn]].',
  'A 15-year-old boy has lived at [[Hollybank House]], a private children’s home in Northumberland, since October.',
  'Resurfacing will start on Florence Road next to Rose Hill Primary School in May.',
  'Children placed with carers in Coldbrook do better, says Coldbrook Metropolitan Borough Council.',
  'The Council opened a second children’s home, which was judged Good at its first inspection.',
  'Cabinet, 12 March 2025: placement stability for a girl in care.',
  'Opened a second in-house children’s home, Ashby Lodge, providing four beds for children aged 11 to 17.',
];

describe('place', () => {
  it.each(examples)('%s', (example) => {
    const { text, spans } = marked(example);
    expect(spansFound(place, text)).toEqual(spans);
  });

  it('says whose place it is and suggests a placeholder', () => {
    const [f] = findingsOf(place, 'Tyler Brown, aged 13, attends Fernhill Academy.');
    expect(f).toMatchObject({ type: 'place', severity: 'medium', suggestion: '[Place]' });
    expect(f!.message).toMatch(/named private individual/);
  });
});
