import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../shared/readers/html.ts';
import { deeplyNestedHtml } from '../../fixtures/hostile/make-hostile.ts';

const read = (html: string) => readHtml(new TextEncoder().encode(html));
const rows = (html: string) => read(html).blocks.map((b) => [b.kind, b.text]);

describe('readHtml', () => {
  it('reads headings, paragraphs and list items, decoding entities and collapsing whitespace', () => {
    expect(
      rows(`<!doctype html><html><head><title>Cabinet &ndash; 4 May</title><style>p{color:red}</style><script>var name = "Tyler Smith";</script></head>
      <body><h1>Placement  sufficiency</h1><p>Costs rose by &pound;120 &amp; more.\n   Next   sentence.</p>
      <ul><li>First point</li><li>Second <b>bold</b> point</li></ul><h3>Legal implications</h3><div>Loose div text<br>after a break</div></body></html>`),
    ).toEqual([
      ['heading', 'Placement sufficiency'],
      ['paragraph', 'Costs rose by £120 & more. Next sentence.'],
      ['list-item', 'First point'],
      ['list-item', 'Second bold point'],
      ['heading', 'Legal implications'],
      ['paragraph', 'Loose div text\nafter a break'],
      ['property', 'Cabinet – 4 May'],
    ]);
    const doc = read('<h2>Two</h2>');
    expect(doc.blocks[0]!.headingLevel).toBe(2);
    expect(doc.format).toBe('html');
  });

  it('reads table cells with their row and column', () => {
    const doc = read(
      '<table><tr><th>Name</th><th>Age</th></tr><tr><td colspan="2">Wide</td><td>Third</td></tr></table>',
    );
    expect(doc.blocks.map((b) => [b.kind, b.text, b.origin.row, b.origin.column])).toEqual([
      ['table-cell', 'Name', 0, 0],
      ['table-cell', 'Age', 0, 1],
      ['table-cell', 'Wide', 1, 0],
      ['table-cell', 'Third', 1, 2],
    ]);
  });

  it('skips scripts and styles, and reads templates, noscript and comments as hidden text', () => {
    const doc = read(
      '<p>Shown</p><script>alert("Tyler")</script><style>.x{}</style><template><p>Tpl Tyler</p></template><noscript>No Tyler</noscript><!-- Note: Tyler -->',
    );
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Shown'],
      ['hidden-text', 'Tpl Tyler'],
      ['hidden-text', 'No Tyler'],
      ['hidden-text', 'Note: Tyler'],
    ]);
  });

  it('keeps text the page hides as hidden-text blocks: it is still published in the source', () => {
    const doc = read(
      '<p>Visible</p><div hidden>Hidden attr Tyler</div><p style="display: none">Display none Jade</p><span style="visibility:hidden">Invisible Amir</span><p aria-hidden="true">Hidden from screen readers</p>',
    );
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Visible'],
      ['hidden-text', 'Hidden attr Tyler'],
      ['hidden-text', 'Display none Jade'],
      ['hidden-text', 'Invisible Amir'],
      ['hidden-text', 'Hidden from screen readers'],
    ]);
  });

  it('honours a declared charset', () => {
    const bytes = Uint8Array.from('<meta charset="windows-1252"><p>Caf\u00e9 \u00a3</p>', (c) => c.charCodeAt(0));
    expect(readHtml(bytes).text).toBe('Café £');
  });

  it('reads deeply nested markup without overflowing the stack, and refuses nesting past any real page', () => {
    expect(read(deeplyNestedHtml(5_000)).text).toBe('Deep text near CF10 4UW');
    expect(() => read(deeplyNestedHtml(100_000))).toThrow(/nests its elements more than 10000 deep/);
  });

  it('ignores an <svg> title as the page title', () => {
    expect(read('<p>Body</p><svg><title>Icon</title></svg>').text).toBe('Body');
  });
});
