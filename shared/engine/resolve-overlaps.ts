// Two detectors may see the same span ("aged 9" inside a small cohort); a reviewer wants it once.
import { severityRank, type Finding } from '../model/finding.ts';

/**
 * Drops a finding lying wholly inside a kept one of at least its severity and either the same type or a
 * higher severity; returns the rest sorted by position. Only kept findings still open at a finding's
 * start can cover it, so the work stays linear in practice even with tens of thousands of findings.
 */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort(
    (a, b) => a.start - b.start || b.end - a.end || severityRank(b.severity) - severityRank(a.severity),
  );
  const kept: Finding[] = [];
  let open: Finding[] = [];
  for (const f of sorted) {
    open = open.filter((k) => k.end > f.start);
    const covered = open.some(
      (k) =>
        k.end >= f.end &&
        severityRank(k.severity) >= severityRank(f.severity) &&
        (k.type === f.type || severityRank(k.severity) > severityRank(f.severity)),
    );
    if (covered) continue;
    kept.push(f);
    open.push(f);
  }
  return kept;
}
