// What the task pane can ask of the document. Components receive this and never see Word: the Word
// session implements it, and component tests pass a stand-in.
import type { ClausePack, Finding, Policy, ScanReport, SectionKey } from '../../../shared/index.ts';
import type { ClauseUpdate, OutdatedWording } from '../clearance/outdated-wording.ts';
import type { DecisionStore } from '../office/decision-store.ts';
import type { ClauseText } from '../word/insert-clause.ts';
import type { Leftover } from '../word/verify-redaction.ts';

export interface ScanView {
  report: ScanReport;
  title: string;
  /** Inserted standard wording that a newer clause version replaces. */
  outdatedWording: OutdatedWording[];
  /** True when nothing changed since the last scan and its result was kept. */
  reused: boolean;
}

export interface RedactionResult {
  message: string;
  /** Redacted strings a fresh read still finds, and where. */
  leftovers: Leftover[];
}

export interface PaneActions {
  /** What this Word cannot do that the pane would otherwise offer, in plain words. */
  unsupported: string[];
  canComment: boolean;
  /** Reads and scans the document under the given policy (the default when none is given); inserted wording is checked against the library with the council's pack. */
  scan(policy?: Policy, pack?: ClausePack): Promise<ScanView>;
  goTo(finding: Finding): Promise<void>;
  redact(targets: { finding: Finding; placeholder: string }[]): Promise<RedactionResult>;
  comment(finding: Finding, text: string): Promise<void>;
  /** Inserts at the cursor, or into a required section (creating its heading when it is missing). Returns what was done. */
  insertClause(clause: ClauseText, where: 'cursor' | SectionKey): Promise<string>;
  /** Re-renders out-of-date wording with its stored values (plus `given` for what the new version adds) and replaces it in place. */
  updateClause(update: ClauseUpdate, given: Record<string, string>): Promise<string>;
  decisions: DecisionStore;
}
