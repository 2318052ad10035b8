import { describe, expect, it } from 'vitest';
import email from '../../../shared/detectors/email.ts';
import { findingsOf, marked, spansFound } from '../../support/detector-harness.ts';
import { DEFAULT_POLICY } from '../../../shared/policy/parse.ts';

const examples = [
  'One parent, Mrs Leanne Marsh ([[leanne.marsh84@example.com]], 07700 900317), wrote to the Council.',
  'Jayden provided his personal email ([[jayden.c2007@example.org]]).',
  'Young people can contact her directly at [[deanna.pike@example.com]].',
  'His mother wrote from [[k.brown1979@gmail.com]] on 3 March.',
  'Email: tom.brightman@marshfieldbc.gov.uk',
  'E-mail: catrin.howells@dyffryn.gov.wales',
  'Email: karen.holloway@eastmoor-icb.nhs.uk',
  'Referrals go to mash@northgate.police.uk.',
  'National Children’s Bureau, Email enquiries@ncb.org.uk',
  // A label that says whose address it is, and it is a private person's, is no officer's contact line.
  'Her mother’s email: [[jo.rees@reesplumbing.co.uk]]',
  'Foster carer’s e-mail: [[the.hendersons@example.co.uk]]',
];

describe('email', () => {
  it.each(examples)('%s', (example) => {
    const { text, spans } = marked(example);
    expect(spansFound(email, text)).toEqual(spans);
  });

  it('treats the council’s own domains from the policy as work addresses', () => {
    const policy = { ...DEFAULT_POLICY, councilDomains: ['marshfield.org.uk'] };
    const text = 'The officer, jo.bloggs@marshfield.org.uk, confirmed the figures.';
    expect(spansFound(email, text)).toEqual(['13-40:jo.bloggs@marshfield.org.uk']);
    expect(spansFound(email, text, policy)).toEqual([]);
    expect(findingsOf(email, text, policy)[0]).toMatchObject({ severity: 'info' });
  });

  it('keeps an officer’s address at an organisation’s domain in a sign-off block at info', () => {
    const text =
      'Implications verified by: Lindsey Marks Telephone: 01375 652054\nE-mail: lindsey.marks@BDTLegal.org.uk';
    expect(spansFound(email, text)).toEqual([]);
  });
});
