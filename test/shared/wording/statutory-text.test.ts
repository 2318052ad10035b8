// The statutory wording the clauses and the Schedule 12A data carry, asserted word for word against
// the legislation as quoted in docs/domain.md (legislation.gov.uk copies).
import { describe, expect, it } from 'vitest';
import { getClause, renderClause } from '../../../shared/wording/index.ts';
import { SCHEDULE_12A } from '../../../shared/exempt/schedule-12a.ts';

const S149_1 =
  'A public authority must, in the exercise of its functions, have due regard to the need to— (a) eliminate discrimination, harassment, victimisation and any other conduct that is prohibited by or under this Act; (b) advance equality of opportunity between persons who share a relevant protected characteristic and persons who do not share it; (c) foster good relations between persons who share a relevant protected characteristic and persons who do not share it.';

/** Equality Act 2010 s.4, in the Act's order. */
const NINE = [
  'age',
  'disability',
  'gender reassignment',
  'marriage and civil partnership',
  'pregnancy and maternity',
  'race',
  'religion or belief',
  'sex',
  'sexual orientation',
];
/** s.149(7): the relevant protected characteristics, without marriage and civil partnership. */
const EIGHT = NINE.filter((c) => c !== 'marriage and civil partnership');

const SEVEN_PRINCIPLES = [
  '(a) to act in the best interests, and promote the physical and mental health and well-being, of those children and young people',
  '(b) to encourage those children and young people to express their views, wishes and feelings',
  '(c) to take into account the views, wishes and feelings of those children and young people',
  '(d) to help those children and young people gain access to, and make the best use of, services provided by the local authority and its relevant partners',
  '(e) to promote high aspirations, and seek to secure the best outcomes, for those children and young people',
  '(f) for those children and young people to be safe, and for stability in their home lives, relationships and education or work',
  '(g) to prepare those children and young people for adulthood and independent living',
];

const ENGLAND_12A: Record<number, string> = {
  1: 'Information relating to any individual.',
  2: 'Information which is likely to reveal the identity of an individual.',
  3: 'Information relating to the financial or business affairs of any particular person (including the authority holding that information).',
  4: 'Information relating to any consultations or negotiations, or contemplated consultations or negotiations, in connection with any labour relations matter arising between the authority or a Minister of the Crown and employees of, or office holders under, the authority.',
  5: 'Information in respect of which a claim to legal professional privilege could be maintained in legal proceedings.',
  6: 'Information which reveals that the authority proposes— (a) to give under any enactment a notice under or by virtue of which requirements are imposed on a person; or (b) to make an order or direction under any enactment.',
  7: 'Information relating to any action taken or to be taken in connection with the prevention, investigation or prosecution of crime.',
};
const WALES_12A: Record<number, string> = {
  12: 'Information relating to a particular individual.',
  13: 'Information which is likely to reveal the identity of an individual.',
  14: ENGLAND_12A[3]!,
  15: ENGLAND_12A[4]!,
  16: ENGLAND_12A[5]!,
  17: 'Information which reveals that the authority proposes — (a) to give under any enactment a notice under or by virtue of which requirements are imposed on a person; or (b) to make an order or direction under any enactment.',
  18: ENGLAND_12A[7]!,
};

const EQUALITY = {
  'equality-psed-with-eia': {
    eiaReference: 'Appendix 3',
    findings: 'no group is disadvantaged',
    mitigation: 'quarterly monitoring',
  },
  'equality-psed-no-eia': { reason: 'the screening found no differential effect' },
};

