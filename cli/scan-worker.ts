// A pool worker: scans one file per task. Built into dist/cli/scan-worker.mjs; the pool never loads TypeScript.
import type { Policy } from '../shared/index.ts';
import { scanFile, type FileOutcome } from './scan-file.ts';

export interface ScanTask {
  file: string;
  policy: Policy;
}

export default function scanTask(task: ScanTask): Promise<FileOutcome> {
  return scanFile(task.file, task.policy);
}
