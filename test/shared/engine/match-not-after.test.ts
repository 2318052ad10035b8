// matchAllNotAfter stands in for a leading look-behind, which V8 runs several times slower: it must find exactly
// what the look-behind pattern finds, including a match that starts inside a rejected one ("xsymud ym Mangor").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchAll, matchAllNotAfter } from '../../../shared/engine/match.ts';

const PATTERNS: [look: RegExp, plain: RegExp][] = [
  [/(?<![\p{L}])(?:in|near|at)\s(?=\p{Lu})/gu, /(?:in|near|at)\s(?=\p{Lu})/gu],
  [
    /(?<![\p{L}])(?:(?:byw|symud|symudodd)\s+(?:yn|ym|yng|i)|yn ardal|ym|yng)\s(?=\p{Lu})/gu,
    /(?:(?:byw|symud|symudodd)\s+(?:yn|ym|yng|i)|yn ardal|ym|yng)\s(?=\p{Lu})/gu,
  ],
  [
    /(?<![\p{L}])(?:Ysgol|Bryn)(?:\s(?:y|yr))?(?:\s\p{Lu}[\p{L}'’-]*){1,4}/gu,
    /(?:Ysgol|Bryn)(?:\s(?:y|yr))?(?:\s\p{Lu}[\p{L}'’-]*){1,4}/gu,
  ],
];
// A house number: after no letter, digit or sign of an amount or a reference.
const NUMBER_LOOK =
  /(?<![\p{L}\d.,/£$-])\d{1,4}[A-Za-z]?,?\s(?:\p{Lu}[\p{L}'’-]*\s){1,3}?(?:Road|Street)(?![\p{L}\d])/gu;
const NUMBER_PLAIN = /\d{1,4}[A-Za-z]?,?\s(?:\p{Lu}[\p{L}'’-]*\s){1,3}?(?:Road|Street)(?![\p{L}\d])/gu;
const NOT_AFTER_NUMBER = /[\p{L}\d.,/£$-]/u;
const LETTER = /\p{L}/u;

const spans = (found: { start: number; end: number; text: string }[]) => found.map((m) => [m.start, m.end, m.text]);

describe('matchAllNotAfter', () => {
  it('skips a start that follows a letter and finds a match that starts inside it', () => {
    const [, plain] = PATTERNS[1]!;
    expect(spans(matchAllNotAfter('xsymud ym Mangor', plain, LETTER))).toEqual([[7, 10, 'ym ']]);
    expect(spans(matchAllNotAfter('symud ym Mangor', plain, LETTER))).toEqual([[0, 9, 'symud ym ']]);
  });

  it('reads a letter outside the Basic Multilingual Plane before a match as one letter', () => {
    const [, plain] = PATTERNS[0]!;
    expect(matchAllNotAfter('𝐀in Leeds', plain, LETTER)).toEqual([]);
    expect(spans(matchAllNotAfter('😀in Leeds', plain, LETTER))).toEqual([[2, 5, 'in ']]);
  });

  it('finds what the look-behind pattern finds, on any text', () => {
    const pieces = fc.constantFrom(
      ' ',
      '\n',
      'in',
      'near',
      'at',
      'x',
      'é',
      '𝐀',
      '😀',
      'ym',
      'yng',
      'yn ardal',
      'symud',
      'byw',
      'i',
    );
    const words = fc.constantFrom('Leeds', 'Mangor', 'Nghaerdydd', 'Ysgol', 'Bryn', 'y', 'yr', 'Élan', 'Abertawe');
    const text = fc
      .array(fc.oneof(pieces, words, fc.string({ maxLength: 3 })), { maxLength: 30 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (const [look, plain] of PATTERNS) expect(matchAllNotAfter(t, plain, LETTER)).toEqual(matchAll(t, look));
      }),
      { numRuns: 500, seed: 15 },
    );
  });

  it('finds what a look-behind on a class of signs finds, on any text', () => {
    const pieces = fc.constantFrom(
      ' ',
      ', ',
      '1',
      '14',
      '12345',
      '22a',
      '£',
      '.',
      '/',
      '-',
      'x',
      '𝐀',
      'High',
      'Road',
      'Street',
    );
    const text = fc.array(fc.oneof(pieces, fc.string({ maxLength: 2 })), { maxLength: 24 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(matchAllNotAfter(t, NUMBER_PLAIN, NOT_AFTER_NUMBER)).toEqual(matchAll(t, NUMBER_LOOK));
      }),
      { numRuns: 500, seed: 15 },
    );
    expect(
      matchAllNotAfter('at £14 High Street, 3.14 Low Road and 14 High Street', NUMBER_PLAIN, NOT_AFTER_NUMBER).map(
        (m) => m.text,
      ),
    ).toEqual(['14 High Street']);
  });
});
