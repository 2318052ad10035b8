import { describe, expect, it } from 'vitest';
import personName from '../../../shared/detectors/person-name.ts';
import { parsePolicy } from '../../../shared/policy/parse.ts';
import { findingsOf, marked, spansFound } from '../../support/detector-harness.ts';

// [[...]] marks every name a legal reviewer would withhold; all else (officials, pseudonyms, places) stays clear.
const examples = [
  'One long-standing carer, [[Mrs Rose Whitfield]], told the Forum that fees were too low. [[Mrs Whitfield]] cares for three brothers.',
  "[[Tyler]]'s mother, [[Ms Kerry Brown]], lives nearby. Contact with [[Ms Brown]] is supervised.",
  'The Chair welcomed [[Jayden Clarke]], who is leaving care. [[Jayden]] told the panel he was worried about bills.',
  'He lived with his grandmother, [[Mrs Okafor]], from 2021.',
  'Between November and January [[T.B.]] was cared for in an emergency arrangement.',
  '[[K.M.]] designed the new logo.',
  'One of the trainers, who likes to be known as [[Smudge]], told the Board he wanted to be heard. [[Smudge]] has since been offered an apprenticeship.',
  '[[Hope]], aged 14, has lived at the home since March.',
  '[[Chelsea]], in Year 11 at the school, achieved nine GCSEs.',
  'Report author: Leon Barrett, Head of Youth Justice Service',
  'Councillor Priya Shah, Cabinet Member for Children and Families',
  'The allocated social worker, Amira Patel, visited on 20 January.',
  'Callum (not his real name) was 14 when he was first arrested. Callum now attends college.',
  'Child A and Young Person B were consulted. Mrs X complained to the Ombudsman.',
  'Apologies were received from Councillor Andrew Keel and from Chief Inspector Amanda Cole.',
  'Alison Trent MP wrote to the Director. Nerys Lloyd-Jones MS attended.',
  'Resurfacing of Florence Road and Faith Street will start in May; Rose Hill Primary School is closed.',
  'Two children were placed in Devon and one in Cornwall.',
  'Older boys and children from Gypsy, Roma and Traveller communities are over-represented.',
  'A booklet was produced by Kirklees, Bradford and Calderdale Councils working with looked-after young people.',
  'Care leavers get move-on accommodation from the Council’s Housing Support Grant programme.',
  'Detective Superintendent Alison Marsh told the committee about county lines.',
  'Present: Cllr. J. Smith (Chair), Cllrs P. Green, R. Patel and S. O’Neill, with young people in care.',
  'Officers: Head of Safeguarding (Mark Lowe), for the children in care item.',
  'County Councillor Margaret Brown chaired the meeting about children in care.',
  'The social worker, Tom Reed, and Headteacher Mrs Allen attended the strategy meeting for the child.',
  'The foster carer, [[Sandra Lee]], told officers the allowance was late.',
  'Both [[Aisha]] and her brother [[Omar]] were moved to a new placement.',
  '[[Liam]] (12) lives with his nan.',
  'The child’s mother ([[Ms A Jones]]) lives in the area.',
  'Baby K was born in June. Family C moved to the area. Mrs X. Her complaint was upheld.',
  // An age right after a name, in a relative clause or between commas, makes it a child's name wherever it stands,
  'We spoke to [[Connor]], who is 16, about his move to semi-independent living.',
  'Officers wrote to [[Maisie]], 15, after the review.',
  'The panel met [[Kian Doherty]], who was nine when he came into care.',
  // but the word after a verb of going is where someone went, and a time is no age.
  'He moved to Chester, aged 12, and settled quickly.',
  'The family came back from Devon, aged 10, to live with relatives.',
  'The Chair noted that the officer, who was 10 minutes late, had been delayed.',
  // A family word written as a title before a forename makes a child or a relative, but religious and nursing titles do not,
  'Following the death of Baby [[Leo Marsh]], a review was commissioned.',
  'Nain [[Gwen]] looks after him at weekends, and Uncle [[Darren]] has asked for contact.',
  'Sister Jones, the ward manager, and Father O’Brien gave evidence.',
  // A Welsh relationship in apposition, behind a possessive that mutates it ("ei fam", "ei dad": mam, tad),
  '[[Siân Prydderch]], ei fam, sy’n gofalu amdano.',
  'Mae [[Gareth Wyn]], ei dad, wedi gofyn am gyswllt.',
  // but an office in apposition is a role.
  'Rhodri Evans, y swyddog, a gyflwynodd yr adroddiad.',
  // An inspector's, a judge's or a cleric's style before a name is a public office.
  'Inspectors from Ofsted, led by HMI Rachel Adams, visited in May; HHJ Owen Thomas adjourned the hearing.',
  'Revd Sarah Jones led prayers at the opening.',
  // A label that says whose name follows makes it that person's, whatever the label's last word,
  "Child's name: [[Harvey Lister]]",
  "Mother's full name: [[Kerry Lister]]",
  'Name of young person: [[Freya Doyle]]',
  // in any case, as a form's field is filled in,
  "Name of young person: [[freya o'connell]]",
  "Child's name: not known",
  // and a relationship word that qualifies a job is part of the job title, not a relationship.
  'Co-opted members: Mrs A Jones (parent governor), Mr B Patel and Mrs C Evans.',
  'Parent Governors: Mrs A Jones, Mr B Patel',
  'Mr Tom Reed, carer support officer, and Mrs Ann Jones, parent governor representative, attended.',
  '[[Ms Kerry Brown]], mother of the officer, complained; [[Jo Hill]], foster carer and teacher, spoke.',
  // A job in capitals in brackets is a job, not initials,
  'Sarah Cole (Social Worker) and Tom (IRO) attended the review.',
  // and the names after "including" or "such as" share the role or the relationship before it.
  'Officers from the Youth Offending Team, including Becky Shaw and Sam Price, attended.',
  'The foster carers, including [[Mrs Ann Price]], wrote to the council.',
  // A family by its surname is private with a cue of its own, as a person is; a party or a band is not.
  'The [[Joneses]], our neighbours, complained about the noise. The Greens on the council voted against.',
];

