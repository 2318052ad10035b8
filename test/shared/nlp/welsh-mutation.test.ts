import { describe, expect, it } from 'vitest';
import { isMutationOf, mutatedForms, radicalForms } from '../../../shared/nlp/welsh-mutation.ts';

describe('Welsh mutations', () => {
  it.each([
    ['Wawr', 'Gwawr'],
    ['Gerys', 'Cerys'],
    ['Domos', 'Tomos'],
    ['Thomos', 'Tomos'],
    ['Mangor', 'Bangor'],
    ['Nghaerdydd', 'Caerdydd'],
    ['Lanelli', 'Llanelli'],
    ['Ddylan', 'Dylan'],
    ['Fethan', 'Bethan'],
    ['Hanwen', 'Anwen'],
    ['Mhontypridd', 'Pontypridd'],
  ])('%s is a mutation of %s, both ways', (form, radical) => {
    expect(isMutationOf(form, radical)).toBe(true);
    expect(radicalForms(form)).toContain(radical);
  });

  it('keeps the case of the word it mutates and gives the radical itself', () => {
    expect(mutatedForms('Caerdydd')).toEqual(
      expect.arrayContaining(['Caerdydd', 'Gaerdydd', 'Nghaerdydd', 'Chaerdydd']),
    );
    expect(mutatedForms('tad')).toContain('dad');
  });

  it('does not take one name for another that only looks alike', () => {
    expect(isMutationOf('Bethan', 'Megan')).toBe(false);
    expect(isMutationOf('Llinos', 'Linos')).toBe(false);
    // "dd" is the soft mutation of d, never a nasal n of something else
    expect(radicalForms('Ddafydd')).toEqual(expect.arrayContaining(['Dafydd']));
    expect(radicalForms('Ddafydd')).not.toContain('Tdafydd');
  });
});
