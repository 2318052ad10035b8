// Example tables in a reviewer's words: [[...]] marks what must be flagged; everything else must stay clear.
import type { Detector } from '../../shared/engine/define-detector.ts';
import { detectWith } from '../../shared/engine/scan.ts';
import { readText } from '../../shared/readers/text.ts';
import { DEFAULT_POLICY } from '../../shared/policy/parse.ts';
import type { Policy } from '../../shared/policy/schema.ts';
import { isFlag, type Finding } from '../../shared/model/finding.ts';

/** Strips [[ ]] marks; returns the plain text and the marked spans as "start-end:text". */
export function marked(example: string): { text: string; spans: string[] } {
  let text = '';
  const spans: string[] = [];
  const pattern = /\[\[(.*?)\]\]/gs;
  let last = 0;
  for (const m of example.matchAll(pattern)) {
    text += example.slice(last, m.index);
    spans.push(`${text.length}-${text.length + m[1]!.length}:${m[1]}`);
    text += m[1];
    last = (m.index ?? 0) + m[0].length;
  }
  text += example.slice(last);
  return { text, spans };
}

/** The flags (disposition `flag`) a detector raises on a text, in the same "start-end:text" form. */
export function spansFound(
  detector: Detector | readonly Detector[],
  text: string,
  policy: Policy = DEFAULT_POLICY,
): string[] {
  return flagsOf(detector, text, policy).map((f) => `${f.start}-${f.end}:${f.text}`);
}

export function flagsOf(
  detector: Detector | readonly Detector[],
  text: string,
  policy: Policy = DEFAULT_POLICY,
): Finding[] {
  const list = Array.isArray(detector) ? detector : [detector as Detector];
  return detectWith(list, readText(text), policy).filter(isFlag);
}

/** The items a detector leaves for the reviewer to decide, in the same "start-end:text" form. */
export function reviewsFound(
  detector: Detector | readonly Detector[],
  text: string,
  policy: Policy = DEFAULT_POLICY,
): string[] {
  return findingsOf(detector, text, policy)
    .filter((f) => f.disposition === 'review')
    .map((f) => `${f.start}-${f.end}:${f.text}`);
}

/** Every finding, public-role ones (info) included. */
export function findingsOf(
  detector: Detector | readonly Detector[],
  text: string,
  policy: Policy = DEFAULT_POLICY,
): Finding[] {
  const list = Array.isArray(detector) ? detector : [detector as Detector];
  return detectWith(list, readText(text), policy);
}
