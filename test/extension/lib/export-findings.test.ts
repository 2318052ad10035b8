import { describe, expect, it } from 'vitest';
import {
  EXPORT_WARNING,
  findingsToCsv,
  findingsToJson,
  type ScannedSource,
} from '../../../extension/lib/export-findings.ts';
import { csvCell, readText, scan } from '../../../shared/index.ts';

describe('export of findings', () => {
  const report = scan(readText('The foster carer, Mrs Rose Okafor, can be reached on 07700 900123.'));
  const sources: ScannedSource[] = [
    { title: 'Agenda, "Cabinet"', url: 'https://example.gov.uk/ieListDocuments.aspx', report },
  ];

  it('writes a header and one row per finding, every row with the same columns', () => {
    const csv = findingsToCsv(sources);
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe(csvCell(EXPORT_WARNING));
    expect(rows[1]).toBe('document,url,page,severity,disposition,type,rule,text,message,schedule12aParagraphs');
    expect(rows).toHaveLength(report.findings.length + 2);
    expect(rows[2]).toMatch(/^"Agenda, ""Cabinet""",https:\/\/example\.gov\.uk\/ieListDocuments\.aspx,,high,/);
    expect(csv).toContain('07700 900123');
  });

  it('writes JSON with each document and its findings, sections and exempt advice', () => {
    const json = JSON.parse(findingsToJson(sources, new Date('2026-03-03T10:00:00Z'))) as {
      warning: string;
      exportedAt: string;
      documents: { title: string; findings: unknown[]; exempt: unknown }[];
    };
    expect(json.warning).toBe(EXPORT_WARNING);
    expect(json.exportedAt).toBe('2026-03-03T10:00:00.000Z');
    expect(json.documents[0]?.title).toBe('Agenda, "Cabinet"');
    expect(json.documents[0]?.findings).toEqual(JSON.parse(JSON.stringify(report.findings)));
    expect(json.documents[0]?.exempt).toEqual(report.exempt);
  });
});

describe('the export warning', () => {
  it('says the file holds the private details, and where to keep it instead of email', () => {
    expect(EXPORT_WARNING).toMatch(/holds the private details/);
    expect(EXPORT_WARNING).toMatch(/secure location/);
    expect(EXPORT_WARNING).toMatch(/not send it by email/);
  });

  it("guards every cell a spreadsheet would run as a formula, through the engine's one csvCell", () => {
    const hostile = scan(readText('The foster carer, Mrs Rose Okafor, can be reached on 07700 900123.'));
    const csv = findingsToCsv([{ title: '=HYPERLINK("http://x")', url: 'https://example.gov.uk/a', report: hostile }]);
    expect(csv.split('\r\n')[2]?.startsWith(`"'=HYPERLINK(""http://x"")"`)).toBe(true);
  });
});
