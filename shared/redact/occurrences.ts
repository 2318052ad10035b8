// Finds the strings being redacted the one way the text redactor, the package redactor and the
// verifier all share, so what one replaces is exactly what the other checks.

/** A string to take out of the document and the placeholder that stands in its place. */
export interface RedactionTarget {
  needle: string;
  placeholder: string;
}

export interface Occurrence<T extends RedactionTarget = RedactionTarget> {
  start: number;
  end: number;
  target: T;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const APOSTROPHES = /['\u2018\u2019\u02bc]/;

/** The form under which two spellings count as the same string: case, spacing and apostrophes aside. */
export function normalizedKey(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/['\u2018\u2019\u02bc]/g, "'")
    .toLowerCase();
}

/**
 * One pattern finding any of the needles: case-insensitive, any run of white space where the needle
 * has one (Word keeps tabs and line breaks between runs), any apostrophe for any other, and never
 * inside a longer word ("Ann" is not redacted out of "Annual"). The needles must come longest
 * first, so "Tyler Brown" wins over "Tyler". Each needle is its own capturing group, to tell which matched.
 */
export function occurrencePattern(needles: readonly string[]): RegExp {
  return new RegExp(needles.map((n) => `(${needleSource(n)})`).join('|'), 'giu');
}

function needleSource(needle: string): string {
  const trimmed = needle.trim();
  const body = trimmed
    .split(/\s+/)
    .map((word) => [...word].map((c) => (APOSTROPHES.test(c) ? "['\u2018\u2019\u02bc]" : escapeChar(c))).join(''))
    .join('\\s+');
  const first = [...trimmed][0]!;
  const last = [...trimmed].at(-1)!;
  const before = WORD_CHAR.test(first) ? '(?<![\\p{L}\\p{N}\\p{M}])' : '';
  const after = WORD_CHAR.test(last) ? '(?![\\p{L}\\p{N}\\p{M}])' : '';
  return `${before}${body}${after}`;
}

const escapeChar = (c: string): string => (/[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c);

/** A compiled search for a set of targets: build it once per document, run it on every text. */
export interface OccurrenceFinder<T extends RedactionTarget> {
  find(text: string): Occurrence<T>[];
}

export function occurrenceFinder<T extends RedactionTarget>(targets: readonly T[]): OccurrenceFinder<T> {
  const ordered = targets
    .filter((t) => t.needle.trim())
    .sort((a, b) => b.needle.trim().length - a.needle.trim().length);
  if (!ordered.length) return { find: () => [] };
  const pattern = occurrencePattern(ordered.map((t) => t.needle));
  return {
    find(text) {
      const out: Occurrence<T>[] = [];
      for (const m of text.matchAll(pattern)) {
        const start = m.index ?? 0;
        out.push({ start, end: start + m[0].length, target: ordered[m.slice(1).findIndex((g) => g !== undefined)]! });
      }
      return out;
    },
  };
}
