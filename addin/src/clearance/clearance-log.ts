// The clearance log for the legal file: what the reviewer did this session (decisions, redactions,
// inserted wording, comments) with who and when. It holds the original text, so it is never stored in
// the document: it lives in the pane until exported as a file, as the CLI's --log is.
import { csvCell } from '../../../shared/index.ts';

export const LOG_ACTIONS = {
  redacted: 'Redacted',
  'kept-public': 'Kept as public',
  ignored: 'Ignored',
  flagged: 'Flagged',
  undone: 'Undone',
  'wording-inserted': 'Wording inserted',
  'wording-updated': 'Wording updated',
  commented: 'Comment added',
} as const;
export type LogAction = keyof typeof LOG_ACTIONS;

export interface LogEntry {
  at: string;
  by: string;
  action: LogAction;
  /** The text acted on: a finding's words, or the title of the wording inserted. */
  text: string;
  type?: string;
  /** Where, in the reviewer's words ("a paragraph (5)"). */
  place?: string;
  placeholder?: string;
  /** The reviewer's reason, the comment written, or what was inserted where. */
  detail?: string;
}

const COLUMNS: (keyof LogEntry)[] = ['at', 'by', 'action', 'type', 'place', 'text', 'placeholder', 'detail'];

export function logToCsv(entries: readonly LogEntry[]): string {
  const rows = [COLUMNS.join(','), ...entries.map((e) => COLUMNS.map((c) => csvCell(e[c])).join(','))];
  return `${rows.join('\r\n')}\r\n`;
}

export function logToJson(entries: readonly LogEntry[], documentTitle: string, now: Date): string {
  return `${JSON.stringify({ document: documentTitle, exported: now.toISOString(), entries }, null, 2)}\n`;
}
