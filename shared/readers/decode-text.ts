// Bytes to text for the text formats (txt, md, html): the encoding by byte-order mark, a declared
// charset, strict UTF-8, or else Windows-1252 (what older council systems save); binary data is refused.
import { LIMITS, ReadError } from './read-error.ts';

/** `declared` is a charset named by the file itself (an HTML meta tag), tried after any byte-order mark. */
export function decodeText(bytes: Uint8Array, declared?: string): string {
  const text = decodeWithBom(bytes) ?? decodeDeclared(bytes, declared) ?? decodeUtf8OrLegacy(bytes);
  if (looksBinary(text.slice(0, 8192))) throw new ReadError('the file holds binary data, not text');
  if (text.length > LIMITS.textChars)
    throw new ReadError(`the text is longer than ${LIMITS.textChars} characters, the most Clearance will scan`);
  return text;
}

function decodeWithBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  return undefined;
}

function decodeDeclared(bytes: Uint8Array, label: string | undefined): string | undefined {
  if (!label || /^utf-?8$/i.test(label)) return undefined;
  if (/^(?:windows-1252|cp1252|iso-8859-1|latin-?1|us-ascii|ascii)$/i.test(label)) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeUtf8OrLegacy(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// Windows-1252's printable characters at 0x80–0x9F (0 where the code page has none). Node's TextDecoder
// reads these bytes as Latin-1 control characters, so the engine maps them itself, as browsers do.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => {
    const mapped = CP1252_HIGH[c.charCodeAt(0) - 0x80];
    return mapped ? String.fromCharCode(mapped) : c;
  });
}

/** NUL, or many control characters other than tab, line feed, form feed and carriage return. */
function looksBinary(sample: string): boolean {
  if (sample.includes('\u0000')) return true;
  const controls = sample.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
  return controls > sample.length / 20;
}
