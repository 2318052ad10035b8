// Council clause packs: parsed field by field, versioned, laid over the built-in clauses by id and language.
import { describe, expect, it } from 'vitest';
import {
  getClause,
  listClauseVersions,
  parseClausePack,
  renderClause,
  renderInLanguages,
} from '../../../shared/index.ts';

const welshClause = {
  id: 'exempt-notice-wales-legal-privilege',
  language: 'cy',
  status: 'approved',
  title: 'Hysbysiad paragraff 16 (cymeradwywyd)',
  category: 'exempt',
  jurisdiction: 'wales',
  source: [{ citation: 'Deddf Llywodraeth Leol 1972, Atodlen 12A' }],
  versions: [
    {
      version: 1,
      effective: '2026-04-01',
      variables: [{ name: 'document', kind: 'text', label: 'Beth' }],
      body: ['Ni chyhoeddir {{document}} (paragraff 16).'],
    },
  ],
};
const ownClause = {
  id: 'safeguarding-statement',
  title: 'Safeguarding statement',
  category: 'legal',
  jurisdiction: 'wales',
  source: [{ citation: 'Council policy' }],
  versions: [{ version: 1, effective: '2026-04-01', variables: [], body: ['The report names no child.'] }],
};
const pack = (clauses: unknown[], extra: object = {}) =>
  JSON.stringify({ packVersion: 2, council: 'Cyngor Sir Dyffryn', clauses, ...extra });

describe('parseClausePack', () => {
  it('reads a valid pack, with its version, and its clauses default to English and approved', () => {
    const result = parseClausePack(pack([welshClause, ownClause]), 'dyffryn-pack.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack).toMatchObject({ packVersion: 2, council: 'Cyngor Sir Dyffryn', origin: 'dyffryn-pack.json' });
    expect(result.pack.clauses[1]).toMatchObject({ language: 'en', status: 'approved' });
  });

  it.each([
    [[{ ...welshClause, language: 'welsh' }], {}, 'p.json: clauses[0].language: expected "cy" or "en"'],
    [[{ ...welshClause, status: 'final' }], {}, 'p.json: clauses[0].status: expected "draft" or "approved"'],
    [
      [ownClause, { ...ownClause, versions: [{ ...ownClause.versions[0], version: 2 }] }],
      {},
      'p.json: clauses[1].versions[0].version: versions are numbered 1, 2, 3',
    ],
    [
      [ownClause, { ...ownClause, versions: [{ ...ownClause.versions[0], body: ['Because {{reason}}.'] }] }],
      {},
      'p.json: clauses[1].versions[0].body[0]: uses {{reason}}',
    ],
    [[ownClause], { packVersion: 'two' }, 'p.json: packVersion: expected a whole number'],
    [[ownClause, ownClause], {}, 'p.json: clauses[1].id: "safeguarding-statement" in en is in the pack twice'],
    [[ownClause], { colour: 'red' }, 'p.json: (top level):'],
  ])('names the bad field (%#)', (clauses, extra, message) => {
    const result = parseClausePack(pack(clauses, extra), 'p.json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toContain(message);
  });

  it('reports broken JSON against the file', () => {
    const result = parseClausePack('{ "packVersion": ', 'p.json');
    expect(!result.ok && result.errors[0]).toMatch(/^p\.json: not valid JSON/);
  });
});

describe('a pack over the built-in library', () => {
  const parsed = parseClausePack(pack([welshClause, ownClause]), 'p.json');
  const p = parsed.ok ? parsed.pack : undefined;

  it('takes precedence over the built-in draft for the same id and language, and leaves the other language alone', () => {
    expect(getClause('exempt-notice-wales-legal-privilege', undefined, { language: 'cy' }).status).toBe('draft');
    const council = getClause('exempt-notice-wales-legal-privilege', undefined, { language: 'cy', pack: p });
    expect(council).toMatchObject({
      status: 'approved',
      origin: { kind: 'pack', packVersion: 2, council: 'Cyngor Sir Dyffryn' },
    });
    expect(
      renderClause('exempt-notice-wales-legal-privilege', { document: 'Atodiad 3' }, { language: 'cy', pack: p }),
    ).toEqual(['Ni chyhoeddir Atodiad 3 (paragraff 16).']);
    expect(getClause('exempt-notice-wales-legal-privilege', undefined, { pack: p }).origin).toEqual({
      kind: 'built-in',
    });
  });

  it('adds a council’s own clauses to the library', () => {
    expect(listClauseVersions({ pack: p }).map((c) => c.id)).toContain('safeguarding-statement');
    expect(renderInLanguages('safeguarding-statement', {}, { languages: ['en'], pack: p })[0]!.paragraphs).toEqual([
      'The report names no child.',
    ]);
  });

  it('refuses a Welsh clause whose variables differ from its English twin, naming both', () => {
    const odd = {
      ...welshClause,
      versions: [
        { ...welshClause.versions[0], variables: [{ name: 'item', kind: 'text', label: 'Eitem' }], body: ['{{item}}'] },
      ],
    };
    const result = parseClausePack(pack([odd]), 'p.json');
    expect(result.ok).toBe(true);
    expect(() =>
      getClause('exempt-notice-wales-legal-privilege', undefined, {
        language: 'cy',
        pack: result.ok ? result.pack : undefined,
      }),
    ).toThrow(
      /p\.json: Welsh clause "exempt-notice-wales-legal-privilege" must take the same variables as its English twin \(document:text\)/,
    );
  });
});

describe('Welsh rendering', () => {
  it('writes paragraph lists, dates and paragraph descriptions in Welsh, without quoting a draft as statute', () => {
    const [cy, en] = renderInLanguages(
      'exempt-notice-wales',
      { document: 'Appendix 1', paragraphs: '12, 13, 14', publicInterest: 'x' },
      { languages: ['cy', 'en'] },
    );
    expect(cy!.paragraphs[1]).toContain('yn rhinwedd paragraffau 12, 13 a 14 Rhan 4, Atodlen 12A');
    expect(cy!.paragraphs[2]).toBe(
      "Paragraff 12: Gwybodaeth sy'n ymwneud ag unigolyn penodol. Mae'n ymwneud â pherson penodol: plentyn, rhiant, gofalwr neu unigolyn preifat arall.",
    );
    expect(cy!.paragraphs.join('\n')).not.toMatch(/"/);
    expect(en!.paragraphs[2]).toBe(
      'Paragraph 12: "Information relating to a particular individual." It is about a particular person: a child, parent, carer or other private individual.',
    );
  });

  it('writes dates with Welsh month names', () => {
    const [cy] = renderInLanguages(
      'monitoring-officer-sign-off',
      { officer: 'A Cyfreithiwr', role: 'Uwch Gyfreithiwr', date: '2025-03-05' },
      { languages: ['cy'] },
    );
    expect(cy!.paragraphs[0]).toBe(
      'Cymeradwywyd y goblygiadau cyfreithiol gan A Cyfreithiwr, Uwch Gyfreithiwr, ar ran y Swyddog Monitro, ar 5 Mawrth 2025.',
    );
  });
});
