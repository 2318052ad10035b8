// `clearance redact IN.docx -o OUT.docx`: writes a redacted copy of a Word document or Excel workbook and
// proves it: no redacted string is left in any part (embedded files included), and a fresh read and scan
// of the whole copy with the full engine finds nothing left to deal with. The input is never touched.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  DISPOSITION_LABELS,
  FINDING_TYPE_WORDS,
  LIMITS,
  ReadError,
  RedactionError,
  extensionOf,
  formatRedactionLog,
  planRedaction,
  readDocument,
  redactPackage,
  scan,
  verifyPackage,
  type DocumentModel,
  type Finding,
  type LogFormat,
  type ScanReport,
} from '../shared/index.ts';
import { describeFsError, loadPolicy } from './load-policy.ts';
import { parseArgs, rejectUnknown, UsageError } from './usage-error.ts';

export const REDACT_USAGE =
  'clearance redact IN.docx|IN.xlsx -o OUT.docx|OUT.xlsx [--allow-unread] [--log FILE.csv|FILE.json] [--policy FILE]';

const WORD = ['docx', 'docm', 'dotx'];
const EXCEL = ['xlsx', 'xlsm'];

/**
 * Exit statuses: 0 written and verified; 1 not written (unreadable input, a redacted string left, or the
 * re-scan still flags a detail); 3 not written because parts of the copy could not be read (--allow-unread
 * writes it anyway, naming them).
 */
export async function redactCommand(argv: string[], out: (line: string) => void): Promise<number> {
  const args = parseArgs(argv, ['o', 'output', 'log', 'policy']);
  rejectUnknown(args, ['o', 'output', 'log', 'policy', 'allow-unread']);
  const { input, output, log, logFormat } = checkPaths(
    args.positional,
    (args.flags.get('o') ?? args.flags.get('output')) as string | undefined,
    args.flags.get('log') as string | undefined,
  );
  const policy = loadPolicy(args.flags.get('policy') as string | undefined);
  const allowUnread = args.flags.has('allow-unread');
  const fail = (reason: string): number => {
    out(`${input}: not redacted: ${reason}`);
    return 1;
  };

  let bytes: Uint8Array;
  try {
    if (statSync(input).size > LIMITS.fileBytes)
      return fail(`the file is larger than ${LIMITS.fileBytes / 1024 / 1024} MB, the most Clearance will read`);
    bytes = new Uint8Array(readFileSync(input));
  } catch (error) {
    return fail(describeFsError(error));
  }
  try {
    const doc = await readDocument(bytes, input);
    if (doc.format !== 'docx' && doc.format !== 'xlsx')
      return fail(
        `it is not a Word document or Excel workbook (it reads as ${doc.format}); redact works on .docx and .xlsx files`,
      );
    const report = scan(doc, policy);
    const plan = planRedaction(report.findings);
    const redacted = redactPackage(bytes, plan);
    const { leaks, checked } = verifyPackage(redacted.bytes, plan.targets);
    if (leaks.length) {
      out(`${input}: REDACTION FAILED, nothing written: ${leaks.length} redacted string(s) still in the redacted copy`);
      for (const leak of leaks) out(`  ${leak.part} (${leak.view}): "${leak.text}" in "…${leak.context}…"`);
      return 1;
    }
    // The copy is read again as a file of its own, every part and embedded file, and scanned with the same policy.
    const reread = await readDocument(redacted.bytes, output);
    const rescan = scan(reread, policy);
    const by = (d: Finding['disposition']): Finding[] => rescan.findings.filter((f) => f.disposition === d);
    const [flagged, review] = [by('flag'), by('review')];
    const counts = `${flagged.length} ${DISPOSITION_LABELS.flag.heading.toLowerCase()}, ${review.length} ${DISPOSITION_LABELS.review.heading.toLowerCase()}, ${by('public').length} ${DISPOSITION_LABELS.public.heading.toLowerCase()}`;
    if (flagged.length) {
      out(
        `${input}: REDACTION FAILED, nothing written: a fresh scan of the redacted copy still flags ${flagged.length} detail(s) (${counts})`,
      );
      for (const f of flagged)
        out(`  "${f.text}" (${FINDING_TYPE_WORDS[f.type].label.toLowerCase()}) in ${where(f, reread)}`);
      return 1;
    }
    const unread = rescan.coverage.notRead;
    if (unread.length && !allowUnread) {
      out(
        `${input}: not written: ${unread.length} part(s) of the redacted copy could not be checked (add --allow-unread to write it anyway):`,
      );
      for (const u of unread) out(`  ${u.part}: ${u.reason}`);
      return 3;
    }
    writeOrFail(output, redacted.bytes);
    if (log) writeOrFail(log, formatRedactionLog(redacted.log, logFormat!, report.exempt.jurisdiction));
    summarise(out, { output, plan, redacted, checked, rescan, review, counts });
    if (log) out(`  Log: ${log} (it holds the original text: keep it with the exempt papers).`);
    return 0;
  } catch (error) {
    if (error instanceof ReadError || error instanceof RedactionError || error instanceof WriteError)
      return fail(error.message);
    throw error;
  }
}

