// A gate before costly patterns that cannot match without a count or an age: does the text hold a digit, or a word
// beginning with one of the number words? One pass over the characters, without slicing or a pattern.

const LOWER_A = 97;
const LETTERS = 26;

/** ASCII letters, lower-cased (0 for anything else). */
const FOLD = new Uint8Array(128);
for (let c = 65; c <= 90; c++) FOLD[c] = c + 32;
for (let c = 97; c <= 122; c++) FOLD[c] = c;

/** The ASCII letter of a character code, lower-cased, or 0. The long s and the Kelvin sign fold to s and k, as a /iu pattern reads them. */
function letterOf(c: number): number {
  if (c < 128) return FOLD[c]!;
  return c === 0x17f ? 115 : c === 0x212a ? 107 : 0;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** What a pattern needs of the digits that open its count. */
export interface CountDigits {
  /** The most digits the count may have ("\d{1,3}"). */
  longest: number;
  /** Characters the count may not follow, besides letters and digits (a lookbehind's "£$.,/-"). */
  notAfter: string;
}

/**
 * A test that is true wherever a pattern could find one of the given words or a digit, case-blind, and false only
 * where it cannot. The word must stand where a word of the text begins (after a space, a boundary or a lookbehind
 * refusing letters): each is looked for by its longest run of ASCII letters ("handful" for "a handful of",
 * "twenty" for "twenty-one"), which begins a word of the text wherever the whole word is written there.
 * With `digits`, a digit counts only where a count of that pattern could start: standing alone, at most `longest`
 * digits, and followed by what may be a space (the count patterns go on with `\s+`).
 */
export function digitOrWordStart(words: readonly string[], digits?: CountDigits): (text: string) => boolean {
  const stems: string[][] = Array.from({ length: LETTERS }, () => []);
  const pairs = new Uint8Array(LETTERS * LETTERS);
  for (const word of words) {
    const pieces = word.toLowerCase().match(/[a-z]+/g);
    const stem = pieces?.reduce((a, b) => (b.length > a.length ? b : a));
    // A word with no run of two ASCII letters cannot be looked for this way: every text may hold it.
    if (!stem || stem.length < 2) return () => true;
    const first = stem.charCodeAt(0) - LOWER_A;
    stems[first]!.push(stem);
    pairs[first * LETTERS + stem.charCodeAt(1) - LOWER_A] = 1;
  }
  const notAfter = new Set([...(digits?.notAfter ?? '')].map((c) => c.charCodeAt(0)));
  const countStartsAt = (text: string, i: number): boolean => {
    if (!digits) return true;
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (letterOf(before) || isDigit(before) || notAfter.has(before)) return false;
    let end = i;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    if (end - i > digits.longest || end === text.length) return false;
    // A space, or any character beyond ASCII (where Unicode's spaces are).
    const after = text.charCodeAt(end);
    return after >= 128 || after === 32 || (after >= 9 && after <= 13);
  };
  const stemAt = (text: string, i: number, first: number): boolean => {
    for (const stem of stems[first]!) {
      if (i + stem.length > text.length) continue;
      let k = 2;
      while (k < stem.length && letterOf(text.charCodeAt(i + k)) === stem.charCodeAt(k)) k++;
      if (k === stem.length) return true;
    }
    return false;
  };
  return (text) => {
    let afterLetter = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const letter = letterOf(c);
      if (letter === 0) {
        if (isDigit(c) && countStartsAt(text, i)) return true;
        afterLetter = false;
        continue;
      }
      if (!afterLetter) {
        const first = letter - LOWER_A;
        const second = letterOf(i + 1 < text.length ? text.charCodeAt(i + 1) : 0);
        if (second && pairs[first * LETTERS + second - LOWER_A] && stemAt(text, i, first)) return true;
      }
      afterLetter = true;
    }
    return false;
  };
}
