// Walks over capitalised words either side of a position, one word at a time, so proper names of a
// few words can be read off without a backtracking pattern ("St Aidan's Church of England" before
// "High School", "Llanfair Dyffryn" after "lives in").
import placeCues from '../lexicons/place-cues.json' with { type: 'json' };

const WORD = /[\p{L}'’.-]*/uy;
const CAPITALISED = /^(?:\p{Lu}[\p{L}'’-]*|St\.?)$/u;
// Small words allowed inside a name, between capitalised ones.
const LINKS: ReadonlySet<string> = new Set(placeCues.properNameLinks);

/** Start of the run of up to `maxWords` capitalised words whose last word ends at `end` (one space between words), if any. */
export function capitalisedRunBefore(text: string, end: number, maxWords: number): number | undefined {
  let start: number | undefined;
  let pos = end;
  for (let n = 0; n < maxWords * 2; n++) {
    let wordStart = pos;
    while (wordStart > 0 && /[\p{L}'’.-]/u.test(text[wordStart - 1]!) && pos - wordStart < 40) wordStart--;
    const word = text.slice(wordStart, pos);
    if (word && CAPITALISED.test(word)) start = wordStart;
    else if (!word || !LINKS.has(word) || start === undefined) break;
    if (countWords(text.slice(wordStart, end)) >= maxWords || text[wordStart - 1] !== ' ') break;
    pos = wordStart - 1;
  }
  return start;
}

/** The run of up to `maxWords` capitalised words starting at `from`, as [start, end), if the first word is capitalised. */
export function capitalisedRunAfter(text: string, from: number, maxWords: number): [number, number] | undefined {
  let end: number | undefined;
  let pos = from;
  for (let n = 0; n < maxWords; n++) {
    WORD.lastIndex = pos;
    const word = WORD.exec(text)?.[0] ?? '';
    if (!word || !CAPITALISED.test(word.replace(/[.]$/, ''))) break;
    end = pos + word.replace(/[.'’-]+$/, '').length;
    if (text[pos + word.length] !== ' ') break;
    pos += word.length + 1;
  }
  return end === undefined ? undefined : [from, end];
}

const countWords = (s: string): number =>
  s
    .trim()
    .split(/\s+/)
    .filter((w) => !LINKS.has(w)).length;
