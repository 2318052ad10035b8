import { describe, expect, it } from 'vitest';
import { digitOrWordStart } from '../../../shared/engine/word-starts.ts';

describe('digitOrWordStart', () => {
  const mayHoldAge = digitOrWordStart(['two', 'twenty-one', 'a handful of']);

  it('is true for a digit anywhere', () => {
    expect(mayHoldAge('Item 7')).toBe(true);
    expect(mayHoldAge('x9y')).toBe(true);
  });

  it('is true where a word begins with one of the words, in any case', () => {
    expect(mayHoldAge('She is Two.')).toBe(true);
    expect(mayHoldAge('TWENTY-ONE pupils')).toBe(true);
    expect(mayHoldAge('twentyish')).toBe(true);
    expect(mayHoldAge('only a handful of them')).toBe(true);
  });

  it('is false where the words stand only inside other words, true where a word merely begins with one', () => {
    expect(mayHoldAge('network between')).toBe(false);
    expect(mayHoldAge('the handfuls')).toBe(true);
    expect(mayHoldAge('a handfulness')).toBe(true);
    expect(mayHoldAge('')).toBe(false);
  });

  it('reads the long s and the Kelvin sign as a case-blind Unicode pattern does', () => {
    const six = digitOrWordStart(['six', 'kin']);
    expect(six('ſix')).toBe(/\bsix/iu.test('ſix'));
    expect(six('\u212Ain')).toBe(true);
  });

  it('with count digits, takes only a short number standing alone before a space', () => {
    const mayHoldCount = digitOrWordStart(['one'], { longest: 3, notAfter: '£$.,/-' });
    expect(mayHoldCount('there were 3 children')).toBe(true);
    expect(mayHoldCount('(12 pupils)')).toBe(true);
    expect(mayHoldCount('paragraph 5.1 sets out')).toBe(false);
    expect(mayHoldCount('in 2024 the council')).toBe(false);
    expect(mayHoldCount('£300 a week')).toBe(false);
    expect(mayHoldCount('Item 5:')).toBe(false);
    expect(mayHoldCount('ends with 5')).toBe(false);
    expect(mayHoldCount('5\u00a0children')).toBe(true);
  });

  it('gives every text a yes when a word has no run of ASCII letters to look for', () => {
    expect(digitOrWordStart(['ŵ'])('anything')).toBe(true);
  });
});
