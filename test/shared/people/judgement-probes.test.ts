// Probes for the people stage, one table per rule a legal reviewer states. [[...]] marks each name to
// withhold; every other name must be left alone (public) or, where marked {{...}}, left for the reviewer.
import { describe, expect, it } from 'vitest';
import personName from '../../../shared/detectors/person-name.ts';
import { parsePolicy } from '../../../shared/policy/parse.ts';
import { findingsOf, marked, reviewsFound, spansFound } from '../../support/detector-harness.ts';

function check(example: string): void {
  const reviews: string[] = [];
  let plain = '';
  let last = 0;
  for (const m of example.matchAll(/\{\{(.*?)\}\}/g)) {
    plain += example.slice(last, m.index);
    reviews.push(m[1]!);
    plain += m[1];
    last = m.index! + m[0].length;
  }
  plain += example.slice(last);
  const { text, spans } = marked(plain);
  expect(spansFound(personName, text)).toEqual(spans);
  expect(reviewsFound(personName, text).map((r) => r.replace(/^\d+-\d+:/, ''))).toEqual(reviews);
}

describe('officials in attendance lists are public, whatever their initials', () => {
  it.each([
    'Present: Mrs P A V Stockell (Chair), Cllr S.M. Allen, Mr T Hughes and Ms J Carr.',
    'PRESENT: Councillors W.J. Chorlton, C.Ll. Everett, H. Noel Thomas and Fflur M. Hughes.',
    'Apologies: Cllr B. Frost and Mrs Q. Adeyemi.',
    'In attendance: D. Gwyn (Democratic Services Officer), Mr R Bell (Solicitor) and Ms F Oduya (IT Support).',
    'PRESENNOL: Y Cynghorydd Eleri Prys (Cadeirydd), Y Cynghorwyr G.O. Jones, M.J.A. Lewis a T. Pugh.',
    'YMDDIHEURIADAU: Y Cynghorwyr Sioned Wyn ac Alun Rhys.',
    'Apologies for absence were received from Mr Hallam and Councillor Dewi.',
    'An apology for absence had been received from Mrs Ingham.',
  ])('%s', (example) => check(example));

  it('reads a label on the line above the list', () =>
    check(
      'Officers in attendance:\n\nMrs K Barnes (Clerk), Mr O Faulds (Planning Officer) and Miss E Ward (Minute Taker)',
    ));
});

describe('people speaking in a professional capacity are public', () => {
  it.each([
    'Mr Peter Quayle, Acoustic Consultant for the applicant, answered questions about noise.',
    'The parish clerk, Mrs Nadia Holt, read the letter.',
    'Sergeant Dave Tunney said patrols would increase.',
    'Ms Farah Quinn, speaking on behalf of the Riverside Tenants Association, asked about repairs.',
    'The Clerk, Mrs P Alder, confirmed the date.',
    'Mr Simon Pell, the applicant’s agent, described the scheme.',
    'The minute-taker was Ms Ruth Egan.',
    'Two social workers, Hannah Mbeki and Samuel Otieno, carried out the assessment.',
    'Panels were chaired by Mr Trevor Ash or Mrs Anjali Desai.',
    'The panel, chaired by Bernard Oyelaran, considered the review.',
    'The Head of Leaving Care, Sally Brennan, has met the young person.',
    'Rt Hon Tessa Grey MP, the Minister for Children, wrote to the Council.',
    'Mrs Karen Brown (KB), Clerk to the Council, took the notes.',
    'A further nomination, that of Mr T Okafor, was moved by Mr B Lyle and seconded by Mrs W Chan.',
  ])('%s', (example) => check(example));
});

