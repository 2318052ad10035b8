// Scans many files on a pool of worker threads (tinypool), each with a memory bound and a time limit per
// file, and hands each outcome on in input order as soon as it and every file before it are done.
// Each worker runs one lane that takes the next file from a shared counter itself, so it never idles
// while the main thread, writing results or waiting for a core, would hand it the next file.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import Tinypool from 'tinypool';
import type { Policy } from '../shared/index.ts';
import { renderOutcome, type Format, type RenderedOutcome } from './render-outcome.ts';
import type { LaneMessage, ScanLane } from './scan-worker.ts';

export interface PoolOptions {
  jobs: number;
  timeoutMs: number;
  memoryMb: number;
  policy: Policy;
  format: Format;
}

/** Scans `files` on `jobs` workers; `onOutcome` gets them in input order, `onFinished` as each finishes. */
export async function scanOnPool(
  files: string[],
  options: PoolOptions,
  onOutcome: (outcome: RenderedOutcome) => void,
  onFinished: (outcome: RenderedOutcome) => void = () => undefined,
): Promise<void> {
  const lanes = Math.min(options.jobs, files.length);
  const pool = new Tinypool({
    filename: workerBundle(),
    minThreads: lanes,
    maxThreads: lanes,
    resourceLimits: { maxOldGenerationSizeMb: options.memoryMb },
  });
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const settled = new Uint8Array(files.length);
  const done: (RenderedOutcome | undefined)[] = new Array(files.length);
  let emitted = 0;
  let lastStop: unknown;
  const record = (index: number, outcome: RenderedOutcome): void => {
    settled[index] = 1;
    done[index] = outcome;
    while (emitted < files.length && done[emitted]) {
      onOutcome(done[emitted]!);
      done[emitted++] = undefined;
    }
    onFinished(outcome);
  };

  const runLane = async (): Promise<void> => {
    const { port1, port2 } = new MessageChannel();
    const abort = new AbortController();
    let current: number | undefined;
    let took = false;
    let timer: NodeJS.Timeout | undefined;
    // A file's time limit starts when its worker takes it.
    const take = (message: LaneMessage): void => {
      clearTimeout(timer);
      if (message.kind === 'started') {
        current = message.index;
        took = true;
        timer = setTimeout(() => abort.abort(), options.timeoutMs);
      } else {
        current = undefined;
        record(message.index, message.outcome);
      }
    };
    port1.on('message', take);
    const lane: ScanLane = { files, policy: options.policy, format: options.format, next, port: port2 };
    let stop: unknown;
    try {
      await pool.run(lane, { signal: abort.signal, transferList: [port2] });
    } catch (error) {
      stop = error ?? new Error('the worker failed');
    }
    // What the worker sent before it finished or was stopped may not have been delivered yet.
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) take(m.message as LaneMessage);
    clearTimeout(timer);
    port1.close();
    if (stop === undefined) return;
    lastStop = stop;
    if (current !== undefined) record(current, failed(files[current]!, whyWorkerStopped(stop, options)));
    // The files left go on to a fresh worker, unless this one could not take even one.
    if (took && Atomics.load(next, 0) < files.length) await runLane();
  };

  try {
    await Promise.all(Array.from({ length: lanes }, runLane));
    // A file a stopped worker had taken but not begun, or every file when no worker could start.
    for (let i = 0; i < files.length; i++)
      if (!settled[i]) record(i, failed(files[i]!, whyWorkerStopped(lastStop, options)));
  } finally {
    await pool.destroy();
  }

  function failed(file: string, error: string): RenderedOutcome {
    return renderOutcome({ file, error }, options.format);
  }
}

function whyWorkerStopped(error: unknown, options: PoolOptions): string {
  const e = (error ?? new Error('the worker ended before it took the file')) as NodeJS.ErrnoException;
  if (e.name === 'AbortError')
    return `the scan took longer than ${seconds(options.timeoutMs)} and was stopped (raise the limit with --timeout-ms)`;
  if (e.code === 'ERR_WORKER_OUT_OF_MEMORY')
    return `the scan needed more than ${options.memoryMb} MB of memory and was stopped (raise the bound with --max-memory-mb)`;
  return `the scan stopped unexpectedly (${e.message ?? String(error)})`;
}

const seconds = (ms: number): string => (ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`);

/** The prebuilt worker: beside this module in the bundle, or in dist/cli when the CLI runs from source. */
export function workerBundle(): string {
  const here = import.meta.url;
  const url = here.endsWith('.mjs') ? new URL('./scan-worker.mjs', here) : new URL('../dist/cli/scan-worker.mjs', here);
  const path = fileURLToPath(url);
  if (!existsSync(path))
    throw new Error(`the worker bundle ${path} is missing: run npm run build:cli (npm install does it)`);
  return path;
}
