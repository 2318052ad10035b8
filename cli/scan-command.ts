// `clearance scan PATH...`: collects the files, scans them on the worker pool (or, for one file, here),
// writes each result as it is ready, and ends with a summary on stderr and an exit status.
import { closeSync, openSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { SUPPORTED_EXTENSIONS } from '../shared/index.ts';
import { collectFiles } from './collect-files.ts';
import { formatOutcome } from './format-report.ts';
import { CSV_HEADER, csvRows } from './format-csv.ts';
import { formatHtml } from './format-html.ts';
import { compileGlob } from './glob.ts';
import { SCAN_HELP } from './help.ts';
import { describeFsError, loadPolicy } from './load-policy.ts';
import { parseArgs, rejectUnknown } from './parse-args.ts';
import { Progress, type ProgressStream } from './progress.ts';
import { scanFile, type FileOutcome } from './scan-file.ts';
import { scanOnPool } from './scan-pool.ts';
import { UsageError } from './usage-error.ts';
import { DEFAULT_FAIL_ON, EXIT, FAIL_ON, RunTotals, tallyOf, type FailOn } from './verdict.ts';

/** What the command writes to besides stdout: stderr for the progress bar, and a clock for rates and the summary. */
export interface ScanIo {
  progress?: ProgressStream;
  now?: () => number;
}

const FORMATS = ['text', 'json', 'csv', 'html'] as const;
type Format = (typeof FORMATS)[number];
const VALUED = ['format', 'output', 'policy', 'jobs', 'timeout-ms', 'max-memory-mb'];
const REPEATABLE = ['exclude', 'fail-on'];
const SWITCHES = ['json', 'allow-unread', 'exit-zero', 'help'];

interface Writer {
  start?: () => string;
  file: (outcome: FileOutcome) => string | undefined;
  end?: () => string;
}

export async function scanCommand(
  argv: string[],
  out: (line: string) => void,
  err: (line: string) => void = () => undefined,
  io: ScanIo = {},
): Promise<number> {
  const args = parseArgs(argv, VALUED, REPEATABLE);
  if (args.flags.has('help')) {
    out(SCAN_HELP);
    return EXIT.clear;
  }
  rejectUnknown(args, [...VALUED, ...REPEATABLE, ...SWITCHES]);
  if (args.positional.length === 0) throw new UsageError('no files or folders given');
  const format = formatOf(args.flags.get('format'), args.flags.has('json'));
  const failOn = failOnOf(args.repeated.get('fail-on'));
  const jobs = args.flags.has('jobs') ? wholeNumber(args.flags.get('jobs'), 'jobs') : availableParallelism();
  const timeoutMs = args.flags.has('timeout-ms') ? wholeNumber(args.flags.get('timeout-ms'), 'timeout-ms') : 120_000;
  const memoryMb = args.flags.has('max-memory-mb')
    ? wholeNumber(args.flags.get('max-memory-mb'), 'max-memory-mb')
    : 1024;
  const policy = loadPolicy(args.flags.get('policy') as string | undefined);
  const excludes = (args.repeated.get('exclude') ?? []).map(compileGlob);
  const now = io.now ?? (() => performance.now());
  const started = now();

  const collected = collectFiles(args.positional, excludes);
  for (const link of collected.linksNotFollowed) err(`clearance: not followed: ${link.path}: ${link.reason}`);
  if (collected.otherFiles)
    err(
      `clearance: ${collected.otherFiles} file(s) in the folders are not of a format Clearance reads (${SUPPORTED_EXTENSIONS.map((e) => `.${e}`).join(', ')}) and were left out`,
    );
  const { files } = collected;
  if (!files.length && !collected.unreadable.length)
    throw new UsageError(
      `no files to scan in ${args.positional.join(', ')} (Clearance reads ${SUPPORTED_EXTENSIONS.map((e) => `.${e}`).join(', ')})`,
    );

  const sink = openSink(args.flags.get('output') as string | undefined, out);
  const writer = writerFor(format);
  const totals = new RunTotals(failOn);
  const progress = new Progress(io.progress ?? process.stderr, files.length + collected.unreadable.length, now);
  const emit = (outcome: FileOutcome): void => {
    totals.add(tallyOf(outcome));
    const text = writer.file(outcome);
    if (text === undefined) return;
    progress.clear();
    sink.write(text);
  };
  try {
    if (writer.start) sink.write(writer.start());
    // One file named alone is scanned here: starting a worker would cost more than the scan.
    if (files.length === 1 && !args.flags.has('jobs')) {
      emit(await scanFile(files[0]!, policy));
      progress.tick();
    } else if (files.length) {
      await scanOnPool(files, { jobs, timeoutMs, memoryMb, policy }, emit, () => progress.tick());
    }
    for (const folder of collected.unreadable) {
      emit({ file: folder.path, error: folder.reason });
      progress.tick();
    }
    if (writer.end) sink.write(writer.end());
  } finally {
    sink.close();
    progress.clear();
  }
  for (const line of totals.summary(now() - started)) err(line);
  const status = totals.exitStatus(args.flags.has('allow-unread'));
  return args.flags.has('exit-zero') ? EXIT.clear : status;
}

function writerFor(format: Format): Writer {
  switch (format) {
    case 'text':
      return { file: formatOutcome };
    case 'json':
      return {
        file: (o) => JSON.stringify(o.report ? { file: o.file, ...o.report } : { file: o.file, error: o.error }),
      };
    case 'csv':
      return { start: () => CSV_HEADER, file: (o) => csvRows(o).join('\n') };
    case 'html': {
      const outcomes: FileOutcome[] = [];
      return { file: (o) => void outcomes.push(o), end: () => formatHtml(outcomes, new Date()) };
    }
  }
}

/** Lines go to stdout, or to the --output file. */
function openSink(
  path: string | undefined,
  out: (line: string) => void,
): { write: (line: string) => void; close: () => void } {
  if (path === undefined) return { write: out, close: () => undefined };
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw new UsageError(`--output ${path}: cannot write the file (${describeFsError(error)})`);
  }
  return { write: (line) => writeSync(fd, `${line}\n`), close: () => closeSync(fd) };
}

function formatOf(flag: string | true | undefined, json: boolean): Format {
  if (flag === undefined) return json ? 'json' : 'text';
  if (json && flag !== 'json') throw new UsageError(`--json and --format ${String(flag)} disagree: give one`);
  if (!(FORMATS as readonly unknown[]).includes(flag))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${String(flag)}")`);
  return flag as Format;
}

function failOnOf(values: string[] | undefined): readonly FailOn[] {
  if (!values) return DEFAULT_FAIL_ON;
  const chosen = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  for (const v of chosen)
    if (!(FAIL_ON as readonly string[]).includes(v))
      throw new UsageError(`--fail-on takes ${FAIL_ON.join(', ')} (got "${v}")`);
  return [...new Set(chosen)] as FailOn[];
}

function wholeNumber(flag: string | true | undefined, name: string): number {
  const n = Number(flag);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${name} must be a whole number of 1 or more (got "${String(flag)}")`);
  return n;
}
