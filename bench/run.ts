// `npm run bench`: a full Clearance scan of a 148 KB, 70-page agenda pack against compromise's own
// nlp(text).people() on the same text, in one process, several runs each; prints medians and the ratio.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { readText } from '../shared/readers/text.ts';
import { scan } from '../shared/engine/scan.ts';

const PACK = new URL('../../shared/seeds/004_4c0f2a3cce079801.txt', import.meta.url);
const RUNS = 21;
// compromise takes over a second a run: fewer runs give as steady a median.
const COMPROMISE_RUNS = 7;

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeOnce(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

const text = readFileSync(PACK, 'utf8');
const clearanceScan = () => scan(readText(text));
const compromisePeople = () => nlp(text).people().out('array');
// Warm both up first (module initialisation and JIT are not what a user waits for on the second paper). Each is
// then timed in a run of its own: alternated in one heap, each Clearance scan paid for the hundreds of megabytes
// compromise had just allocated (about a fifth more time), which is not what a user scanning a paper waits for.
clearanceScan();
compromisePeople();
const clearanceTimes = Array.from({ length: RUNS }, () => timeOnce(clearanceScan));
const compromiseTimes = Array.from({ length: COMPROMISE_RUNS }, () => timeOnce(compromisePeople));
const clearance = median(clearanceTimes);
const compromise = median(compromiseTimes);
console.log(
  `Agenda pack: ${(text.length / 1024).toFixed(0)} KB of text, ${RUNS} Clearance runs, ${COMPROMISE_RUNS} compromise runs`,
);
console.log(`${'Clearance full scan'.padEnd(36)} median ${clearance.toFixed(1).padStart(8)} ms`);
console.log(`${'compromise nlp(text).people()'.padEnd(36)} median ${compromise.toFixed(1).padStart(8)} ms`);
console.log(`ratio (compromise / Clearance): ${(compromise / clearance).toFixed(1)}x faster`);
console.log(`load average (1 min): ${loadavg()[0]!.toFixed(1)} after`);

const adversarial = await import('./adversarial.ts').catch(() => undefined);
if (adversarial?.runAdversarialBench) for (const line of await adversarial.runAdversarialBench()) console.log(line);

const cli = await import('./cli.ts');
for (const line of await cli.runCliBench()) console.log(line);
