// npm run check:regex: asks recheck about every engine regex not yet in the verdict cache (--all: every one),
// with a long time limit, writes the decided verdicts to test/shared/regex-verdicts.json (dropping patterns the
// engine no longer has), and exits 1 when a pattern is undecided or backtracks where its input is unbounded.
// npm test then reads the cache, so it needs recheck only for patterns written since.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  collectPatterns,
  describePattern,
  patternHash,
  readVerdicts,
  recheck,
  refusal,
  ROOT,
  VERDICTS_FILE,
  type Pattern,
  type VerdictCache,
} from './regex-patterns.ts';

const TIMEOUT_MS = 60_000;
const all = process.argv.includes('--all');

const { patterns, places, unexercised } = await collectPatterns();
const cache = readVerdicts();
const next: VerdictCache = {
  note: "recheck verdicts on the engine's regular expressions, keyed by a hash of pattern and flags. Written by npm run check:regex; read by test/shared/regex-safety.test.ts.",
  verdicts: {},
};
const queue = patterns.filter((p) => all || !cache.verdicts[patternHash(p)]);
const problems: string[] = unexercised.map((site) => `${site}: new RegExp( neither run by the samples nor reviewed`);
console.log(
  `${patterns.length} patterns with a quantifier; checking ${queue.length} with recheck (${TIMEOUT_MS / 1000} s each)`,
);

const fresh = new Map<string, Awaited<ReturnType<typeof recheck>>>();
// Two workers: the machine this runs on may have two cores.
const worker = async (): Promise<void> => {
  for (let p: Pattern | undefined = queue.shift(); p; p = queue.shift())
    fresh.set(patternHash(p), await recheck(p, TIMEOUT_MS));
};
await Promise.all([worker(), worker()]);

for (const p of patterns) {
  const key = patternHash(p);
  const where = places.get(key) ?? [p.where];
  const verdict = fresh.get(key) ?? cache.verdicts[key];
  if (!verdict || verdict.status === 'unknown') {
    problems.push(
      `${describePattern(p, where)}: recheck could not decide (${verdict && 'reason' in verdict ? verdict.reason : 'no verdict'})`,
    );
    continue;
  }
  const { status, complexity, attack } = verdict;
  next.verdicts[key] = {
    pattern: p.source.slice(0, 120),
    status,
    complexity,
    ...(attack ? { attack: attack.slice(0, 120) } : {}),
  };
  const why = refusal(p, verdict, where);
  if (why) problems.push(`${describePattern(p, where)}: ${why}; attack: ${attack ?? ''}`);
}

writeFileSync(VERDICTS_FILE, `${JSON.stringify(next, null, 2)}\n`);
console.log(`${Object.keys(next.verdicts).length} verdicts written to ${relative(ROOT, VERDICTS_FILE)}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
// recheck keeps its checker process alive; the work is done.
process.exit(0);
