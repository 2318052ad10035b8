// The conventions a script relies on: help, version, exit statuses 0–4, --fail-on, results on stdout and
// everything else on stderr, and sections counted only for reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/main.ts';
import { ROOT, ensureBundle, run } from './run-cli.ts';

let dir: string;
const paper = (name: string): string => join(dir, name);

const PAPERS: Record<string, string> = {
  // Minutes carry no implications sections, and a councillor in role is public.
  'clean-minutes.txt':
    'Minutes of the meeting of the Highways Committee\n\nPresent: Councillor Ann Smith (Chair)\n\nThe committee noted the resurfacing programme for the coming year.\n',
  'report-without-sections.txt':
    'Report to Cabinet\n\nPurpose of the report\n\nTo approve the resurfacing programme for the coming year.\n\nRecommendations\n\nThat Cabinet approves the programme.\n',
  'complete-report.txt': [
    'Report to Cabinet',
    'Purpose of the report',
    'To approve the resurfacing programme.',
    'Corporate parenting implications',
    'There are no corporate parenting implications because the scheme concerns roads only.',
    'Equality implications',
    'An equality impact assessment found no disproportionate effect on any group.',
    'Legal implications',
    'The council has power to do this under the Highways Act 1980.',
    'Financial implications',
    'The cost is met from the capital budget.',
  ].join('\n\n'),
  'foster-carer.txt':
    'Minutes of the meeting of the Fostering Panel\n\nThe foster carer, Jayden Cole, lives at 27 Larkspur Close, Coldbrook KD7 3RW.\n',
  'undecided-name.txt':
    'Minutes of the meeting of the Highways Committee\n\nThe committee noted the resurfacing programme.\n\nMark Owers said the road was dangerous.\n',
};

beforeAll(() => {
  ensureBundle();
  dir = mkdtempSync(join(tmpdir(), 'clearance-conventions-'));
  for (const [name, text] of Object.entries(PAPERS)) writeFileSync(paper(name), text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('help and version', () => {
  it('clearance --help lists the commands and the exit statuses on stdout, exit 0', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const { status, stdout, err } = await run(args);
      expect(status).toBe(0);
      expect(stdout).toMatch(/clearance scan \[options\] PATH/);
      expect(stdout).toMatch(/redact/);
      expect(stdout).toMatch(/wording/);
      expect(stdout).toMatch(/3 +a file could not be read/);
      expect(err).toEqual([]);
    }
  });

  it('clearance with no command prints the usage on stderr and exits 2', async () => {
    const { status, out, stderr } = await run([]);
    expect(status).toBe(2);
    expect(out).toEqual([]);
    expect(stderr).toMatch(/usage: clearance/);
  });

  it('scan --help lists every option of scan and the exit statuses', async () => {
    const { status, stdout } = await run(['scan', '--help']);
    expect(status).toBe(0);
    for (const option of [
      '--format',
      '--json',
      '--output',
      '--exclude',
      '--jobs',
      '--timeout-ms',
      '--max-memory-mb',
      '--fail-on',
      '--allow-unread',
      '--exit-zero',
      '--policy',
    ])
      expect(stdout).toContain(option);
    expect(stdout).toMatch(/4 +internal error/);
    expect((await run(['help', 'scan'])).stdout).toBe(stdout);
  });

  it('redact --help and wording --help list their options', async () => {
    const redact = await run(['redact', '--help']);
    expect(redact.status).toBe(0);
    for (const option of ['-o, --output', '--include-medium', '--log', '--policy'])
      expect(redact.stdout).toContain(option);
    const wording = await run(['wording', '--help']);
    expect(wording.status).toBe(0);
    for (const option of ['--set', '--version', '--json']) expect(wording.stdout).toContain(option);
  });

  it('--version prints the version in package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await run(['--version'])).toMatchObject({ status: 0, out: [version], err: [] });
  });
});

