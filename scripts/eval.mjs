// The eval loop: scores the CLI on both labelled corpora beside the repo, prints each scorer's lists of
// misses and false positives, then the figures side by side.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const CORPORA = ['dev', 'real-dev'];
const root = join(import.meta.dirname, '..');
const scorer = join(root, '../shared/corpus/score.mjs');
if (!existsSync(scorer)) {
  console.error(`eval: ${scorer} is missing: the labelled corpora live in ../shared beside the repository`);
  process.exit(2);
}

const figures = {};
for (const corpus of CORPORA) {
  const run = spawnSync(
    'node',
    [
      scorer,
      join(root, '../shared/corpus', corpus),
      '--',
      'node',
      join(root, 'bin/clearance.mjs'),
      'scan',
      '--json',
      '--exit-zero',
    ],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  if (run.status !== 0) {
    console.error(`eval: scoring ${corpus} failed\n${run.stderr}`);
    process.exit(1);
  }
  // The scorer's summary is "name: value" lines, values numbers or JSON.
  figures[corpus] = Object.fromEntries(
    [...run.stdout.matchAll(/^(\w+): (.+)$/gm)].map(([, name, value]) => [
      name,
      value.startsWith('{') ? JSON.parse(value) : Number(value),
    ]),
  );
  console.log(`\n== ${corpus}\n${run.stdout.trimEnd()}`);
}

const ROWS = [
  'recall',
  'precision',
  'f1',
  'typeAccuracy',
  'recallWithReview',
  'reviewItems',
  'reviewPerDoc',
  'falsePositives',
  'publicRoleErrors',
  'safeSpans',
  'sectionAccuracy',
  'exemptExact',
  'exemptJaccard',
];
const cell = (v) =>
  (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : String(v ?? '')).padStart(10);
console.log(`\n${'figure'.padEnd(20)}${CORPORA.map((c) => c.padStart(10)).join('')}`);
for (const row of ROWS) console.log(`${row.padEnd(20)}${CORPORA.map((c) => cell(figures[c][row])).join('')}`);
console.log(
  `${'officials flagged'.padEnd(20)}${CORPORA.map((c) => cell(`${((100 * figures[c].publicRoleErrors) / figures[c].safeSpans).toFixed(1)}%`)).join('')}`,
);
const types = [...new Set(CORPORA.flatMap((c) => Object.keys(figures[c].recallByType ?? {})))].sort();
console.log('\nrecall by type');
for (const t of types)
  console.log(`  ${t.padEnd(18)}${CORPORA.map((c) => cell(figures[c].recallByType?.[t] ?? '–')).join('')}`);
