// "Ready to publish?": no high findings left in any part, every required section present, and the
// exempt-information advice consistent; otherwise the list of what remains, in the reviewer's words.
import { SECTION_KEYS, type Finding, type ScanReport } from '../../../shared/index.ts';
import { openFindings, type Decision } from './decisions.ts';

export interface Readiness {
  ready: boolean;
  remaining: string[];
  /** What this host could not check, which the reviewer must check by hand. */
  unchecked: string[];
}

const PART_NAMES: Record<string, string> = {
  body: 'the text', header: 'headers', footer: 'footers', footnotes: 'footnotes', endnotes: 'endnotes', comments: 'comments',
  'tracked-changes': 'tracked changes', 'hidden-text': 'hidden text', properties: 'document properties',
};

export const SECTION_TITLES: Record<(typeof SECTION_KEYS)[number], string> = {
  'corporate-parenting': 'Corporate parenting implications',
  equality: 'Equality implications',
  legal: 'Legal implications',
  financial: 'Financial implications',
};

export function readiness(report: ScanReport, decisions: readonly Decision[], unchecked: readonly string[], outdatedWording: readonly string[] = []): Readiness {
  const remaining: string[] = [];
  const high = openFindings(report.findings, decisions).filter((f) => f.severity === 'high');
  if (high.length) remaining.push(`${high.length} high-severity identifying detail${high.length === 1 ? '' : 's'} left (${countByPart(high)}).`);
  for (const key of SECTION_KEYS) {
    const section = report.sections[key];
    if (section.status === 'missing') remaining.push(`${SECTION_TITLES[key]}: missing.`);
    else if (section.status === 'placeholder') remaining.push(`${SECTION_TITLES[key]}: only placeholder text. ${section.reason}`);
  }
  for (const issue of report.exempt.issues) if (issue.severity !== 'low') remaining.push(issue.message);
  remaining.push(...outdatedWording);
  return { ready: remaining.length === 0, remaining, unchecked: [...unchecked] };
}

function countByPart(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.location.part, (counts.get(f.location.part) ?? 0) + 1);
  return [...counts].map(([part, n]) => `${n} in ${PART_NAMES[part] ?? part}`).join(', ');
}
