// Everything the side panel needs from the browser, in one object so the panel can be tested with fakes.
import { browser } from 'wxt/browser';
import { askTab } from './tab-client.ts';
import { loadEngine, type Engine } from './engine.ts';
import { loadPolicy } from './policy-store.ts';
import { onScanRequest, readScanRequest, type ScanRequest } from './scan-request.ts';
import type { Policy } from '../../shared/index.ts';
import { VIEWER_SHOW, type ViewerShowMessage } from './protocol.ts';

export interface PanelServices {
  readRequest(): Promise<ScanRequest | undefined>;
  onRequest(listener: (request: ScanRequest) => void): () => void;
  askTab: typeof askTab;
  loadEngine(): Promise<Engine>;
  loadPolicy(engine: Engine): Promise<{ policy: Policy; errors: string[] }>;
  openViewer(tabId: number, url: string, page?: number): void;
  download(fileName: string, text: string, type: string): void;
}

export function viewerUrl(base: string, tabId: number, url: string, page?: number): string {
  const query = new URLSearchParams({ tab: String(tabId), url });
  return `${base}?${query.toString()}${page ? `#page=${page}` : ''}`;
}

export const browserPanelServices: PanelServices = {
  readRequest: readScanRequest,
  onRequest: onScanRequest,
  askTab,
  loadEngine,
  loadPolicy,
  openViewer(tabId, url, page) {
    // One viewer per paper: the one already open turns to the page (it has the paper, so nothing is fetched again);
    // a new tab only when none answers.
    const message: ViewerShowMessage = { type: VIEWER_SHOW, tabId, url, page };
    void (browser.runtime.sendMessage(message) as Promise<unknown>)
      .catch(() => undefined)
      .then((answer) => {
        if ((answer as { shown?: boolean } | undefined)?.shown) return;
        return browser.tabs.create({ url: viewerUrl(browser.runtime.getURL('/viewer.html'), tabId, url, page) });
      });
  },
  download(fileName, text, type) {
    const href = URL.createObjectURL(new Blob([text], { type }));
    const anchor = Object.assign(document.createElement('a'), { href, download: fileName });
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
  },
};
