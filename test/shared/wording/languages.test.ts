// Which languages wording renders in, for the CLI and the pane alike: the council's order for both, Welsh first
// when the policy does not give it; by default the policy's languages that the clause has, else English.
import { describe, expect, it } from 'vitest';
import { languagesFor, parseClausePack, publishesInWelsh } from '../../../shared/index.ts';

const bilingual = 'financial-implications';
const englishOnly = 'exempt-notice-england';

describe('publishesInWelsh', () => {
  it('is true for a Welsh council, by jurisdiction or by its languages, and false otherwise', () => {
    expect(publishesInWelsh({ jurisdiction: 'wales' })).toBe(true);
    expect(publishesInWelsh({ languages: ['en', 'cy'] })).toBe(true);
    expect(publishesInWelsh({ jurisdiction: 'england', languages: ['cy'] })).toBe(true);
    expect(publishesInWelsh({ jurisdiction: 'england' })).toBe(false);
    expect(publishesInWelsh({ languages: ['en'] })).toBe(false);
    expect(publishesInWelsh({})).toBe(false);
  });
});

describe('languagesFor', () => {
  it('renders both in the order the policy gives, and Welsh first when it gives only one or none', () => {
    expect(languagesFor(bilingual, 'both', { languages: ['en', 'cy'] })).toEqual(['en', 'cy']);
    expect(languagesFor(bilingual, 'both', { languages: ['cy', 'en'] })).toEqual(['cy', 'en']);
    expect(languagesFor(bilingual, 'both', { languages: ['en'] })).toEqual(['cy', 'en']);
    expect(languagesFor(bilingual, 'both', {})).toEqual(['cy', 'en']);
  });

  it('renders one language when one is asked for', () => {
    expect(languagesFor(bilingual, 'cy', { languages: ['en'] })).toEqual(['cy']);
    expect(languagesFor(bilingual, 'en', { languages: ['cy', 'en'] })).toEqual(['en']);
  });

  it("without a choice, renders the policy's languages the clause has, else English", () => {
    expect(languagesFor(bilingual, undefined, { languages: ['cy', 'en'] })).toEqual(['cy', 'en']);
    expect(languagesFor(bilingual, undefined, { languages: ['cy'] })).toEqual(['cy']);
    expect(languagesFor(englishOnly, undefined, { languages: ['cy'] })).toEqual(['en']);
    expect(languagesFor(bilingual, undefined, {})).toEqual(['en']);
  });

  it("counts a council pack's translation as a language the clause has", () => {
    const parsed = parseClausePack({
      packVersion: 1,
      clauses: [
        {
          id: 'safeguarding-note',
          title: 'Safeguarding note',
          category: 'legal',
          jurisdiction: 'wales',
          source: [{ citation: 'Council policy' }],
          versions: [{ version: 1, effective: '2026-01-01', variables: [], body: ['No child is named.'] }],
        },
        {
          id: 'safeguarding-note',
          language: 'cy',
          title: 'Nodyn diogelu',
          category: 'legal',
          jurisdiction: 'wales',
          source: [{ citation: 'Polisi’r cyngor' }],
          versions: [{ version: 1, effective: '2026-01-01', variables: [], body: ['Nid enwir unrhyw blentyn.'] }],
        },
      ],
    });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(languagesFor('safeguarding-note', undefined, { languages: ['cy', 'en'] })).toEqual(['en']);
    expect(languagesFor('safeguarding-note', undefined, { languages: ['cy', 'en'] }, parsed.pack)).toEqual([
      'cy',
      'en',
    ]);
  });
});
