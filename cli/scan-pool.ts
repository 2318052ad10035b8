// Scans many files on a pool of worker threads (tinypool), each with a memory bound and a time limit per
// file, and hands each outcome on in input order as soon as it and every file before it are done.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import type { Policy } from '../shared/index.ts';
import type { FileOutcome } from './scan-file.ts';
import type { ScanTask } from './scan-worker.ts';

export interface PoolOptions {
  jobs: number;
  timeoutMs: number;
  memoryMb: number;
  policy: Policy;
}

/** Scans `files` on `jobs` workers; `onOutcome` gets them in input order, `onFinished` as each finishes. */
export async function scanOnPool(
  files: string[],
  options: PoolOptions,
  onOutcome: (outcome: FileOutcome) => void,
  onFinished: (outcome: FileOutcome) => void = () => undefined,
): Promise<void> {
  const pool = new Tinypool({
    filename: workerBundle(),
    minThreads: Math.min(options.jobs, files.length),
    maxThreads: options.jobs,
    resourceLimits: { maxOldGenerationSizeMb: options.memoryMb },
  });
  const done: (FileOutcome | undefined)[] = new Array(files.length);
  let emitted = 0;
  let next = 0;
  const runOne = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      const outcome = await runTask(pool, files[index]!, options);
      done[index] = outcome;
      while (emitted < files.length && done[emitted]) {
        onOutcome(done[emitted]!);
        done[emitted++] = undefined;
      }
      onFinished(outcome);
    }
  };
  try {
    // Only `jobs` tasks are ever in flight, so a file's time limit starts when a worker takes it, not while it queues.
    await Promise.all(Array.from({ length: Math.min(options.jobs, files.length) }, runOne));
  } finally {
    await pool.destroy();
  }
}

async function runTask(pool: Tinypool, file: string, options: PoolOptions): Promise<FileOutcome> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), options.timeoutMs);
  try {
    const task: ScanTask = { file, policy: options.policy };
    return (await pool.run(task, { signal: abort.signal })) as FileOutcome;
  } catch (error) {
    return { file, error: whyWorkerStopped(error, options) };
  } finally {
    clearTimeout(timer);
  }
}

function whyWorkerStopped(error: unknown, options: PoolOptions): string {
  const e = error as NodeJS.ErrnoException;
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