describe('private individuals are found by what the text says of them, not by the name lists', () => {
  it.each([
    'Her foster carer, [[Janet Hill]], lives in Leeds.',
    'His grandmother, [[Ms Ivy Young]], cares for him.',
    'The carers, [[MR AND MRS HALLORAN]], were approved in 2019. The [[Hallorans]] have 28 days to respond.',
    '[[Storm]], aged 13, moved to a new placement in May.',
    'Her older sister [[Reign]] (DOB 17/02/2016) shares a room.',
    '[[Gwawr Prydderch]] (d.o.b. 09-03-2015) lives with her grandparents. [[Gwawr]] uses a wheelchair.',
    '[[Eira]], aged 11, has lived with her aunt since 2022.',
    '[[Liam Foster]], aged 12, is in Year 7.',
    'Social worker notes: [[Liam Parry]] (12) was seen at home.',
    'Case study 3: [[Devon]] 4.6 [[Devon]], a nineteen-year-old care leaver, is studying.',
    '[[Paris]]’s mother wrote to the panel.',
    'One young woman, [[Hope Adair]], said she had received her keys.',
    '[[Kayla Dunn]] (NHS number 943 476 5919) was seen by the nurse.',
    'The panel noted that [[Aron Pike]], case number LCS-2209117, had moved school.',
  ])('%s', (example) => check(example));

  it('reads a register that gives the surname first', () => {
    check('Name\tRole\n[[de Vries, Anouk]]\tLodger\n[[KACZMAREK, Storm]]\tBirth son');
  });
});

describe('members of the public in minutes are private', () => {
  it.each([
    'A petition had been received from [[Ms Miriam Farrant]] calling for more crossings.',
    '[[Mr Stuart]] & [[Mr Tonkin]] (objectors) addressed the committee.',
    'Neighbouring residents: [[Ruth Tilling]], [[Ron Wakely]]',
    '[[Declan Byrne]] and others addressed the meeting on behalf of the petitioners.',
  ])('%s', (example) => check(example));
});

describe('doubt is a question for the reviewer, never shown as public', () => {
  it('asks about a full name with no role or relationship given', () => {
    check('The report was discussed with {{Marcus Fenwick}} last week.');
    const [finding] = findingsOf(personName, 'The report was discussed with Marcus Fenwick last week.');
    expect(finding).toMatchObject({ disposition: 'review' });
    expect(finding!.question).toContain('Marcus Fenwick');
  });
});

describe('one person, one decision, one id and one role', () => {
  it('gives every mention of a child the same person id, role and placeholder', () => {
    const findings = findingsOf(
      personName,
      'Tyler Brown, aged 9, is in care. Tyler is settled. Tyler’s mother, Ms Kerry Brown, visits.',
    );
    const tyler = findings.filter((f) => f.text.startsWith('Tyler'));
    expect(new Set(tyler.map((f) => f.personId)).size).toBe(1);
    expect(tyler.every((f) => f.role === 'child' && f.suggestion === tyler[0]!.suggestion)).toBe(true);
    expect(tyler[0]!.suggestion).toMatch(/^\[Child \d\]$/);
    const mother = findings.find((f) => f.text === 'Ms Kerry Brown')!;
    expect(mother).toMatchObject({ disposition: 'flag', role: 'parent' });
    expect(mother.personId).not.toBe(tyler[0]!.personId);
  });

  it('records the rules and cues that decided it', () => {
    const [finding] = findingsOf(personName, 'Her foster carer, Janet Hill, lives in Leeds.');
    expect(finding!.trace).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'relationship', cue: 'foster carer', leaning: 'private' }),
      ]),
    );
  });

  it('keeps a Welsh mutated first name with its person', () => {
    const findings = findingsOf(
      personName,
      'Mae Gwawr Prydderch, 9 oed, yn byw gyda’i nain. Rhoddwyd cymorth i Wawr yn yr ysgol. Her grandmother cares for Gwawr Prydderch (d.o.b. 09-03-2015).',
    );
    const ids = new Set(findings.filter((f) => /Gwawr|Wawr/.test(f.text)).map((f) => f.personId));
    expect(findings.some((f) => f.text === 'Wawr' && f.disposition === 'flag')).toBe(true);
    expect(ids.size).toBe(1);
  });
});

