// The worker pool: a file that exhausts a worker's memory bound, or outlasts the time limit, is reported
// with its reason, and the files after it are still scanned, in input order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ensureBundle, run } from './run-cli.ts';

let dir: string;
let files: string[];

beforeAll(() => {
  ensureBundle();
  dir = mkdtempSync(join(tmpdir(), 'clearance-pool-'));
  const line =
    'Tyler Brown, aged 9, was seen at 27 Larkspur Close, Coldbrook KD7 3RW by the social worker on 3 March.\n';
  // Eight million characters of findings: far more than a 48 MB heap holds once scanned.
  writeFileSync(join(dir, 'huge.txt'), line.repeat(Math.ceil(8e6 / line.length)));
  writeFileSync(
    join(dir, 'before.txt'),
    'Minutes of the Fostering Panel\n\nThe foster carer, Jayden Cole, lives at KD7 3RW.\n',
  );
  writeFileSync(join(dir, 'after.txt'), 'Minutes of the Highways Committee\n\nPresent: Councillor Ann Smith (Chair)\n');
  files = ['before.txt', 'huge.txt', 'after.txt'].map((n) => join(dir, n));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parse = (lines: string[]): { file: string; error?: string; findings?: unknown[] }[] =>
  lines.map((l) => JSON.parse(l) as { file: string; error?: string });

describe('the scan pool', () => {
  it('reports a file that exceeds the worker memory bound, and scans the rest', async () => {
    const { status, out, stderr } = await run(['scan', '--json', '--jobs', '1', '--max-memory-mb', '48', ...files]);
    const results = parse(out);
    expect(results.map((r) => r.file)).toEqual(files);
    expect(results[1]!.error).toBe(
      'the scan needed more than 48 MB of memory and was stopped (raise the bound with --max-memory-mb)',
    );
    expect(results[0]!.findings!.length).toBeGreaterThan(0);
    expect(results[2]!.error).toBeUndefined();
    expect(status).toBe(3);
    expect(stderr).toMatch(/1 failure/);
  }, 60_000);

  it('stops a file that outlasts --timeout-ms on a fresh worker, and scans the files after it', async () => {
    const { status, out } = await run(['scan', '--json', '--jobs', '1', '--timeout-ms', '2500', files[1]!, files[2]!]);
    const results = parse(out);
    expect(results.map((r) => r.file)).toEqual([files[1], files[2]]);
    expect(results[0]!.error).toBe(
      'the scan took longer than 2.5 s and was stopped (raise the limit with --timeout-ms)',
    );
    expect(results[1]!.error).toBeUndefined();
    expect(status).toBe(3);
  }, 60_000);

  it('on two workers, reports the file that overruns its bound and scans every other file, in input order', async () => {
    const many = [files[0]!, files[2]!, files[1]!, files[0]!, files[2]!, files[0]!, files[2]!];
    const distinct = many.map((f, i) => {
      const copy = join(dir, `copy-${i}-${basename(f)}`);
      copyFileSync(f, copy);
      return copy;
    });
    const { out } = await run(['scan', '--json', '--jobs', '2', '--max-memory-mb', '48', ...distinct]);
    const results = parse(out);
    expect(results.map((r) => r.file)).toEqual(distinct);
    expect(results.map((r) => r.error !== undefined)).toEqual([false, false, true, false, false, false, false]);
    expect(results[2]!.error).toMatch(/more than 48 MB of memory/);
  }, 60_000);

  it('gives the same results on one worker as in the main process', async () => {
    const small = [files[0]!, files[2]!];
    const pooled = parse((await run(['scan', '--json', '--jobs', '1', ...small])).out);
    const inProcess = await Promise.all(small.map(async (f) => parse((await run(['scan', '--json', f])).out)[0]!));
    expect(pooled).toEqual(inProcess);
  }, 60_000);
});