describe('person-name', () => {
  it.each(examples)('%s', (example) => {
    const { text, spans } = marked(example);
    expect(spansFound(personName, text)).toEqual(spans);
  });

  it('gives officials an info finding that names their role', () => {
    const [finding] = findingsOf(personName, 'Report author: Leon Barrett, Head of Youth Justice Service');
    expect(finding).toMatchObject({ severity: 'info', text: 'Leon Barrett' });
    expect(finding!.message).toContain('Report author');
  });

  it('explains a private individual in words a reviewer accepts and suggests a consistent placeholder', () => {
    const findings = findingsOf(
      personName,
      "Tyler Brown is in care. Tyler's mother, Ms Kerry Brown, lives nearby. Tyler is settled.",
    );
    const tyler = findings.filter((f) => f.text.startsWith('Tyler'));
    expect(tyler).toHaveLength(3);
    expect(new Set(tyler.map((f) => f.suggestion)).size).toBe(1);
    expect(tyler[0]!.message).toMatch(/^Private individual: /);
  });

  it('holds one decision for all mentions of a public person', () => {
    const text =
      'Jenny Boyd, Director of Children’s Services, presented the report. Jenny said the service is improving.';
    expect(spansFound(personName, text)).toEqual([]);
  });

  it('honours the policy allow-list and deny-list', () => {
    const allow = parsePolicy({ allowNames: ['Dennis Okoro'] });
    const deny = parsePolicy({ denyNames: ['Leon Barrett'] });
    if (!allow.ok || !deny.ok) throw new Error('test policies must be valid');
    expect(
      spansFound(
        personName,
        'The foster carers association, chaired by Dennis Okoro, supports the plan.',
        allow.policy,
      ),
    ).toEqual([]);
    expect(spansFound(personName, 'Report author: Leon Barrett, Head of Youth Justice Service', deny.policy)).toEqual([
      '15-27:Leon Barrett',
    ]);
  });
});
