import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { redactPackage } from '../../../shared/redact/redact-package.ts';
import { verifyPackage, verifyXml } from '../../../shared/redact/verify-package.ts';
import { buildDocx, p, r } from '../readers/build-docx.ts';
import { planFor } from './plan-helper.ts';

const PLAN = planFor([
  { text: 'Tyler Brown', role: 'child' },
  { text: 'Tyler', role: 'child' },
  { text: 'jayden.c2007@example.org', type: 'email' },
]);

/** A redactor with the classic bug: it replaces within each <w:t> alone, so split names survive. */
function naiveRedaction(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  for (const [name, data] of Object.entries(files)) {
    if (!name.endsWith('.xml')) continue;
    files[name] = strToU8(
      strFromU8(data).replace(
        /<w:t( [^>]*)?>([^<]*)<\/w:t>/g,
        (_m, attrs: string | undefined, text: string) =>
          `<w:t${attrs ?? ''}>${text.replace(/Tyler/g, '[Child 1]')}</w:t>`,
      ),
    );
  }
  return zipSync(files);
}

describe('verifyPackage', () => {
  it('catches a name left split across runs by a broken redaction, naming the part and the text', () => {
    const input = buildDocx({ body: p('Tyler is fine.') + `<w:p>${r('Ty')}${r('ler')}${r(' was seen.')}</w:p>` });
    const { leaks } = verifyPackage(naiveRedaction(input), PLAN.targets);
    expect(leaks.length).toBeGreaterThan(0);
    expect(leaks).toContainEqual(expect.objectContaining({ part: 'word/document.xml', text: 'Tyler' }));
  });

  it('catches a name split by a tracked deletion, which only the paragraph reading joins up', () => {
    const input = buildDocx({
      body: `<w:p>${r('Ty')}<w:del w:id="1" w:author="A"><w:r><w:delText>x</w:delText></w:r></w:del>${r('ler')}</w:p>`,
    });
    expect(verifyPackage(input, PLAN.targets).leaks).toContainEqual(
      expect.objectContaining({ part: 'word/document.xml', text: 'Tyler', view: 'paragraph' }),
    );
  });

  it('catches strings left in headers, properties, attributes and relationships', () => {
    const input = buildDocx({
      body: p('[Child 1]'),
      headers: [p('TYLER')],
      core: '<dc:title>Tyler  Brown</dc:title>',
      extra: {
        'word/_rels/document.xml.rels':
          '<Relationships><Relationship Id="x" Target="mailto:jayden.c2007@example.org"/></Relationships>',
      },
    });
    const leaks = verifyPackage(input, PLAN.targets).leaks.map((l) => `${l.part}: ${l.text}`);
    expect(leaks).toEqual(
      expect.arrayContaining([
        'word/header1.xml: TYLER',
        'docProps/core.xml: Tyler  Brown',
        'word/_rels/document.xml.rels: jayden.c2007@example.org',
      ]),
    );
  });

  it('finds a long string in a part that is not XML', () => {
    const input = buildDocx({
      body: p('x'),
      extra: { 'word/vbaData.bin': new Uint8Array([0, 1, ...strToU8('mail jayden.c2007@example.org'), 2]) },
    });
    expect(verifyPackage(input, PLAN.targets).leaks).toContainEqual(
      expect.objectContaining({ part: 'word/vbaData.bin', view: 'bytes' }),
    );
  });

  it('passes the package redactPackage writes for the same document', () => {
    const input = buildDocx({
      body: p('Tyler is fine.') + `<w:p>${r('Ty')}${r('ler Br')}${r('own')}${r(' was seen.')}</w:p>`,
      headers: [p('TYLER')],
    });
    const result = verifyPackage(redactPackage(input, PLAN).bytes, PLAN.targets);
    expect(result.leaks).toEqual([]);
    expect(result.checked).toContain('word/header1.xml');
  });

  it('checks a flat package as returned by getOoxml() in Word, for the add-in', () => {
    const flat = `<?xml version="1.0"?><?mso-application progid="Word.Document"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">
      <pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document><w:body><w:p><w:r><w:t>[Child 1] and Ty</w:t></w:r><w:r><w:t>ler</w:t></w:r></w:p></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;
    expect(verifyXml('document', flat, PLAN.targets)).toContainEqual(
      expect.objectContaining({ part: 'document', text: 'Tyler', view: 'paragraph' }),
    );
    expect(verifyXml('document', flat.replace('Ty</w:t>', '</w:t>').replace('>ler<', '><'), PLAN.targets)).toEqual([]);
  });
});