describe('the council’s lists match whole names', () => {
  it('an allowed name does not clear another person who shares a forename', () => {
    const allow = parsePolicy({ allowNames: ['Dennis Okoro'] });
    if (!allow.ok) throw new Error('test policy must be valid');
    expect(spansFound(personName, 'Dennis, aged 12, lives with his grandmother.', allow.policy)).toEqual([
      '0-6:Dennis',
    ]);
    expect(spansFound(personName, 'Mr Okoro, chair of the association, and Dennis Okoro spoke.', allow.policy)).toEqual(
      [],
    );
  });

  it('a denied name does not flag a name that only contains it', () => {
    const deny = parsePolicy({ denyNames: ['Ann'] });
    if (!deny.ok) throw new Error('test policy must be valid');
    expect(
      spansFound(personName, 'Joanne Smith, Director of Children’s Services, presented the report.', deny.policy),
    ).toEqual([]);
    expect(spansFound(personName, 'Ann moved in with her aunt.', deny.policy)).toEqual(['0-3:Ann']);
  });

  it('a denied word is withheld standing alone, with no cue beside it and no forename in the lists', () => {
    const deny = parsePolicy({ denyNames: ['Tregarth'] });
    if (!deny.ok) throw new Error('test policy must be valid');
    expect(spansFound(personName, 'Tregarth was seen near the shops on Monday.', deny.policy)).toEqual([
      '0-8:Tregarth',
    ]);
    expect(spansFound(personName, 'Tregarth was seen near the shops on Monday.')).toEqual([]);
  });
});

describe('placeholders', () => {
  it('number people per placeholder word, as the redaction planner does', () => {
    const findings = findingsOf(
      personName,
      'His grandmother, Mrs Ivy Holt, cares for him. Her granddaughter, Ellie-Mae, aged 7, attends school.',
    );
    expect(findings.map((f) => f.suggestion)).toEqual(['[Relative 1]', '[Child 1]']);
  });
});

describe('a lone word is a name only when the paper names someone by it or a cue stands beside it', () => {
  it.each([
    '[[Bramble]], aged 9, lives with her grandmother. Overview of the week: [[Bramble]] now attends the village school.',
    'Her carer, [[Tansy Moorcroft]], agreed; later [[Tansy]] moved to Leeds.',
    'Mae {{Gwawr Prydderch}} yn byw yn y pentref. Aeth y gweithiwr cymdeithasol i weld {{Wawr}} ddydd Llun.',
    'Overview. Hampshire has three new schemes. Storm damage closed the road. Kestrel Estates will manage the site.',
  ])('%s', (example) => check(example));
});

describe('Welsh word order and mutation, and the columns a table gives', () => {
  it.each([
    'Datganiadau o fuddiant\n\nY Cynghorydd\tEitem\tBuddiant\nT.R. Pengelly\t6.2 Cynllun Tai\tLlywodraethwr\nA Meirion Tudur\t7.1 Ysgolion\tMae ei ferch yn athrawes',
    'Declarations of interest\n\nCouncillor\tItem\tInterest\nP.J. Harrow\t6.2 Housing scheme\tSchool governor',
    'Lleoliad: Siambr Dafydd Orwig, Swyddfeydd y Cyngor. Aelod o Gyngor Cymuned Llanfair Isaf.',
    'Gwahoddwyd Fferm Bryn Celyn a Gwesty Plas Tudno i ymuno â’r cynllun.',
    'Cydymdeimlwyd â theulu Emrys Tudno, cyn-gynghorydd a chyn Aelod Seneddol, a fu farw’n ddiweddar.',
    'Mae [[Thomos]] yn 14 oed ac yn byw gyda’i nain.',
    'Mae [[Gwawr Prydderch]] yn byw yn y dref. Dywedodd [[Wawr]] ei bod yn hapus.',
    'Estynnodd y Cynghorydd Alun Hinge ei ddymuniadau gorau i [[Wayne Kettle]], cyn-aelod o’r Fyddin, yn dilyn damwain.',
    'Councillor Hinge sent best wishes to [[Wayne Kettle]], a former member of the Royal Marines, after an accident.',
    'The report was presented by Ffion Dace, Member of the Planning Committee.',
    'The Chair welcomed Mrs Ilse Varga, recently appointed independent member of the Standards Committee, to the meeting.',
    'Placements\n\nChild\tAge\tPlacement\n[[Wren Talbot]]\t9\tFoster care\nNot known\t12\tResidential',
  ])('%s', (example) => check(example));
});
