// A stand-in for the Word session: records what the pane asked for and answers with a fixed report.
import { vi } from 'vitest';
import { readText, scan, type Finding, type ScanReport } from '../../../shared/index.ts';
import type { PaneActions } from '../../../addin/src/app/pane-actions.ts';
import { keyerFor, type Decision } from '../../../addin/src/clearance/decisions.ts';

/** A fixed salt: the stand-in's keys are the same every run. */
export const TEST_SALT = '0'.repeat(32);

export function finding(text: string, over: Partial<Finding> = {}): Finding {
  return {
    start: 0,
    end: text.length,
    text,
    type: 'person',
    severity: 'high',
    rule: 'person-name',
    message: 'Private individual: named as a child in care.',
    location: { blockId: 'b0', kind: 'paragraph', blockStart: 0, blockEnd: text.length, part: 'body', paragraph: 0 },
    exemptParagraphs: [1],
    suggestion: '[Child 1]',
    disposition: 'flag',
    trace: [],
    ...over,
  };
}

export function report(findings: Finding[]): ScanReport {
  return { ...scan(readText('Legal implications\nTBC\n')), findings };
}

export function stubActions(findings: Finding[], over: Partial<PaneActions> = {}) {
  const saved: Decision[][] = [];
  const actions = {
    unsupported: [],
    canComment: true,
    scan: vi.fn(async () => ({
      report: report(findings),
      title: 'Fostering report',
      outdatedWording: [],
      reused: false,
    })),
    goTo: vi.fn(async () => undefined),
    redact: vi.fn(async () => ({ message: 'Redacted: replaced 2 in the text.', leftovers: [] })),
    comment: vi.fn(async () => undefined),
    insertClause: vi.fn(async () => 'Inserted.'),
    updateClause: vi.fn(async () => 'Updated.'),
    decisions: {
      load: async () => ({ decisions: saved.at(-1) ?? [], keyOf: keyerFor(TEST_SALT) }),
      save: vi.fn(async (d: readonly Decision[]) => void saved.push([...d])),
    },
    ...over,
  } satisfies PaneActions;
  return { actions, saved };
}
