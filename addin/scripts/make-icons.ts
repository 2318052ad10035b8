// Draws the add-in's icons (a white tick on a blue rounded square) as PNGs at the sizes Office asks for.
// Run with `npx tsx addin/scripts/make-icons.ts`; the PNGs are committed, so builds never need it.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80, 128];
const BLUE: [number, number, number] = [15, 108, 189]; // Fluent's brand blue, which Office's own ribbon uses

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** Distance from (px, py) to the segment (ax, ay)–(bx, by). */
function toSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay));
}

function pixel(x: number, y: number): [number, number, number, number] {
  // Coordinates in the unit square; corner radius 0.18; tick stroke 0.11 wide.
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if (Math.hypot(x - cx, y - cy) > r) return [0, 0, 0, 0];
  const tick = Math.min(toSegment(x, y, 0.25, 0.52, 0.43, 0.7), toSegment(x, y, 0.43, 0.7, 0.76, 0.32));
  return tick < 0.075 ? [255, 255, 255, 255] : [...BLUE, 255];
}

function png(size: number): Buffer {
  const samples = 4; // 4x4 supersampling keeps the small sizes smooth
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const p = pixel((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          for (let c = 0; c < 3; c++) sum[c]! += p[c]! * p[3];
          sum[3]! += p[3];
        }
      }
      const alpha = sum[3]! / (samples * samples);
      const at = y * (size * 4 + 1) + 1 + x * 4;
      for (let c = 0; c < 3; c++) raw[at + c] = sum[3] ? Math.round(sum[c]! / sum[3]!) : 0;
      raw[at + 3] = Math.round(alpha);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

for (const size of SIZES) writeFileSync(new URL(`../public/assets/icon-${size}.png`, import.meta.url), png(size));
