// Which strings a redaction takes out and what stands in for each: every finding the engine judged
// identifying (disposition 'flag'), one placeholder per distinct string, numbered per word in order of
// first appearance ([Child 1], [Postcode 1], [Child 2]). Mentions the engine tied to one person
// (the same personId: "Jayden" and "Jayden Cole") share that person's placeholder.
import { isFlag, type Finding, type FindingType, type Severity } from '../model/finding.ts';
import { FINDING_TYPE_WORDS, ROLE_PLACEHOLDER } from '../vocabulary.ts';
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
  targets: PlannedTarget[];
  /** The findings the plan covers, in document order. */
  findings: Finding[];
}

/** The word inside a finding's placeholder: who the person is for a name, else what the detail is. */
export function placeholderWord(finding: Pick<Finding, 'type' | 'role'>): string {
  return finding.type === 'person' && finding.role
    ? ROLE_PLACEHOLDER[finding.role]
    : FINDING_TYPE_WORDS[finding.type].placeholder;
}

export function planRedaction(findings: readonly Finding[]): RedactionPlan {
  const chosen = findings.filter((f) => isFlag(f) && f.text.trim()).sort((a, b) => a.start - b.start || b.end - a.end);
  const byKey = new Map<string, PlannedTarget>();
  const byPerson = new Map<string, string>();
  const counters = new Map<string, number>();
  const nextPlaceholder = (word: string): string => {
    const n = (counters.get(word) ?? 0) + 1;
    counters.set(word, n);
    return `[${word} ${n}]`;
  };
  for (const f of chosen) {
    const key = normalizedKey(f.text);
    const known = byKey.get(key);
    if (known) {
      if (!known.rules.includes(f.rule)) known.rules.push(f.rule);
      for (const p of f.exemptParagraphs) if (!known.exemptParagraphs.includes(p)) known.exemptParagraphs.push(p);
      if (f.personId && !byPerson.has(f.personId)) byPerson.set(f.personId, known.placeholder);
      continue;
    }
    const placeholder = (f.personId && byPerson.get(f.personId)) || nextPlaceholder(placeholderWord(f));
    if (f.personId) byPerson.set(f.personId, placeholder);
    byKey.set(key, {
      needle: f.text.trim(),
      placeholder,
      type: f.type,
      severity: f.severity,
      rules: [f.rule],
      exemptParagraphs: [...f.exemptParagraphs],
    });
  }
  for (const t of byKey.values()) t.exemptParagraphs.sort((a, b) => a - b);
  return { targets: [...byKey.values()], findings: chosen };
}
