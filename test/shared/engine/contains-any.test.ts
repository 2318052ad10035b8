import { describe, expect, it } from 'vitest';
import { containsAny } from '../../../shared/engine/contains-any.ts';

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
