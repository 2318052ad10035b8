// Guards pdfjs against a decompression bomb: a small PDF whose Flate-compressed content or font streams
// unpack to gigabytes. pdfjs holds a decoded stream whole in memory, so before it reads anything the
// compressed streams are inflated here, counting bytes and stopping at the limit, and a PDF past it is refused.
// Image streams are skipped: the reader never decodes images.
import { Unzlib } from 'fflate';
import { ReadError } from './read-error.ts';

export const PDF_STREAM_LIMITS = {
  /** Bytes one stream may unpack to. */
  streamBytes: 100 * 1024 * 1024,
  /** Bytes all non-image streams may unpack to together. */
  totalBytes: 300 * 1024 * 1024,
};

const MB = 1024 * 1024;
const CHUNK = 16 * 1024;
const STREAM = [0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // "stream"
const END_STREAM = 'endstream';

export function checkPdfStreams(bytes: Uint8Array, limits: Partial<typeof PDF_STREAM_LIMITS> = {}): void {
  const { streamBytes, totalBytes } = { ...PDF_STREAM_LIMITS, ...limits };
  const latin1 = new TextDecoder('latin1');
  let total = 0;
  for (let at = indexOf(bytes, STREAM, 0); at >= 0; at = indexOf(bytes, STREAM, at + STREAM.length)) {
    // "stream" opens data only as the keyword after a dictionary, followed by an end of line; "endstream" ends it.
    if (bytes[at - 1] === 0x64 /* d, of endstream */) continue;
    let start = at + STREAM.length;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    else if (bytes[start - 1] !== 0x0d) continue;
    const dictionary = latin1.decode(bytes.subarray(Math.max(0, at - 1024), at));
    if (/\/Subtype\s*\/Image\b/.test(dictionary.slice(dictionary.lastIndexOf(' obj')))) continue;
    if (!isZlibHeader(bytes[start], bytes[start + 1])) continue;
    const end = indexOf(
      bytes,
      [...END_STREAM].map((c) => c.charCodeAt(0)),
      start,
    );
    const produced = inflatedSize(
      bytes.subarray(start, end < 0 ? bytes.length : end),
      Math.min(streamBytes, totalBytes - total) + 1,
    );
    if (produced > streamBytes) throw bomb(`one of its compressed streams unpacks to more than ${streamBytes / MB} MB`);
    total += produced;
    if (total > totalBytes) throw bomb(`its compressed streams unpack to more than ${totalBytes / MB} MB`);
  }
}

/** Bytes the zlib data unpacks to, counting no further than `stopAt`; damaged data counts what came out. */
function inflatedSize(data: Uint8Array, stopAt: number): number {
  let produced = 0;
  const inflater = new Unzlib((chunk) => {
    produced += chunk.length;
    if (produced >= stopAt) throw new StopInflating();
  });
  try {
    for (let p = 0; p < data.length; p += CHUNK) inflater.push(data.subarray(p, p + CHUNK), p + CHUNK >= data.length);
  } catch {
    // Stopped at the limit, or the data is damaged (pdfjs will say so): either way the count so far is the answer.
  }
  return produced;
}

class StopInflating extends Error {}

const isZlibHeader = (a: number | undefined, b: number | undefined): boolean =>
  a !== undefined && b !== undefined && (a & 0x0f) === 8 && a >> 4 <= 7 && ((a << 8) | b) % 31 === 0;

function indexOf(haystack: Uint8Array, needle: number[], from: number): number {
  const first = needle[0]!;
  for (
    let i = haystack.indexOf(first, from);
    i >= 0 && i + needle.length <= haystack.length;
    i = haystack.indexOf(first, i + 1)
  ) {
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

const bomb = (detail: string): ReadError =>
  new ReadError(`the PDF was refused: ${detail}, the most Clearance will unpack (it may be a decompression bomb)`);
