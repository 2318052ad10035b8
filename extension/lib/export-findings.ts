// Findings of a page or a whole agenda as CSV and JSON for the scrutiny log.
import { csvCell, type Finding, type ScanReport } from '../../shared/index.ts';

export interface ScannedSource {
  title: string;
  url: string;
  report: ScanReport;
}

const CSV_COLUMNS = [
  'document',
  'url',
  'page',
  'severity',
  'disposition',
  'type',
  'rule',
  'text',
  'message',
  'schedule12aParagraphs',
] as const;

function csvRow(source: ScannedSource, finding: Finding): string[] {
  return [
    source.title,
    source.url,
    finding.location.page?.toString() ?? '',
    finding.severity,
    finding.disposition,
    finding.type,
    finding.rule,
    finding.text,
    finding.message,
    finding.exemptParagraphs.join(' '),
  ];
}

/** Said in the panel beside the buttons, and in the file itself: an export is a copy of the very details being cleared. */
export const EXPORT_WARNING =
  'This file holds the private details Clearance found (names, addresses, phone numbers and more). Keep it in a secure ' +
  'location your council approves, such as the restricted case or scrutiny folder; do not send it by email or keep ' +
  'copies on a personal device, and delete it when the clearance is done.';

export function findingsToCsv(sources: ScannedSource[]): string {
  // The warning is the first row, so whoever opens the file sees it before the details.
  const rows = [
    [EXPORT_WARNING],
    CSV_COLUMNS as readonly string[],
    ...sources.flatMap((s) => s.report.findings.map((f) => csvRow(s, f))),
  ];
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function findingsToJson(sources: ScannedSource[], exportedAt: Date): string {
  return JSON.stringify(
    {
      warning: EXPORT_WARNING,
      exportedBy: 'Clearance browser extension',
      exportedAt: exportedAt.toISOString(),
      documents: sources.map(({ title, url, report }) => ({
        title,
        url,
        findings: report.findings,
        sections: report.sections,
        exempt: report.exempt,
        warnings: report.warnings,
      })),
    },
    null,
    2,
  );
}
