// The extension asks for the narrowest permissions that work, and this pins them: a new permission is a
// decision to make in review, never a side effect of a build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MANIFEST = join(import.meta.dirname, '../../extension/.output/chrome-mv3/manifest.json');

function builtManifest(): Record<string, unknown> {
  if (!existsSync(MANIFEST)) throw new Error(`${MANIFEST} is missing: build the extension first with \`npm run build:extension\``);
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, unknown>;
}

describe('the extension manifest', () => {
  it('asks only for what scanning on request needs', () => {
    const m = builtManifest();
    expect([...(m.permissions as string[])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage']);
    expect(m.host_permissions).toBeUndefined();
  });

  it('offers host access only as an optional permission the council grants for its own web domain', () => {
    expect(builtManifest().optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it('injects nothing into pages by itself and loads no remote code', () => {
    const m = builtManifest();
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(JSON.stringify(m.content_security_policy ?? {})).not.toMatch(/unsafe-eval|https?:/);
  });
});
