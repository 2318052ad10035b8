// The clearance log for the legal file: every decision with who and when, as CSV or JSON.
import type { Decision } from './decisions.ts';

const COLUMNS: (keyof Decision)[] = ['at', 'by', 'action', 'type', 'part', 'text', 'placeholder', 'reason'];

/** RFC 4180 quoting; a cell starting with = + - @ is prefixed with ' so a spreadsheet never runs it as a formula. */
function cell(value: string | undefined): string {
  const safe = /^[=+\-@\t\r]/.test(value ?? '') ? `'${value}` : (value ?? '');
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function logToCsv(decisions: readonly Decision[]): string {
  const rows = [COLUMNS.join(','), ...decisions.map((d) => COLUMNS.map((c) => cell(d[c])).join(','))];
  return `${rows.join('\r\n')}\r\n`;
}

export function logToJson(decisions: readonly Decision[], documentTitle: string): string {
  return `${JSON.stringify({ document: documentTitle, exported: new Date().toISOString(), decisions }, null, 2)}\n`;
}
