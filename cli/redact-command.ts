// `clearance redact IN.docx -o OUT.docx`: writes a redacted copy of a Word document, proves no
// redacted string is left in any part of it, and never touches the input.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scan } from '../shared/index.ts';
import { severityRank } from '../shared/index.ts';
import { readDocument, extensionOf } from '../shared/index.ts';
import { LIMITS, ReadError } from '../shared/index.ts';
import { planRedaction } from '../shared/index.ts';
import { redactPackage } from '../shared/index.ts';
import { formatRedactionLog, type LogFormat } from '../shared/index.ts';
import { RedactionError } from '../shared/index.ts';
import { verifyPackage } from '../shared/index.ts';
import { describeFsError, loadPolicy } from './load-policy.ts';
import { parseArgs, rejectUnknown, UsageError } from './usage-error.ts';

export const REDACT_USAGE = 'clearance redact IN.docx -o OUT.docx [--include-medium] [--log FILE.csv|FILE.json] [--policy FILE]';

/** Exit statuses: 0 written and verified; 1 not written (unreadable input, or the check found text left). */
export async function redactCommand(argv: string[], out: (line: string) => void): Promise<number> {
  const args = parseArgs(argv, ['o', 'output', 'log', 'policy']);
  rejectUnknown(args, ['o', 'output', 'log', 'policy', 'include-medium']);
  const { input, output, log, logFormat } = checkPaths(args.positional, (args.flags.get('o') ?? args.flags.get('output')) as string | undefined, args.flags.get('log') as string | undefined);
  const policy = loadPolicy(args.flags.get('policy') as string | undefined);
  const threshold = args.flags.has('include-medium') ? 'medium' : 'high';
  const fail = (reason: string): number => {
    out(`${input}: not redacted: ${reason}`);
    return 1;
  };

  let bytes: Uint8Array;
  try {
    if (statSync(input).size > LIMITS.fileBytes) return fail(`the file is larger than ${LIMITS.fileBytes / 1024 / 1024} MB, the most Clearance will read`);
    bytes = new Uint8Array(readFileSync(input));
  } catch (error) {
    return fail(describeFsError(error));
  }
  try {
    const doc = await readDocument(bytes, input);
    if (doc.format !== 'docx') return fail(`it is not a Word document (it reads as ${doc.format}); redact works on .docx files`);
    const report = scan(doc, policy);
    const plan = planRedaction(report.findings, threshold);
    const redacted = redactPackage(bytes, plan);
    const { leaks, checked } = verifyPackage(redacted.bytes, plan.targets);
    if (leaks.length) {
      out(`${input}: REDACTION FAILED, nothing written: ${leaks.length} redacted string(s) still in the redacted copy`);
      for (const leak of leaks) out(`  ${leak.part} (${leak.view}): "${leak.text}" in "…${leak.context}…"`);
      return 1;
    }
    // The copy must still open: read it back as Word would be asked to.
    const reread = await readDocument(redacted.bytes, output);
    writeOrFail(output, redacted.bytes);
    if (log) writeOrFail(log, formatRedactionLog(redacted.log, logFormat!, report.exempt.jurisdiction));

    const replaced = redacted.log.filter((e) => e.action === 'replaced').reduce((n, e) => n + e.count, 0);
    const leftBelow = report.findings.filter((f) => f.severity !== 'info' && severityRank(f.severity) < severityRank(threshold)).length;
    out(`${output}: ${plan.targets.length} string(s) at ${threshold} severity or above replaced ${replaced} time(s) in ${new Set(redacted.log.map((e) => e.part)).size} part(s).`);
    for (const t of plan.targets) out(`  ${t.placeholder.padEnd(18)} ${t.type.padEnd(14)} ${t.rules.join(', ')}`);
    out(`  Verified: none of them is left in any of the ${checked.length} part(s) of the copy.`);
    const removed = redacted.log.filter((e) => e.action !== 'replaced');
    if (removed.length) out(`  Removed ${removed.reduce((n, e) => n + e.count, 0)} tracked deletion(s) or hidden run(s) that held redacted text.`);
    const still = scan(reread, policy).findings.filter((f) => severityRank(f.severity) >= severityRank(threshold));
    if (still.length) out(`  Review: a fresh scan of the copy still flags ${still.length} detail(s): ${[...new Set(still.map((f) => `"${f.text}"`))].slice(0, 5).join(', ')}.`);
    if (leftBelow) out(`  Left for review: ${leftBelow} finding(s) below ${threshold} severity${threshold === 'high' ? ' (add --include-medium to redact medium ones too)' : ''}.`);
    for (const w of redacted.warnings) out(`  warning: ${w}`);
    if (log) out(`  Log: ${log} (it holds the original text: keep it with the exempt papers).`);
    return 0;
  } catch (error) {
    if (error instanceof ReadError || error instanceof RedactionError || error instanceof WriteError) return fail(error.message);
    throw error;
  }
}

function checkPaths(positional: string[], output: string | undefined, log: string | undefined): { input: string; output: string; log?: string; logFormat?: LogFormat } {
  if (positional.length !== 1) throw new UsageError(`${positional.length ? 'one input file at a time' : 'no input file given'}\nusage: ${REDACT_USAGE}`);
  const input = positional[0]!;
  if (!output) throw new UsageError(`no output file given: name one with -o OUT.docx (the input is never overwritten)\nusage: ${REDACT_USAGE}`);
  if (extensionOf(input) !== 'docx') throw new UsageError(`${input}: redact works on Word documents (.docx)`);
  if (extensionOf(output) !== 'docx') throw new UsageError(`${output}: the redacted copy must be a .docx file`);
  if (sameFile(input, output)) throw new UsageError(`${output}: the output is the input file; Clearance never overwrites the input`);
  if (log === undefined) return { input, output };
  const logFormat = extensionOf(log);
  if (logFormat !== 'csv' && logFormat !== 'json') throw new UsageError(`${log}: the log must be a .csv or .json file`);
  if (sameFile(log, input) || sameFile(log, output)) throw new UsageError(`${log}: the log would overwrite the input or the redacted copy`);
  return { input, output, log, logFormat };
}

/** The same path, or two paths to one file (a link, a different spelling). */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

class WriteError extends Error {}

function writeOrFail(path: string, data: Uint8Array | string): void {
  try {
    writeFileSync(path, data);
  } catch (error) {
    throw new WriteError(`cannot write ${path} (${describeFsError(error)})`);
  }
}
