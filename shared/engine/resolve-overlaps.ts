// Two detectors may see the same span ("aged 9" inside a small cohort); a reviewer wants it once.
import { severityRank, type Finding } from '../model/finding.ts';

/** Drops a finding lying wholly inside another of the same type or of higher severity; sorts by position. */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end || severityRank(b.severity) - severityRank(a.severity));
  const kept: Finding[] = [];
  for (const f of sorted) {
    const cover = kept.find((k) => k.start <= f.start && k.end >= f.end && (k.type === f.type || severityRank(k.severity) >= severityRank(f.severity)) && severityRank(k.severity) >= severityRank(f.severity));
    if (!cover) kept.push(f);
  }
  return kept;
}
