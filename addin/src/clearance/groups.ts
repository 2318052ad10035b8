// How the pane groups findings: identifying details by severity then type, and, apart, what hides
// outside the page (comments, tracked changes, hidden text, document properties).
import { severityRank, type Finding, type FindingType, type Severity } from '../../../shared/index.ts';

// Text off the page: comments, tracked changes, hidden runs and document properties, whichever part holds them.
const OFF_PAGE_KINDS = new Set(['comment', 'tracked-deletion', 'tracked-insertion', 'hidden-text', 'property']);
const isOffPage = (f: Finding): boolean => OFF_PAGE_KINDS.has(f.location.kind);

export interface FindingGroup {
  severity: Severity;
  type: FindingType;
  findings: Finding[];
}

export function groupBySeverityAndType(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = `${f.severity}:${f.type}`;
    if (!groups.has(key)) groups.set(key, { severity: f.severity, type: f.type, findings: [] });
    groups.get(key)!.findings.push(f);
  }
  return [...groups.values()].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.type.localeCompare(b.type));
}

export function splitHidden(findings: readonly Finding[]): { visible: Finding[]; hidden: Finding[] } {
  return { visible: findings.filter((f) => !isOffPage(f)), hidden: findings.filter(isOffPage) };
}
