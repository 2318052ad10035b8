import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, parsePolicy, parsePolicyJson } from '../../../shared/policy/parse.ts';

describe('policy', () => {
  it('has defaults a council can start from', () => {
    expect(DEFAULT_POLICY).toMatchObject({
      smallCohortThreshold: 10,
      councilDomains: [],
      allowNames: [],
      suppressedForm: 'fewer than {threshold}',
    });
    expect(DEFAULT_POLICY.jurisdiction).toBeUndefined();
  });

  it('accepts a full, valid policy', () => {
    const result = parsePolicy({
      councilName: 'Marshfield BC',
      councilDomains: ['marshfieldbc.gov.uk'],
      jurisdiction: 'wales',
      smallCohortThreshold: 6,
      severityOverrides: { 'small-cohort': 'high' },
      headingSynonyms: { legal: ['Statutory officer comments'] },
    });
    expect(result.ok && result.policy.jurisdiction).toBe('wales');
  });

  it.each([
    [{ smallCohortThreshold: 'ten' }, 'policy.json: smallCohortThreshold:'],
    [{ jurisdiction: 'scotland' }, 'policy.json: jurisdiction:'],
    [{ councilDomains: ['not a domain'] }, 'policy.json: councilDomains.0: must be a domain'],
    [{ severityOverrides: { 'small-cohort': 'urgent' } }, 'policy.json: severityOverrides.small-cohort:'],
    [{ severityOverrides: { postcod: 'high' } }, 'policy.json: severityOverrides.postcod: no detector "postcod"'],
    [{ disabledDetectors: ['phones'] }, 'policy.json: disabledDetectors.0: no detector "phones"'],
    [{ councilDomian: ['x.gov.uk'] }, 'policy.json: (top level):'],
  ])('names the field at fault: %j', (input, message) => {
    const result = parsePolicy(input, 'policy.json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toContain(message);
  });

  it('reports broken JSON against the file', () => {
    const result = parsePolicyJson('{ "councilName": ', 'council.json');
    expect(!result.ok && result.errors[0]).toMatch(/^council\.json: not valid JSON/);
  });
});

describe('policy languages and clause pack', () => {
  it('accepts the council’s languages in its order and a clause pack path', () => {
    const result = parsePolicy({
      jurisdiction: 'wales',
      languages: ['cy', 'en'],
      clausePack: 'wording/dyffryn-pack.json',
    });
    expect(result.ok && result.policy).toMatchObject({
      languages: ['cy', 'en'],
      clausePack: 'wording/dyffryn-pack.json',
    });
    expect(DEFAULT_POLICY.languages).toBeUndefined();
  });

  it.each([
    [{ languages: ['cy', 'fr'] }, 'policy.json: languages.1: expected "cy" or "en"'],
    [{ languages: ['cy', 'cy'] }, 'policy.json: languages: a language is listed twice'],
    [{ languages: [] }, 'policy.json: languages: name at least one language'],
    [{ clausePack: '' }, 'policy.json: clausePack:'],
  ])('names the field at fault: %j', (input, message) => {
    const result = parsePolicy(input, 'policy.json');
    expect(!result.ok && result.errors.join('\n')).toContain(message);
  });
});
