// Builds the task pane into dist/addin (npm run build:addin) and serves it on https://localhost:3000
// with the Office development certificate (npm run dev:addin).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const OFFICE_DIST = resolve(here, '../node_modules/@microsoft/office-js/dist');

/**
 * The Office.js files Word needs: the loader, the Word host scripts, and each locale's strings.
 * Debug builds, other hosts' scripts and the telemetry bundle are left out.
 */
function officeFiles(): string[] {
  const top = readdirSync(OFFICE_DIST).filter(
    (f) =>
      /^(office|o15apptofilemappingtable|es6-promise|office_strings|word-[\w.-]+)\.js$/.test(f) &&
      !f.includes('.debug.'),
  );
  const locales = readdirSync(OFFICE_DIST, { withFileTypes: true })
    .filter(
      (d) =>
        d.isDirectory() &&
        /^[a-z]{2,3}-[a-z0-9]{2,4}$/.test(d.name) &&
        existsSync(join(OFFICE_DIST, d.name, 'office_strings.js')),
    )
    .map((d) => `${d.name}/office_strings.js`);
  return [...top, ...locales];
}

function officeJs(): Plugin {
  let outDir = '';
  return {
    name: 'clearance-office-js',
    configResolved: (config) => void (outDir = config.build.outDir),
    configureServer(server) {
      const files = new Set(officeFiles());
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
        if (!files.has(path)) return next();
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(join(OFFICE_DIST, path)));
      });
    },
    closeBundle() {
      for (const file of officeFiles()) {
        mkdirSync(dirname(join(outDir, file)), { recursive: true });
        copyFileSync(join(OFFICE_DIST, file), join(outDir, file));
      }
    },
  };
}

export default defineConfig(async ({ command }) => ({
  root: here,
  base: './',
  publicDir: 'public',
  plugins: [react(), officeJs()],
  build: {
    outDir: resolve(here, '../dist/addin'),
    emptyOutDir: true,
    rollupOptions: { input: { taskpane: resolve(here, 'taskpane.html'), help: resolve(here, 'help.html') } },
  },
  server: {
    port: 3000,
    strictPort: true,
    // Office requires HTTPS; office-addin-dev-certs installs a locally trusted certificate on first use.
    https: command === 'serve' ? await (await import('office-addin-dev-certs')).getHttpsServerOptions() : undefined,
  },
}));
