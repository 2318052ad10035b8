// What the user asked to scan, handed from the background to the side panel through session storage, which
// outlives either page and so survives the panel opening before or after the request is written.
import { browser } from 'wxt/browser';

export type ScanTarget = { kind: 'page' } | { kind: 'paper'; url: string };

export interface ScanRequest {
  tabId: number;
  target: ScanTarget;
  /** Distinguishes two requests for the same page, so the panel scans again. */
  at: number;
  /** Why the page could not be read (a browser page, the web store), when injection failed. */
  error?: string;
}

export const SCAN_REQUEST_KEY = 'clearance:scan-request';

export async function writeScanRequest(request: ScanRequest): Promise<void> {
  await browser.storage.session.set({ [SCAN_REQUEST_KEY]: request });
}

export async function readScanRequest(): Promise<ScanRequest | undefined> {
  const stored = await browser.storage.session.get(SCAN_REQUEST_KEY);
  return asScanRequest(stored[SCAN_REQUEST_KEY]);
}

export function onScanRequest(listener: (request: ScanRequest) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const request = area === 'session' ? asScanRequest(changes[SCAN_REQUEST_KEY]?.newValue) : undefined;
    if (request) listener(request);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

function asScanRequest(value: unknown): ScanRequest | undefined {
  const candidate = value as Partial<ScanRequest> | undefined;
  return typeof candidate?.tabId === 'number' && typeof candidate.at === 'number' && candidate.target
    ? (candidate as ScanRequest)
    : undefined;
}
