// Reads --policy FILE for any command, and the council clause pack it names; a bad policy or pack is a usage
// error naming the file and field.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DEFAULT_POLICY, parseClausePack, parsePolicyJson } from '../shared/index.ts';
import type { ClausePack, Policy } from '../shared/index.ts';
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

/**
 * The clause pack at `packPath`, or the one the policy names (a path relative to the policy file); none when
 * neither is given.
 */
export function loadClausePack(
  policy: Policy,
  policyPath: string | undefined,
  packPath?: string,
): ClausePack | undefined {
  const path =
    packPath ?? (policy.clausePack ? resolve(policyPath ? dirname(policyPath) : '.', policy.clausePack) : undefined);
  if (!path) return undefined;
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (error) {
    const named = packPath ? '' : ` (named by clausePack in ${policyPath})`;
    throw new UsageError(`${path}: cannot read the clause pack${named} (${describeFsError(error)})`);
  }
  const result = parseClausePack(json, path);
  if (!result.ok) throw new UsageError(result.errors.join('\n'));
  return result.pack;
}

/** A file-system error in words: "no such file", not "ENOENT: ...". */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    default:
      return (error as Error).message ?? String(error);
  }
}
