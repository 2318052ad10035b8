// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { extractBlocks } from '../../../extension/lib/extract-blocks.ts';
import { PageHighlighter } from '../../../extension/lib/highlight.ts';

/** jsdom has no CSS Custom Highlight API; this stands in for the browser's registry. */
class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

describe('PageHighlighter', () => {
  afterEach(() => {
    delete (window as { Highlight?: unknown }).Highlight;
    delete (window.CSS as { highlights?: unknown }).highlights;
  });

  const setUp = () => {
    document.body.innerHTML = '<p>The carer, <b>Mrs Rose Okafor</b>, lives at 14 Elm Road.</p>';
    const page = extractBlocks(document);
    return new PageHighlighter(document, () => page.segments);
  };

  it('registers one highlight per disposition with the Highlight API, leaving the page text as it was', () => {
    const registry = new Map<string, FakeHighlight>();
    Object.assign(window, { Highlight: FakeHighlight });
    window.CSS ??= {} as typeof CSS;
    Object.assign(window.CSS, { highlights: registry });
    const highlighter = setUp();
    const before = document.body.innerHTML;
    const result = highlighter.paint([
      { id: 'f0', block: 0, start: 11, end: 26, disposition: 'flag' },
      { id: 'f1', block: 0, start: 37, end: 48, disposition: 'review' },
      { id: 'f2', block: 9, start: 0, end: 1, disposition: 'flag' },
    ]);
    expect(result).toEqual({ painted: 2, method: 'highlight-api' });
    expect(registry.get('clearance-flag')?.ranges.map(String)).toEqual(['Mrs Rose Okafor']);
    expect(registry.get('clearance-review')?.ranges.map(String)).toEqual(['14 Elm Road']);
    expect(document.body.innerHTML).toBe(before);
  });

  it('focuses and clears', () => {
    const registry = new Map<string, FakeHighlight>();
    Object.assign(window, { Highlight: FakeHighlight });
    window.CSS ??= {} as typeof CSS;
    Object.assign(window.CSS, { highlights: registry });
    const highlighter = setUp();
    highlighter.paint([{ id: 'f0', block: 0, start: 11, end: 26, disposition: 'flag' }]);
    expect(highlighter.focus('f0')).toBe(true);
    expect(registry.get('clearance-focus')?.ranges.map(String)).toEqual(['Mrs Rose Okafor']);
    expect(highlighter.focus('nope')).toBe(false);
    highlighter.clear();
    expect([...registry.keys()]).toEqual([]);
  });

  it('falls back to an overlay of its own where the API is missing', () => {
    const result = setUp().paint([{ id: 'f0', block: 0, start: 11, end: 26, disposition: 'flag' }]);
    expect(result.method).toBe('overlay');
    const overlay = document.getElementById('clearance-highlight-overlay');
    expect(overlay?.getAttribute('aria-hidden')).toBe('true');
  });
});
