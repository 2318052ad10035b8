// The extension asks for the narrowest permissions that work, and this pins them: a new permission is a
// decision to make in review, never a side effect of a build. Read from extension/wxt.config.ts itself, so the test
// needs no build; WXT adds only `sidePanel` (for entrypoints/sidepanel) and the entrypoints' own keys, which the
// browser test checks against the built manifest.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../extension/wxt.config.ts';
import contentScript from '../../extension/entrypoints/content.ts';

type Manifest = Record<string, unknown>;

function manifestFor(browser: 'chrome' | 'firefox'): Manifest {
  const manifest = config.manifest;
  if (typeof manifest !== 'function')
    throw new Error('extension/wxt.config.ts: manifest is expected to be a function of the target browser');
  return manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' } as Parameters<
    typeof manifest
  >[0]) as Manifest;
}

describe.each(['chrome', 'firefox'] as const)('the extension manifest for %s', (browser) => {
  it('asks only for what scanning on request needs', () => {
    const m = manifestFor(browser);
    expect([...(m.permissions as string[])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(m.host_permissions).toBeUndefined();
  });

  it('offers host access only as an optional permission the council grants for its own web domain', () => {
    expect(manifestFor(browser).optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it('opens nothing to pages and loads no remote code', () => {
    const m = manifestFor(browser);
    expect(m.content_scripts).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(JSON.stringify(m.content_security_policy ?? {})).not.toMatch(/unsafe-eval|https?:/);
  });
});

describe('the icons', () => {
  it('lists a drawn PNG of the right size for the toolbar, the extensions page and the store', () => {
    const m = manifestFor('chrome') as {
      icons: Record<string, string>;
      action: { default_icon: Record<string, string> };
    };
    expect(
      Object.keys(m.icons)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([16, 32, 48, 128]);
    expect(m.action.default_icon).toEqual(m.icons);
    for (const [size, file] of Object.entries(m.icons)) {
      const png = readFileSync(new URL(`../../extension/public${file}`, import.meta.url));
      expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
      // IHDR: width and height, big-endian, at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([Number(size), Number(size)]);
    }
  });
});

describe('the content script', () => {
  it('is registered at runtime, on a click, and matches no page by itself', () => {
    expect(contentScript.registration).toBe('runtime');
    expect(contentScript.matches).toEqual([]);
  });
});
