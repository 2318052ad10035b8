// `clearance scan PATH...`: collects the files, scans them on the worker pool (or, for one file, here),
// writes each result as it is ready, and ends with a summary on stderr and an exit status.
import { closeSync, openSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { SUPPORTED_EXTENSIONS } from '../shared/index.ts';
import { collectFiles } from './collect-files.ts';
import { CSV_HEADER } from './format-csv.ts';
import { formatHtml } from './format-html.ts';
import { compileGlob } from './glob.ts';
import { SCAN_HELP } from './help.ts';
import { describeFsError, loadPolicy } from './load-policy.ts';
import { parseArgs, rejectUnknown } from './parse-args.ts';
import { Progress, type ProgressStream } from './progress.ts';
import { renderOutcome, FORMATS, type Format, type RenderedOutcome } from './render-outcome.ts';
import { scanFile, type FileOutcome } from './scan-file.ts';
import { scanOnPool } from './scan-pool.ts';
import { UsageError } from './usage-error.ts';
import { DEFAULT_FAIL_ON, EXIT, FAIL_ON, RunTotals, type FailOn } from './verdict.ts';

/** What the command writes to besides stdout: stderr for the progress bar, and a clock for rates and the summary. */
export interface ScanIo {
  progress?: ProgressStream;
  now?: () => number;
}

const VALUED = ['format', 'output', 'policy', 'jobs', 'timeout-ms', 'max-memory-mb'];
const REPEATABLE = ['exclude', 'fail-on'];
const SWITCHES = ['json', 'allow-unread', 'exit-zero', 'help'];

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
  const totals = new RunTotals(failOn);
  const progress = new Progress(io.progress ?? process.stderr, files.length + collected.unreadable.length, now);
  const forHtml: FileOutcome[] = [];
  const emit = ({ tally, text, outcome }: RenderedOutcome): void => {
    totals.add(tally);
    if (outcome) forHtml.push(outcome);
    if (text === undefined) return;
    progress.clear();
    sink.write(text);
  };
  try {
    if (format === 'csv') sink.write(CSV_HEADER);
    // One file named alone is scanned here: starting a worker would cost more than the scan.
    if (files.length === 1 && !args.flags.has('jobs')) {
      emit(renderOutcome(await scanFile(files[0]!, policy), format));
      progress.tick();
    } else if (files.length) {
      await scanOnPool(files, { jobs, timeoutMs, memoryMb, policy, format }, emit, () => progress.tick());
    }
    for (const folder of collected.unreadable) {
      emit(renderOutcome({ file: folder.path, error: folder.reason }, format));
      progress.tick();
    }
    if (format === 'html') sink.write(formatHtml(forHtml, new Date()));
  } finally {
    sink.close();
    progress.clear();
  }
  for (const line of totals.summary(now() - started)) err(line);
  const status = totals.exitStatus(args.flags.has('allow-unread'));
  return args.flags.has('exit-zero') ? EXIT.clear : status;
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
