// Every hostile or broken file gets its one-line reason, or is read for what it really is, and the good
// files in the same run are still scanned. The committed corpus is in test/fixtures/hostile (see its
// README); the big files are built here in a temporary folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/main.ts';
import { bigHtml, deeplyNestedHtml, honestZipBomb, pdfBomb } from '../fixtures/hostile/make-hostile.ts';
import { buildDocx, p } from '../shared/readers/build-docx.ts';
import { buildPdf } from '../shared/readers/build-pdf.ts';
import { ensureBundle } from './run-cli.ts';

const HOSTILE = join(import.meta.dirname, '../fixtures/hostile');

/** What must happen to each file: a refusal whose reason matches, or a scan that finds the postcode in it. */
type Outcome = { refused: RegExp } | { finds: string; warning?: RegExp };

const EXPECTED: Record<string, Outcome> = {
  'empty.docx': { refused: /^the file is empty$/ },
  'truncated.docx': { refused: /damaged or truncated: no zip directory/ },
  'corrupt.docx': { refused: /damaged or truncated: "word\/document\.xml"/ },
  'zip-bomb.docx': { refused: /more than its recorded size.*zip bomb/ },
  'billion-laughs.docx': { refused: /"word\/document\.xml" declares a DTD/ },
  'external-entity.docx': { refused: /"word\/document\.xml" declares a DTD/ },
  'password-protected.docx': { refused: /password-protected Word document/ },
  'truncated.pdf': { refused: /the PDF is damaged/ },
  'corrupt.pdf': { refused: /the PDF is damaged/ },
  'encrypted.pdf': { refused: /the PDF is password-protected/ },
  'text-named.pdf': { refused: /named "\.pdf" but is not a PDF: it holds plain text/ },
  'binary-noise.pdf': { refused: /named "\.pdf" but is not a PDF: it holds binary data/ },
  'binary-noise.txt': { refused: /binary data, not text/ },
  'pdf-named.docx': { finds: 'CF10 4UW', warning: /named "\.docx" but is a PDF; it was read as a PDF/ },
  'word-named.pdf': { finds: 'CF10 4UW', warning: /named "\.pdf" but is a Word document/ },
  'utf16-bom.txt': { finds: 'CF10 4UW' },
  'windows-1252.txt': { finds: 'CF10 4UW' },
  'rtl-emoji.txt': { finds: 'CF10 4UW' },
};

let dir: string;
const big: Record<string, Outcome> = {
  'agenda-100mb.html': { refused: /larger than 50 MB/ },
  'honest-zip-bomb.docx': { refused: /unpacks to more than 200 MB.*zip bomb/ },
  'pdf-bomb.pdf': { refused: /compressed streams unpacks to more than 100 MB.*decompression bomb/ },
  'deeply-nested.html': { finds: 'CF10 4UW' },
  'too-deeply-nested.html': { refused: /nests its elements more than 10000 deep/ },
  'missing.docx': { refused: /no such file/ },
  'good.docx': { finds: 'CF10 4UW' },
  'good.pdf': { finds: 'CF10 4UW' },
};

beforeAll(async () => {
  ensureBundle();
  dir = mkdtempSync(join(tmpdir(), 'clearance-hostile-'));
  writeFileSync(join(dir, 'agenda-100mb.html'), bigHtml(100));
  writeFileSync(join(dir, 'honest-zip-bomb.docx'), honestZipBomb(5, 45));
  writeFileSync(join(dir, 'pdf-bomb.pdf'), await pdfBomb(120));
  writeFileSync(join(dir, 'deeply-nested.html'), deeplyNestedHtml(5_000));
  writeFileSync(join(dir, 'too-deeply-nested.html'), deeplyNestedHtml(100_000));
  writeFileSync(join(dir, 'good.docx'), buildDocx({ body: p('The family moved to CF10 4UW last year.') }));
  writeFileSync(
    join(dir, 'good.pdf'),
    await buildPdf({ pages: [{ lines: [{ text: 'The family moved to CF10 4UW last year.' }] }] }),
  );
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ status: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(
    args,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { status, out, err };
}

describe('clearance scan on hostile and broken files', () => {
  const files = (): string[] => [
    join(dir, 'good.docx'),
    ...Object.keys(EXPECTED).map((name) => join(HOSTILE, name)),
    ...Object.keys(big)
      .filter((n) => n !== 'good.docx')
      .map((name) => join(dir, name)),
  ];
  const expectedFor = (file: string): Outcome => EXPECTED[file.split('/').pop()!] ?? big[file.split('/').pop()!]!;

  it('gives each file its outcome in one JSON line, in order, and scans the good files around the bad', async () => {
    const list = files();
    const { status, out, err } = await run(['scan', '--json', ...list]);
    expect(err.join('\n')).not.toMatch(/Error|\s+at\s/);
    expect(status).toBe(3);
    expect(out).toHaveLength(list.length);
    out.forEach((line, i) => {
      const result = JSON.parse(line) as {
        file: string;
        error?: string;
        findings?: { text: string; type: string }[];
        warnings?: string[];
      };
      expect(result.file).toBe(list[i]);
      const expected = expectedFor(list[i]!);
      if ('refused' in expected) {
        expect(result.error, result.file).toMatch(expected.refused);
        expect(result.error).not.toMatch(/\n|\s+at\s+\S+\s+\(/);
      } else {
        expect(result.error, `${result.file}: ${result.error}`).toBeUndefined();
        expect(
          result.findings!.map((f) => f.text),
          result.file,
        ).toContain(expected.finds);
        if (expected.warning) expect(result.warnings!.join(' ')).toMatch(expected.warning);
      }
    });
  }, 60_000);

  it('prints one plain line per refused file in the readable report, with no stack trace', async () => {
    const refused = files().filter((f) => 'refused' in expectedFor(f));
    const { out } = await run(['scan', ...refused]);
    const text = out.join('\n');
    for (const file of refused) expect(text).toContain(`${file}: cannot scan: `);
    expect(text.split('\n').filter((l) => l.includes('cannot scan'))).toHaveLength(refused.length);
    expect(text).not.toMatch(/\s+at\s+\S+\s+\(|Error:/);
  }, 60_000);

  it('keeps offsets true in right-to-left and emoji text', async () => {
    const { out } = await run(['scan', '--json', join(HOSTILE, 'rtl-emoji.txt')]);
    const result = JSON.parse(out[0]!) as { findings: { start: number; end: number; text: string }[] };
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(join(HOSTILE, 'rtl-emoji.txt'), 'utf8');
    for (const f of result.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
