// Folders: walked recursively for the formats Clearance reads, in name order, with --exclude, and never
// through a link that leads out of the folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectFiles } from '../../cli/collect-files.ts';
import { compileGlob } from '../../cli/glob.ts';
import { ensureBundle, run } from './run-cli.ts';

let root: string;
let outside: string;
const at = (...p: string[]): string => join(root, 'archive', ...p);

beforeAll(() => {
  ensureBundle();
  root = mkdtempSync(join(tmpdir(), 'clearance-walk-'));
  outside = join(root, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.txt'), 'The foster carer, Jayden Cole, lives at KD7 3RW.\n');
  for (const dir of ['2019/cabinet', '2020/drafts', 'empty']) mkdirSync(at(dir), { recursive: true });
  writeFileSync(at('2019/cabinet/b-report.md'), '# Report to Cabinet\n\nMinutes of nothing.\n');
  writeFileSync(at('2019/cabinet/a-minutes.txt'), 'Minutes of the meeting\n\nPresent: Councillor Ann Smith\n');
  writeFileSync(at('2019/cabinet/photo.jpg'), 'not a paper');
  writeFileSync(at('2020/drafts/draft.html'), '<html><body><p>Minutes</p></body></html>');
  writeFileSync(at('2020/notes.tmp.txt'), 'Minutes\n');
  writeFileSync(at('index.htm'), '<html><body><p>Agenda</p></body></html>');
  symlinkSync(outside, at('linked-out'));
  symlinkSync(join(outside, 'secret.txt'), at('secret-link.txt'));
  symlinkSync(at('2019/cabinet/a-minutes.txt'), at('2020/same-minutes.txt'));
  symlinkSync(at('2019/cabinet'), at('2020/cabinet-again'));
  symlinkSync(at('.'), at('2019/loop'));
  symlinkSync(join(root, 'nowhere'), at('dangling.txt'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('collecting the files of a folder', () => {
  it('walks recursively in name order, keeps the formats Clearance reads and follows links only inside the folder', () => {
    const c = collectFiles([at()], []);
    expect(c.files).toEqual([
      at('2019/cabinet/a-minutes.txt'),
      at('2019/cabinet/b-report.md'),
      at('2020/drafts/draft.html'),
      at('2020/notes.tmp.txt'),
      at('index.htm'),
    ]);
    expect(c.otherFiles).toBe(1);
    expect(c.linksNotFollowed).toEqual([
      { path: at('dangling.txt'), reason: 'the link leads nowhere' },
      { path: at('linked-out'), reason: 'the link leads outside the folder scanned' },
      { path: at('secret-link.txt'), reason: 'the link leads outside the folder scanned' },
    ]);
  });

  it('leaves out what --exclude matches: a name anywhere, or a path from the folder', () => {
    expect(collectFiles([at()], [compileGlob('drafts'), compileGlob('*.tmp.txt')]).files).toEqual([
      at('2019/cabinet/a-minutes.txt'),
      at('2019/cabinet/b-report.md'),
      at('index.htm'),
    ]);
    expect(collectFiles([at()], [compileGlob('2019/**'), compileGlob('cabinet-again')]).files).toEqual([
      at('2020/drafts/draft.html'),
      at('2020/notes.tmp.txt'),
      at('2020/same-minutes.txt'),
      at('index.htm'),
    ]);
  });

  it('scans a file named on the command line whatever its type, and mixes files and folders', () => {
    expect(collectFiles([at('2019/cabinet/photo.jpg'), at('2020/drafts')], []).files).toEqual([
      at('2019/cabinet/photo.jpg'),
      at('2020/drafts/draft.html'),
    ]);
  });

  it('scans a folder end to end, saying which links it did not follow and what it left out', async () => {
    const { status, out, stderr } = await run(['scan', '--json', '--jobs', '2', at()]);
    expect(out.map((l) => (JSON.parse(l) as { file: string }).file)).toEqual(collectFiles([at()], []).files);
    expect(out.join('\n')).not.toContain('Jayden');
    expect(stderr).toContain(`not followed: ${at('linked-out')}: the link leads outside the folder scanned`);
    expect(stderr).toMatch(/1 file\(s\) in the folders are not of a format Clearance reads/);
    expect(stderr).toMatch(/^5 files in [\d.]+ s: 5 scanned/m);
    expect([0, 1]).toContain(status);
  }, 60_000);

  it('refuses a folder with nothing Clearance reads as a usage error', async () => {
    expect(await run(['scan', at('empty')])).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/no files to scan in/),
    });
  });
});

describe('glob patterns', () => {
  it.each([
    ['*.pdf', 'a/b/report.pdf', true],
    ['*.pdf', 'a/b/report.docx', false],
    ['drafts', 'x/drafts', true],
    ['2019/*.md', '2019/a.md', true],
    ['2019/*.md', '2019/sub/a.md', false],
    ['2019/**/*.md', '2019/sub/deeper/a.md', true],
    ['2019/**/*.md', '2019/a.md', true],
    ['**/appendix?.docx', 'p/q/appendix1.docx', true],
    ['*.{pdf,docx}', 'z.docx', true],
    ['[ab]*.txt', 'c.txt', false],
    ['[!ab]*.txt', 'c.txt', true],
    ['a+b.txt', 'a+b.txt', true],
    ['a+b.txt', 'aab.txt', false],
  ])('%s against %s is %s', (pattern, path, expected) => {
    expect(compileGlob(pattern).test(path)).toBe(expected);
  });
});
