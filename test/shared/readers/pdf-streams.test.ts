import { describe, expect, it } from 'vitest';
import { checkPdfStreams } from '../../../shared/readers/pdf-streams.ts';
import { ReadError } from '../../../shared/readers/read-error.ts';
import { pdfBomb } from '../../fixtures/hostile/make-hostile.ts';
import { buildPdf } from './build-pdf.ts';

const MB = 1024 * 1024;

describe('checkPdfStreams', () => {
  it('passes an ordinary PDF', async () => {
    const pdf = await buildPdf({ pages: [{ lines: [{ text: 'Ordinary text.' }] }] });
    expect(() => checkPdfStreams(pdf)).not.toThrow();
  });

  it('refuses a stream that unpacks past the per-stream limit, without unpacking all of it', async () => {
    const bomb = await pdfBomb(3);
    expect(() => checkPdfStreams(bomb, { streamBytes: 1 * MB })).toThrow(ReadError);
    expect(() => checkPdfStreams(bomb, { streamBytes: 1 * MB })).toThrow(
      /one of its compressed streams unpacks to more than 1 MB.*decompression bomb/,
    );
    expect(() => checkPdfStreams(bomb, { streamBytes: 4 * MB })).not.toThrow();
  });

  it('refuses streams that together unpack past the total limit', async () => {
    const bomb = await pdfBomb(3);
    expect(() => checkPdfStreams(bomb, { streamBytes: 4 * MB, totalBytes: 2 * MB })).toThrow(
      /unpack to more than 2 MB/,
    );
  });
});
