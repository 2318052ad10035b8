// Unpacks a zip (.docx) without trusting it: sizes are bounded before and during inflation, so a zip
// bomb or a damaged archive is refused with a ReadError instead of exhausting memory or time.
//
// unzipSafely(bytes, options?) => Map<entry name, bytes>, in the archive's own order. `options.include`
// picks the entries to inflate (others are not inflated, but still count towards the declared-size limit);
// `options.limits` overrides ZIP_LIMITS (tests use it to show the refusal without building huge files).
import { Inflate } from 'fflate';
import { ReadError } from './read-error.ts';

export const ZIP_LIMITS = {
  /** Bytes all entries may expand to together. */
  totalBytes: 200 * 1024 * 1024,
  /** Bytes one entry may expand to. */
  entryBytes: 50 * 1024 * 1024,
  /** Entries in one archive (a Word file has a few dozen). */
  entries: 5000,
};

export interface UnzipOptions {
  include?: (name: string) => boolean;
  limits?: Partial<typeof ZIP_LIMITS>;
  /**
   * Where set, an entry that is too large, encrypted or packed in an unknown way is passed here and
   * left out, rather than refusing the whole file; the reader names it as not read.
   */
  onUnreadable?: (name: string, reason: string) => void;
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const MB = 1024 * 1024;
// Inflating at most this much input at a time caps one step's output (deflate expands at most 1032:1).
const CHUNK = 16 * 1024;

export function unzipSafely(bytes: Uint8Array, options: UnzipOptions = {}): Map<string, Uint8Array> {
  const limits = { ...ZIP_LIMITS, ...options.limits };
  const entries = readDirectory(bytes, limits.entries);
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > limits.totalBytes) throw tooBig(limits.totalBytes);
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/') || (options.include && !options.include(entry.name))) continue;
    const skip = options.onUnreadable;
    if (entry.size > limits.entryBytes) {
      if (!skip) throw entryTooBig(entry.name, limits.entryBytes);
      skip(entry.name, `it is larger than ${limits.entryBytes / MB} MB, the most Clearance will unpack from one part`);
      continue;
    }
    if (entry.flags & 1) {
      if (!skip) throw new ReadError('the file is password-protected (its contents are encrypted)');
      skip(entry.name, 'it is encrypted (password-protected)');
      continue;
    }
    if (skip && entry.method !== 0 && entry.method !== 8) {
      skip(entry.name, `it is packed with a compression method Clearance cannot read (${entry.method})`);
      continue;
    }
    const data = inflateEntry(bytes, entry, Math.min(limits.entryBytes, limits.totalBytes - total), limits);
    if (crc32(data) !== entry.crc) throw damaged(`"${entry.name}" fails its checksum`);
    total += data.length;
    files.set(entry.name, data);
  }
  return files;
}

/** The names of the archive's entries (folders left out), without inflating any. */
export function zipEntryNames(bytes: Uint8Array): string[] {
  return readDirectory(bytes, ZIP_LIMITS.entries)
    .map((e) => e.name)
    .filter((n) => !n.endsWith('/'));
}

function readDirectory(bytes: Uint8Array, maxEntries: number): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(bytes, view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) ({ count, offset } = readZip64End(view, end));
  if (count > maxEntries)
    throw new ReadError(`the file holds ${count} packed entries, more than the ${maxEntries} Clearance will unpack`);
  const entries: Entry[] = [];
  const names = new Set<string>();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50)
      throw damaged('its directory is cut short');
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength + extraLength > bytes.length) throw damaged('its directory is cut short');
    const entry: Entry = {
      name: new TextDecoder('utf-8').decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      crc: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
    };
    applyZip64Extra(view, offset + 46 + nameLength, extraLength, entry);
    // Two entries of one name would let a reader and a writer disagree on which one is "the" part.
    if (names.has(entry.name)) throw damaged(`"${entry.name}" appears twice`);
    names.add(entry.name);
    entries.push(entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndRecord(bytes: Uint8Array, view: DataView): number {
  // The end record sits in the last 22 bytes plus at most a 65,535-byte comment.
  for (let e = bytes.length - 22; e >= 0 && e >= bytes.length - 22 - 0xffff; e--) {
    if (view.getUint32(e, true) === 0x06054b50) return e;
  }
  throw damaged('no zip directory was found; it may be truncated or not a zip file at all');
}

function readZip64End(view: DataView, end: number): { count: number; offset: number } {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== 0x07064b50) throw damaged('its zip64 directory is missing');
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== 0x06064b50)
    throw damaged('its zip64 directory is missing');
  return { count: Number(view.getBigUint64(record + 32, true)), offset: Number(view.getBigUint64(record + 48, true)) };
}

/** Sizes and offsets too large for 32 bits live in the zip64 extra field, in this fixed order. */
function applyZip64Extra(view: DataView, start: number, length: number, entry: Entry): void {
  for (let p = start; p + 4 <= start + length;) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const next = (): number => {
        const v = q + 8 <= p + 4 + size ? Number(view.getBigUint64(q, true)) : -1;
        q += 8;
        return v;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      if (entry.size < 0 || entry.compressedSize < 0 || entry.localOffset < 0)
        throw damaged(`"${entry.name}" has a broken zip64 record`);
    }
    p += 4 + size;
  }
}

function inflateEntry(bytes: Uint8Array, entry: Entry, room: number, limits: typeof ZIP_LIMITS): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50)
    throw damaged(`"${entry.name}" is missing`);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged(`"${entry.name}" is cut short`);
  const compressed = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw damaged(`"${entry.name}" has inconsistent sizes`);
    return compressed.slice();
  }
  if (entry.method !== 8)
    throw new ReadError(
      `"${entry.name}" inside the file uses a compression method Clearance cannot read (${entry.method})`,
    );
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    // The declared size is checked too: a part that grows past what the directory promised is lying.
    if (produced > room)
      throw produced > limits.entryBytes ? entryTooBig(entry.name, limits.entryBytes) : tooBig(limits.totalBytes);
    if (produced > entry.size)
      throw new ReadError(
        `"${entry.name}" inside the file unpacks to more than its recorded size, so it was refused (it may be a zip bomb)`,
      );
    chunks.push(chunk);
  });
  try {
    for (let p = 0; p < compressed.length || p === 0; p += CHUNK) {
      inflater.push(compressed.subarray(p, p + CHUNK), p + CHUNK >= compressed.length);
    }
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw damaged(`"${entry.name}" cannot be unpacked (${(error as Error).message})`);
  }
  if (produced !== entry.size) throw damaged(`"${entry.name}" unpacks to fewer bytes than recorded`);
  return concat(chunks, produced);
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const damaged = (detail: string): ReadError => new ReadError(`the file is damaged or truncated: ${detail}`);
const tooBig = (limit: number): ReadError =>
  new ReadError(
    `the file unpacks to more than ${limit / MB} MB, the most Clearance will unpack (it may be a zip bomb)`,
  );
const entryTooBig = (name: string, limit: number): ReadError =>
  new ReadError(
    `"${name}" inside the file unpacks to more than ${limit / MB} MB, the most Clearance will unpack (it may be a zip bomb)`,
  );
