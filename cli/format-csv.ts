// The spreadsheet log: one row per finding, and one row for each file or part that was not read, so a
// log built from it never reads as an all-clear. Every cell is formula-safe (csvCell).
import { csvCell } from '../shared/index.ts';
import { placeOf } from './group-findings.ts';
import type { FileOutcome } from './scan-file.ts';

const COLUMNS = [
  'file',
  'record',
  'documentKind',
  'disposition',
  'type',
  'text',
  'personId',
  'role',
  'place',
  'part',
  'page',
  'severity',
  'rule',
  'schedule12aParagraphs',
  'explanation',
  'question',
] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string | number>>;

export const CSV_HEADER = COLUMNS.join(',');

export function csvRows(outcome: FileOutcome): string[] {
  const { file, report } = outcome;
  if (!report) return [line({ file, record: 'file not scanned', explanation: outcome.error })];
  const rows: Row[] = report.findings.map((f) => ({
    file,
    record: 'finding',
    documentKind: report.documentKind,
    disposition: f.disposition,
    type: f.type,
    text: f.text,
    personId: f.personId,
    role: f.role,
    place: placeOf(f),
    part: f.location.part,
    page: f.location.page,
    severity: f.severity,
    rule: f.rule,
    schedule12aParagraphs: f.exemptParagraphs.join(' '),
    explanation: f.message,
    question: f.question,
  }));
  for (const p of report.coverage.notRead)
    rows.push({
      file,
      record: 'part not read',
      documentKind: report.documentKind,
      part: p.part,
      explanation: p.reason,
    });
  return rows.map(line);
}

const line = (row: Row): string => COLUMNS.map((c) => csvCell(row[c])).join(',');