describe('equality clauses (Equality Act 2010)', () => {
  it.each(Object.entries(EQUALITY))('%s quotes s.149(1) exactly', (id, values) => {
    expect(renderClause(id, values).join('\n')).toContain(`"${S149_1}"`);
  });

  it.each(Object.entries(EQUALITY))(
    '%s lists the eight relevant protected characteristics, in order, and marriage and civil partnership for the first aim only',
    (id, values) => {
      const text = renderClause(id, values).join('\n');
      expect(text).toContain(
        `The relevant protected characteristics are ${EIGHT.slice(0, -1).join(', ')} and ${EIGHT.at(-1)}.`,
      );
      expect(text).toContain(
        'Marriage and civil partnership is also a protected characteristic, but for the first aim only',
      );
      expect(text.match(/marriage and civil partnership/gi)).toHaveLength(1);
      expect(NINE).toHaveLength(9);
    },
  );

  it.each(Object.entries(EQUALITY))('%s never uses the words templates get wrong', (id, values) => {
    const text = renderClause(id, values).join('\n').toLowerCase();
    for (const wrong of [
      'gender,',
      'religion and belief',
      'marital status',
      'transgender',
      'nine protected characteristics',
    ])
      expect(text).not.toContain(wrong);
  });

  // domain.md gives no Welsh text of s.149, so the Welsh drafts paraphrase it rather than quote it as statute.
  it.each(Object.entries(EQUALITY))(
    '%s in Welsh paraphrases s.149(1) without quoting it, names the Act and the duty in Welsh, and says it is a draft',
    (id, values) => {
      const text = renderClause(id, values, { language: 'cy' }).join('\n');
      expect(text).not.toMatch(/["“”]/);
      expect(text).toContain(
        'Mae adran 149(1) Deddf Cydraddoldeb 2010 (dyletswydd cydraddoldeb y sector cyhoeddus) yn ei gwneud yn ofynnol',
      );
      expect(text).toMatch(/\(a\) ddileu .*; \(b\) hybu .*; \(c\) feithrin /);
      expect(text.match(/priodas a phartneriaeth sifil/gi)).toHaveLength(1);
      const clause = getClause(id, undefined, { language: 'cy' });
      expect(clause.status).toBe('draft');
      expect(clause.translationNote).toMatch(/paraphrased in Welsh, not quoted/);
    },
  );
});

describe('corporate parenting clause (Children and Social Work Act 2017 s.1)', () => {
  const paragraphs = renderClause('corporate-parenting-england', {
    proposal: 'the new allowance scheme',
    consultation: 'the Children in Care Council was consulted',
  });

  it('walks through the seven principles in the words of s.1(1), one paragraph each, each followed by a prompt', () => {
    SEVEN_PRINCIPLES.forEach((principle) => {
      const p = paragraphs.find((x) => x.startsWith(principle));
      expect(p, principle).toBeDefined();
      expect(p!.slice(principle.length)).toMatch(/^: \[.+\]$/);
    });
  });

  it('names who the principles cover', () => {
    expect(paragraphs[0]).toContain('looked-after children, relevant children and former relevant children under 25');
  });

  it('the Welsh form says there are no statutory principles and points to Part 6 of the 2014 Act', () => {
    const wales = renderClause('corporate-parenting-wales', {
      proposal: 'the pathway',
      consultation: 'the forum',
    }).join('\n');
    expect(wales).toContain('Wales has no statutory corporate parenting principles.');
    expect(wales).toContain('Part 6 of the Social Services and Well-being (Wales) Act 2014');
    expect(wales).not.toContain('Children and Social Work Act');
  });
});

describe('Schedule 12A data (Local Government Act 1972)', () => {
  it('England Part 1 holds paragraphs 1 to 7 in the statutory words', () => {
    expect(SCHEDULE_12A.england.part).toBe(1);
    expect(Object.fromEntries(SCHEDULE_12A.england.paragraphs.map((p) => [p.number, p.description]))).toEqual(
      ENGLAND_12A,
    );
  });

  it('Wales Part 4 holds paragraphs 12 to 18 in the statutory words', () => {
    expect(SCHEDULE_12A.wales.part).toBe(4);
    expect(Object.fromEntries(SCHEDULE_12A.wales.paragraphs.map((p) => [p.number, p.description]))).toEqual(WALES_12A);
  });

  it('applies the public interest test to every paragraph except Welsh paragraph 16', () => {
    const untested = [...SCHEDULE_12A.england.paragraphs, ...SCHEDULE_12A.wales.paragraphs]
      .filter((p) => !p.publicInterestTest)
      .map((p) => p.number);
    expect(untested).toEqual([16]);
  });

  it('the Welsh paragraph 16 notice quotes paragraph 16 exactly', () => {
    expect(renderClause('exempt-notice-wales-legal-privilege', { document: 'This report' }).join('\n')).toContain(
      `"${WALES_12A[16]}"`,
    );
  });

  it('the Welsh notice describes each cited paragraph in the Welsh words ("a particular individual")', () => {
    const p = renderClause('exempt-notice-wales', {
      document: 'Appendix 1',
      paragraphs: '12, 13',
      publicInterest: 'x',
    });
    expect(p).toContain(
      'Paragraph 12: "Information relating to a particular individual." It is about a particular person: a child, parent, carer or other private individual.',
    );
    expect(p.join('\n')).toContain('of Part 4 of Schedule 12A');
  });
});
