// The built extension in Debian's chromium, for the extension's browser tests: a fixture site on 127.0.0.1, a fresh
// profile, the real toolbar button pressed through CDP, and every request recorded so a test can prove none left.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';

export const EXTENSION = path.resolve('extension/.output/chrome-mv3');

export interface FixtureFile {
  type: string;
  body: Uint8Array | string;
  status?: number;
}

/** What the background stores for the panel: the tab to scan and when the click asked. */
export interface StoredScanRequest {
  tabId: number;
  at: number;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  origin: string;
  extensionId: string;
  requests: string[];
  /**
   * Clicks the toolbar button for a tab, as a user would: activeTab is granted and action.onClicked fires. Resolves
   * with the scan request the click makes, once the background has stored it; a click headless chromium drops (seen
   * about once in ten runs, with nothing stored) is pressed again, at most three times in all.
   */
  clickToolbarButton(page: Page): Promise<StoredScanRequest>;
  /** The side panel; headless chromium may not open it as a target, so the panel page is opened in a tab. */
  sidePanel(): Promise<Page>;
  /** Whether the last sidePanel() was the browser's real side panel, or the panel page in a tab. */
  panelIsTab: boolean;
  /** Requests to anywhere but this machine and the extension itself. */
  offMachine(): string[];
  close(): Promise<void>;
}

export async function launchExtension(
  files: Map<string, FixtureFile>,
  viewport = { width: 1000, height: 800 },
): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(EXTENSION, 'manifest.json'))) {
    throw new Error(`The built extension is missing at ${EXTENSION}: run "npm run build:extension" before this test.`);
  }
  const server: Server = createServer((request, response) => {
    const file = files.get(request.url ?? '');
    if (!file) return void response.writeHead(404).end('not found');
    response.writeHead(file.status ?? 200, { 'content-type': file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(path.join(tmpdir(), 'clearance-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: false, // the new headless mode is asked for below; the old one cannot load extensions
    viewport,
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      // Lets the test press the toolbar button through CDP (Extensions.triggerAction).
      '--enable-unsafe-extension-debugging',
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  /** The scan request the background stores at or after `since`, if it stores one within ten seconds. */
  async function requestStoredSince(since: number): Promise<StoredScanRequest | undefined> {
    const stored = () =>
      worker
        .evaluate(async () => {
          const { chrome } = globalThis as unknown as {
            chrome: {
              storage: { session: { get(key: string): Promise<Record<string, StoredScanRequest | undefined>> } };
            };
          };
          return (await chrome.storage.session.get('clearance:scan-request'))['clearance:scan-request'];
        })
        .catch(() => undefined);
    for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
      const request = await stored();
      if (request && request.at >= since) return request;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return undefined;
  }

  const handle: ExtensionBrowser = {
    panelIsTab: false,
    context,
    origin,
    extensionId,
    requests,
    async clickToolbarButton(page) {
      const browser = context.browser();
      if (!browser) throw new Error('no browser handle for the CDP session');
      const clickedAt = Date.now();
      for (let press = 0; press < 3; press++) {
        const cdp = await browser.newBrowserCDPSession();
        const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
        const tab = targetInfos.find((t) => t.url === page.url());
        if (!tab) throw new Error(`no tab target for ${page.url()}`);
        await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
        await cdp.detach();
        const request = await requestStoredSince(clickedAt);
        if (request) return request;
      }
      throw new Error('three presses of the toolbar button stored no scan request');
    },
    async sidePanel() {
      const url = `chrome-extension://${extensionId}/sidepanel.html`;
      const opened = context.pages().find((p) => p.url() === url);
      handle.panelIsTab = !opened;
      if (opened) return opened;
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    offMachine: () =>
      requests.filter((url) => !/^(?:http:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:)/.test(url)),
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return handle;
}
