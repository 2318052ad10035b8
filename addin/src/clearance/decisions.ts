// A reviewer's decisions on findings (redacted, kept as public, ignored), with who and when. They are
// stored in the document itself, so they travel with the file to the legal reviewer; what is read back
// from a file is checked, since anyone can edit a document's settings.
import { z } from 'zod';
import type { Finding } from '../../../shared/index.ts';

export const DECISION_ACTIONS = ['redacted', 'kept-public', 'ignored'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

const decisionSchema = z.object({
  key: z.string().min(1),
  text: z.string(),
  type: z.string(),
  part: z.string(),
  action: z.enum(DECISION_ACTIONS),
  reason: z.string(),
  placeholder: z.string().optional(),
  by: z.string(),
  at: z.string(),
});
export type Decision = z.infer<typeof decisionSchema>;

/** The same string of the same type is one decision wherever it appears, and survives a rescan. */
export function decisionKey(finding: Pick<Finding, 'type' | 'text'>): string {
  return `${finding.type}:${finding.text.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

export function decide(finding: Finding, action: DecisionAction, reason: string, by: string, now: Date, placeholder?: string): Decision {
  return {
    key: decisionKey(finding), text: finding.text, type: finding.type, part: finding.location.part, action, reason: reason.trim(), by: by.trim() || 'Unnamed reviewer', at: now.toISOString(),
    ...(placeholder !== undefined && { placeholder }),
  };
}

/** Decisions read back from a document: the valid ones, and a warning when some were not. */
export function parseDecisions(raw: unknown): { decisions: Decision[]; warning?: string } {
  if (raw === null || raw === undefined) return { decisions: [] };
  const list = Array.isArray(raw) ? raw : [];
  const decisions = list.flatMap((d) => {
    const parsed = decisionSchema.safeParse(d);
    return parsed.success ? [parsed.data] : [];
  });
  const dropped = Array.isArray(raw) ? list.length - decisions.length : 1;
  return dropped ? { decisions, warning: `${dropped} stored clearance decision(s) in this document could not be read and were left out.` } : { decisions };
}

/** Findings no decision has settled: what is left to clear. Redacted text that is still there stays open. */
export function openFindings(findings: readonly Finding[], decisions: readonly Decision[]): Finding[] {
  const settled = new Set(decisions.filter((d) => d.action !== 'redacted').map((d) => d.key));
  return findings.filter((f) => !settled.has(decisionKey(f)));
}
