// @vitest-environment jsdom
// The manifest as Office reads it: a Word task pane on https://localhost:3000, opened from the Home tab,
// asking for ReadWriteDocument and the minimum requirement set, with every icon present at its size.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { describe, expect, it } from 'vitest';
import { MINIMUM_WORD_API } from '../../addin/src/word/capabilities.ts';

// Paths as strings: under jsdom the global URL is jsdom's, which node:fs does not accept.
const fromHere = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url).href);
const MANIFEST = fromHere('../../manifest.xml');
const ORIGIN = 'https://localhost:3000';
const xml = new DOMParser().parseFromString(readFileSync(MANIFEST, 'utf8'), 'text/xml');
const all = (localName: string): Element[] =>
  [...xml.getElementsByTagName('*')].filter((e) => e.localName === localName);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const assetFor = (url: string): string => fromHere(`../../addin/public${url.slice(ORIGIN.length)}`);

describe('manifest.xml', () => {
  it('is a Word task pane asking to read and write the document', async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Document']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.defaultSettings?.sourceLocation).toBe(`${ORIGIN}/taskpane.html`);
    expect(info.appDomains).toEqual([ORIGIN]);
  });

  it('serves every URL from the development origin over HTTPS', async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
    const urls = [
      info.iconUrl,
      info.highResolutionIconUrl,
      info.supportUrl,
      ...all('Image')
        .concat(all('Url'))
        .filter((e) => e.hasAttribute('DefaultValue'))
        .map((e) => e.getAttribute('DefaultValue')),
    ];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(new RegExp(`^${ORIGIN}/`));
  });

  it('requires the WordApi set the adapter is built on, and no more', () => {
    const sets = all('Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(sets).toEqual([['WordApi', MINIMUM_WORD_API]]);
  });

  it('puts a button on the Home tab that opens the task pane', () => {
    const tab = all('OfficeTab')[0];
    expect(tab?.getAttribute('id')).toBe('TabHome');
    const action = all('Action')[0];
    expect(action?.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type')).toBe('ShowTaskpane');
    const resid = action?.getElementsByTagName('SourceLocation')[0]?.getAttribute('resid');
    const url = all('Url').find((u) => u.getAttribute('id') === resid);
    expect(url?.getAttribute('DefaultValue')).toBe(`${ORIGIN}/taskpane.html`);
  });

  it('points at icons that exist at the sizes Office asks for', async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
    expect(pngSize(assetFor(info.iconUrl!))).toEqual([32, 32]);
    expect(pngSize(assetFor(info.highResolutionIconUrl!))).toEqual([64, 64]);
    const images = new Map(
      all('Image')
        .filter((i) => i.getAttribute('id'))
        .map((i) => [i.getAttribute('id'), i.getAttribute('DefaultValue')!]),
    );
    const used = all('Image').filter((i) => i.getAttribute('resid'));
    expect(used.map((i) => i.getAttribute('size')).sort()).toEqual(['16', '16', '32', '32', '80', '80']);
    for (const image of used) {
      const size = Number(image.getAttribute('size'));
      expect(pngSize(assetFor(images.get(image.getAttribute('resid'))!))).toEqual([size, size]);
    }
    expect(pngSize(fromHere('../../addin/public/assets/icon-128.png'))).toEqual([128, 128]);
  });
});
