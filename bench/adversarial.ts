// Adversarial inputs for `npm run bench`: a million-character line, a 10,000-cell table and deeply
// nested HTML, each read and scanned in its own process with a time limit, so a pattern that
// backtracks badly shows as "did not finish" instead of hanging the bench.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { readDocument } from '../shared/readers/index.ts';
import { ReadError } from '../shared/readers/read-error.ts';
import { scan } from '../shared/engine/scan.ts';

const LIMIT_MS = 120_000;

const PROSE = 'Tyler Brown, aged 9, was seen at 27 Larkspur Close, Coldbrook KD7 3RW by the social worker on 3 March; ';

const CASES: Record<string, { label: string; file: string; build: () => string }> = {
  'long-line': {
    label: 'a 1,000,000-character line of prose',
    file: 'line.txt',
    build: () => PROSE.repeat(Math.ceil(1e6 / PROSE.length)).slice(0, 1e6),
  },
  'long-token': {
    label: 'a 1,000,000-character unbroken token',
    file: 'token.txt',
    build: () => 'QmFzZTY0'.repeat(125_000),
  },
  table: {
    label: 'a 10,000-cell table (1,000 rows x 10)',
    file: 'table.txt',
    build: () =>
      Array.from({ length: 1000 }, (_, row) =>
        Array.from({ length: 10 }, (_, col) => (col === 0 ? `Child ${row} Smith` : String((row * col) % 13))).join(
          '\t',
        ),
      ).join('\n'),
  },
  'nested-html': { label: 'HTML nested 9,990 elements deep', file: 'nested.html', build: () => nestedHtml(4994) },
  'too-deep-html': { label: 'HTML nested 100,002 elements deep', file: 'deeper.html', build: () => nestedHtml(50_000) },
};

function nestedHtml(pairs: number): string {
  return `<html><body>${'<div><span>'.repeat(pairs)}Tyler Brown lives at KD7 3RW${'</span></div>'.repeat(pairs)}</body></html>`;
}

/** One line per case: its size and the time to read and scan it, or why it did not finish. */
export async function runAdversarialBench(): Promise<string[]> {
  const lines = ['', `Adversarial inputs (each in its own process, limit ${LIMIT_MS / 1000} s):`];
  for (const [name, c] of Object.entries(CASES)) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), name], {
      encoding: 'utf8',
      timeout: LIMIT_MS,
    });
    const result = /^RESULT (.*)$/m.exec(child.stdout ?? '')?.[1];
    if (result) lines.push(`  ${c.label.padEnd(42)} ${result}`);
    else if (child.error || child.signal)
      lines.push(`  ${c.label.padEnd(42)} DID NOT FINISH within ${LIMIT_MS / 1000} s`);
    else
      lines.push(
        `  ${c.label.padEnd(42)} FAILED: ${(child.stderr ?? '').split('\n').find((l) => /Error/.test(l)) ?? 'no output'}`,
      );
  }
  return lines;
}

async function runCase(name: string): Promise<void> {
  const c = CASES[name];
  if (!c) throw new Error(`no adversarial case "${name}"`);
  const bytes = new TextEncoder().encode(c.build());
  const t0 = performance.now();
  const doc = await readDocument(bytes, c.file).catch((error: unknown) => {
    if (!(error instanceof ReadError)) throw error;
    console.log(`RESULT refused in ${(performance.now() - t0).toFixed(0)} ms: ${error.message}`);
    return undefined;
  });
  if (!doc) return;
  const t1 = performance.now();
  const report = scan(doc);
  const t2 = performance.now();
  console.log(
    `RESULT read ${(t1 - t0).toFixed(0)} ms, scan ${(t2 - t1).toFixed(0)} ms, ${report.findings.length} findings (${(bytes.length / 1024).toFixed(0)} KB, ${doc.blocks.length} blocks)`,
  );
}

const invoked = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (invoked && process.argv[2]) await runCase(process.argv[2]);
else if (invoked) for (const line of await runAdversarialBench()) console.log(line);
