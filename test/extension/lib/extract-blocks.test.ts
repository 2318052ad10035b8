// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractBlocks, rangeFor } from '../../../extension/lib/extract-blocks.ts';

const load = (html: string): Document => {
  document.body.innerHTML = html;
  return document;
};

describe('extractBlocks', () => {
  it('reads the visible text as typed blocks, one per block element, whitespace collapsed', () => {
    const { parts } = extractBlocks(
      load(`
      <h2>Fostering   allowances</h2>
      <p>The carer, <b>Mrs Rose
         Okafor</b>, asked.</p>
      <ul><li>First item</li></ul>
      <table><tr><td>Name</td><td>Age</td></tr><tr><td>Ann</td><td>7</td></tr></table>
      <script>var secret = 'not text';</script>
      <p hidden>Hidden by attribute</p>
      <p style="display:none">Hidden by style</p>
      <div style="visibility:hidden"><p>Invisible</p></div>`),
    );
    expect(parts.map((p) => [p.kind, p.text])).toEqual([
      ['heading', 'Fostering allowances'],
      ['paragraph', 'The carer, Mrs Rose Okafor, asked.'],
      ['list-item', 'First item'],
      ['table-cell', 'Name'],
      ['table-cell', 'Age'],
      ['table-cell', 'Ann'],
      ['table-cell', '7'],
    ]);
    expect(parts[0]?.headingLevel).toBe(2);
    expect(parts[6]?.origin).toMatchObject({ row: 1, column: 1 });
  });

  it('keeps words apart across a line break', () => {
    const { parts } = extractBlocks(load('<p>14 Elm Road<br>Marshfield</p>'));
    expect(parts[0]?.text).toBe('14 Elm Road Marshfield');
  });

  it('maps a span of a block back to the exact text in the page, across elements', () => {
    const doc = load('<p>The carer, <b>Mrs Rose\n   Okafor</b>, asked about <i>allowances</i>.</p>');
    const { parts, segments } = extractBlocks(doc);
    const text = parts[0]!.text;
    for (const wanted of ['Mrs Rose Okafor', 'carer, Mrs', 'allowances', 'Okafor, asked']) {
      const start = text.indexOf(wanted);
      const range = rangeFor(doc, segments[0]!, start, start + wanted.length);
      expect(range?.toString().replace(/\s+/g, ' ')).toBe(wanted);
    }
  });

  it('returns nothing for an empty page', () => {
    expect(extractBlocks(load('')).parts).toEqual([]);
  });
});
