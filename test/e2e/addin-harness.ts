// Opens the built task pane (dist/addin) in Debian's Chromium with Office replaced by the in-memory
// Word double holding a fixture report. Shared by the browser test and the screenshot script.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import ts from 'typescript';
import type { FakeSeed } from '../addin/support/fake-word.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist/addin');

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.json': 'application/json',
};

export function requireBuild(): void {
  if (!existsSync(join(DIST, 'taskpane.html'))) {
    throw new Error('dist/addin/taskpane.html is missing: build the task pane first with `npm run build:addin`.');
  }
}

/** A static server for dist/addin on 127.0.0.1 and a free port. */
export async function serveDist(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(DIST, path);
    if (!file.startsWith(DIST) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** The Word double as a classic script that installs window.Office and window.Word over the fixture. */
export function officeDouble(seed: FakeSeed): string {
  const source = readFileSync(join(ROOT, 'test/addin/support/fake-word.ts'), 'utf8');
  const js = ts
    .transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } })
    .outputText.replace(/^export /gm, '');
  return `(() => {\n${js}\nconst doc = new FakeWordDocument(${JSON.stringify(seed)});\nconst globals = fakeOfficeGlobals(doc);\nwindow.Office = globals.Office;\nwindow.Word = globals.Word;\nwindow.__fakeDoc = doc;\n})();`;
}

export interface Pane {
  browser: Browser;
  page: Page;
  server: Server;
  origin: string;
  /** Every URL the page asked for. */
  requests: string[];
  close(): Promise<void>;
}

/** Opens taskpane.html with office.js answered by the double and axe-core served from the same origin. */
export async function openPane(seed: FakeSeed, viewport = { width: 380, height: 900 }): Promise<Pane> {
  requireBuild();
  const { server, origin } = await serveDist();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  const page = await browser.newPage({ viewport });
  const requests: string[] = [];
  page.on('request', (r) => void requests.push(r.url()));
  const double = officeDouble(seed);
  await page.route(`${origin}/office.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: double }));
  await page.route(`${origin}/__axe.js`, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'),
    }),
  );
  await page.goto(`${origin}/taskpane.html`);
  return {
    browser,
    page,
    server,
    origin,
    requests,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
