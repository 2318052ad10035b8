// --exclude patterns: * and ? within a name, ** across folders, [abc] and {a,b}. A pattern without a
// slash matches a file or folder name anywhere in the tree ("drafts", "*.tmp"); one with a slash
// matches the path from the folder scanned ("2019/**/appendix*").

export interface Glob {
  pattern: string;
  test(relativePath: string): boolean;
}

export function compileGlob(pattern: string): Glob {
  const trimmed = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
  const anchored = trimmed.includes('/');
  const regex = new RegExp(`^${toRegexSource(trimmed)}$`);
  return {
    pattern,
    test: (relativePath) => {
      const path = relativePath.split(/[\\/]+/).join('/');
      return anchored ? regex.test(path) : regex.test(path.slice(path.lastIndexOf('/') + 1));
    },
  };
}

function toRegexSource(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      const body = glob
        .slice(i + 1, close)
        .replace(/^!/, '^')
        .replace(/\\/g, '\\\\');
      out += `[${body}]`;
      i = close;
    } else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) {
        out += '\\{';
        continue;
      }
      out += `(?:${glob
        .slice(i + 1, close)
        .split(',')
        .map(toRegexSource)
        .join('|')})`;
      i = close;
    } else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return out;
}
