// The one typed protocol between the extension's pages and the content script: every message name is written here.
import type { Disposition } from '../../shared/index.ts';
import type { BlockDraftLike, PageInfo } from './page-types.ts';

/** A finding's span in the page, by block index (the order of PageSnapshot.parts) and offsets in that block. */
export interface Mark {
  id: string;
  block: number;
  start: number;
  end: number;
  /** Marked by what the reviewer must do with it: deal with it, decide, or nothing. */
  disposition: Disposition;
}

export interface PageSnapshot {
  url: string;
  title: string;
  contentType: string;
  parts: BlockDraftLike[];
  page: PageInfo;
}

export type FetchResult = { ok: true; base64: string; contentType: string } | { ok: false; error: string };

export interface ContentRequests {
  'clearance:extract': { request: Record<string, never>; response: PageSnapshot };
  'clearance:highlight': {
    request: { marks: Mark[] };
    response: { painted: number; method: 'highlight-api' | 'overlay' };
  };
  'clearance:scroll-to': { request: { id: string }; response: { found: boolean } };
  'clearance:clear': { request: Record<string, never>; response: { cleared: true } };
  'clearance:fetch': { request: { url: string }; response: FetchResult };
}

export type ContentMessageType = keyof ContentRequests;
export type ContentMessage = {
  [K in ContentMessageType]: { type: K } & ContentRequests[K]['request'];
}[ContentMessageType];

export function isContentMessage(value: unknown): value is ContentMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    (value as { type: string }).type.startsWith('clearance:')
  );
}

/** Sent by the side panel to its own viewer pages: the viewer already showing this paper (for this tab) turns to the page. */
export const VIEWER_SHOW = 'clearance:viewer-show';

export interface ViewerShowMessage {
  type: typeof VIEWER_SHOW;
  tabId: number;
  url: string;
  page?: number | undefined;
}

export function isViewerShowMessage(value: unknown): value is ViewerShowMessage {
  const m = value as Partial<ViewerShowMessage> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.type === VIEWER_SHOW &&
    typeof m.url === 'string' &&
    typeof m.tabId === 'number'
  );
}
