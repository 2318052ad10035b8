// Injected into the page only when the user asks for a scan: reads the page's text and paints findings; the engine runs in the side panel.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { extractBlocks, type Segment } from '../lib/extract-blocks.ts';
import { PageHighlighter } from '../lib/highlight.ts';
import { describePage } from '../lib/moderngov.ts';
import { fetchSameOriginDocument } from '../lib/fetch-document.ts';
import { isContentMessage, type ContentMessage, type PageSnapshot } from '../lib/protocol.ts';

const LOADED = Symbol.for('clearance.content-script');

export default defineContentScript({
  registration: 'runtime', // injected on a click under activeTab, so the manifest asks for no hosts
  matches: [],
  main() {
    const scope = globalThis as { [LOADED]?: true };
    if (scope[LOADED]) return; // injected again on a second click: one set of listeners is enough
    scope[LOADED] = true;

    let segments: Segment[][] = [];
    const highlighter = new PageHighlighter(document, () => segments);

    const handle = async (message: ContentMessage): Promise<unknown> => {
      switch (message.type) {
        case 'clearance:extract': {
          const extracted = extractBlocks(document);
          segments = extracted.segments;
          const snapshot: PageSnapshot = {
            url: location.href,
            title: document.title,
            contentType: document.contentType,
            parts: extracted.parts,
            page: describePage(document, location.href),
          };
          return snapshot;
        }
        case 'clearance:highlight':
          return highlighter.paint(message.marks);
        case 'clearance:scroll-to':
          return { found: highlighter.focus(message.id) };
        case 'clearance:clear':
          highlighter.clear();
          return { cleared: true };
        case 'clearance:fetch':
          return fetchSameOriginDocument(message.url, location.href);
      }
    };

    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (response: unknown) => void) => {
      if (!isContentMessage(message)) return undefined;
      handle(message).then(sendResponse, (error: unknown) => sendResponse({ error: (error as Error).message }));
      return true; // the answer is sent asynchronously
    });
  },
});
