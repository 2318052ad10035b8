// The installed command end to end, from the prebuilt bundle: a closed pipe ends quietly, a missing
// bundle says how to build it, and results and messages keep to their streams.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, ensureBundle, run } from './run-cli.ts';

let dir: string;

beforeAll(() => {
  ensureBundle();
  dir = mkdtempSync(join(tmpdir(), 'clearance-bundle-'));
  mkdirSync(join(dir, 'papers'));
  for (let i = 0; i < 40; i++)
    writeFileSync(
      join(dir, 'papers', `p${String(i).padStart(2, '0')}.txt`),
      `Minutes of the Fostering Panel ${i}\n\nThe foster carer, Jayden Cole, lives at 27 Larkspur Close, Coldbrook KD7 3RW.\n`,
    );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const shell = (script: string) => spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('the bundled command', () => {
  it('prints the version and exits 0', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const child = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
    expect(child.status).toBe(0);
    expect(child.stdout).toBe(`${version}\n`);
    expect(child.stderr).toBe('');
  });

  it('ends quietly, with status 141, when the reader of its output goes away', () => {
    const child = shell(
      `node ${BIN} scan --jobs 1 ${join(dir, 'papers')} 2>${join(dir, 'err.txt')} | head -n 1; echo "status=\${PIPESTATUS[0]}"`,
    );
    expect(child.stdout).toMatch(/^.*p00\.txt \(minutes\)\nstatus=141\n$/);
    expect(readFileSync(join(dir, 'err.txt'), 'utf8')).not.toMatch(/EPIPE|Error|\s+at\s/);
  }, 60_000);

  it('writes JSON lines to stdout and the summary to stderr', () => {
    const child = spawnSync(process.execPath, [BIN, 'scan', '--json', join(dir, 'papers')], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.status).toBe(1);
    const lines = child.stdout.trim().split('\n');
    expect(lines).toHaveLength(40);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(child.stderr).toMatch(/^40 files in [\d.]+ s: 40 scanned, 0 could not be scanned\n/);
  }, 60_000);

  it('tells a lone forename that names a place from a person as the engine run from source does', async () => {
    // compromise, which the bundle loads only on its first question, decides the lone "Chester" is a place.
    const paper = join(dir, 'lone-names.txt');
    writeFileSync(
      paper,
      'Report to Cabinet\n\nPurpose of the report\n\nThe social worker visited Chester last May. Later Chester said the placement with Kelly was going well, and Kelly agreed.\n',
    );
    const child = spawnSync(process.execPath, [BIN, 'scan', '--json', '--exit-zero', paper], { encoding: 'utf8' });
    expect(child.status).toBe(0);
    const bundled = JSON.parse(child.stdout) as { findings: { type: string; text: string; disposition: string }[] };
    const names = bundled.findings.filter((f) => f.type === 'person' && f.disposition === 'flag').map((f) => f.text);
    expect(names).toContain('Kelly');
    expect(names).not.toContain('Chester');
    const fromSource = await run(['scan', '--json', '--exit-zero', paper]);
    expect(child.stdout.trim()).toBe(fromSource.stdout);
  });

  it('says to run npm install when the bundle has not been built', () => {
    const copy = join(dir, 'fresh-clone');
    mkdirSync(join(copy, 'bin'), { recursive: true });
    copyFileSync(BIN, join(copy, 'bin/clearance.mjs'));
    const child = spawnSync(process.execPath, [join(copy, 'bin/clearance.mjs'), 'scan', 'x.txt'], { encoding: 'utf8' });
    expect(child.status).toBe(4);
    expect(child.stdout).toBe('');
    expect(child.stderr).toMatch(/the command line is not built .*: run npm install/);
  });
});
