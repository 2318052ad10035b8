// The text of an RTF document: control words and groups Word never shows (font tables, styles,
// pictures, {\*...} destinations) taken out, escapes decoded, paragraphs kept apart.
import rtf from '../lexicons/rtf-destinations.json' with { type: 'json' };

const HIDDEN_DESTINATIONS: ReadonlySet<string> = new Set(rtf.hiddenDestinations);
const BREAKS: Record<string, string> = {
  par: '\n',
  line: '\n',
  sect: '\n',
  page: '\n',
  row: '\n',
  cell: '\t',
  tab: '\t',
};

export function rtfText(rtf: string): string {
  let out = '';
  // Depth of the innermost group being skipped, or -1.
  let skipFrom = -1;
  let depth = 0;
  let groupStart = false;
  for (let i = 0; i < rtf.length; i++) {
    const c = rtf[i]!;
    if (c === '{') {
      depth++;
      groupStart = true;
      continue;
    }
    if (c === '}') {
      if (depth === skipFrom) skipFrom = -1;
      depth--;
      groupStart = false;
      continue;
    }
    if (c === '\\') {
      const next = rtf[i + 1] ?? '';
      if (next === '*') {
        if (groupStart && skipFrom < 0) skipFrom = depth;
        i++;
        continue;
      }
      if (next === "'") {
        if (skipFrom < 0) out += String.fromCharCode(parseInt(rtf.slice(i + 2, i + 4), 16) || 32);
        i += 3;
        groupStart = false;
        continue;
      }
      const word = /^([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(rtf.slice(i + 1, i + 48));
      if (!word) {
        if (skipFrom < 0 && /[\\{}]/.test(next)) out += next;
        i++;
        groupStart = false;
        continue;
      }
      i += word[0].length;
      const name = word[1]!;
      if (groupStart && HIDDEN_DESTINATIONS.has(name) && skipFrom < 0) skipFrom = depth;
      groupStart = false;
      if (skipFrom >= 0) continue;
      if (name === 'u' && word[2]) {
        const code = Number(word[2]);
        out += String.fromCharCode(code < 0 ? code + 65536 : code);
        if (rtf[i + 1] === '?') i++;
      } else if (BREAKS[name]) out += BREAKS[name];
      continue;
    }
    groupStart = false;
    if (skipFrom >= 0 || c === '\r' || c === '\n') continue;
    out += c;
  }
  return out.replace(/(?<![ \t])[ \t]+\n/g, '\n').trim();
}
