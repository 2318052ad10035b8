import { describe, expect, it } from 'vitest';
import phone from '../../../shared/detectors/phone.ts';
import { findingsOf, marked, spansFound } from '../../support/detector-harness.ts';

// [[...]] marks a number that must be flagged (above info); unmarked numbers must stay at info or unseen.
const examples = [
  'Jayden provided his mobile number ([[07700 900461]]) and personal email for this purpose.',
  'One parent, Mrs Leanne Marsh (leanne.marsh84@example.com, [[07700 900317]]), wrote that her son was late.',
  'Mrs Brennan can be contacted on [[07700 900552]] if members wish to hear about her experience.',
  "The foster carer's home number is [[0115 496 0321]].",
  'Her mobile is [[+44 7700 900123]].',
  'Telephone: 01632 960214',
  'Contact officer: Lewis Pemberton, Head of Commissioning, 01632 960611, lewis.pemberton@eastmoor.gov.uk',
  'Tel: 01632 960640 / 07700 900118 (work mobile)',
  'The placement will be reviewed at eight weeks. Comments provided by Kwame Asante, Senior Accountant, 01632 960309.',
  'Members may speak to her social worker, Amy Lund, on 01632 960555.',
  'For a copy in Braille, please contact us on 020 7664 3000.',
  'Tyler Brown (date of birth 14/09/2011, NHS number 999 204 7186, LCS ID 1048823) is aged 13.',
  'The placement costs £11,850 a week, £616,200 in total, from 06/01/2025.',
  'Liquidlogic case reference 20-114582 was allocated to a senior practitioner.',
  'Childline is free on 0800 1111 and the council switchboard is 0300 123 4567.',
  // A number a resident gives or calls from in a sentence is theirs, even beside an office's name,
  'Officers can call her on [[07700 900148]] after 6pm.',
  'He says his mobile is [[07700 900239]] and asks to be contacted by text.',
  'The grandfather has telephoned the Head of Service’s office several times from [[07700 900371]].',
  'Mae’r teulu’n gofyn i swyddogion ffonio ei ffôn symudol [[07700 900482]].',
  // A Welsh contact line gives an officer's number,
  'Cyswllt: Rhodri Jones 01632 960774',
  'Swyddog cyswllt: Eleri Rees, 01632 960775',
  // However a number is punctuated, it is found: dots, brackets, dashes and runs of spaces between its groups,
  'Her own number is [[0115.496.0877]].',
  'His mother’s landline is [[(0115) 496-0512]].',
  'The kinship carer’s mobile is [[+44 (0) 7700 900 643]].',
  'Her mobile number is [[07700  900  644]].',
  'His father can be reached on [[0115 - 496 - 0913]].',
  // A label that says the line is a private person's opens no officer's contact details, whatever contact word it holds,
  'Her grandmother’s home phone: [[0113 496 0123]].',
  'Kinship carer’s mobile: [[07700 900125]]',
  'Parents’ contact number: [[0115 496 0322]]',
  'His mobile: [[07700 900126]]',
  // but an office's line keeps its label, whatever else the label says.
  'Home Office telephone: 020 7035 4848',
  'Carers’ Centre telephone: 01632 960888',
  'Contact officer: Jane Marsh, Social Worker, mobile: 07700 900789',
];

describe('phone', () => {
  it.each(examples)('%s', (example) => {
    const { text, spans } = marked(example);
    expect(spansFound(phone, text)).toEqual(spans);
  });

  it('reports an officer’s number as a public-role detail at info, saying why', () => {
    const [finding] = findingsOf(phone, 'Report author: Rebecca Thornley, Head of Service\nTel: 01632 960851');
    expect(finding).toMatchObject({ text: '01632 960851', severity: 'info' });
    expect(finding!.message).toMatch(/public-role/);
  });

  it('keeps a number set out on its own line under an officer’s name at info', () => {
    const text = 'Implications verified by:\n\nTelephone\n\nMichael Jones\n01375 652772';
    expect(findingsOf(phone, text).map((f) => [f.text, f.severity])).toEqual([['01375 652772', 'info']]);
  });

  it('flags a mobile in a table row labelled as a parent’s', () => {
    expect(spansFound(phone, "Mother's mobile\t07700 900987")).toEqual(['16-28:07700 900987']);
  });
});
