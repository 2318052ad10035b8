import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { unzipSafely } from '../../../shared/readers/zip.ts';
import { ReadError } from '../../../shared/readers/read-error.ts';
import { honestZipBomb, lieAboutSizes } from '../../fixtures/hostile/make-hostile.ts';

const MB = 1024 * 1024;

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ReadError);
    return (error as Error).message;
  }
  throw new Error('expected a ReadError');
}

describe('unzipSafely', () => {
  it('unpacks every entry in archive order, stored or deflated', () => {
    const zip = zipSync({
      'b.xml': strToU8('<b/>'),
      'a.txt': [strToU8('hello'), { level: 0 }],
      'dir/c.xml': strToU8('<c>x</c>'.repeat(100)),
    });
    const files = unzipSafely(zip);
    expect([...files.keys()]).toEqual(['b.xml', 'a.txt', 'dir/c.xml']);
    expect(new TextDecoder().decode(files.get('a.txt'))).toBe('hello');
    expect(new TextDecoder().decode(files.get('dir/c.xml'))).toBe('<c>x</c>'.repeat(100));
  });

  it('inflates only the entries asked for', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w/>'), 'word/media/image1.png': new Uint8Array(1000) });
    expect([...unzipSafely(zip, { include: (n) => n.endsWith('.xml') }).keys()]).toEqual(['word/document.xml']);
  });

  it('refuses an archive whose declared size is past the total limit before inflating anything', () => {
    const zip = zipSync({ 'a.xml': new Uint8Array(3 * MB), 'b.xml': new Uint8Array(3 * MB) });
    expect(refusal(() => unzipSafely(zip, { limits: { totalBytes: 5 * MB } }))).toMatch(
      /unpacks to more than 5 MB.*zip bomb/,
    );
  });

  it('refuses an honest bomb by the sizes it declares, and unpacks the same build when it is small', () => {
    expect(refusal(() => unzipSafely(honestZipBomb(3, 2), { limits: { totalBytes: 5 * MB } }))).toMatch(
      /more than 5 MB/,
    );
    const files = unzipSafely(honestZipBomb(2, 1));
    expect([...files.values()].map((f) => f.length).slice(1)).toEqual([MB, MB]);
  });

  it('refuses one entry past the per-entry limit', () => {
    const zip = zipSync({ 'word/document.xml': new Uint8Array(2 * MB) });
    expect(refusal(() => unzipSafely(zip, { limits: { entryBytes: 1 * MB } }))).toMatch(
      /"word\/document\.xml" inside the file unpacks to more than 1 MB/,
    );
  });

  it('stops inflating an entry that lies about its size (a bomb declaring a small size)', () => {
    const zip = lieAboutSizes(zipSync({ 'word/document.xml': new Uint8Array(20 * MB) }), 100);
    expect(refusal(() => unzipSafely(zip))).toMatch(/more than its recorded size.*zip bomb/);
  });

  it('stops a lying entry at the per-entry limit even when the declared size is huge', () => {
    const zip = lieAboutSizes(zipSync({ 'word/document.xml': new Uint8Array(3 * MB) }), 0xfffffff0);
    expect(refusal(() => unzipSafely(zip, { limits: { entryBytes: 1 * MB, totalBytes: 0xffffffff } }))).toMatch(
      /more than 1 MB/,
    );
  });

  it('refuses too many entries', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 20; i++) files[`f${i}.xml`] = strToU8('x');
    expect(refusal(() => unzipSafely(zipSync(files), { limits: { entries: 10 } }))).toMatch(
      /20 packed entries, more than the 10/,
    );
  });

  it('refuses a truncated archive', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>'.repeat(500)) });
    expect(refusal(() => unzipSafely(zip.subarray(0, zip.length - 40)))).toMatch(/damaged or truncated/);
    expect(refusal(() => unzipSafely(zip.subarray(0, zip.length / 2)))).toMatch(/damaged or truncated/);
  });

  it('refuses corrupted compressed data by its checksum or its structure', () => {
    const zip = zipSync({
      'word/document.xml': strToU8('<w:document>some text that compresses</w:document>'.repeat(50)),
    });
    const bad = zip.slice();
    for (let i = 60; i < 90; i++) bad[i] = bad[i]! ^ 0x5a;
    expect(refusal(() => unzipSafely(bad))).toMatch(/damaged or truncated/);
  });

  it('refuses bytes that are not a zip', () => {
    expect(refusal(() => unzipSafely(strToU8('%PDF-1.7 not a zip at all')))).toMatch(/no zip directory/);
  });

  it('refuses an encrypted entry', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w/>') });
    const view = new DataView(zip.buffer);
    for (let i = 0; i + 4 <= zip.length; i++)
      if (view.getUint32(i, true) === 0x02014b50) view.setUint16(i + 8, 1, true);
    expect(refusal(() => unzipSafely(zip))).toMatch(/password-protected/);
  });
});
