// Sends one typed request to the content script in a tab and returns its typed answer.
import { browser } from 'wxt/browser';
import type { ContentMessage, ContentMessageType, ContentRequests } from './protocol.ts';

export async function askTab<K extends ContentMessageType>(
  tabId: number,
  type: K,
  request: ContentRequests[K]['request'],
): Promise<ContentRequests[K]['response']> {
  const response: unknown = await browser.tabs.sendMessage(tabId, { type, ...request } as ContentMessage);
  if (response === undefined) throw new Error('the page did not answer; reload it and scan again');
  if (typeof response === 'object' && response !== null && 'error' in response)
    throw new Error(String((response as { error: unknown }).error));
  return response as ContentRequests[K]['response'];
}
