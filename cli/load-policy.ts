// Reads --policy FILE for any command; a bad policy is a usage error naming the file and field.
import { readFileSync } from 'node:fs';
import { DEFAULT_POLICY, parsePolicyJson } from '../shared/index.ts';
import type { Policy } from '../shared/index.ts';
import { UsageError } from './usage-error.ts';

export function loadPolicy(path: string | undefined): Policy {
  if (!path) return DEFAULT_POLICY;
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: cannot read the policy file (${describeFsError(error)})`);
  }
  const result = parsePolicyJson(json, path);
  if (!result.ok) throw new UsageError(result.errors.join('\n'));
  return result.policy;
}

/** A file-system error in words: "no such file", not "ENOENT: ...". */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'it is a folder, not a file';
    default: return (error as Error).message ?? String(error);
  }
}
