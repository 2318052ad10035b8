// The files a scan covers: each file named, and every file of a format Clearance reads inside each folder
// named, walked recursively in name order. Links are followed only while they stay inside the folder.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import { SUPPORTED_EXTENSIONS, extensionOf } from '../shared/index.ts';
import type { Glob } from './glob.ts';
import { describeFsError } from './load-policy.ts';

export interface Collected {
  files: string[];
  /** Folders that could not be listed: their files were not scanned. */
  unreadable: { path: string; reason: string }[];
  /** Links not followed because they lead out of the folder scanned (or nowhere). */
  linksNotFollowed: { path: string; reason: string }[];
  /** Files in the folders that are not of a format Clearance reads. */
  otherFiles: number;
}

const READABLE = new Set<string>(SUPPORTED_EXTENSIONS);

export function collectFiles(paths: readonly string[], excludes: readonly Glob[]): Collected {
  const collected: Collected = { files: [], unreadable: [], linksNotFollowed: [], otherFiles: 0 };
  const seen = new Set<string>();
  // Other files already counted, so a folder reached twice through a link counts them once.
  const seenOther = new Set<string>();
  const add = (path: string): void => {
    const real = realOrSelf(path);
    if (seen.has(real)) return;
    seen.add(real);
    collected.files.push(path);
  };
  for (const path of paths) {
    if (isDirectory(path))
      walk(path, '', realOrSelf(path), new Set([realOrSelf(path)]), excludes, collected, add, seenOther);
    // A file named on the command line is always scanned; the reader says if it cannot be read.
    else if (!excludes.some((g) => g.test(path))) add(path);
  }
  return collected;
}

function walk(
  dir: string,
  relative: string,
  root: string,
  visited: Set<string>,
  excludes: readonly Glob[],
  collected: Collected,
  add: (path: string) => void,
  seenOther: Set<string>,
): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch (error) {
    collected.unreadable.push({ path: dir, reason: `the folder could not be read (${describeFsError(error)})` });
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const rel = relative ? `${relative}/${entry.name}` : entry.name;
    if (excludes.some((g) => g.test(rel))) continue;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(path);
        const target = statSync(real);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        collected.linksNotFollowed.push({ path, reason: 'the link leads nowhere' });
        continue;
      }
      if (real !== root && !real.startsWith(root + sep)) {
        collected.linksNotFollowed.push({ path, reason: 'the link leads outside the folder scanned' });
        continue;
      }
      if (isDir && visited.has(real)) continue;
    }
    if (isDir) {
      const real = realOrSelf(path);
      if (visited.has(real)) continue;
      walk(path, rel, root, new Set([...visited, real]), excludes, collected, add, seenOther);
    } else if (isFile) {
      if (READABLE.has(extensionOf(entry.name))) add(path);
      else if (!seenOther.has(realOrSelf(path))) {
        seenOther.add(realOrSelf(path));
        collected.otherFiles++;
      }
    }
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
