// The PDF viewer page: viewer.html?tab=<id>&url=<paper>#page=<n>; the paper is fetched through the content script in that tab.
import { createRoot } from 'react-dom/client';
import { PdfViewerApp } from '../../components/PdfViewerApp.tsx';
import { browser } from 'wxt/browser';
import { askTab } from '../../lib/tab-client.ts';
import { isViewerShowMessage } from '../../lib/protocol.ts';
import { loadEngine } from '../../lib/engine.ts';
import { loadPolicy } from '../../lib/policy-store.ts';
import { base64ToBytes } from '../../lib/base64.ts';
import { openPdf } from '../../lib/pdf-render.ts';
import { paperFileName, scanPaper } from '../../lib/scan-document.ts';
import '../../components/panel.css';

const params = new URLSearchParams(location.search);
const tabId = Number(params.get('tab'));
const url = params.get('url') ?? '';
const page = Number(/page=(\d+)/.exec(location.hash)?.[1]) || undefined;

const services = {
  async load() {
    if (!url || !Number.isInteger(tabId)) throw new Error('Open the viewer from the Clearance side panel.');
    const fetched = await askTab(tabId, 'clearance:fetch', { url });
    if (!fetched.ok) throw new Error(fetched.error);
    const bytes = base64ToBytes(fetched.base64);
    const engine = await loadEngine();
    const { policy } = await loadPolicy(engine);
    const [scanned, pdf] = await Promise.all([scanPaper(engine, bytes, url, policy), openPdf(bytes)]);
    document.title = `Clearance: ${paperFileName(url)}`;
    return { title: paperFileName(url), pdf, scanned };
  },
};

createRoot(document.getElementById('root')!).render(<PdfViewerApp services={services} initialPage={page} />);

// The side panel asks before opening another viewer: this one answers for its own paper, turns to the page and comes forward.
browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (response: unknown) => void) => {
  if (!isViewerShowMessage(message) || message.url !== url || message.tabId !== tabId) return undefined;
  if (message.page) {
    history.replaceState(null, '', `#page=${message.page}`);
    document.getElementById(`page-${message.page}`)?.scrollIntoView({ block: 'start' });
  }
  void browser.tabs.getCurrent().then((tab) => {
    if (tab?.id !== undefined) void browser.tabs.update(tab.id, { active: true });
    if (tab?.windowId !== undefined) void browser.windows.update(tab.windowId, { focused: true });
  });
  sendResponse({ shown: true });
  return undefined;
});
