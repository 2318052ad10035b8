// Which strings a redaction takes out and what stands in for each: one placeholder per distinct
// string, numbered per kind in order of first appearance ([Child 1], [Address 1], [Child 2]), or as
// the detector numbered it where it has already decided which mentions are one person.
import { severityRank, type Finding, type FindingType, type Severity } from '../model/finding.ts';
import { normalizedKey, type RedactionTarget } from './occurrences.ts';

export interface PlannedTarget extends RedactionTarget {
  type: FindingType;
  severity: Severity;
  /** The detectors that flagged this string, for the log. */
  rules: string[];
  /** Schedule 12A paragraphs the findings cite, in the paper's jurisdiction. */
  exemptParagraphs: number[];
}

export interface RedactionPlan {
  /** The lowest severity redacted. */
  threshold: Severity;
  targets: PlannedTarget[];
  /** The findings the plan covers, in document order. */
  findings: Finding[];
}

const TYPE_LABEL: Record<FindingType, string> = {
  person: 'Person',
  address: 'Address',
  postcode: 'Postcode',
  phone: 'Phone',
  email: 'Email',
  'date-of-birth': 'Date of birth',
  age: 'Age',
  identifier: 'Identifier',
  'small-cohort': 'Number',
  place: 'Place',
  'failed-redaction': 'Redacted',
};

/** A detector's suggestion such as "[Child]" names the kind better than the finding type does. */
const LABEL_SUGGESTION = /^\[([\p{L} ]{1,30})\]$/u;
/** "[Child 2]": the detector has already decided which mentions are one person ("Jayden" and "Jayden Cole"). */
const NUMBERED_SUGGESTION = /^\[([\p{L} ]{1,30}) (\d{1,4})\]$/u;

export function labelOf(finding: Pick<Finding, 'type' | 'suggestion'>): string {
  const suggestion = finding.suggestion?.trim() ?? '';
  const suggested = LABEL_SUGGESTION.exec(suggestion) ?? NUMBERED_SUGGESTION.exec(suggestion);
  return suggested ? suggested[1]!.trim() : TYPE_LABEL[finding.type];
}

export function planRedaction(findings: readonly Finding[], threshold: Severity = 'high'): RedactionPlan {
  const chosen = findings
    .filter((f) => severityRank(f.severity) >= severityRank(threshold) && f.text.trim())
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const byKey = new Map<string, PlannedTarget>();
  // Numbers the detectors gave are kept; the ones this plan hands out skip past them.
  const taken = new Set(chosen.map((f) => f.suggestion?.trim() ?? '').filter((s) => NUMBERED_SUGGESTION.test(s)));
  const counters = new Map<string, number>();
  const nextPlaceholder = (label: string): string => {
    let n = counters.get(label) ?? 0;
    do n++;
    while (taken.has(`[${label} ${n}]`));
    counters.set(label, n);
    return `[${label} ${n}]`;
  };
  for (const f of chosen) {
    const key = normalizedKey(f.text);
    const known = byKey.get(key);
    if (known) {
      if (!known.rules.includes(f.rule)) known.rules.push(f.rule);
      for (const p of f.exemptParagraphs) if (!known.exemptParagraphs.includes(p)) known.exemptParagraphs.push(p);
      if (severityRank(f.severity) > severityRank(known.severity)) known.severity = f.severity;
      continue;
    }
    const numbered = f.suggestion?.trim() ?? '';
    const placeholder = NUMBERED_SUGGESTION.test(numbered) ? numbered : nextPlaceholder(labelOf(f));
    byKey.set(key, { needle: f.text.trim(), placeholder, type: f.type, severity: f.severity, rules: [f.rule], exemptParagraphs: [...f.exemptParagraphs] });
  }
  for (const t of byKey.values()) t.exemptParagraphs.sort((a, b) => a - b);
  return { threshold, targets: [...byKey.values()], findings: chosen };
}
