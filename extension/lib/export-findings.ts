// Findings of a page or a whole agenda as CSV and JSON for the scrutiny log.
import type { Finding, ScanReport } from '../../shared/index.ts';

export interface ScannedSource {
  title: string;
  url: string;
  report: ScanReport;
}

const CSV_COLUMNS = ['document', 'url', 'page', 'severity', 'disposition', 'type', 'rule', 'text', 'message', 'schedule12aParagraphs'] as const;

function csvRow(source: ScannedSource, finding: Finding): string[] {
  return [
    source.title, source.url, finding.location.page?.toString() ?? '', finding.severity, finding.disposition, finding.type,
    finding.rule, finding.text, finding.message, finding.exemptParagraphs.join(' '),
  ];
}

/**
 * One cell, safe for spreadsheets: a cell starting with = + - @ (or a tab or carriage return) would be run as a
 * formula, so it is prefixed with an apostrophe; quotes, commas and line breaks are quoted as RFC 4180 says.
 */
export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function findingsToCsv(sources: ScannedSource[]): string {
  const rows = [CSV_COLUMNS as readonly string[], ...sources.flatMap((s) => s.report.findings.map((f) => csvRow(s, f)))];
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function findingsToJson(sources: ScannedSource[], exportedAt: Date): string {
  return JSON.stringify(
    {
      exportedBy: 'Clearance browser extension',
      exportedAt: exportedAt.toISOString(),
      documents: sources.map(({ title, url, report }) => ({
        title, url, findings: report.findings, sections: report.sections, exempt: report.exempt, warnings: report.warnings,
      })),
    },
    null,
    2,
  );
}
