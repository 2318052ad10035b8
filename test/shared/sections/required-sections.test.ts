import { describe, expect, it } from 'vitest';
import { checkSections } from '../../../shared/sections/required-sections.ts';
import { readMarkdown, readText } from '../../../shared/readers/text.ts';

const report = (...lines: string[]) => readText(lines.join('\n\n'));

describe('required sections', () => {
  it('finds numbered, varied headings and judges their content', () => {
    const s = checkSections(
      report(
        '6.1 Financial and Resource Implications',
        'The cost of £214,000 is met from the approved budget.',
        'Implications verified by: Tom Brightman, Finance Business Partner',
        '6.2 Monitoring Officer comments',
        'The Council has power under section 1 of the Localism Act 2011.',
        '6.3 Public Sector Equality Duty',
        'TBC',
        '6.4 Implications for children in care and care leavers',
        'Care leavers will pay no council tax until they are 25.',
      ),
    );
    expect(s.financial).toMatchObject({ status: 'present', heading: '6.1 Financial and Resource Implications' });
    expect(s.legal.status).toBe('present');
    expect(s.equality).toMatchObject({ status: 'placeholder' });
    expect(s.equality.reason).toContain('TBC');
    expect(s['corporate-parenting'].status).toBe('present');
  });

  it.each(['TBC', 'To be completed', '[insert]', 'N/A', 'None', '[Legal to insert comments]', ''])(
    'treats "%s" as a placeholder',
    (content) => {
      const s = checkSections(report('7. Legal implications', content, '8. Background papers', 'None.'));
      expect(s.legal.status).toBe('placeholder');
    },
  );

  it('reads a short unpunctuated note under a heading as the section’s content, but not the next heading', () => {
    const s = checkSections(
      report(
        'Resource Implications',
        'Awaiting comments from Finance',
        'Legal Implications',
        'Background Papers',
        'None.',
      ),
    );
    expect(s.financial).toMatchObject({ status: 'placeholder' });
    expect(s.financial.reason).toContain('Awaiting comments from Finance');
    expect(s.legal.status).toBe('placeholder');
  });

  it('reports a section that is not there as missing, with the reason', () => {
    const s = checkSections(
      report('CORPORATE PARENTING PANEL', '1. Purpose', 'To report on the placement sufficiency strategy.'),
    );
    expect(s['corporate-parenting']).toMatchObject({ status: 'missing' });
    expect(s['corporate-parenting'].reason).toMatch(/No corporate parenting/);
  });

  it('counts a corporate parenting section only if it addresses children in care or says why there are none', () => {
    const vague = checkSections(report('6.4 Corporate Parenting', 'The proposals support the Council Plan.'));
    const reasoned = checkSections(
      report(
        '6.4 Corporate Parenting',
        'There are no corporate parenting implications because the scheme does not affect any service used by children.',
      ),
    );
    expect(vague['corporate-parenting'].status).toBe('placeholder');
    expect(reasoned['corporate-parenting'].status).toBe('present');
  });

  it('does not take a body section about care leavers for the corporate parenting implications', () => {
    const s = checkSections(
      report(
        '6. Care leavers',
        'Every young person leaving care should receive a health summary.',
        '8.4 Corporate parenting implications',
        'To be confirmed.',
      ),
    );
    expect(s['corporate-parenting']).toMatchObject({
      status: 'placeholder',
      heading: '8.4 Corporate parenting implications',
    });
  });

  it('reads Word-style headings, inline headings and implications tables', () => {
    const md = readMarkdown(
      '## Equality implications\n\nAn equality impact assessment was completed and is at Appendix B.\n\nLegal implications: none.\n\n| Implication | Comment |\n| --- | --- |\n| Financial | Met from existing budgets within Children’s Services. |',
    );
    const s = checkSections(md);
    expect(s.equality.status).toBe('present');
    expect(s.legal.status).toBe('placeholder');
    expect(s.financial.status).toBe('present');
  });

  it('takes the council’s own heading wording from the policy', () => {
    const doc = report(
      '5. Our children and young people',
      'No child in care is affected because the change concerns only street lighting.',
    );
    expect(checkSections(doc)['corporate-parenting'].status).toBe('missing');
    expect(
      checkSections(doc, { 'corporate-parenting': ['Our children and young people'] })['corporate-parenting'].status,
    ).toBe('present');
  });

  it.each([
    ['5.1 TBC'],
    ['7.1 None.'],
    ['6.1 To be completed by Legal Services.'],
    ['10.1 Comments awaited from Legal Services.'],
    ['3.2 N/A'],
  ])('reads a placeholder under a numbered sub-paragraph ("%s")', (content) => {
    const s = checkSections(
      report('4. Legal implications', content, '5. Recommendation', 'That the Committee notes the report.'),
    );
    expect(s.legal.status).toBe('placeholder');
  });

  it('keeps a numbered sub-paragraph with real content present', () => {
    const s = checkSections(
      report('4. Legal implications', '4.1 The Council has a duty under section 22 of the Children Act 1989.'),
    );
    expect(s.legal.status).toBe('present');
  });

  it('ends a section at the paper’s closing matter ("Background papers: ...")', () => {
    const s = checkSections(
      report('9. Equality implications', 'N/A', 'Background papers: the housing register (held by Housing Options)'),
    );
    expect(s.equality.status).toBe('placeholder');
  });

  it('reads Markdown bold and hash headings in plain text', () => {
    const s = checkSections(
      report(
        '# 6.3 **Diversity and Equality**',
        'The assessment found no adverse impact on any protected group.',
        '**Legal implications**',
        'TBC',
      ),
    );
    expect(s.equality).toMatchObject({ status: 'present', heading: '6.3 Diversity and Equality' });
    expect(s.legal).toMatchObject({ status: 'placeholder', heading: 'Legal implications' });
  });

  it.each([
    'Corporate Parenting Strategy 2024–27',
    'A Guide to Corporate Parenting for Elected Members',
    'Corporate Parenting Handbook',
    'Corporate Parenting Annual Report 2023/24',
    'Corporate Parenting Training',
  ])('does not take the title "%s" for a corporate parenting section', (title) => {
    const s = checkSections(
      report(
        title,
        'Children in care and care leavers told us what matters to them.',
        '1. Introduction',
        'The plan sets out our pledges.',
      ),
    );
    expect(s['corporate-parenting'].status).toBe('missing');
  });

  it('does not take a cited document for a section', () => {
    const s = checkSections(
      report(
        '2. Background',
        'The Corporate Parenting Strategy 2024–27 was agreed by Cabinet in May and is at Appendix B.',
      ),
    );
    expect(s['corporate-parenting'].status).toBe('missing');
  });

  it.each([
    'Contact: A. Person, Legal Services, 01234 567890',
    'Priya Lane, Principal Solicitor, Legal Services',
    'Mr D Osei, Monitoring Officer and Head of Legal',
    'Report of the Monitoring Officer',
    'RESOLVED that the Committee notes the advice of the Monitoring Officer and, in particular:-',
  ])('does not take "%s" for a legal implications heading', (line) => {
    const s = checkSections(report(line, 'The Committee considered the item and agreed the recommendations.'));
    expect(s.legal.status).toBe('missing');
  });

  it('in minutes, takes a portfolio or directorate name for no section, but an implications heading still counts', () => {
    const minutes = (...lines: string[]) =>
      report('Minutes of the meeting of the Cabinet', 'Present: Councillors A Shah and B Lowe', ...lines);
    expect(checkSections(minutes('Finance and Resources', 'The Cabinet Member gave an update.')).financial.status).toBe(
      'missing',
    );
    expect(checkSections(minutes('Financial implications', 'The cost is met from reserves.')).financial.status).toBe(
      'present',
    );
  });

  it.each([
    ['Equality Act 2010', 'equality'],
    ['Public Sector Equality Duty (Equality Act 2010)', 'equality'],
    ['Legal framework', 'legal'],
    ['Financial implications 2025/26', 'financial'],
  ] as const)('still reads "%s" as the %s section', (heading, key) => {
    const s = checkSections(
      report(heading, 'The Council has considered this duty in full and the details are set out below.'),
    );
    expect(s[key].status).toBe('present');
  });
});
