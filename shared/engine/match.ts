// Regular-expression helpers that keep offsets, so every detector reports spans the same way.

export interface Match {
  start: number;
  end: number;
  text: string;
  groups: (string | undefined)[];
}

/** Every match of a global pattern in text, with offsets. The pattern must carry the g flag. */
export function matchAll(text: string, pattern: RegExp): Match[] {
  return execAll(text, pattern).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    groups: m.slice(1),
  }));
}

/** Every match of a global pattern in text, as `exec` gives them. The pattern must carry the g flag. */
export function execAll(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new Error(`matchAll needs a global pattern: ${pattern}`);
  // exec on the pattern itself: String.prototype.matchAll would copy the pattern on every call, and the
  // engine calls this for every block with patterns of hundreds of alternatives.
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0] === '') pattern.lastIndex++;
    out.push(m);
  }
  pattern.lastIndex = 0;
  return out;
}

/**
 * Every match of a global pattern whose first character does not follow a character `notAfter` matches: what
 * `(?<![...])pattern` finds, scanned the same way (a rejected start moves on by one character, as the look-behind
 * would), without the look-behind, which V8 runs several times slower. `notAfter` tests one code point.
 */
export function matchAllNotAfter(text: string, pattern: RegExp, notAfter: RegExp): Match[] {
  if (!pattern.global) throw new Error(`matchAllNotAfter needs a global pattern: ${pattern}`);
  const out: Match[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index > 0 && notAfter.test(codePointBefore(text, m.index))) {
      pattern.lastIndex = m.index + (pattern.unicode && text.codePointAt(m.index)! > 0xffff ? 2 : 1);
      continue;
    }
    if (m[0] === '') pattern.lastIndex++;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], groups: m.slice(1) });
  }
  pattern.lastIndex = 0;
  return out;
}

/** The code point that ends at `i`: one UTF-16 unit, or two for a surrogate pair. */
function codePointBefore(text: string, i: number): string {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1]!;
}

/** A literal string as a regular-expression source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text within `radius` characters before and after a span, lower-cased, for context cues. */
export function around(text: string, start: number, end: number, radius: number): { before: string; after: string } {
  return {
    before: text.slice(Math.max(0, start - radius), start).toLowerCase(),
    after: text.slice(end, end + radius).toLowerCase(),
  };
}

/** Whole-word test for a list of cue words or phrases (never substrings: "lic" must not match "duplicate"). */
export function hasCue(text: string, cues: readonly string[]): boolean {
  return cueIndex(text, cues) >= 0;
}

function cueIndex(text: string, cues: readonly string[]): number {
  const lower = text.toLowerCase();
  let best = -1;
  for (const cue of cues) {
    let i = lower.indexOf(cue);
    while (i >= 0) {
      const before = i === 0 ? ' ' : lower[i - 1]!;
      const after = lower[i + cue.length] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
        if (best < 0 || i < best) best = i;
        break;
      }
      i = lower.indexOf(cue, i + 1);
    }
  }
  return best;
}

/** A set of cue phrases looked up word by word: one pass over the text, whatever the number of phrases. */
export interface PhraseSet {
  phrases: ReadonlySet<string>;
  /** Every phrase's leading words ("looked", "looked after"): a run of words that is none of these starts no phrase. */
  prefixes: ReadonlySet<string>;
}

export function phraseSet(phrases: readonly string[]): PhraseSet {
  const normalised = phrases.map((p) => p.toLowerCase().split(/\s+/));
  return {
    phrases: new Set(normalised.map((words) => words.join(' '))),
    prefixes: new Set(normalised.flatMap((words) => words.slice(1).map((_, n) => words.slice(0, n + 1).join(' ')))),
  };
}

// Cue phrases are plain English words: an ASCII word pattern is enough and several times faster than Unicode classes.
const PHRASE_WORD = /[a-z0-9]+(?:['’./-][a-z0-9]+)*/g;

/** Every whole-word occurrence of a phrase of the set in text, with its offset. */
export function findPhrases(text: string, set: PhraseSet): { phrase: string; index: number }[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  const starts: number[] = [];
  PHRASE_WORD.lastIndex = 0;
  for (let m = PHRASE_WORD.exec(lower); m; m = PHRASE_WORD.exec(lower)) {
    words.push(m[0]);
    starts.push(m.index);
  }
  const out: { phrase: string; index: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    let phrase = words[i]!;
    for (let n = i; ;) {
      if (set.phrases.has(phrase)) out.push({ phrase, index: starts[i]! });
      if (!set.prefixes.has(phrase) || ++n >= words.length) break;
      phrase = `${phrase} ${words[n]!}`;
    }
  }
  return out;
}

/** Spans sorted by start, overlapping ones joined into the first (the longer on a tie), which keeps its other fields. */
export function mergeOverlapping<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: T[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
