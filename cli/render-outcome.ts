// A scanned file made ready to write, in the thread that scanned it: on a pool the workers format their
// own results and the main thread only writes them, so it takes no core from the scans.
import { csvRows } from './format-csv.ts';
import { formatOutcome } from './format-report.ts';
import type { FileOutcome } from './scan-file.ts';
import { tallyOf, type FileTally } from './verdict.ts';

export const FORMATS = ['text', 'json', 'csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderedOutcome {
  file: string;
  tally: FileTally;
  /** What the file adds to the output; the HTML report is one page, written from every `outcome` at the end. */
  text?: string;
  outcome?: FileOutcome;
}

export function renderOutcome(outcome: FileOutcome, format: Format): RenderedOutcome {
  const { file } = outcome;
  const tally = tallyOf(outcome);
  switch (format) {
    case 'text':
      return { file, tally, text: formatOutcome(outcome) };
    case 'json':
      return {
        file,
        tally,
        text: JSON.stringify(outcome.report ? { file, ...outcome.report } : { file, error: outcome.error }),
      };
    case 'csv':
      return { file, tally, text: csvRows(outcome).join('\n') };
    case 'html':
      return { file, tally, outcome };
  }
}
