// The Welsh lexicons for the people stage are data: lower case, no repeats, a source, roles from the one vocabulary.
import { describe, expect, it } from 'vitest';
import cues from '../../../shared/lexicons/welsh-person-cues.json' with { type: 'json' };
import names from '../../../shared/lexicons/welsh-names.json' with { type: 'json' };
import { radicalForms } from '../../../shared/nlp/welsh-mutation.ts';
import { PERSON_ROLES } from '../../../shared/model/finding.ts';

const ROLES: readonly string[] = PERSON_ROLES;
const lists = (data: Record<string, unknown>) =>
  Object.entries(data).filter((e): e is [string, string[]] => Array.isArray(e[1]));

describe.each([
  ['welsh-person-cues', cues],
  ['welsh-names', names],
] as const)('%s.json', (_, data) => {
  it('says where its words come from', () => {
    expect(data.source.length).toBeGreaterThan(40);
  });

  it.each(lists(data))('%s is lower case with no repeats', (_key, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect(list.filter((w) => w !== w.toLowerCase())).toEqual([]);
    expect(list.filter((w, i) => list.indexOf(w) !== i)).toEqual([]);
  });
});

describe('Welsh person cues', () => {
  it('gives every relationship a role from the shared vocabulary', () => {
    const roles = Object.values(cues.relationships);
    expect(roles.filter((r) => !ROLES.includes(r))).toEqual([]);
    expect(cues.relationships).toMatchObject({
      mam: 'parent',
      tad: 'parent',
      nain: 'relative',
      'tad-cu': 'relative',
      'gofalwyr maeth': 'carer',
      'person ifanc': 'child',
      'gadawr gofal': 'child',
    });
  });

  it('holds the councillors’ styles and the attendance labels of Welsh minutes', () => {
    expect(cues.publicTitles).toEqual(
      expect.arrayContaining([
        'cynghorydd',
        'y cynghorydd',
        'cyng.',
        'aelod cabinet',
        'arweinydd',
        'cadeirydd',
        'is-gadeirydd',
        'maer',
      ]),
    );
    expect(cues.attendanceLabels).toEqual(
      expect.arrayContaining(['presennol', 'ymddiheuriadau', 'hefyd yn bresennol', 'swyddogion']),
    );
  });

  it('numbers Welsh counts in both genders', () => {
    expect(cues.numberWords.masculine).toMatchObject({ tri: 3, pedwar: 4, 'un ar bymtheg': 16 });
    expect(cues.numberWords.feminine).toMatchObject({ dwy: 2, tair: 3, pedair: 4 });
  });
});

describe('Welsh names', () => {
  it('has the forenames a mutation hides, so "i Wawr" and "gyda Thomos" lead back to a listed name', () => {
    const listed = new Set(names.forenames);
    expect(radicalForms('Wawr').some((r) => listed.has(r.toLowerCase()))).toBe(true);
    expect(radicalForms('Thomos').some((r) => listed.has(r.toLowerCase()))).toBe(true);
    expect(radicalForms('Gerys').some((r) => listed.has(r.toLowerCase()))).toBe(true);
  });

  it('holds the common Welsh surnames and the patronymic particles', () => {
    expect(names.surnames).toEqual(
      expect.arrayContaining(['jones', 'williams', 'pritchard', 'prosser', 'bevan', 'vaughan', 'llewellyn']),
    );
    expect(names.patronymicParticles).toEqual(expect.arrayContaining(['ap', 'ab', 'ferch']));
  });
});
