#!/usr/bin/env node
// Builds the command line into dist/cli/: main.mjs and the pool's scan-worker.mjs, with shared chunks,
// so no TypeScript is compiled when clearance runs. pdfjs stays outside the bundle and is imported only
// when a PDF is scanned.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'dist/cli');

/**
 * compromise builds its lexicon when its module is evaluated, a fifth of a second and more, yet the engine asks it
 * about a lone forename-like word only in some papers. In the bundle the engine's `import nlp from 'compromise'`
 * gets a stand-in that requires compromise on its first call; esbuild evaluates a required module only then.
 */
const lazyCompromise = {
  name: 'lazy-compromise',
  setup(b) {
    b.onResolve({ filter: /^compromise$/ }, async (args) => {
      if (args.pluginData === 'evaluate now') return undefined;
      if (args.kind !== 'import-statement' || !args.importer.endsWith(join('shared', 'nlp', 'compromise.ts')))
        throw new Error(`compromise is imported from ${args.importer}: only shared/nlp/compromise.ts may import it`);
      return { path: 'compromise', namespace: 'lazy-compromise', pluginData: args.resolveDir };
    });
    b.onResolve({ filter: /^compromise-module$/, namespace: 'lazy-compromise' }, async (args) => {
      const resolved = await b.resolve('compromise', {
        kind: 'import-statement',
        resolveDir: args.resolveDir,
        pluginData: 'evaluate now',
      });
      return { path: resolved.path };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-compromise' }, (args) => ({
      resolveDir: args.pluginData,
      contents: `let nlp;
export default function compromise(...args) {
  nlp ??= require('compromise-module').default;
  return nlp(...args);
}`,
    }));
  },
};

const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'cli/main.ts', 'scan-worker': 'cli/scan-worker.ts' },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // tinypool starts its workers from its own files; pdfjs is loaded only when a PDF is read.
  external: ['pdfjs-dist', 'tinypool'],
  // Some bundled packages are CommonJS and call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  legalComments: 'none',
  minify: true,
  plugins: [lazyCompromise],
  logLevel: 'warning',
  write: false,
});

// Each file is written whole and renamed into place, so a CLI already running never loads half a file.
for (const file of result.outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  const partial = `${file.path}.${process.pid}.partial`;
  writeFileSync(partial, file.contents);
  renameSync(partial, file.path);
}

// Chunks of earlier builds go; their names change with their contents.
const written = new Set(result.outputFiles.map((f) => basename(f.path)));
for (const name of readdirSync(outdir)) if (!written.has(name)) rmSync(join(outdir, name), { force: true });
