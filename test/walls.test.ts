// The walls between the rooms hold because lint fails when one is crossed: each wall is tried here with a
// small source file of our own, linted as if it sat in that room, once crossing it and once by the allowed way.
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
let eslint: ESLint;

// Loading the config and the TypeScript parser is the slow part; done once, with room for a loaded machine.
beforeAll(async () => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'eslint.config.js') });
  await eslint.lintText('export {};\n', { filePath: join(ROOT, 'shared/probe.ts') });
}, 120_000);

/**
 * The rules a source file breaks, as if it sat at `path`. A parse error or a file lint ignores is reported
 * too, so an allowed form cannot pass by not being linted at all.
 */
async function broken(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path), warnIgnored: true });
  return result!.messages
    .filter((m) => m.severity === 2 || !m.ruleId)
    .map((m) => m.ruleId ?? `not linted: ${m.message}`);
}

describe('the walls lint enforces', () => {
  it('faces reach the engine only through shared/index.ts', async () => {
    const deep = "import { scan } from '../../../shared/engine/scan.ts';\nexport { scan };\n";
    const front = "import { scan } from '../../../shared/index.ts';\nexport { scan };\n";
    expect(await broken('addin/src/clearance/probe.ts', deep)).toEqual(['@typescript-eslint/no-restricted-imports']);
    expect(await broken('addin/src/clearance/probe.ts', front)).toEqual([]);
    expect(await broken('extension/lib/probe.ts', deep.replace('../../../', '../../'))).toEqual([
      '@typescript-eslint/no-restricted-imports',
    ]);
    expect(await broken('extension/lib/probe.ts', front.replace('../../../', '../../'))).toEqual([]);
    expect(
      await broken(
        'cli/probe.ts',
        "import type { Finding } from '../shared/model/finding.ts';\nexport type { Finding };\n",
      ),
    ).toEqual(['@typescript-eslint/no-restricted-imports']);
    expect(
      await broken('cli/probe.ts', "import type { Finding } from '../shared/index.ts';\nexport type { Finding };\n"),
    ).toEqual([]);
  });

  it('a face loading the engine lazily is held to the same front door', async () => {
    expect(
      await broken('extension/lib/probe.ts', "export const load = () => import('../../shared/readers/pdf.ts');\n"),
    ).toEqual(['no-restricted-syntax']);
    expect(
      await broken('extension/lib/probe.ts', "export const load = () => import('../../shared/index.ts');\n"),
    ).toEqual([]);
  });

  it('Node built-ins are imported only by the CLI, bench, scripts and tests', async () => {
    const nodeFs = "import { readFileSync } from 'node:fs';\nexport { readFileSync };\n";
    const bareFs = "import { readFileSync } from 'fs';\nexport { readFileSync };\n";
    const workers = "import { Worker } from 'worker_threads';\nexport { Worker };\n";
    for (const path of [
      'shared/readers/probe.ts',
      'addin/src/word/probe.ts',
      'extension/entrypoints/probe.ts',
      'addin/src/app/Probe.tsx',
    ]) {
      expect(await broken(path, nodeFs), path).toEqual(['@typescript-eslint/no-restricted-imports']);
      expect(await broken(path, bareFs), path).toEqual(['@typescript-eslint/no-restricted-imports']);
      expect(await broken(path, workers), path).toEqual(['@typescript-eslint/no-restricted-imports']);
    }
    expect(await broken('shared/readers/probe.ts', "export const load = () => import('node:zlib');\n")).toEqual([
      'no-restricted-syntax',
    ]);
    for (const path of ['cli/probe.ts', 'bench/probe.ts', 'scripts/probe.ts', 'test/shared/probe.test.ts']) {
      expect(await broken(path, nodeFs), path).toEqual([]);
    }
  });

  it('only shared/nlp/compromise.ts imports compromise', async () => {
    const code = "import nlp from 'compromise';\nexport default nlp;\n";
    expect(await broken('shared/nlp/compromise.ts', code)).toEqual([]);
    for (const path of ['shared/people/probe.ts', 'shared/nlp/probe.ts', 'extension/lib/probe.ts', 'cli/probe.ts']) {
      expect(await broken(path, code), path).toEqual(['@typescript-eslint/no-restricted-imports']);
    }
  });

  it('the engine never imports a face, and a face never imports another', async () => {
    expect(
      await broken('shared/engine/probe.ts', "import { main } from '../../cli/main.ts';\nexport { main };\n"),
    ).toEqual(['@typescript-eslint/no-restricted-imports']);
    expect(
      await broken(
        'extension/lib/probe.ts',
        "import { readiness } from '../../addin/src/clearance/readiness.ts';\nexport { readiness };\n",
      ),
    ).toEqual(['@typescript-eslint/no-restricted-imports']);
  });

  it('pane components never call Word: they use the adapter they are handed, importing only its types', async () => {
    const component = (body: string): string => `export function Probe(): null {\n  ${body}\n  return null;\n}\n`;
    expect(await broken('addin/src/app/Probe.tsx', component('void Word.run(async () => undefined);'))).toContain(
      'no-restricted-syntax',
    );
    expect(await broken('addin/src/app/Probe.tsx', component('void Office.context.document;'))).toContain(
      'no-restricted-syntax',
    );
    expect(
      await broken('addin/src/app/Probe.tsx', "import { goTo } from '../word/go-to.ts';\nexport { goTo };\n"),
    ).toEqual(['@typescript-eslint/no-restricted-imports']);
    expect(
      await broken(
        'addin/src/app/Probe.tsx',
        "import { documentDecisionStore } from '../office/decision-store.ts';\nexport { documentDecisionStore };\n",
      ),
    ).toEqual(['@typescript-eslint/no-restricted-imports']);
    expect(
      await broken(
        'addin/src/app/Probe.tsx',
        "import type { ClauseText } from '../word/insert-clause.ts';\nexport type { ClauseText };\n",
      ),
    ).toEqual([]);
    expect(
      await broken('addin/src/app/Probe.tsx', component('void actions;').replace('()', '(actions: unknown)')),
    ).toEqual([]);
    // The pane's own logic is held to the same wall.
    expect(
      await broken('addin/src/clearance/probe.ts', 'export const ready = () => Office.context.document.settings;\n'),
    ).toContain('no-restricted-syntax');
    // Outside the pane, the Word adapter itself calls Word.
    expect(
      await broken('addin/src/word/probe.ts', 'export const run = () => Word.run(async () => undefined);\n'),
    ).toEqual([]);
  });

  it('context.sync() inside a loop fails; once after the loop passes', async () => {
    const looped = [
      'export async function probe(context: Word.RequestContext, words: string[]): Promise<void> {',
      '  for (const word of words) {',
      '    context.document.body.search(word).load("items");',
      '    await context.sync();',
      '  }',
      '}',
      '',
    ].join('\n');
    const batched = looped.replace('    await context.sync();\n  }', '  }\n  await context.sync();');
    expect(await broken('addin/src/word/probe.ts', looped)).toEqual(['office-addins/no-context-sync-in-loop']);
    expect(await broken('addin/src/word/probe.ts', batched)).toEqual([]);
  });
});
