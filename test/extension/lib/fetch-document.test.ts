import { describe, expect, it, vi } from 'vitest';
import { fetchSameOriginDocument } from '../../../extension/lib/fetch-document.ts';
import { base64ToBytes } from '../../../extension/lib/base64.ts';

const PAGE = 'https://democracy.marshfield.gov.uk/ieListDocuments.aspx?MId=1';

describe('fetchSameOriginDocument', () => {
  it("fetches a paper on the page's own site and returns its bytes", async () => {
    const bytes = new Uint8Array([37, 80, 68, 70, 45, 0, 255]);
    const fetcher = vi.fn(async () => new Response(bytes, { headers: { 'content-type': 'application/pdf' } }));
    const result = await fetchSameOriginDocument('documents/s1/Report.pdf', PAGE, fetcher);
    expect(fetcher).toHaveBeenCalledWith('https://democracy.marshfield.gov.uk/documents/s1/Report.pdf', {
      credentials: 'include',
    });
    expect(result.ok && [...base64ToBytes(result.base64)]).toEqual([...bytes]);
  });

  it('refuses another site without fetching it', async () => {
    const fetcher = vi.fn();
    const result = await fetchSameOriginDocument('https://tracker.example.com/x.pdf', PAGE, fetcher);
    expect(result).toEqual({
      ok: false,
      error: 'https://tracker.example.com/x.pdf is on another site; open it in its own tab and scan it there',
    });
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('reports an HTTP failure with its status', async () => {
    const result = await fetchSameOriginDocument(
      '/documents/s1/Gone.pdf',
      PAGE,
      async () => new Response('', { status: 404 }),
    );
    expect(result).toEqual({
      ok: false,
      error: 'https://democracy.marshfield.gov.uk/documents/s1/Gone.pdf could not be fetched (HTTP 404)',
    });
  });
});
