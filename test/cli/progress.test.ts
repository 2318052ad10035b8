// The progress bar: drawn on a terminal, silent otherwise, never on stdout; and the closing summary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Progress } from '../../cli/progress.ts';
import { RunTotals, tallyOf } from '../../cli/verdict.ts';
import type { FileOutcome } from '../../cli/scan-file.ts';
import { ensureBundle, run } from './run-cli.ts';

/** A terminal that records what is drawn on it, with a clock the test moves. */
function fakeTerminal(isTTY: boolean): {
  stream: { isTTY: boolean; columns: number; write: (s: string) => boolean };
  written: string[];
} {
  const written: string[] = [];
  return {
    stream: {
      isTTY,
      columns: 100,
      write: (s: string) => {
        written.push(s);
        return true;
      },
    },
    written,
  };
}

describe('the progress bar', () => {
  it('shows files done of the total, the rate and the time left on a terminal', () => {
    const { stream, written } = fakeTerminal(true);
    let t = 0;
    const progress = new Progress(stream, 4, () => t);
    t = 1000;
    progress.tick();
    expect(written.at(-1)).toBe(
      '\r\x1b[K[##########..............................] 1/4 files  1.0 files/s  about 3 s left',
    );
    t = 1050;
    progress.tick();
    expect(written).toHaveLength(1);
    t = 2000;
    progress.tick();
    expect(written.at(-1)).toMatch(/\] 3\/4 files {2}1\.5 files\/s {2}about 1 s left$/);
    progress.clear();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('draws nothing when stderr is not a terminal', () => {
    const { stream, written } = fakeTerminal(false);
    const progress = new Progress(stream, 3, () => 0);
    progress.tick();
    progress.clear();
    expect(written).toEqual([]);
  });

  describe('in a scan', () => {
    let dir: string;
    beforeAll(() => {
      ensureBundle();
      dir = mkdtempSync(join(tmpdir(), 'clearance-progress-'));
      for (const n of ['a', 'b', 'c'])
        writeFileSync(
          join(dir, `${n}.txt`),
          `Minutes of the Highways Committee ${n}\n\nPresent: Councillor Ann Smith\n`,
        );
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('draws on the terminal stream and keeps stdout to results', async () => {
      const { stream, written } = fakeTerminal(true);
      const { out } = await run(['scan', '--json', '--jobs', '1', dir], { progress: stream });
      expect(written.join('')).toMatch(/3\/3 files/);
      expect(written.at(-1)).toBe('\r\x1b[K');
      expect(out).toHaveLength(3);
      for (const line of out) expect(/files\/s/.test(line) || line.includes('\u001b')).toBe(false);
    }, 60_000);

    it('stays silent when stderr is not a terminal', async () => {
      const { stream, written } = fakeTerminal(false);
      await run(['scan', '--json', '--jobs', '1', dir], { progress: stream });
      expect(written).toEqual([]);
    }, 60_000);
  });
});

describe('the summary', () => {
  const report = (over: Partial<NonNullable<FileOutcome['report']>>): FileOutcome['report'] => ({
    findings: [],
    documentKind: 'minutes',
    coverage: { read: ['body'], notRead: [] },
    sections: {} as never,
    exemptParagraphs: [],
    exempt: {
      jurisdiction: 'england',
      jurisdictionReason: '',
      classification: 'unknown',
      declaredParagraphs: [],
      suggested: [],
      issues: [],
    },
    warnings: [],
    ...over,
  });
  const finding = (disposition: 'flag' | 'review' | 'public') => ({ disposition }) as never;

  it('gives files scanned, files to deal with, items for review, files with unread parts, failures and the time', () => {
    const totals = new RunTotals(['flag', 'section']);
    totals.add(
      tallyOf({ file: 'a', report: report({ findings: [finding('flag'), finding('review'), finding('review')] }) }),
    );
    totals.add(
      tallyOf({
        file: 'b',
        report: report({
          coverage: {
            read: ['body'],
            notRead: [{ part: 'word/embeddings/oleObject1.bin', reason: 'an embedded file' }],
          },
        }),
      }),
    );
    totals.add(tallyOf({ file: 'c', error: 'the file is empty' }));
    expect(totals.summary(2345)).toEqual([
      '3 files in 2.3 s: 2 scanned, 1 could not be scanned',
      '  1 file with something to deal with',
      '  2 items for your decision in 1 file (not counted towards the exit status: add --fail-on review to count them)',
      '  1 file with parts not read',
      '  1 failure',
    ]);
    expect(totals.exitStatus(false)).toBe(3);
    expect(totals.exitStatus(true)).toBe(1);
  });

  it('gives 3 for a part not read even when everything read is clear', () => {
    const totals = new RunTotals(['flag', 'section']);
    totals.add(
      tallyOf({
        file: 'b',
        report: report({
          coverage: { read: ['body'], notRead: [{ part: 'page 4 image', reason: 'an image with no text layer' }] },
        }),
      }),
    );
    expect(totals.exitStatus(false)).toBe(3);
    expect(totals.exitStatus(true)).toBe(0);
  });
});
