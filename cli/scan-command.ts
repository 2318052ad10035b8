// `clearance scan FILE...`: reads each file, scans it, prints a report or one JSON line per file.
import { readFileSync, statSync } from 'node:fs';
import { readDocument } from '../shared/index.ts';
import { ReadError, LIMITS } from '../shared/index.ts';
import { scan } from '../shared/index.ts';
import { isFlag } from '../shared/index.ts';
import type { ScanReport } from '../shared/index.ts';
import { describeFsError, loadPolicy } from './load-policy.ts';
import { formatReport } from './format-report.ts';
import { parseArgs, rejectUnknown, UsageError } from './usage-error.ts';

export const SCAN_USAGE = 'clearance scan [--json] [--policy FILE] [--exit-zero] FILE...';

export interface FileOutcome { file: string; report?: ScanReport; error?: string }

export async function scanCommand(argv: string[], out: (line: string) => void): Promise<number> {
  const args = parseArgs(argv, ['policy']);
  rejectUnknown(args, ['json', 'policy', 'exit-zero']);
  if (args.positional.length === 0) throw new UsageError(`no files given\nusage: ${SCAN_USAGE}`);
  const policy = loadPolicy(args.flags.get('policy') as string | undefined);
  const asJson = args.flags.has('json');
  let attention = false;
  for (const file of args.positional) {
    const outcome = await scanFile(file, policy);
    if (outcome.error || outcome.report!.findings.some(isFlag)) attention = true;
    if (asJson) out(JSON.stringify(outcome.report ? { file, ...outcome.report } : { file, error: outcome.error }));
    else out(outcome.report ? formatReport(file, outcome.report) : `${file}: cannot scan: ${outcome.error}\n`);
  }
  return attention && !args.flags.has('exit-zero') ? 1 : 0;
}

/** Never throws: whatever goes wrong with one file becomes its one-line reason. */
export async function scanFile(file: string, policy: Parameters<typeof scan>[1]): Promise<FileOutcome> {
  try {
    const size = statSync(file).size;
    if (size > LIMITS.fileBytes) return { file, error: `the file is larger than ${LIMITS.fileBytes / 1024 / 1024} MB, the most Clearance will read` };
    const doc = await readDocument(new Uint8Array(readFileSync(file)), file);
    return { file, report: scan(doc, policy) };
  } catch (error) {
    if (error instanceof ReadError) return { file, error: error.message };
    if ((error as NodeJS.ErrnoException).code) return { file, error: describeFsError(error) };
    return { file, error: `could not be scanned (${(error as Error).message ?? String(error)})` };
  }
}
