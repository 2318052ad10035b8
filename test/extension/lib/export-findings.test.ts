import { describe, expect, it } from 'vitest';
import { csvCell, findingsToCsv, findingsToJson, type ScannedSource } from '../../../extension/lib/export-findings.ts';
import { readText, scan } from '../../../shared/index.ts';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+44 7700 900123', "'+44 7700 900123"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['a=b', 'a=b'],
  ])('%j becomes %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('export of findings', () => {
  const report = scan(readText('The foster carer, Mrs Rose Okafor, can be reached on 07700 900123.'));
  const sources: ScannedSource[] = [{ title: 'Agenda, "Cabinet"', url: 'https://example.gov.uk/ieListDocuments.aspx', report }];

  it('writes a header and one row per finding, every row with the same columns', () => {
    const csv = findingsToCsv(sources);
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe('document,url,page,severity,disposition,type,rule,text,message,schedule12aParagraphs');
    expect(rows).toHaveLength(report.findings.length + 1);
    expect(rows[1]).toMatch(/^"Agenda, ""Cabinet""",https:\/\/example\.gov\.uk\/ieListDocuments\.aspx,,high,/);
    expect(csv).toContain('07700 900123');
  });

  it('writes JSON with each document and its findings, sections and exempt advice', () => {
    const json = JSON.parse(findingsToJson(sources, new Date('2026-03-03T10:00:00Z'))) as { exportedAt: string; documents: { title: string; findings: unknown[]; exempt: unknown }[] };
    expect(json.exportedAt).toBe('2026-03-03T10:00:00.000Z');
    expect(json.documents[0]?.title).toBe('Agenda, "Cabinet"');
    expect(json.documents[0]?.findings).toEqual(JSON.parse(JSON.stringify(report.findings)));
    expect(json.documents[0]?.exempt).toEqual(report.exempt);
  });
});
