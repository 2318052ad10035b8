import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../shared/readers/docx.ts';
import { ReadError } from '../../../shared/readers/read-error.ts';
import type { Block, DocumentModel } from '../../../shared/model/document.ts';
import { buildDocx, p, r } from './build-docx.ts';

const STYLES = `
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/></w:style>
  <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
  <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/></w:style>
  <w:style w:type="paragraph" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>`;

const blockWith = (doc: DocumentModel, text: string): Block => {
  const found = doc.blocks.find((b) => b.text.includes(text));
  if (!found) throw new Error(`no block holds "${text}"`);
  return found;
};

describe('readDocx', () => {
  it('keeps every block text at its offset in the document text', () => {
    const doc = readDocx(buildDocx({ body: p('One') + p('Two') }));
    for (const b of doc.blocks) expect(doc.text.slice(b.start, b.start + b.text.length)).toBe(b.text);
    expect(doc.format).toBe('docx');
  });

  it('reads body paragraphs with heading styles, lists and bold-only paragraphs', () => {
    const doc = readDocx(
      buildDocx({
        styles: STYLES,
        body: `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>${r('Cabinet report')}</w:p>
        <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${r('1. Purpose')}</w:p>
        <w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>${r('1.1 Detail')}</w:p>
        <w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr>${r('Outline heading')}</w:p>
        <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>${r('A numbered point')}</w:p>
        <w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr>${r('A bullet')}</w:p>
        <w:p>${r('Corporate Parenting', '<w:b/>')}${r(' Implications', '<w:b/>')}</w:p>
        <w:p>${r('Mixed ', '<w:b/>')}${r('weight')}</w:p>`,
      }),
    );
    expect(blockWith(doc, 'Cabinet report')).toMatchObject({ kind: 'heading', style: 'Title' });
    expect(blockWith(doc, 'Purpose')).toMatchObject({ kind: 'heading', headingLevel: 1, style: 'heading 1' });
    expect(blockWith(doc, 'Detail')).toMatchObject({ kind: 'heading', headingLevel: 2 });
    expect(blockWith(doc, 'Outline heading')).toMatchObject({ kind: 'heading', headingLevel: 3 });
    expect(blockWith(doc, 'A numbered point').kind).toBe('list-item');
    expect(blockWith(doc, 'A bullet').kind).toBe('list-item');
    expect(blockWith(doc, 'Corporate Parenting Implications')).toMatchObject({ kind: 'paragraph', style: 'bold' });
    expect(blockWith(doc, 'Mixed weight').style).toBeUndefined();
  });

  it('joins text split across runs, tabs and breaks', () => {
    const doc = readDocx(
      buildDocx({ body: `<w:p>${r('Ty')}${r('ler')}<w:r><w:tab/><w:t>Smith</w:t><w:br/><w:t>next</w:t></w:r></w:p>` }),
    );
    expect(doc.blocks[0]!.text).toBe('Tyler\tSmith\nnext');
  });

  it('reads table cells with row and column, one block per cell', () => {
    const cell = (text: string, span = ''): string =>
      `<w:tc>${span ? `<w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>` : ''}${p(text)}</w:tc>`;
    const doc = readDocx(
      buildDocx({
        body: `<w:tbl><w:tr>${cell('Name')}${cell('Age')}</w:tr><w:tr>${cell('Wide', '2')}${cell('Last')}</w:tr>
        <w:tr><w:tc>${p('two')}${p('lines')}</w:tc></w:tr></w:tbl>`,
      }),
    );
    expect(blockWith(doc, 'Age')).toMatchObject({ kind: 'table-cell', origin: { part: 'body', row: 0, column: 1 } });
    expect(blockWith(doc, 'Last').origin).toMatchObject({ row: 1, column: 2 });
    expect(blockWith(doc, 'two').text).toBe('two\nlines');
  });

  it('reads nested tables as cells of their own', () => {
    const doc = readDocx(
      buildDocx({
        body: `<w:tbl><w:tr><w:tc>${p('outer')}<w:tbl><w:tr><w:tc>${p('inner')}</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>`,
      }),
    );
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['table-cell', 'outer'],
      ['table-cell', 'inner'],
    ]);
  });

  it('reads every header and footer, including one no section refers to', () => {
    const doc = readDocx(
      buildDocx({
        body: p('Body'),
        headers: [p('First header'), p('Default header')],
        footers: [p('Footer text')],
        extra: {
          'word/header9.xml': `<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${p('Orphan header')}</w:hdr>`,
        },
      }),
    );
    for (const text of ['First header', 'Default header', 'Orphan header'])
      expect(blockWith(doc, text)).toMatchObject({ kind: 'header', origin: { part: 'header' } });
    expect(blockWith(doc, 'Footer text')).toMatchObject({ kind: 'footer', origin: { part: 'footer' } });
  });

  it('reads footnotes, endnotes and comments but not footnote separators', () => {
    const doc = readDocx(
      buildDocx({
        body: p('Body'),
        footnotes: `<w:footnote w:type="separator" w:id="-1">${p('SEPARATOR')}</w:footnote><w:footnote w:id="1">${p('A footnote')}</w:footnote>`,
        endnotes: `<w:endnote w:id="1">${p('An endnote')}</w:endnote>`,
        comments: `<w:comment w:id="0" w:author="Reviewer">${p('A comment')}</w:comment>`,
      }),
    );
    expect(blockWith(doc, 'A footnote')).toMatchObject({ kind: 'footnote', origin: { part: 'footnotes' } });
    expect(blockWith(doc, 'An endnote')).toMatchObject({ kind: 'endnote', origin: { part: 'endnotes' } });
    expect(blockWith(doc, 'A comment')).toMatchObject({ kind: 'comment', origin: { part: 'comments' } });
    expect(doc.text).not.toContain('SEPARATOR');
  });

  it('keeps tracked insertions in their paragraph and reports tracked deletions as blocks of their own', () => {
    const doc = readDocx(
      buildDocx({
        body: `<w:p>${r('The child ')}<w:del w:id="1" w:author="A"><w:r><w:delText>Tyler </w:delText></w:r><w:r><w:delText>Smith</w:delText></w:r></w:del><w:ins w:id="2" w:author="A">${r('[Child 1]')}</w:ins>${r(' moved.')}</w:p>`,
      }),
    );
    expect(blockWith(doc, 'The child')).toMatchObject({ kind: 'paragraph', text: 'The child [Child 1] moved.' });
    expect(blockWith(doc, 'Tyler')).toMatchObject({
      kind: 'tracked-deletion',
      text: 'Tyler Smith',
      origin: { part: 'body', paragraph: 0 },
    });
  });

  it('reads moved-away text as a tracked deletion, since its destination may be gone', () => {
    const doc = readDocx(
      buildDocx({
        body: `<w:p><w:moveFrom w:id="1" w:author="A">${r('Moved words')}</w:moveFrom></w:p><w:p><w:moveTo w:id="2" w:author="A">${r('Moved words')}</w:moveTo></w:p>`,
      }),
    );
    expect(doc.blocks.filter((b) => b.text.includes('Moved words')).map((b) => b.kind)).toEqual([
      'tracked-deletion',
      'paragraph',
    ]);
  });

  it('reports hidden text, set on the run or by its style, as hidden-text blocks', () => {
    const doc = readDocx(
      buildDocx({
        styles: STYLES,
        body: `<w:p>${r('Seen ')}${r('Unseen words', '<w:vanish/>')}${r(' seen again')}${r('not hidden', '<w:vanish w:val="0"/>')}</w:p>
        <w:p><w:pPr><w:pStyle w:val="Secret"/></w:pPr>${r('Styled away')}</w:p>`,
      }),
    );
    expect(blockWith(doc, 'Seen')).toMatchObject({ kind: 'paragraph', text: 'Seen  seen againnot hidden' });
    expect(blockWith(doc, 'Unseen')).toMatchObject({ kind: 'hidden-text', text: 'Unseen words' });
    expect(blockWith(doc, 'Styled away').kind).toBe('hidden-text');
  });

  it('reads text boxes once, not their compatibility fallback copy', () => {
    const box = (t: string): string => `<w:txbxContent>${p(t)}</w:txbxContent>`;
    const doc = readDocx(
      buildDocx({
        body: `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="urn:wps">${box('In a box')}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict>${box('In a box')}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
      }),
    );
    expect(doc.blocks.filter((b) => b.text === 'In a box')).toHaveLength(1);
  });

  it('reads content controls', () => {
    const doc = readDocx(buildDocx({ body: `<w:sdt><w:sdtContent>${p('Inside a control')}</w:sdtContent></w:sdt>` }));
    expect(blockWith(doc, 'Inside a control').kind).toBe('paragraph');
  });

  it('reads document properties with their names', () => {
    const doc = readDocx(
      buildDocx({
        body: p('Body'),
        core: '<dc:title>Placement of Tyler Smith</dc:title><dc:subject>Fostering</dc:subject><cp:keywords>looked after</cp:keywords><dc:creator>J Jones</dc:creator><dc:description>draft</dc:description>',
        app: '<Company>Anytown Council</Company><Pages>3</Pages>',
      }),
    );
    const props = Object.fromEntries(
      doc.blocks.filter((b) => b.kind === 'property').map((b) => [b.origin.property, b.text]),
    );
    expect(props).toEqual({
      title: 'Placement of Tyler Smith',
      subject: 'Fostering',
      keywords: 'looked after',
      author: 'J Jones',
      comments: 'draft',
      company: 'Anytown Council',
    });
    expect(blockWith(doc, 'Tyler').origin.part).toBe('properties');
  });

  it('reads a package whose WordprocessingML uses another prefix', () => {
    const bytes = buildDocx({ body: '', extra: {} });
    const odd = buildDocx({
      body: '',
      extra: {
        'word/document.xml':
          '<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:r><x:t>Odd prefix</x:t></x:r></x:p></x:body></x:document>',
      },
    });
    expect(readDocx(bytes).blocks).toEqual([]);
    expect(readDocx(odd).blocks[0]!.text).toBe('Odd prefix');
  });

  it('refuses a zip that is not a Word document', () => {
    expect(() => readDocx(buildDocx({ body: '', extra: { 'word/document.xml': '<notword/>' } }))).toThrow(
      /not a Word document/,
    );
  });

  it('refuses a part that declares a DTD, so entities are never expanded or fetched', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>';
    const error = (() => {
      try {
        readDocx(buildDocx({ body: '', extra: { 'word/document.xml': laughs } }));
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ReadError);
    expect((error as Error).message).toMatch(/"word\/document\.xml" declares a DTD/);
  });

  it('refuses an entity reference that no DTD declares', () => {
    const xxe =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>';
    expect(() => readDocx(buildDocx({ body: '', extra: { 'word/document.xml': xxe } }))).toThrow(/not well-formed XML/);
  });

  it('names a malformed part as not read, with the reason, and reads the rest', () => {
    const doc = readDocx(buildDocx({ body: p('Body'), comments: '<w:comment><w:p>' }));
    expect(doc.text).toContain('Body');
    expect(doc.coverage?.notRead).toEqual([
      { part: 'word/comments.xml', reason: expect.stringMatching(/"word\/comments\.xml" is not well-formed/) },
    ]);
  });

  it('refuses nesting deeper than any Word part', () => {
    const deep = '<w:sdt><w:sdtContent>'.repeat(300) + '</w:sdtContent></w:sdt>'.repeat(300);
    expect(() => readDocx(buildDocx({ body: deep }))).toThrow(/nests elements more than 256 deep/);
  });
});
