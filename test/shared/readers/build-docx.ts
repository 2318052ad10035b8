// Builds small .docx packages from WordprocessingML strings for reader tests: only the parts given are
// added, with the relationships Word would write for them.
import { strToU8, zipSync } from 'fflate';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParts {
  /** Inner XML of w:body. */
  body: string;
  styles?: string;
  headers?: string[];
  footers?: string[];
  footnotes?: string;
  endnotes?: string;
  comments?: string;
  /** Inner XML of cp:coreProperties. */
  core?: string;
  /** Inner XML of Properties in docProps/app.xml. */
  app?: string;
  /** Extra entries added verbatim (path -> content). */
  extra?: Record<string, string | Uint8Array>;
}

export const w = (inner: string, tag = 'w:document'): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${tag} xmlns:w="${W_NS}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">${inner}</${tag.split(' ')[0]}>`;

/** A paragraph of plain runs. */
export const p = (...runs: string[]): string => `<w:p>${runs.map((t) => r(t)).join('')}</w:p>`;
export const r = (text: string, rPr = ''): string =>
  `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;

export function buildDocx(parts: DocxParts): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const rels: string[] = [];
  const add = (path: string, xml: string, type?: string): void => {
    files[path] = strToU8(xml);
    if (type)
      rels.push(
        `<Relationship Id="rId${rels.length + 1}" Type="${REL}/${type}" Target="${path.replace(/^word\//, '')}"/>`,
      );
  };
  add('word/document.xml', w(`<w:body>${parts.body}</w:body>`));
  if (parts.styles) add('word/styles.xml', w(parts.styles, 'w:styles'), 'styles');
  parts.headers?.forEach((h, i) => add(`word/header${i + 1}.xml`, w(h, 'w:hdr'), 'header'));
  parts.footers?.forEach((f, i) => add(`word/footer${i + 1}.xml`, w(f, 'w:ftr'), 'footer'));
  if (parts.footnotes) add('word/footnotes.xml', w(parts.footnotes, 'w:footnotes'), 'footnotes');
  if (parts.endnotes) add('word/endnotes.xml', w(parts.endnotes, 'w:endnotes'), 'endnotes');
  if (parts.comments) add('word/comments.xml', w(parts.comments, 'w:comments'), 'comments');
  files['word/_rels/document.xml.rels'] = strToU8(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  const packageRels = [`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>`];
  if (parts.core) {
    files['docProps/core.xml'] = strToU8(
      `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">${parts.core}</cp:coreProperties>`,
    );
    packageRels.push(
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>',
    );
  }
  if (parts.app) {
    files['docProps/app.xml'] = strToU8(
      `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">${parts.app}</Properties>`,
    );
    packageRels.push(`<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>`);
  }
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${packageRels.join('')}</Relationships>`,
  );
  files['[Content_Types].xml'] = strToU8(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  for (const [path, content] of Object.entries(parts.extra ?? {}))
    files[path] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files);
}
