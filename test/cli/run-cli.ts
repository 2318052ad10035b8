// Runs `clearance` in this process and collects what it writes; builds the bundle the pool's workers load.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../cli/main.ts';
import type { ScanIo } from '../../cli/scan-command.ts';

export const ROOT = join(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/clearance.mjs');

export async function run(
  args: string[],
  io: ScanIo = {},
): Promise<{ status: number; out: string[]; err: string[]; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(
    args,
    (l) => out.push(l),
    (l) => err.push(l),
    { progress: { isTTY: false, write: () => true }, ...io },
  );
  return { status, out, err, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** Builds dist/cli when any source of the engine or the CLI is newer than it. */
export function ensureBundle(): void {
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter((e) => e.isFile())
        .map((e) => statSync(join(e.parentPath, e.name)).mtimeMs),
    );
  let built = 0;
  try {
    built = statSync(join(ROOT, 'dist/cli/scan-worker.mjs')).mtimeMs;
  } catch {
    built = 0;
  }
  if (built < Math.max(newest(join(ROOT, 'cli')), newest(join(ROOT, 'shared'))))
    execFileSync(process.execPath, [join(ROOT, 'bin/build-cli.mjs')], { stdio: 'inherit' });
}
