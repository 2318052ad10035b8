import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../shared/readers/docx.ts';
import { redactPackage } from '../../../shared/redact/redact-package.ts';
import { RedactionError } from '../../../shared/redact/redaction-error.ts';
import { verifyPackage } from '../../../shared/redact/verify-package.ts';
import { buildDocx, p, r } from '../readers/build-docx.ts';
import { planFor } from './plan-helper.ts';

const PLAN = planFor([
  { text: 'Tyler', role: 'child' },
  { text: '27 Larkspur Close, Coldbrook', type: 'address' },
  { text: 'KD7 3RW', type: 'postcode' },
  { text: 'jayden.c2007@example.org', type: 'email' },
]);

const partsOf = (bytes: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

describe('redactPackage', () => {
  it('replaces a name Word split across runs and rewrites the runs', () => {
    const input = buildDocx({
      body: `<w:p>${r('Tyl')}${r('er', '<w:b/>')}${r(' lives at 27 Larkspur ')}${r('Close, Coldbrook KD7 3RW.')}</w:p>`,
    });
    const out = redactPackage(input, PLAN);
    const doc = partsOf(out.bytes)['word/document.xml']!;
    expect(doc).not.toMatch(/Tyl|Larkspur|KD7/);
    expect(readDocx(out.bytes).text).toBe('[Child 1] lives at [Address 1] [Postcode 1].');
    expect(verifyPackage(out.bytes, PLAN.targets).leaks).toEqual([]);
  });

  it('redacts every part: headers, footers, notes, comments, properties and relationships', () => {
    const input = buildDocx({
      body: `${p('About Tyler.')}<w:p><w:hyperlink r:id="rIdMail">${r('email')}</w:hyperlink></w:p>
        <w:p><w:r><w:drawing><wp:docPr xmlns:wp="x" id="1" name="Picture" descr="Photo of Tyler at KD7 3RW"/></w:drawing></w:r></w:p>`,
      headers: [p('Case of TYLER')],
      footers: [p('Tyler', ' – jayden.c2007@example.org')],
      footnotes: `<w:footnote w:id="1">${p('Tyler’s school')}</w:footnote>`,
      endnotes: `<w:endnote w:id="1">${p('Seen at 27 Larkspur Close,  Coldbrook')}</w:endnote>`,
      comments: `<w:comment w:id="0" w:author="Officer">${p('Check Tyl', 'er first')}</w:comment>`,
      core: '<dc:title>Review for Tyler</dc:title><dc:creator>Officer</dc:creator>',
      app: '<TitlesOfParts><vt:vector xmlns:vt="v"><vt:lpstr>Review for Tyler</vt:lpstr></vt:vector></TitlesOfParts>',
      extra: {
        'word/_rels/document.xml.rels':
          '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdMail" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:jayden.c2007@example.org" TargetMode="External"/></Relationships>',
      },
    });
    const out = redactPackage(input, PLAN);
    const parts = partsOf(out.bytes);
    for (const [name, xml] of Object.entries(parts))
      expect(xml, name).not.toMatch(/Tyler|TYLER|Tyl<|Larkspur|KD7|jayden/);
    expect(parts['word/header1.xml']).toContain('Case of [Child 1]');
    expect(parts['word/footnotes.xml']).toContain('[Child 1]’s school');
    expect(parts['docProps/core.xml']).toContain('<dc:title>Review for [Child 1]</dc:title>');
    expect(parts['word/_rels/document.xml.rels']).toContain('Target="mailto:[Email 1]"');
    expect(parts['word/document.xml']).toContain('descr="Photo of [Child 1] at [Postcode 1]"');
    expect(verifyPackage(out.bytes, PLAN.targets).leaks).toEqual([]);
    expect(new Set(out.log.map((e) => e.part))).toEqual(
      new Set([
        'word/document.xml',
        'word/header1.xml',
        'word/footer1.xml',
        'word/footnotes.xml',
        'word/endnotes.xml',
        'word/comments.xml',
        'docProps/core.xml',
        'docProps/app.xml',
        'word/_rels/document.xml.rels',
      ]),
    );
  });

  it('removes a tracked deletion that holds a redacted string and keeps one that does not', () => {
    const input = buildDocx({
      body: `<w:p>${r('The child ')}<w:del w:id="1" w:author="A"><w:r><w:delText>Ty</w:delText></w:r><w:r><w:delText>ler</w:delText></w:r></w:del>${r('was placed.')}<w:del w:id="2" w:author="A"><w:r><w:delText> recently</w:delText></w:r></w:del></w:p>`,
    });
    const out = redactPackage(input, PLAN);
    const doc = partsOf(out.bytes)['word/document.xml']!;
    expect(doc).not.toContain('w:id="1"');
    expect(doc).toContain('<w:delText> recently</w:delText>');
    expect(out.log).toContainEqual(
      expect.objectContaining({ text: 'Tyler', action: 'removed-tracked-deletion', part: 'word/document.xml' }),
    );
    expect(verifyPackage(out.bytes, PLAN.targets).leaks).toEqual([]);
  });

  it('removes hidden runs that hold a redacted string, and only those', () => {
    const input = buildDocx({
      body: `<w:p>${r('Placement review. ')}${r('Note: Tyler moved', '<w:vanish/>')}${r('Hidden but harmless', '<w:vanish/>')}${r('Tyler again', '<w:vanish w:val="0"/>')}</w:p>`,
    });
    const doc = partsOf(redactPackage(input, PLAN).bytes)['word/document.xml']!;
    expect(doc).not.toContain('Note:');
    expect(doc).toContain('Hidden but harmless');
    expect(doc).toContain('[Child 1] again');
  });

  it('keeps the text round a placeholder, never touching a longer word that contains a name', () => {
    const input = buildDocx({ body: p('Tylerson and Tyler met; ', 'tyler', ' left.') });
    expect(readDocx(redactPackage(input, PLAN).bytes).text).toBe('Tylerson and [Child 1] met; [Child 1] left.');
  });

  it('marks a rewritten run xml:space="preserve" when its text now starts or ends with a space', () => {
    const input = buildDocx({ body: '<w:p><w:r><w:t>Ty</w:t></w:r><w:r><w:t>ler visited</w:t></w:r></w:p>' });
    const doc = partsOf(redactPackage(input, PLAN).bytes)['word/document.xml']!;
    expect(doc).toContain('<w:t>[Child 1]</w:t>');
    expect(doc).toContain('<w:t xml:space="preserve"> visited</w:t>');
  });

  it('drops the thumbnail of page one and its relationship', () => {
    const input = buildDocx({
      body: p('Tyler'),
      extra: {
        'docProps/thumbnail.jpeg': new Uint8Array([0xff, 0xd8, 0xff]),
        'word/media/image1.png': new Uint8Array([0x89, 0x50]),
      },
    });
    const withRel = unzipSync(input);
    withRel['_rels/.rels'] = strToU8(
      strFromU8(withRel['_rels/.rels']!).replace(
        '</Relationships>',
        '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/></Relationships>',
      ),
    );
    const out = redactPackage(zipSync(withRel), PLAN);
    const parts = partsOf(out.bytes);
    expect(parts['docProps/thumbnail.jpeg']).toBeUndefined();
    expect(parts['_rels/.rels']).not.toContain('thumbnail');
    expect(parts['_rels/.rels']).toContain('officeDocument');
    expect(out.warnings.join('\n')).toMatch(/thumbnail[\s\S]*word\/media\/image1\.png: a picture/);
  });

  it('refuses a part that declares a DTD, naming the part', () => {
    const input = buildDocx({
      body: p('x'),
      extra: { 'word/settings.xml': '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY n "Tyler">]><x>&n;</x>' },
    });
    expect(() => redactPackage(input, PLAN)).toThrow(RedactionError);
    expect(() => redactPackage(input, PLAN)).toThrow(/word\/settings\.xml.*DTD/);
  });
});
