import { describe, expect, it } from 'vitest';
import { anyWordSource, containsAny, includesText, numberGate } from '../../../shared/engine/text-gates.ts';

describe('includesText', () => {
  it('answers exactly as includes, reading the word literally', () => {
    for (const [text, word] of [
      ['she was aged 9', 'aged'],
      ['a.b', 'a.b'],
      ['axb', 'a.b'],
      ['AGED', 'aged'],
      ['', 'x'],
      ['£300', '£'],
    ] as const)
      expect(includesText(text, word)).toBe(text.includes(word));
  });
});

describe('numberGate', () => {
  const mayHoldAge = numberGate(['two', 'twenty-one', 'a handful of'], { longest: 2 });

  it('matches one or two digits anywhere', () => {
    expect(mayHoldAge.test('Item 7')).toBe(true);
    expect(mayHoldAge.test('x19y')).toBe(true);
  });

  it('matches where a word begins with one of the words, in any case', () => {
    expect(mayHoldAge.test('She is Two.')).toBe(true);
    expect(mayHoldAge.test('TWENTY-ONE pupils')).toBe(true);
    expect(mayHoldAge.test('(twentyish)')).toBe(true);
    expect(mayHoldAge.test('only a handful of them')).toBe(true);
    expect(mayHoldAge.test('the handfuls')).toBe(true);
  });

  it('fails where the words stand only inside other words', () => {
    expect(mayHoldAge.test('network between')).toBe(false);
    expect(mayHoldAge.test('')).toBe(false);
  });

  it('reads the long s and the Kelvin sign as a case-blind Unicode pattern does', () => {
    const gate = numberGate(['six', 'kin'], { longest: 2 });
    expect(gate.test('ſix')).toBe(true);
    expect(gate.test('\u212Ain')).toBe(true);
    expect(gate.test('aſix')).toBe(false);
  });

  it('with count digits, takes only a short number standing alone before a space', () => {
    const mayHoldCount = numberGate(['one'], { longest: 3, alone: { notAfter: '£$.,/-' } });
    expect(mayHoldCount.test('there were 3 children')).toBe(true);
    expect(mayHoldCount.test('(12 pupils)')).toBe(true);
    expect(mayHoldCount.test('5\u00a0children')).toBe(true);
    expect(mayHoldCount.test('paragraph 5.1 sets out')).toBe(false);
    expect(mayHoldCount.test('in 2024 the council')).toBe(false);
    expect(mayHoldCount.test('£300 a week')).toBe(false);
    expect(mayHoldCount.test('Item 5:')).toBe(false);
    expect(mayHoldCount.test('ends with 5')).toBe(false);
    expect(mayHoldCount.test('someone')).toBe(false);
  });

  it('with a longest number, takes only runs of digits that short', () => {
    const mayHoldAge = numberGate(['ten'], { longest: 2 });
    expect(mayHoldAge.test('aged 12.')).toBe(true);
    expect(mayHoldAge.test('(age12)')).toBe(true);
    expect(mayHoldAge.test('5.1 sets out')).toBe(true);
    expect(mayHoldAge.test('in 2024, £1000')).toBe(false);
  });

  it('matches every text when a word has no ASCII letter to look for', () => {
    expect(numberGate(['ŵ'], { longest: 2 }).test('anything')).toBe(true);
  });
});

describe('anyWordSource', () => {
  const words = ['police', 'police ', 'policy', 'a.b', 'order'];
  const starts = (text: string): number[] => {
    const pattern = new RegExp(anyWordSource(words), 'g');
    const out: number[] = [];
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      out.push(m.index);
      pattern.lastIndex = m.index + 1;
    }
    return out;
  };

  it('matches exactly where one of the words starts', () => {
    const text = 'the police policy: a.b, axb, disorder';
    const expected = [...text].flatMap((_, i) => (words.some((w) => text.startsWith(w, i)) ? [i] : []));
    expect(starts(text)).toEqual(expected);
  });

  it('reads the words literally', () => {
    expect(starts('axb')).toEqual([]);
  });
});

describe('containsAny', () => {
  const hasPairWord = containsAny(['sister', 'twin', 'a.b']);

  it('finds any of the strings anywhere, inside words too', () => {
    expect(hasPairWord('her half-sister')).toBe(true);
    expect(hasPairWord('twins')).toBe(true);
    expect(hasPairWord('between')).toBe(false);
  });

  it('reads the strings literally, never as patterns', () => {
    expect(hasPairWord('a.b')).toBe(true);
    expect(hasPairWord('axb')).toBe(false);
  });

  it('is case-sensitive, as includes is', () => {
    expect(hasPairWord('Sister')).toBe(false);
  });

  it('gives the same answer as some(includes) for each text', () => {
    const strings = ['lant', 'erch', 'of '];
    const gate = containsAny(strings);
    for (const text of ['plant', 'merch', 'one of us', 'proof', '', 'LANT'])
      expect(gate(text)).toBe(strings.some((s) => text.includes(s)));
  });

  it('finds nothing when given no strings', () => {
    expect(containsAny([])('anything')).toBe(false);
  });
});
