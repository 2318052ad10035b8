// renderClause: fills values, refuses what is missing, unknown or of the wrong kind, naming clause and variable.
import { describe, expect, it } from 'vitest';
import { formatParagraphList, renderClause, WordingError } from '../../../shared/wording/index.ts';

const NOTICE = {
  document: 'Appendix 2',
  paragraphs: '1, 3',
  publicInterest: 'disclosure would identify a looked-after child',
};

function thrown(fn: () => unknown): WordingError {
  try {
    fn();
  } catch (error) {
    if (error instanceof WordingError) return error;
    throw error;
  }
  throw new Error('expected a WordingError');
}

describe('renderClause', () => {
  it('refuses missing variables, naming each of them and the clause', () => {
    const error = thrown(() => renderClause('exempt-notice-england', { document: 'Appendix 2' }));
    expect(error.message).toBe('clause exempt-notice-england needs a value for paragraphs, publicInterest');
    expect(error.missing).toEqual(['paragraphs', 'publicInterest']);
    expect(error.clauseId).toBe('exempt-notice-england');
  });

  it('treats a blank value as missing', () => {
    expect(thrown(() => renderClause('corporate-parenting-none-england', { reason: '   ' })).missing).toEqual([
      'reason',
    ]);
  });

  it('refuses a value for a variable the clause does not take (a typo must not vanish)', () => {
    expect(thrown(() => renderClause('corporate-parenting-none-england', { reson: 'x' })).message).toMatch(
      /takes no variable\(s\) reson \(it takes: reason\)/,
    );
  });

  it('refuses an unknown clause, listing the known ones', () => {
    expect(thrown(() => renderClause('no-such-clause', {})).message).toMatch(
      /^no clause "no-such-clause" \(known: .*exempt-notice-england/,
    );
  });

  it('refuses a version that does not exist', () => {
    expect(
      thrown(() => renderClause('corporate-parenting-none-england', { reason: 'x' }, { version: 9 })).message,
    ).toBe('clause corporate-parenting-none-england has no version 9 (versions: 1)');
  });

  it('writes the reason into the sentence without doubling its full stop', () => {
    expect(
      renderClause('corporate-parenting-none-england', { reason: 'it concerns highway resurfacing only.' })[0],
    ).toBe(
      'There are no corporate parenting implications arising from this report because it concerns highway resurfacing only.',
    );
  });

  it('cites the paragraphs in order and gives each one its statutory description on its own paragraph', () => {
    const p = renderClause('exempt-notice-england', { ...NOTICE, paragraphs: 'paragraphs 3 and 1' });
    expect(p[0]).toBe('NOT FOR PUBLICATION');
    expect(p[1]).toBe(
      'Appendix 2 is not for publication by virtue of paragraphs 1 and 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
    );
    expect(p[2]).toMatch(/^Paragraph 1: "Information relating to any individual\." /);
    expect(p[3]).toMatch(
      /^Paragraph 3: "Information relating to the financial or business affairs of any particular person \(including the authority holding that information\)\." /,
    );
    expect(p[4]).toBe(
      'Public interest test (paragraph 10 of Schedule 12A): in all the circumstances of the case, the public interest in maintaining the exemption outweighs the public interest in disclosing the information, because disclosure would identify a looked-after child.',
    );
  });

  it('refuses English paragraph numbers in a Welsh clause and says which Welsh paragraph to use', () => {
    expect(thrown(() => renderClause('exempt-notice-wales', NOTICE)).message).toBe(
      'clause exempt-notice-wales: paragraphs may cite paragraphs 12, 13, 14, 15, 17, 18, not 1. Paragraph 1 is English (Part 1); the Welsh equivalent is 12.',
    );
    expect(thrown(() => renderClause('exempt-notice-england', { ...NOTICE, paragraphs: '13' })).message).toMatch(
      /Paragraph 13 is Welsh \(Part 4\); the English equivalent is 2\./,
    );
  });

  it('keeps Welsh paragraph 16 out of the notice that states a public interest test', () => {
    expect(thrown(() => renderClause('exempt-notice-wales', { ...NOTICE, paragraphs: '14, 16' })).message).toMatch(
      /not 16/,
    );
    const p = renderClause('exempt-notice-wales-legal-privilege', { document: 'This report' });
    expect(p.join('\n')).toContain('The public interest test does not apply to paragraph 16');
    expect(p.join('\n')).not.toMatch(/outweighs/);
  });

  it('refuses a paragraph list that is not numbers', () => {
    expect(thrown(() => renderClause('exempt-notice-england', { ...NOTICE, paragraphs: 'one' })).message).toMatch(
      /paragraphs must be paragraph numbers such as "1, 2" \(got "one"\)/,
    );
  });

  it('writes dates in words and refuses dates that are not YYYY-MM-DD or do not exist', () => {
    const values = { officer: 'A Lawyer', role: 'Senior Solicitor' };
    expect(renderClause('monitoring-officer-sign-off', { ...values, date: '2025-03-05' })[0]).toBe(
      'Legal implications cleared by A Lawyer, Senior Solicitor, on behalf of the Monitoring Officer, on 5 March 2025.',
    );
    expect(
      thrown(() => renderClause('monitoring-officer-sign-off', { ...values, date: '05/03/2025' })).message,
    ).toMatch(/date must be a date written YYYY-MM-DD/);
    expect(
      thrown(() => renderClause('monitoring-officer-sign-off', { ...values, date: '2025-02-30' })).message,
    ).toMatch(/got "2025-02-30"/);
  });

  it('renders the exclusion resolution under section 100A(4) with Part 1 paragraphs', () => {
    expect(renderClause('exclusion-resolution-england', { item: 'item 9', paragraphs: '1,2' })).toEqual([
      'That under Section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for item 9 on the grounds that it involves the likely disclosure of exempt information as defined in paragraphs 1 and 2 of Part 1 of Schedule 12A to the Act, and that in all the circumstances of the case, the public interest in maintaining the exemption outweighs the public interest in disclosing the information.',
    ]);
  });

  it('treats values as plain text: a value holding {{braces}} is not filled in again', () => {
    expect(renderClause('corporate-parenting-none-england', { reason: 'of {{reason}}' })[0]).toContain(
      'because of {{reason}}.',
    );
  });
});

describe('formatParagraphList', () => {
  it.each([
    [[3], 'paragraph 3'],
    [[1, 2], 'paragraphs 1 and 2'],
    [[1, 2, 3], 'paragraphs 1, 2 and 3'],
  ])('%j → %s', (numbers, text) => expect(formatParagraphList(numbers)).toBe(text));
});
