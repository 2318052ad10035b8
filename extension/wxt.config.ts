// WXT builds the extension from entrypoints/; the manifest asks for no host access until the user grants the council's site.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { ICONS } from './lib/icons.ts';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  // Every WXT API is imported by name, so each one can be traced with grep, as in addin/ and shared/.
  imports: false,
  // Manifest V3 everywhere: WXT would otherwise build Firefox as MV2.
  manifestVersion: 3,
  modules: ['@wxt-dev/module-react'],
  zip: {
    artifactTemplate: 'clearance-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'clearance-{{version}}-sources.zip',
    // Firefox reviewers rebuild from sources: the engine in shared/ is part of the extension's code.
    sourcesRoot: fileURLToPath(new URL('..', import.meta.url)),
    includeSources: ['package.json', 'package-lock.json', 'tsconfig.json', 'shared/**', 'extension/**'],
    excludeSources: [
      '**/node_modules/**',
      '**/.output/**',
      '**/.wxt/**',
      'addin/**',
      'dist/**',
      'bin/**',
      'manifest.xml',
      'test/**',
      'bench/**',
      'samples/**',
      'docs/**',
      '.*/**',
      '*.ts',
    ],
  },
  manifest: ({ browser }) => ({
    name: 'Clearance',
    version,
    description:
      'Checks published council papers for details that identify private individuals, and for failed redactions.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // The council's own site, granted from the options page for one-click scanning of its papers.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Drawn for Clearance from scripts/icon.svg by scripts/draw-icons.ts.
    icons: ICONS,
    action: { default_title: 'Scan this page with Clearance', default_icon: ICONS },
    commands: {
      'scan-page': { suggested_key: { default: 'Alt+Shift+L' }, description: 'Scan this page with Clearance' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'clearance@clearance.invalid',
          strict_min_version: '128.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
