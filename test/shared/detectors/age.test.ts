import { describe, expect, it } from 'vitest';
import age from '../../../shared/detectors/age.ts';
import { marked, spansFound } from '../../support/detector-harness.ts';

const examples = [
  'Mrs Whitfield currently cares for three brothers [[aged 6, 8 and 11]] and receives £1,146 per week.',
  "Tyler's younger sister, [[aged 9]], is placed separately.",
  'Kai, [[aged 15]], told the visitor he felt settled.',
  'L.T. is a [[14-year-old girl]] who has been looked after since May 2024.',
  'A [[fifteen year old boy]] was admitted on an emergency basis.',
  'She wrote that her [[7-year-old son]], who has autism, has been driven by four drivers.',
  'Tia Marsh, a [[16-year-old member]] who lives with foster carers, sat on the panel.',
  'Police arrested a [[34-year-old man]] from Coldbrook.',
  'Jordan, [[now 19]], left care in 2024.',
  "Mrs X's son, [[now aged 10]], attends the local primary school.",
  'Mason Reid, who [[turns 18 in March]], is preparing to move on.',
  'Jayden said he had been in care [[since he was eleven]].',
  'He [[claims to be 17]], with a date of birth of 1 January 2008.',
  'The Jordan siblings, four brothers and sisters [[aged between 3 and 12]], now have a joint review.',
  '[[She was only 13]] when she first went missing.',
  'He came into care [[at the age of 12]] after his grandmother died.',
  'Young people usually leave care at the age of 18.',
  'There are 147 care leavers aged 18 to 24 to whom the Council owes duties.',
  'Bryn Celyn cares for young people aged 14 to 17.',
  'Children aged 16 and 17 may be placed in supported accommodation.',
  'Most are aged 16 or 17.',
  'The home would take up to two children aged 8 to 17.',
  'Figures for the 11 to 15 age band and for those under 25 are in Appendix A.',
  'Outcomes for 16-year-olds improved this year.',
  'The 20-year-old contract expires in March.',
  'Support continues when a young person turns 18.',
  'He has asked to move back when he turns sixteen.',
  'There are now 19 foster carers in the scheme.',
  'A care leaver aged 18-21 who was a relevant child is a former relevant child.',
  // A number under an Age column heading is that row's age; an age band column is not,
  'Child\tAge\tPlacement\nT.\t[[14]]\tResidential\nK.\t[[9]]\tFoster care',
  'Age band\tChildren\n0-4\t12\n5-9\t14',
  // An age band in general use is not a child's age,
  'The club has two sections, for young people aged 16–25 and for children aged 0-5.',
  'Scores are collected for almost all children in care aged 4 to 16.',
  // The leaving-care threshold as a condition in time is not a stated age,
  'He left his foster home when he turned 18 and moved into a hostel.',
  'The Council did not prepare a pathway plan before she turned 18.',
  // One person's age in other words,
  'The party was held on [[her ninth birthday]].',
  // ... but the leaving-care thresholds are everyone's milestones
  'She received her keys a week after her eighteenth birthday.',
  'Support is costed until the claimant’s 18th birthday.',
  '[[A boy of thirteen]] who had moved into the area applied for a place.',
  'Household\tRole\nK. Moss\tFoster carer\nL. Moss\t[[Birth daughter, 17]]',
  'He will stay at his school, where [[he is in Year 9]], with transport arranged.',
  'Case study: Rory left care [[at eighteen]] and became a father a year later.',
  // Welsh ages, in digits and words, with and without mutation,
  'Mae Elin yn [[14 oed]] ac yn byw gyda’i nain.',
  'Mae hi’n [[un ar bymtheg oed]].',
  'Roedd Tomos yn [[naw mlwydd oed]] pan symudodd.',
  'Mae ei brawd yn [[bymtheg oed]] ac mae’r babi yn [[flwydd oed]].',
  // ... and a Welsh age band, or the ages of a group, is not one person's,
  'Mae’r gwasanaeth ar gyfer pobl ifanc 16-25 oed.',
  'Mae’r clwb ar agor i blant rhwng 5 ac 11 oed.',
  'Mae plant 5 oed yn dechrau yn y dosbarth derbyn.',
];

describe('age', () => {
  it.each(examples)('%s', (example) => {
    const { text, spans } = marked(example);
    expect(spansFound(age, text)).toEqual(spans);
  });
});
