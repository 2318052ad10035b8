import { describe, expect, it } from 'vitest';
import place from '../../../shared/detectors/place.ts';
import { findingsOf, marked, spansFound } from '../../support/detector-harness.ts';
import { withinOneSentence } from '../../../shared/engine/sentences.ts';

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
  // A place name never runs over a sentence end,
  'Tyler Brown, aged 13, attends [[Marshfield Academy]]. His mother works nearby.',
  // Months, days and countries are not places tied to a person,
  'She was approved as a foster carer in March 2017, and he moved in on a Monday in June.',
  'The family had been living in Spain until January, and she started school in February.',
  // Public venues are where anyone goes,
  'He met his social worker at the Market Hall and later at Brookside Leisure Centre.',
  // A governor's declaration of interest names a school in a public role, whatever pronoun it uses,
  'Councillor Ann Lee declared an interest in that she is a Governor of Hill Top School.',
  // A school in a programme or a road in a scheme is in general use,
  'The programme will add nursery places at Brook Primary School and Ysgol y Garth from September.',
  'The experimental scheme closes Mill Road to traffic at school times. It will be reviewed in May.',
  // A place after a relative or a home in the same clause is where that person lives,
  'Dewi now lives with his father in [[Coedmawr]] and is doing well.',
  'He was placed with his grandparents in [[Ashby Parva]] in 2023.',
  // ... but a place after a group of people is the group's, not one person's,
  'Among care leavers living in Fenbridge, only one is a parent, and she asked us not to describe her.',
  // Welsh: a place after a mutating preposition is the same place as its radical, in every form,
  'Mae hi’n byw ym [[Mhenrhos]] gyda’i nain. Symudodd ei brawd o [[Benrhos]] y llynedd.',
  'Mae hi’n byw yng [[Nglanrhyd]] ac mae’n teithio i [[Lanrhyd]] bob dydd.',
  // ... and a large Welsh city, like an English one, holds too many people to identify anyone,
  'Mae hi’n byw yng Nghaerdydd gyda’i thad.',
  // A child known by a letter: their school is theirs,
  'On 3 May, J’s school, [[St Anne’s Catholic Primary]], raised a concern.',
  'He was placed with carers at [[Ty Gwyn Farm]], near [[Llanfair-y-Bryn]], where he stayed for two years.',
  // A language is not a place,
  'The family are Welsh speakers and the visit was conducted in Welsh.',
];

describe('place', () => {
  it.each(examples)('%s', (example) => {
    const { text, spans } = marked(example);
    expect(spansFound(place, text)).toEqual(spans);
  });

  it('never gives a span that crosses a sentence end, and says which rule tied it', () => {
    const text =
      'Tyler Brown, aged 13, attends Marshfield Academy. His sister lives with her aunt in Coedmawr. He visits Coedmawr often.';
    const found = findingsOf(place, text);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(withinOneSentence(text, f.start, f.end)).toBe(true);
      expect(f.text).toBe(text.slice(f.start, f.end));
      expect(f.trace[1]!.rule).toMatch(
        /^(?:place-beside-private-person|place-in-sentence-about-one-person|home-given-with-address)$/,
      );
      expect(f.trace[1]!.leaning).toBe('private');
    }
  });

  it('says whose place it is and suggests a placeholder', () => {
    const [f] = findingsOf(place, 'Tyler Brown, aged 13, attends Fernhill Academy.');
    expect(f).toMatchObject({ type: 'place', severity: 'medium', suggestion: '[Place]' });
    expect(f!.message).toMatch(/named private individual/);
  });
});
