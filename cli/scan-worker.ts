// A pool worker: one long task per worker, which takes files from the run's shared counter until none are
// left and sends each outcome back as soon as it is ready. A worker never waits for the main thread between
// two files. Built into dist/cli/scan-worker.mjs; the pool never loads TypeScript.
import type { MessagePort } from 'node:worker_threads';
import type { Policy } from '../shared/index.ts';
import { renderOutcome, type Format, type RenderedOutcome } from './render-outcome.ts';
import { scanFile } from './scan-file.ts';

export interface ScanLane {
  files: string[];
  policy: Policy;
  /** The output format: the worker writes its own results' text. */
  format: Format;
  /** The index of the next file to take, shared by every worker of the run (one Int32 on a SharedArrayBuffer). */
  next: Int32Array;
  /** Where `started` and `done` messages go. */
  port: MessagePort;
}

export type LaneMessage =
  { kind: 'started'; index: number } | { kind: 'done'; index: number; outcome: RenderedOutcome };

export default async function scanLane({ files, policy, format, next, port }: ScanLane): Promise<void> {
  for (let index = Atomics.add(next, 0, 1); index < files.length; index = Atomics.add(next, 0, 1)) {
    port.postMessage({ kind: 'started', index } satisfies LaneMessage);
    const outcome = renderOutcome(await scanFile(files[index]!, policy), format);
    port.postMessage({ kind: 'done', index, outcome } satisfies LaneMessage);
  }
}
