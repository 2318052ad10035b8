// `npm run bench`: a full Clearance scan of a 148 KB, 70-page agenda pack against compromise's own
// nlp(text).people() on the same text, in one process, several runs each; prints medians and the ratio.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { readText } from '../shared/readers/text.ts';
import { scan } from '../shared/engine/scan.ts';

const PACK = new URL('../../shared/seeds/004_4c0f2a3cce079801.txt', import.meta.url);
const RUNS = 7;

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(label: string, run: () => unknown): number {
  run(); // warm-up: module initialisation and JIT are not what a user waits for on the second paper
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  const m = median(times);
  console.log(`${label.padEnd(36)} median ${m.toFixed(1).padStart(8)} ms over ${RUNS} runs`);
  return m;
}

const text = readFileSync(PACK, 'utf8');
console.log(`Agenda pack: ${(text.length / 1024).toFixed(0)} KB of text`);
const clearance = time('Clearance full scan', () => scan(readText(text)));
const compromise = time('compromise nlp(text).people()', () => nlp(text).people().out('array'));
console.log(`ratio (compromise / Clearance): ${(compromise / clearance).toFixed(1)}x faster`);

const adversarial = await import('./adversarial.ts').catch(() => undefined);
if (adversarial?.runAdversarialBench) for (const line of await adversarial.runAdversarialBench()) console.log(line);
