// Fetches the one document the user asked to scan, from the page's own site only: the content script is never a general fetcher.
import { bytesToBase64 } from './base64.ts';
import type { FetchResult } from './protocol.ts';

/** Above this the engine refuses anyway (shared/readers LIMITS), so do not carry it across. */
const MAX_BYTES = 50 * 1024 * 1024;

export async function fetchSameOriginDocument(
  url: string,
  pageUrl: string,
  fetcher: typeof fetch = fetch,
): Promise<FetchResult> {
  let target: URL;
  try {
    target = new URL(url, pageUrl);
  } catch {
    return { ok: false, error: `"${url}" is not a web address` };
  }
  if (target.origin !== new URL(pageUrl).origin) {
    return { ok: false, error: `${target.href} is on another site; open it in its own tab and scan it there` };
  }
  try {
    const response = await fetcher(target.href, { credentials: 'include' });
    if (!response.ok) return { ok: false, error: `${target.href} could not be fetched (HTTP ${response.status})` };
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_BYTES)
      return { ok: false, error: `${target.href} is larger than 50 MB, the most Clearance will read` };
    return { ok: true, base64: bytesToBase64(bytes), contentType: response.headers.get('content-type') ?? '' };
  } catch (error) {
    return { ok: false, error: `${target.href} could not be fetched (${(error as Error).message})` };
  }
}
