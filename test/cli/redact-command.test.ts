import { existsSync, linkSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { buildDocx, p, r } from '../shared/readers/build-docx.ts';
import { DOCX_LEAKS, MARKERS, XLSX_LEAKS } from '../shared/readers/leak-files.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clearance-redact-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const REPORT = buildDocx({
  body:
    p('Report to Cabinet') +
    `<w:p>${r('Jayden Cole')}${r(' lives at 27 Larkspur Close, Coldbrook KD7 3RW.')}</w:p>` +
    `<w:p>${r('Jay')}${r('den Co')}${r('le can be emailed at jayden.c2007@example.org.')}</w:p>` +
    `<w:p>${r('The plan changed. ')}<w:del w:id="1" w:author="A"><w:r><w:delText>Jayden Cole moved</w:delText></w:r></w:del></w:p>`,
  headers: [p('Jayden Cole – KD7 3RW')],
  comments: `<w:comment w:id="0" w:author="Officer">${p('Check with Jayden Cole')}</w:comment>`,
  core: '<dc:title>Review for Jayden Cole</dc:title>',
});
// The deny-listed name and the postcode are flagged whatever else the detectors learn.
const LEAKS = /Jayden|Cole|KD7 3RW/;

async function run(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(
    ['redact', ...argv],
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { status, out: out.join('\n'), err: err.join('\n') };
}

function files(names: Record<string, Uint8Array | string>): Record<string, string> {
  const paths: Record<string, string> = {};
  for (const [name, content] of Object.entries(names)) writeFileSync((paths[name] = join(dir, name)), content);
  return paths;
}

const partsOf = (path: string): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(new Uint8Array(readFileSync(path)))).map(([n, d]) => [n, strFromU8(d)]));

describe('clearance redact', () => {
  it('writes a verified copy with every flagged string replaced in every part, leaving the input as it was', async () => {
    const { input, policy } = files({ input: REPORT, policy: JSON.stringify({ denyNames: ['Jayden Cole'] }) });
    const renamed = `${input}.docx`;
    writeFileSync(renamed, REPORT);
    const output = join(dir, 'out.docx');
    const { status, out } = await run(renamed, '-o', output, '--policy', policy!);
    expect(status).toBe(0);
    expect(out).toMatch(/Checked: none of the redacted strings is left/);
    expect(out).toMatch(
      /Re-scan of the copy \(\d+ part\(s\) read\): 0 to deal with, \d+ for your decision, \d+ left alone/,
    );
    for (const [name, xml] of Object.entries(partsOf(output))) expect(xml, name).not.toMatch(LEAKS);
    const parts = partsOf(output);
    expect(parts['word/header1.xml']).toMatch(/\[[A-Za-z ]+ 1\] – \[Postcode 1\]/);
    expect(parts['word/document.xml']).not.toContain('<w:del ');
    expect(new Uint8Array(readFileSync(renamed))).toEqual(REPORT);
  });

  it('writes the log as CSV or JSON with the part, rule and Schedule 12A paragraphs', async () => {
    const { 'in.docx': input, policy } = files({
      'in.docx': REPORT,
      policy: JSON.stringify({ denyNames: ['Jayden Cole'] }),
    });
    const csv = join(dir, 'log.csv');
    const json = join(dir, 'log.json');
    expect((await run(input!, '-o', join(dir, 'a.docx'), '--log', csv, '--policy', policy!)).status).toBe(0);
    expect((await run(input!, '-o', join(dir, 'b.docx'), '--log', json, '--policy', policy!)).status).toBe(0);
    const lines = readFileSync(csv, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('text,placeholder,part,action,count,type,severity,rules,jurisdiction,schedule12aParagraphs');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^KD7 3RW,\[Postcode 1\],word\/header1\.xml,replaced,1,postcode,high,postcode,england,1 2$/,
      ),
    );
    const rows = JSON.parse(readFileSync(json, 'utf8')) as {
      text: string;
      part: string;
      action: string;
      schedule12aParagraphs: number[];
    }[];
    expect(rows).toContainEqual(
      expect.objectContaining({ text: 'KD7 3RW', part: 'word/document.xml', schedule12aParagraphs: [1, 2] }),
    );
    expect(rows).toContainEqual(expect.objectContaining({ text: 'Jayden Cole', part: 'docProps/core.xml' }));
    expect(rows).toContainEqual(expect.objectContaining({ text: 'Jayden Cole', action: 'removed-tracked-deletion' }));
  });

  it('refuses to run without -o, or with -o naming the input by any path, and leaves the input alone', async () => {
    const { 'in.docx': input } = files({ 'in.docx': REPORT });
    const link = join(dir, 'link.docx');
    linkSync(input!, link);
    for (const argv of [
      [input!],
      [input!, '-o', input!],
      [input!, '-o', join(dir, '.', 'in.docx')],
      [input!, '-o', link],
    ]) {
      const { status, err } = await run(...argv);
      expect(status, argv.join(' ')).toBe(2);
      expect(err).toMatch(/never overwrit/);
    }
    expect(new Uint8Array(readFileSync(input!))).toEqual(REPORT);
  });

  it('refuses other file types and log formats with a usage error', async () => {
    const { 'in.docx': input, 'in.txt': text } = files({ 'in.docx': REPORT, 'in.txt': 'hello' });
    expect(await run(text!, '-o', join(dir, 'o.docx'))).toMatchObject({
      status: 2,
      err: expect.stringMatching(/\.docx/),
    });
    expect(await run(input!, '-o', join(dir, 'o.pdf'))).toMatchObject({ status: 2 });
    expect(await run(input!, '-o', join(dir, 'o.docx'), '--log', join(dir, 'log.txt'))).toMatchObject({
      status: 2,
      err: expect.stringMatching(/\.csv or \.json/),
    });
  });

  it('writes nothing and says why when the input is not a readable Word document', async () => {
    const { 'broken.docx': input } = files({ 'broken.docx': REPORT.subarray(0, 200) });
    const output = join(dir, 'o.docx');
    const { status, out } = await run(input!, '-o', output);
    expect(status).toBe(1);
    expect(out).toMatch(/broken\.docx: not redacted: /);
    expect(existsSync(output)).toBe(false);
  });
});

