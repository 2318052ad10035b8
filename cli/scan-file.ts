// One file read and scanned, whatever goes wrong: the same function runs in a pool worker and in the
// main process, and it never throws.
import { readFileSync, statSync } from 'node:fs';
import { LIMITS, ReadError, readDocument, scan } from '../shared/index.ts';
import type { Policy, ScanReport } from '../shared/index.ts';
import { describeFsError } from './load-policy.ts';

/** The words either side of a finding, so a reader of the HTML report sees it in place. */
export interface Snippet {
  before: string;
  after: string;
}

export interface FileOutcome {
  file: string;
  report?: ScanReport;
  /** One per finding, in the same order. */
  snippets?: Snippet[];
  /** Why the file could not be scanned at all. */
  error?: string;
}

const SNIPPET_WORDS = 8;

export async function scanFile(file: string, policy: Policy): Promise<FileOutcome> {
  try {
    const size = statSync(file).size;
    if (size > LIMITS.fileBytes)
      return {
        file,
        error: `the file is larger than ${LIMITS.fileBytes / 1024 / 1024} MB, the most Clearance will read`,
      };
    const doc = await readDocument(new Uint8Array(readFileSync(file)), file);
    const report = scan(doc, policy);
    return { file, report, snippets: report.findings.map((f) => snippetAround(doc.text, f.start, f.end)) };
  } catch (error) {
    if (error instanceof ReadError) return { file, error: error.message };
    if ((error as NodeJS.ErrnoException).code) return { file, error: describeFsError(error) };
    return { file, error: `could not be scanned (${(error as Error).message ?? String(error)})` };
  }
}

/** Up to SNIPPET_WORDS whole words before and after [start, end), on one line, with the spaces that join them to it. */
export function snippetAround(text: string, start: number, end: number): Snippet {
  const window = SNIPPET_WORDS * 12;
  const from = Math.max(0, start - window);
  const to = Math.min(text.length, end + window);
  const before = text.slice(from, start).replace(/\s+/g, ' ').split(' ');
  const after = text.slice(end, to).replace(/\s+/g, ' ').split(' ');
  // A word cut by the window is left out.
  if (from > 0) before.shift();
  if (to < text.length) after.pop();
  return {
    before: before
      .slice(-SNIPPET_WORDS - 1)
      .join(' ')
      .trimStart(),
    after: after
      .slice(0, SNIPPET_WORDS + 1)
      .join(' ')
      .trimEnd(),
  };
}
