// Every leak file is read and scanned (the detail is found, or its place named as not read), redacted where
// the format can be, re-opened and scanned again: the copy must be a valid package, no part of it may hold
// the detail, and the officials must be neither flagged nor removed. No file may give a silent all-clear.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../shared/readers/index.ts';
import { scan } from '../../../shared/engine/scan.ts';
import { planRedaction } from '../../../shared/redact/plan.ts';
import { redactPackage } from '../../../shared/redact/redact-package.ts';
import { unzipSafely } from '../../../shared/readers/zip.ts';
import { parseXml } from '../../../shared/readers/xml.ts';
import type { ScanReport } from '../../../shared/model/report.ts';
import { PDF_LEAKS } from './pdf-leak-files.ts';
import {
  CLEAN_FILES,
  DOCX_LEAKS,
  MARKERS,
  ODT_LEAKS,
  OFFICIAL_NAMES,
  TEXT_LEAKS,
  XLSX_LEAKS,
  LEAK_OFFICIAL,
  type LeakFile,
} from './leak-files.ts';

const flaggedDetail = (report: ScanReport): string[] =>
  report.findings
    .filter((f) => f.disposition === 'flag' && MARKERS.some((m) => m.includes(f.text) || f.text.includes(m)))
    .map((f) => f.text);

/** Every part of a package, embedded packages opened in turn, as inflated bytes. */
function allParts(bytes: Uint8Array, prefix = ''): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const [name, data] of unzipSafely(bytes)) {
    out.set(prefix + name, data);
    if (/\.(?:docx|xlsx)$/i.test(name)) for (const [n, d] of allParts(data, `${prefix}${name}/`)) out.set(n, d);
  }
  return out;
}

function partsHolding(parts: Map<string, Uint8Array>, needles: readonly string[]): string[] {
  const holding: string[] = [];
  for (const [name, data] of parts) {
    const texts = [new TextDecoder('utf-8').decode(data), new TextDecoder('utf-16le').decode(data)];
    if (texts.some((t) => needles.some((n) => t.includes(n) || t.includes(encodeURIComponent(n))))) holding.push(name);
  }
  return holding;
}

async function readAndScan(leak: {
  file: string;
  build: LeakFile['build'];
}): Promise<{ bytes: Uint8Array; report: ScanReport }> {
  const bytes = await leak.build();
  return { bytes, report: scan(await readDocument(bytes, leak.file)) };
}

async function checkLeak(leak: LeakFile): Promise<void> {
  const { bytes, report } = await readAndScan(leak);
  if (leak.expect === 'found') expect(flaggedDetail(report), 'the detail is flagged').not.toEqual([]);
  else expect(report.coverage.notRead, 'the place is named as not read').not.toEqual([]);
  // Never a silent all-clear: nothing flagged means something is named as not read.
  if (!report.findings.some((f) => f.disposition === 'flag')) expect(report.coverage.notRead).not.toEqual([]);
  expect(
    report.findings.filter((f) => f.disposition === 'flag' && OFFICIAL_NAMES.some((n) => f.text.includes(n))),
  ).toEqual([]);
  if (!/\.(?:docx|xlsx)$/.test(leak.file)) return;

  const redacted = redactPackage(bytes, planRedaction(report.findings));
  const parts = allParts(redacted.bytes);
  for (const [name, data] of parts)
    if (/\.(?:xml|rels)$/i.test(name)) expect(() => parseXml(data, name), name).not.toThrow();
  expect(partsHolding(parts, MARKERS), 'parts still holding the detail').toEqual([]);
  const again = scan(await readDocument(redacted.bytes, leak.file));
  expect(flaggedDetail(again), 'the re-scan flags nothing of the detail').toEqual([]);
  expect(partsHolding(parts, [LEAK_OFFICIAL]), 'the official is kept').not.toEqual([]);
}

for (const [format, leaks] of [
  ['Word', DOCX_LEAKS],
  ['Excel', XLSX_LEAKS],
  ['OpenDocument', ODT_LEAKS],
  ['PDF', PDF_LEAKS],
  ['text and web', TEXT_LEAKS],
] as const) {
  describe(`${format} leak files`, () => {
    for (const leak of leaks) it(`${leak.place} (${leak.file})`, () => checkLeak(leak));
  });
}

describe('clean controls naming only officials', () => {
  for (const clean of CLEAN_FILES) {
    it(`${clean.file}: no official is flagged, and a redaction removes none of them`, async () => {
      const { bytes, report } = await readAndScan(clean);
      expect(report.findings.filter((f) => f.disposition === 'flag')).toEqual([]);
      if (!/\.(?:docx|xlsx)$/.test(clean.file)) return;
      const redacted = redactPackage(bytes, planRedaction(report.findings));
      expect(redacted.log.filter((e) => e.action !== 'removed-part')).toEqual([]);
      for (const name of OFFICIAL_NAMES) expect(partsHolding(allParts(redacted.bytes), [name])).not.toEqual([]);
    });
  }
});