describe('clearance redact verifies the whole copy', () => {
  const leakFile = (file: string): Uint8Array =>
    [...DOCX_LEAKS, ...XLSX_LEAKS].find((l) => l.file === file)!.build() as Uint8Array;

  it('redacts a workbook, hidden sheets included, and reports what the re-scan of the copy found', async () => {
    const { 'in.xlsx': input } = files({ 'in.xlsx': leakFile('hidden-sheet.xlsx') });
    const output = join(dir, 'out.xlsx');
    const { status, out } = await run(input!, '-o', output);
    expect(status).toBe(0);
    expect(out).toMatch(/Re-scan of the copy \(\d+ part\(s\) read\): 0 to deal with/);
    for (const [name, xml] of Object.entries(partsOf(output)))
      for (const m of MARKERS) expect(xml, name).not.toContain(m);
  });

  it('redacts inside an embedded workbook', async () => {
    const { 'in.docx': input } = files({ 'in.docx': leakFile('embedded-xlsx.docx') });
    const output = join(dir, 'out.docx');
    expect((await run(input!, '-o', output)).status).toBe(0);
    const inner = unzipSync(
      unzipSync(new Uint8Array(readFileSync(output)))['word/embeddings/Microsoft_Excel_Worksheet.xlsx']!,
    );
    for (const [name, data] of Object.entries(inner)) expect(strFromU8(data), name).not.toContain('LS6 2AB');
  });

  it('removes an embedded object it cannot read or rewrite, and says so', async () => {
    const { 'in.docx': input } = files({ 'in.docx': leakFile('ole.docx') });
    const output = join(dir, 'out.docx');
    const { status, out } = await run(input!, '-o', output);
    expect(status).toBe(0);
    expect(out).toMatch(/word\/embeddings\/oleObject1\.bin: removed \(an embedded object/);
    expect(Object.keys(partsOf(output))).not.toContain('word/embeddings/oleObject1.bin');
    expect(partsOf(output)['word/_rels/document.xml.rels']).not.toContain('oleObject1.bin');
  });

  it('writes nothing and exits 3 when the copy has parts it cannot check, unless --allow-unread is given', async () => {
    const withPicture = buildDocx({
      body: p('Report to Cabinet'),
      extra: { 'word/media/image1.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
    });
    const { 'in.docx': input } = files({ 'in.docx': withPicture });
    const output = join(dir, 'out.docx');
    const refused = await run(input!, '-o', output);
    expect(refused.status).toBe(3);
    expect(refused.out).toMatch(/word\/media\/image1\.png: a picture/);
    expect(existsSync(output)).toBe(false);
    const allowed = await run(input!, '-o', output, '--allow-unread');
    expect(allowed.status).toBe(0);
    expect(allowed.out).toMatch(/Not an all-clear: .*1 part\(s\) were not checked/);
    expect(allowed.out).not.toMatch(/found nothing left/);
  });

  it('fails, writing nothing, when the re-scan of the copy still flags a detail, and says what and where', async () => {
    // A control word inside the postcode: the reader sees "LS6 2AB", the raw chunk never spells it out.
    const rtf = '{\\rtf1\\ansi The carer lives at LS6 \\b 2AB\\b0 .\\par}';
    const spec = DOCX_LEAKS.find((l) => l.file === 'altchunk-rtf.docx')!.build() as Uint8Array;
    const parts = unzipSync(spec);
    parts['word/chunk2.rtf'] = new TextEncoder().encode(rtf);
    const { 'in.docx': input } = files({ 'in.docx': zipSync(parts) });
    const output = join(dir, 'out.docx');
    const { status, out } = await run(input!, '-o', output);
    expect(status).toBe(1);
    expect(out).toMatch(/REDACTION FAILED, nothing written: a fresh scan of the redacted copy still flags/);
    expect(out).toMatch(/"LS6 2AB" \(postcode\) in word\/chunk2\.rtf/);
    expect(existsSync(output)).toBe(false);
  });
});
