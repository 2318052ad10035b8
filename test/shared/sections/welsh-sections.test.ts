import { describe, expect, it } from 'vitest';
import { checkSections } from '../../../shared/sections/required-sections.ts';
import { isPlaceholderText, sectionMatchesOf } from '../../../shared/sections/headings.ts';
import { readText } from '../../../shared/readers/text.ts';

const report = (...lines: string[]) => readText(lines.join('\n\n'));

describe('required sections in Welsh', () => {
  it('finds the four sections in a report written wholly in Welsh, and says they were found in Welsh', () => {
    const s = checkSections(
      report(
        'Adroddiad i’r Cabinet',
        '6. Goblygiadau ariannol',
        'Telir y gost o £48,000 o’r gyllideb a gymeradwywyd ar gyfer gwasanaethau plant.',
        '7. Goblygiadau cyfreithiol',
        'Mae gan y Cyngor bŵer o dan adran 2 o Ddeddf Llywodraeth Leol 2000.',
        '8. Asesiad effaith cydraddoldeb',
        'Cwblhawyd asesiad llawn ac nid oes effaith negyddol ar unrhyw grŵp.',
        '9. Rhianta corfforaethol',
        'Bydd y cynllun yn gwella’r cymorth i blant sy’n derbyn gofal ac i ymadawyr gofal.',
      ),
    );
    for (const key of ['financial', 'legal', 'equality', 'corporate-parenting'] as const) {
      expect(s[key]).toMatchObject({ status: 'present', language: 'cy' });
      expect(s[key].reason).toContain('in Welsh');
    }
  });

  it.each([
    ['Goblygiadau Cyfreithiol', 'legal'],
    ['Goblygiadau o ran Cydraddoldeb', 'equality'],
    ['Asesiad o’r Effaith ar Gydraddoldeb', 'equality'],
    ['Dyletswydd Cydraddoldeb y Sector Cyhoeddus', 'equality'],
    ['Sylwadau’r Swyddog Monitro', 'legal'],
    ['Sylwadau Swyddog Adran 151', 'financial'],
    ['Goblygiadau Rhianta Corfforaethol', 'corporate-parenting'],
    ['Goblygiadau i blant sy’n derbyn gofal', 'corporate-parenting'],
    ['Goblygiadau o ran adnoddau', 'financial'],
  ])('reads the Welsh heading "%s" as the %s section', (heading, key) => {
    expect(sectionMatchesOf(heading)).toContainEqual({ key, language: 'cy' });
  });

  it('reads a mutated section word after "a" as the same section ("Goblygiadau Ariannol a Chyfreithiol")', () => {
    const keys = sectionMatchesOf('Goblygiadau Ariannol a Chyfreithiol').map((m) => m.key);
    expect(keys).toEqual(expect.arrayContaining(['financial', 'legal']));
  });

  it('does not take a Welsh body section about care leavers, or a strategy title, for corporate parenting implications', () => {
    expect(sectionMatchesOf('Ymadawyr gofal')).toEqual([]);
    expect(sectionMatchesOf('Strategaeth Rhianta Corfforaethol')).toEqual([]);
  });

  it('reads a bilingual heading as one section found in both languages', () => {
    const s = checkSections(
      report(
        '5. Goblygiadau Ariannol / Financial Implications',
        'The cost is met from the existing budget. Telir y gost o’r gyllideb bresennol.',
        '6. Dyletswydd Cydraddoldeb y Sector Cyhoeddus a’r Ddyletswydd Economaidd-Gymdeithasol / Public Sector Equality Duty and Socio-economic Duty',
        'Cwblhawyd asesiad effaith integredig. An integrated impact assessment was completed.',
      ),
    );
    expect(s.financial).toMatchObject({ status: 'present', language: 'both' });
    expect(s.equality).toMatchObject({ status: 'present', language: 'both' });
    expect(s.legal).toMatchObject({ status: 'missing' });
  });

  it('accepts a section present in either language of a bilingual paper and says so', () => {
    const s = checkSections(
      report(
        '4. Legal implications',
        'The Council has power under the Children Act 1989.',
        '4. Goblygiadau cyfreithiol',
        'Mae gan y Cyngor bŵer o dan Ddeddf Plant 1989.',
        '5. Financial implications',
        'To be confirmed.',
        '5. Goblygiadau ariannol',
        'Telir y gost o £12,000 o’r gyllideb bresennol.',
      ),
    );
    expect(s.legal).toMatchObject({ status: 'present', language: 'both' });
    expect(s.legal.reason).toContain('in both Welsh and English');
    // The Welsh section has content, the English one is a placeholder: the section is there, in Welsh.
    expect(s.financial).toMatchObject({ status: 'present', language: 'cy', heading: '5. Goblygiadau ariannol' });
  });

  it.each([
    'I’w gadarnhau',
    "I'w gadarnhau.",
    'I ddilyn',
    'Dim',
    'Dim.',
    'Amherthnasol',
    'I’w gwblhau',
    'I’w gadarnhau gan yr Adran Gyllid',
    'Sylwadau i ddilyn',
    '[I’w fewnosod]',
  ])('treats the Welsh "%s" as a placeholder', (content) => {
    expect(isPlaceholderText(content)).toBe(true);
    const s = checkSections(report('7. Goblygiadau cyfreithiol', content, '8. Papurau cefndir', 'Dim.'));
    expect(s.legal).toMatchObject({ status: 'placeholder', language: 'cy' });
  });

  it('reads "Dim goblygiadau oherwydd ..." as a reasoned answer, not a placeholder', () => {
    const s = checkSections(
      report(
        '9. Rhianta corfforaethol',
        'Nid oes goblygiadau gan nad yw’r newid yn effeithio ar unrhyw wasanaeth i blant.',
      ),
    );
    expect(s['corporate-parenting']).toMatchObject({ status: 'present', language: 'cy' });
  });

  it('reads a Welsh placeholder under a numbered sub-paragraph', () => {
    const s = checkSections(
      report('5. Goblygiadau ariannol', '5.1 I’w gadarnhau.', '6. Goblygiadau cyfreithiol', '6.1 Dim.'),
    );
    expect(s.financial.status).toBe('placeholder');
    expect(s.legal.status).toBe('placeholder');
  });

  it('says a missing section was looked for in both languages', () => {
    expect(checkSections(report('1. Pwrpas yr adroddiad', 'Cytuno’r cynllun.')).financial).toMatchObject({
      status: 'missing',
    });
    expect(checkSections(report('1. Pwrpas')).financial.reason).toMatch(/English or in Welsh/);
    expect(checkSections(report('1. Pwrpas')).financial.language).toBeUndefined();
  });
});
