// The background's one job on a click, shortcut or menu choice: open the panel while the gesture still counts, then
// inject the content script into that tab under activeTab and tell the panel what to scan.
import { browser, type Browser } from 'wxt/browser';
import { writeScanRequest, type ScanTarget } from './scan-request.ts';

export const CONTENT_SCRIPT = '/content-scripts/content.js';

/** A tab showing a PDF is scanned as a paper; anything else as a page. */
export function targetForTab(tab: Pick<Browser.tabs.Tab, 'url'>): ScanTarget {
  return tab.url && /\.pdf(?:$|[?#])/i.test(tab.url) ? { kind: 'paper', url: tab.url } : { kind: 'page' };
}

/**
 * Must be called synchronously from the event handler: opening the panel needs the user gesture, and
 * Chrome ends the gesture at the first await.
 */
export function startScan(tab: Browser.tabs.Tab, target: ScanTarget = targetForTab(tab)): Promise<void> {
  const tabId = tab.id;
  if (tabId === undefined) return Promise.resolve();
  // The scan does not wait for the panel: a panel already open, none on this browser, or one that never reports
  // itself open (seen in headless Chromium) must not hold it back. The panel reads the request whenever it opens.
  openPanel(tabId).catch(() => undefined);
  return (async () => {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
      await writeScanRequest({ tabId, target, at: Date.now() });
    } catch (error) {
      await writeScanRequest({ tabId, target, at: Date.now(), error: unreadable(error) });
    }
  })();
}

function openPanel(tabId: number): Promise<void> {
  const sidePanel = (browser as { sidePanel?: { open(options: { tabId: number }): Promise<void> } }).sidePanel;
  if (sidePanel) return sidePanel.open({ tabId });
  const sidebarAction = (browser as { sidebarAction?: { open(): Promise<void> } }).sidebarAction; // Firefox
  return sidebarAction ? sidebarAction.open() : Promise.resolve();
}

function unreadable(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `Clearance cannot read this tab (${reason}). Browser pages and extension stores cannot be scanned.`;
}
