// Gates before costly patterns: "does this block hold any of these words?" asked of every block of a paper.

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A test for whether a text contains any of the given strings, exactly as `strings.some((s) => text.includes(s))`
 * (case-sensitive: give it lower-cased text for a case-blind gate). One alternation is one pass over the text, several
 * times faster than an indexOf per string.
 */
export function containsAny(strings: readonly string[]): (text: string) => boolean {
  if (strings.length === 0) return () => false;
  const pattern = new RegExp(strings.map(escape).join('|'));
  return (text) => pattern.test(text);
}
