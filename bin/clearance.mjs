#!/usr/bin/env node
// Runs the prebuilt command line in dist/cli (npm install builds it through the "prepare" script), so
// no TypeScript is compiled when a paper is scanned.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/main.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write(
    `clearance: the command line is not built (${bundle.pathname} is missing): run npm install, or npm run build:cli, in ${new URL('..', import.meta.url).pathname}\n`,
  );
  process.exit(4);
}
const { runCli } = await import(bundle.href);
await runCli(process.argv.slice(2));