interface Summary {
  output: string;
  plan: ReturnType<typeof planRedaction>;
  redacted: ReturnType<typeof redactPackage>;
  checked: string[];
  rescan: ScanReport;
  review: Finding[];
  counts: string;
}

function summarise(
  out: (line: string) => void,
  { output, plan, redacted, checked, rescan, review, counts }: Summary,
): void {
  const replaced = redacted.log.filter((e) => e.action === 'replaced').reduce((n, e) => n + e.count, 0);
  const touched = new Set(redacted.log.filter((e) => e.action !== 'removed-part').map((e) => e.part)).size;
  out(
    `${output}: ${plan.targets.length} detail(s) judged identifying replaced ${replaced} time(s) in ${touched} part(s).`,
  );
  for (const t of plan.targets)
    out(`  ${t.placeholder.padEnd(18)} ${FINDING_TYPE_WORDS[t.type].label.padEnd(14)} ${t.rules.join(', ')}`);
  const removedText = redacted.log.filter(
    (e) => e.action === 'removed-tracked-deletion' || e.action === 'removed-hidden-text',
  );
  if (removedText.length)
    out(
      `  Removed ${removedText.reduce((n, e) => n + e.count, 0)} tracked deletion(s) or hidden run(s) that held redacted text.`,
    );
  for (const w of redacted.warnings) out(`  ${w}`);
  out(`  Checked: none of the redacted strings is left in any of the ${checked.length} part(s) of the copy.`);
  out(`  Re-scan of the copy (${rescan.coverage.read.length} part(s) read): ${counts}.`);
  for (const u of rescan.coverage.notRead) out(`  Not checked: ${u.part} (${u.reason})`);
  if (review.length) {
    out(`  ${DISPOSITION_LABELS.review.heading} (not redacted, a reviewer must decide):`);
    for (const f of review) out(`    "${f.text}": ${f.question ?? f.message}`);
  }
  const open = [
    review.length && `${review.length} item(s) remain for your decision`,
    rescan.coverage.notRead.length && `${rescan.coverage.notRead.length} part(s) were not checked`,
  ].filter(Boolean);
  out(
    open.length
      ? `  Not an all-clear: ${open.join('; ')}.`
      : '  The re-scan found nothing left to deal with or decide in the parts read.',
  );
}

/** Where a finding sits, in the package's own terms: its part path, sheet, page or property. */
function where(f: Finding, doc: DocumentModel): string {
  const origin = doc.blocks.find((b) => b.id === f.location.blockId)?.origin;
  const place = [
    origin?.path ?? f.location.part,
    origin?.sheet && `sheet ${origin.sheet}`,
    origin?.property && `property ${origin.property}`,
  ].filter(Boolean);
  return place.join(', ');
}

function checkPaths(
  positional: string[],
  output: string | undefined,
  log: string | undefined,
): { input: string; output: string; log?: string; logFormat?: LogFormat } {
  if (positional.length !== 1)
    throw new UsageError(
      `${positional.length ? 'one input file at a time' : 'no input file given'}\nusage: ${REDACT_USAGE}`,
    );
  const input = positional[0]!;
  if (!output)
    throw new UsageError(
      `no output file given: name one with -o OUT.docx (the input is never overwritten)\nusage: ${REDACT_USAGE}`,
    );
  const family = WORD.includes(extensionOf(input)) ? WORD : EXCEL.includes(extensionOf(input)) ? EXCEL : undefined;
  if (!family) throw new UsageError(`${input}: redact works on Word documents (.docx) and Excel workbooks (.xlsx)`);
  if (!family.includes(extensionOf(output)))
    throw new UsageError(`${output}: the redacted copy must be a .${family[0]} file, like the input`);
  if (sameFile(input, output))
    throw new UsageError(`${output}: the output is the input file; Clearance never overwrites the input`);
  if (log === undefined) return { input, output };
  const logFormat = extensionOf(log);
  if (logFormat !== 'csv' && logFormat !== 'json') throw new UsageError(`${log}: the log must be a .csv or .json file`);
  if (sameFile(log, input) || sameFile(log, output))
    throw new UsageError(`${log}: the log would overwrite the input or the redacted copy`);
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
