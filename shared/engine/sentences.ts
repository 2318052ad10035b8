// One way to find the sentence around an offset, for every detector: a full stop after a title, an
// initial, an abbreviation or inside a number does not end a sentence; a line break always does.
import lexicon from '../lexicons/abbreviations.json' with { type: 'json' };

const ABBREVIATIONS: ReadonlySet<string> = new Set(lexicon.abbreviations);

/** How far a sentence may reach either side of an offset: a run-on line or a table dump is not one sentence. */
export const SENTENCE_REACH = 300;

export interface Span {
  start: number;
  end: number;
}

/** True when the character at `i` (., ! or ?) ends a sentence in `text`. */
export function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c === '!' || c === '?') return /^[\s"'’”)]|^$/.test(text.slice(i + 1, i + 2));
  if (c !== '.') return false;
  const next = text.slice(i + 1, i + 3);
  if (!/^(?:\s|$|["'’”)])/.test(next)) return false;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  // "S.M.", "J." or Welsh "C.Ll." before a capital: initials of a name, not a sentence end.
  if (/^(?:\p{Lu}[lhdfg]?\.)*\p{Lu}[lhdfg]?$/u.test(word)) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  return true;
}

/** The sentence holding text[start, end), bounded by line breaks and SENTENCE_REACH. */
export function sentenceAround(text: string, start: number, end: number = start): Span {
  const ceiling = Math.min(text.length, end + SENTENCE_REACH);
  let to = end;
  while (to < ceiling && text[to] !== '\n' && !(to > start && endsSentence(text, to))) to++;
  if (to < ceiling && text[to] !== '\n') to++;
  return { start: sentenceStart(text, start, to), end: to };
}

/** Where the sentence holding `start` begins, its leading spaces skipped up to `limit`: for a reader that needs no end. */
export function sentenceStart(text: string, start: number, limit: number = start): number {
  const floor = Math.max(0, start - SENTENCE_REACH);
  let from = start;
  while (from > floor && text[from - 1] !== '\n' && !endsSentence(text, from - 1)) from--;
  while (from < limit && /\s/.test(text[from]!)) from++;
  return from;
}

/** The sentence around a span and the one before it: context for who a name belongs to. */
export function sentenceWithPrevious(text: string, start: number, end: number = start): Span {
  const own = sentenceAround(text, start, end);
  let before = own.start - 1;
  while (before > 0 && /\s/.test(text[before]!) && text[before] !== '\n') before--;
  if (before <= 0 || text[before] === '\n') return own;
  const previous = sentenceAround(text, before, before);
  return { start: Math.max(previous.start, own.start - SENTENCE_REACH), end: own.end };
}

/** True when no sentence ends strictly inside text[start, end): a finding must not cross one. */
export function withinOneSentence(text: string, start: number, end: number): boolean {
  for (let i = start; i < end - 1; i++) if (text[i] === '\n' || endsSentence(text, i)) return false;
  return true;
}
