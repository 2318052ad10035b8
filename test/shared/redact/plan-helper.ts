// Redaction plans from a reviewer's list of strings, for tests that need findings whose outcome is certain.
import type { Disposition, Finding, FindingType, PersonRole } from '../../../shared/model/finding.ts';
import { planRedaction, type RedactionPlan } from '../../../shared/redact/plan.ts';

export interface Flag {
  text: string;
  type?: FindingType;
  disposition?: Disposition;
  personId?: string;
  role?: PersonRole;
}

export function findingsFor(flags: readonly Flag[]): Finding[] {
  return flags.map((f, i) => ({
    start: i * 100,
    end: i * 100 + f.text.length,
    text: f.text,
    type: f.type ?? 'person',
    severity: 'high',
    rule: f.type ?? 'person-name',
    message: 'test',
    location: { blockId: `b${i}`, kind: 'paragraph', blockStart: 0, blockEnd: f.text.length, part: 'body' },
    exemptParagraphs: [1, 2],
    disposition: f.disposition ?? 'flag',
    trace: [],
    ...(f.personId !== undefined && { personId: f.personId }),
    ...(f.role !== undefined && { role: f.role }),
  }));
}

export const planFor = (flags: readonly Flag[]): RedactionPlan => planRedaction(findingsFor(flags));
