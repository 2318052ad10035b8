// `npm run bench`: a full Clearance scan of a 148 KB, 70-page agenda pack against compromise's own
// nlp(text).people() on the same text, in one process, several runs each; prints medians and the ratio.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { readText } from '../shared/readers/text.ts';
import { scan } from '../shared/engine/scan.ts';

const PACK = new URL('../../shared/seeds/004_4c0f2a3cce079801.txt', import.meta.url);
const RUNS = 11;

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
// Warm both up first (module initialisation and JIT are not what a user waits for on the second paper), then
// alternate them, so a busy moment on the machine falls on both sides alike and the ratio stays fair.
clearanceScan();
compromisePeople();
const clearanceTimes: number[] = [];
const compromiseTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  clearanceTimes.push(timeOnce(clearanceScan));
  compromiseTimes.push(timeOnce(compromisePeople));
}
const clearance = median(clearanceTimes);
const compromise = median(compromiseTimes);
console.log(`Agenda pack: ${(text.length / 1024).toFixed(0)} KB of text, ${RUNS} alternating runs each`);
console.log(`${'Clearance full scan'.padEnd(36)} median ${clearance.toFixed(1).padStart(8)} ms`);
console.log(`${'compromise nlp(text).people()'.padEnd(36)} median ${compromise.toFixed(1).padStart(8)} ms`);
console.log(`ratio (compromise / Clearance): ${(compromise / clearance).toFixed(1)}x faster`);

const adversarial = await import('./adversarial.ts').catch(() => undefined);
if (adversarial?.runAdversarialBench) for (const line of await adversarial.runAdversarialBench()) console.log(line);

const cli = await import('./cli.ts');
for (const line of cli.runCliBench()) console.log(line);
