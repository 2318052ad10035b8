// An XML part's bytes to text and back in the encoding it came in (UTF-8, with or without a BOM, or
// UTF-16 by BOM), so a rewritten part still agrees with its own XML declaration.
import { XML_PART } from '../readers/ooxml.ts';

export type PartEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export function decodePart(bytes: Uint8Array): { text: string; encoding: PartEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
}

export function encodePart(text: string, encoding: PartEncoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8-bom') return concat([0xef, 0xbb, 0xbf], new TextEncoder().encode(text));
  const out = new Uint8Array(2 + text.length * 2);
  const littleEndian = encoding === 'utf-16le';
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

function concat(head: number[], tail: Uint8Array): Uint8Array {
  const out = new Uint8Array(head.length + tail.length);
  out.set(head);
  out.set(tail, head.length);
  return out;
}

/** The parts of an Office package that are XML text. */
export const isXmlPart = (name: string): boolean => XML_PART.test(name);
