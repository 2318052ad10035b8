// A lossless split of an XML part into tags and text: editing a text token or an attribute and
// joining the tokens back gives the same part with only that change, byte for byte elsewhere.
import { RedactionError } from './redaction-error.ts';

export type XmlToken =
  | { kind: 'text'; raw: string }
  | { kind: 'cdata'; raw: string }
  | { kind: 'open'; raw: string; name: string; selfClosing: boolean }
  | { kind: 'close'; raw: string; name: string }
  /** Comments, processing instructions and the XML declaration: kept as they are. */
  | { kind: 'other'; raw: string };

export function tokenize(xml: string): XmlToken[] {
  const tokens: XmlToken[] = [];
  let i = 0;
  while (i < xml.length) {
    if (xml[i] !== '<') {
      const end = xml.indexOf('<', i);
      const stop = end < 0 ? xml.length : end;
      tokens.push({ kind: 'text', raw: xml.slice(i, stop) });
      i = stop;
      continue;
    }
    if (xml.startsWith('<!--', i)) i = push(tokens, 'other', xml, i, '-->');
    else if (xml.startsWith('<![CDATA[', i)) i = push(tokens, 'cdata', xml, i, ']]>');
    else if (xml.startsWith('<?', i)) i = push(tokens, 'other', xml, i, '?>');
    // A DTD could define entities that expand to text no redaction or check would see.
    else if (xml.startsWith('<!', i)) throw new RedactionError('it declares a DTD, which Clearance does not process');
    else {
      const end = tagEnd(xml, i);
      const raw = xml.slice(i, end);
      const name = /^<\/?([^\s/>]+)/.exec(raw)?.[1];
      if (!name) throw new RedactionError(`it holds a malformed tag at character ${i}`);
      if (raw.startsWith('</')) tokens.push({ kind: 'close', raw, name });
      else tokens.push({ kind: 'open', raw, name, selfClosing: raw.endsWith('/>') });
      i = end;
    }
  }
  return tokens;
}

function push(tokens: XmlToken[], kind: 'other' | 'cdata', xml: string, from: number, terminator: string): number {
  const end = xml.indexOf(terminator, from);
  if (end < 0)
    throw new RedactionError(`it ends inside a comment, CDATA section or instruction begun at character ${from}`);
  tokens.push({ kind, raw: xml.slice(from, end + terminator.length) });
  return end + terminator.length;
}

/** Index just past the tag's closing '>', skipping any '>' inside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
    else if (c === '<') break;
  }
  throw new RedactionError(`it holds an unterminated tag at character ${from}`);
}

export interface Attribute {
  name: string;
  value: string;
  /** Offsets of the raw (still escaped) value within the tag. */
  valueStart: number;
  valueEnd: number;
}

/** The attributes of a start tag, read left to right in one pass (no backtracking on hostile tags). */
export function attributesOf(tag: string): Attribute[] {
  const out: Attribute[] = [];
  let i = tag.search(/[\s/>]/);
  while (i >= 0 && i < tag.length) {
    while (i < tag.length && /[\s/>]/.test(tag[i]!)) i++;
    const nameStart = i;
    while (i < tag.length && !/[\s=/>]/.test(tag[i]!)) i++;
    const name = tag.slice(nameStart, i);
    while (i < tag.length && /\s/.test(tag[i]!)) i++;
    if (!name || tag[i] !== '=') break;
    i++;
    while (i < tag.length && /\s/.test(tag[i]!)) i++;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") break;
    const valueStart = i + 1;
    const valueEnd = tag.indexOf(quote, valueStart);
    if (valueEnd < 0) break;
    out.push({ name, value: decodeXml(tag.slice(valueStart, valueEnd)), valueStart, valueEnd });
    i = valueEnd + 1;
  }
  return out;
}

export function attributeValue(tag: string, name: string): string | undefined {
  return attributesOf(tag).find((a) => a.name === name)?.value;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Character and the five predefined entity references to text; anything else is left as written. */
export function decodeXml(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref]!;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export const encodeXmlText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const encodeXmlAttribute = (text: string): string =>
  encodeXmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** The text a CDATA token carries. */
export const cdataText = (raw: string): string => raw.slice('<![CDATA['.length, -']]>'.length);
