// A short cabinet report as Word would hold it, with identifying details in the body, a footer,
// a comment, a tracked deletion, hidden text and the document properties, and two sections missing.
import type { FakeSeed } from './fake-word.ts';

export const FIXTURE_REPORT: FakeSeed = {
  body: [
    { text: 'Cabinet, 12 March 2025: Placement stability for children in care', styleBuiltIn: 'Title' },
    { text: 'Report of: Councillor Priya Shah, Cabinet Member for Children and Families' },
    { text: '1. Background', styleBuiltIn: 'Heading1' },
    { text: 'The service supports 212 children in care, most of whom live with foster carers in the borough.' },
    {
      text: 'Tyler Brown, aged 9, moved to his foster carer Mrs Janet Okafor in Hightown on 3 June 2024.',
      hidden: 'Tyler Brown lives at 14 Mill Lane, HT4 7QX.',
    },
    { text: 'The panel met Tyler Brown twice, and Tyler Brown said he wanted to stay with his brother.' },
    { text: '2. Corporate parenting implications', styleBuiltIn: 'Heading1' },
    {
      text: 'The council acts as corporate parent to every child in its care and has had regard to the corporate parenting principles.',
    },
    { text: '3. Legal implications', styleBuiltIn: 'Heading1' },
    { text: 'TBC' },
  ],
  sections: [{ footers: { Primary: ['Draft: prepared about Tyler Brown for the panel'] } }],
  comments: [{ content: 'Check with Mrs Janet Okafor before this goes out', paragraph: 4 }],
  trackedChanges: [{ type: 'Deleted', text: 'His mother, Kelly Brown, objected.', paragraph: 5 }],
  properties: {
    title: 'Placement stability',
    author: 'A. Officer',
    subject: 'Tyler Brown placement',
    keywords: '',
    comments: '',
  },
  changeTrackingMode: 'TrackAll',
  wordApi: '1.7',
};