describe('exit statuses', () => {
  it('0 when nothing is to be dealt with, with the report on stdout and the summary on stderr', async () => {
    const { status, stdout, stderr } = await run(['scan', paper('clean-minutes.txt')]);
    expect(status).toBe(0);
    expect(stdout).toContain('clean-minutes.txt (minutes)');
    expect(stdout).not.toMatch(/files? in [\d.]+ s/);
    expect(stderr).toMatch(/^1 file in [\d.]+ s: 1 scanned, 0 could not be scanned/);
  });

  it('1 when an identifying detail is found', async () => {
    const { status, stdout } = await run(['scan', paper('foster-carer.txt')]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/To deal with \(\d+\)/);
  });

  it('2 on a usage error, said on stderr with a pointer to --help', async () => {
    for (const args of [
      ['scan'],
      ['scan', '--colour', paper('clean-minutes.txt')],
      ['scan', '--format', 'pdf', 'x'],
      ['scan', '--jobs', '0', 'x'],
      ['scan', '--fail-on', 'everything', 'x'],
      ['frobnicate'],
    ]) {
      const { status, out, stderr } = await run(args);
      expect(status, args.join(' ')).toBe(2);
      expect(out).toEqual([]);
      expect(stderr).toMatch(/clearance/);
      expect(stderr).not.toMatch(/\s+at\s+\S+\s+\(/);
    }
  });

  it('3 when a file cannot be read, even beside one with findings; --allow-unread gives 1', async () => {
    const files = [paper('foster-carer.txt'), paper('missing.docx')];
    const { status, stdout } = await run(['scan', ...files]);
    expect(status).toBe(3);
    expect(stdout).toContain(`${paper('missing.docx')}: cannot scan: no such file`);
    expect((await run(['scan', '--allow-unread', ...files])).status).toBe(1);
    expect((await run(['scan', '--exit-zero', ...files])).status).toBe(0);
  });

  it('4 on an internal error, in one line without a stack trace', async () => {
    const err: string[] = [];
    const status = await main(
      ['scan', paper('clean-minutes.txt')],
      () => {
        throw new Error('the disk is full');
      },
      (l) => err.push(l),
    );
    expect(status).toBe(4);
    expect(err).toEqual(['clearance scan: internal error: the disk is full']);
  });
});

describe('--fail-on and what counts', () => {
  it('counts items for your decision only with --fail-on review, and says so in the summary', async () => {
    const plain = await run(['scan', paper('undecided-name.txt')]);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(/For your decision \(1\)/);
    expect(plain.stderr).toMatch(
      /1 item for your decision in 1 file \(not counted towards the exit status: add --fail-on review to count them\)/,
    );
    for (const failOn of [
      ['--fail-on', 'review'],
      ['--fail-on', 'flag,review'],
      ['--fail-on', 'flag', '--fail-on', 'review'],
    ]) {
      expect((await run(['scan', ...failOn, paper('undecided-name.txt')])).status, failOn.join(' ')).toBe(1);
    }
  });

  it('counts a missing section only for a report, and only while section is counted', async () => {
    expect((await run(['scan', paper('report-without-sections.txt')])).status).toBe(1);
    expect((await run(['scan', '--fail-on', 'flag', paper('report-without-sections.txt')])).status).toBe(0);
    expect((await run(['scan', paper('complete-report.txt')])).status).toBe(0);
    expect((await run(['scan', '--fail-on', 'flag', paper('foster-carer.txt')])).status).toBe(1);
    expect((await run(['scan', '--fail-on', 'section', paper('foster-carer.txt')])).status).toBe(0);
  });

  it('says that sections do not apply to minutes instead of listing them all as missing', async () => {
    const { stdout } = await run(['scan', paper('clean-minutes.txt')]);
    expect(stdout).toMatch(/Required sections: do not apply: this paper reads as minutes/);
    expect(stdout).not.toMatch(/MISSING/);
    expect((await run(['scan', paper('report-without-sections.txt')])).stdout).toMatch(/Legal +MISSING/);
  });
});
