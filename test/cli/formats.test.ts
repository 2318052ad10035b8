// The report formats: readable text in three groups, JSON lines with the whole ScanReport, a formula-safe
// CSV log and a self-contained HTML page in which a paper's text stays text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatReport } from '../../cli/format-report.ts';
import { CSV_HEADER, csvRows } from '../../cli/format-csv.ts';
import { esc } from '../../cli/format-html.ts';
import { ensureBundle, run } from './run-cli.ts';

export const HOSTILE = '<img src=x onerror=alert(1)>';
let dir: string;
let panel: string;
let hostile: string;
let clean: string;

export const PANEL_MINUTES = [
  'Minutes of the meeting of the Fostering Panel',
  'The foster carer, Jayden Cole, lives at 27 Larkspur Close, Coldbrook KD7 3RW.',
  'Jayden Cole told the panel about the placement.',
  'The panel thanked Jayden Cole.',
  'Present: Councillor Ann Smith (Chair)',
  'Mark Owers said the road was dangerous.',
].join('\n\n');

beforeAll(() => {
  ensureBundle();
  dir = mkdtempSync(join(tmpdir(), 'clearance-formats-'));
  writeFileSync((panel = join(dir, 'panel.txt')), PANEL_MINUTES);
  writeFileSync(
    (hostile = join(dir, `${HOSTILE}.txt`)),
    `Minutes of the Fostering Panel\n\nThe foster carer, Jayden Cole, wrote ${HOSTILE} in the margin.\n`,
  );
  writeFileSync(
    (clean = join(dir, 'clean.txt')),
    'Minutes of the Highways Committee\n\nThe committee noted the programme.\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the readable report', () => {
  it('groups findings as To deal with, For your decision and Left alone, one line per person with every place', async () => {
    const { stdout } = await run(['scan', panel]);
    const toDealWith = stdout.slice(stdout.indexOf('To deal with'), stdout.indexOf('For your decision'));
    expect(toDealWith.match(/"Jayden Cole"/g)).toHaveLength(1);
    expect(toDealWith).toMatch(/"Jayden Cole"(?:, [^(]+)? \(3 mentions: line 3, line 5, line 7\)/);
    expect(stdout).toMatch(
      /For your decision \(1\)\n +Name +"Mark Owers" \(line 11\) +Is Mark Owers a private individual/,
    );
    expect(stdout).toMatch(/Left alone \(1\)\n +Name +"Ann Smith"(?:, [^(]+)? \(line 9\) +Public role/);
  });

  it('never says "No identifying details found" of a paper with parts not read', async () => {
    const { stdout } = await run(['scan', '--json', clean]);
    const report = JSON.parse(stdout) as Parameters<typeof formatReport>[1];
    expect(formatReport('clean.txt', report)).toMatch(/^ {2}No identifying details found; 0 public/m);
    const partly = {
      ...report,
      coverage: {
        read: ['word/document.xml', 'word/footer1.xml'],
        notRead: [{ part: 'word/embeddings/oleObject1.bin', reason: 'an embedded file Clearance does not open' }],
      },
    };
    const text = formatReport('partly.docx', partly);
    expect(text).toContain(
      'No identifying details found in the 2 part(s) read; 1 part(s) not checked: word/embeddings/oleObject1.bin (an embedded file Clearance does not open)',
    );
    expect(text).not.toMatch(/No identifying details found[;.]/);
  });
});

describe('JSON lines', () => {
  it('carry the file name and everything in the ScanReport', async () => {
    const { out } = await run(['scan', '--json', '--jobs', '2', panel, clean]);
    expect(out).toHaveLength(2);
    const [first, second] = out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first!.file).toBe(panel);
    expect(second!.file).toBe(clean);
    for (const key of ['findings', 'documentKind', 'coverage', 'sections', 'exempt', 'exemptParagraphs', 'warnings'])
      expect(first, key).toHaveProperty(key);
    const finding = (first!.findings as Record<string, unknown>[])[0]!;
    for (const key of ['disposition', 'trace', 'location', 'type', 'text']) expect(finding).toHaveProperty(key);
  });
});

describe('CSV', () => {
  it('writes one row per finding under the header, and a row for a file not scanned', async () => {
    const { out } = await run(['scan', '--format', 'csv', '--jobs', '1', panel, join(dir, 'missing.pdf')]);
    expect(out[0]).toBe(CSV_HEADER);
    const rows = out.slice(1).join('\n').split('\n');
    const findings = (JSON.parse((await run(['scan', '--json', panel])).stdout) as { findings: unknown[] }).findings;
    expect(rows.filter((r) => r.includes(',finding,'))).toHaveLength(findings.length);
    expect(rows.filter((r) => r.includes('Jayden Cole'))).toHaveLength(3);
    expect(rows.at(-1)).toBe(`${join(dir, 'missing.pdf')},file not scanned,,,,,,,,,,,,,no such file,`);
  });

  it('keeps every cell from running as a formula', () => {
    const [row] = csvRows({ file: '=HYPERLINK("http://x")', error: '+1 more' });
    expect(row).toBe(`"'=HYPERLINK(""http://x"")",file not scanned,,,,,,,,,,,,,'+1 more,`);
  });
});

describe('HTML', () => {
  it('writes one self-contained page to --output, with nothing fetched and the paper text escaped', async () => {
    const output = join(dir, 'report.html');
    const { status, out } = await run([
      'scan',
      '--format',
      'html',
      '--output',
      output,
      '--jobs',
      '1',
      panel,
      hostile,
      clean,
      join(dir, 'missing.docx'),
    ]);
    expect(out).toEqual([]);
    expect(status).toBe(3);
    const html = readFileSync(output, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<(?:script|link|iframe|object)\b|\bsrc=["']?(?:https?:)?\/\//i);
    expect(html).not.toContain(HOSTILE);
    expect(html).toContain(esc(HOSTILE));
    expect(html).toMatch(/<svg role="img"/);
    expect(html).toMatch(/<mark>Jayden Cole<\/mark>/);
    expect(html).toContain('Could not be scanned: no such file');
    expect(html).toMatch(/Do not apply: this paper reads as minutes/);
  });

  it('refuses an --output it cannot write as a usage error', async () => {
    expect(await run(['scan', '--output', join(dir, 'no/such/folder/r.html'), clean])).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/cannot write the file \(no such file\)/),
    });
  });
});

describe('context snippets', () => {
  it('keep whole words either side of the finding with the spacing of the text', async () => {
    const { snippetAround } = await import('../../cli/scan-file.ts');
    const text =
      'one two three four five six seven eight nine ten Jayden Cole, lives at the end of the long lane near the old mill';
    const start = text.indexOf('Jayden');
    expect(snippetAround(text, start, start + 'Jayden Cole'.length)).toEqual({
      before: 'three four five six seven eight nine ten ',
      after: ', lives at the end of the long lane',
    });
  });
});
