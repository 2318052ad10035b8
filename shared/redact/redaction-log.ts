// The redaction log as CSV or JSON: what was taken out, what stands in for it, where, by which rule,
// and the Schedule 12A paragraphs. It holds the redacted text itself, so it belongs with the exempt papers.
import type { Jurisdiction } from '../model/finding.ts';
import type { RedactionLogEntry } from './redact-package.ts';

export type LogFormat = 'csv' | 'json';

const COLUMNS = [
  'text',
  'placeholder',
  'part',
  'action',
  'count',
  'type',
  'severity',
  'rules',
  'jurisdiction',
  'schedule12aParagraphs',
] as const;

export function formatRedactionLog(
  entries: readonly RedactionLogEntry[],
  format: LogFormat,
  jurisdiction: Jurisdiction,
): string {
  const rows = entries.map((e) => ({
    text: e.text,
    placeholder: e.placeholder,
    part: e.part,
    action: e.action,
    count: e.count,
    type: e.type,
    severity: e.severity,
    rules: e.rules,
    jurisdiction,
    schedule12aParagraphs: e.exemptParagraphs,
  }));
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  const lines = [COLUMNS.join(',')];
  for (const row of rows) lines.push(COLUMNS.map((c) => csvField(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** RFC 4180 quoting; a leading =, +, -, @ or control character is defused so a spreadsheet never runs it as a formula. */
function csvField(value: string | number | readonly (string | number)[]): string {
  let text = Array.isArray(value) ? value.join(' ') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
