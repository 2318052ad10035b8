// PDF leak files drawn with pdf-lib: each hides the detail in one place besides the page text (an
// annotation, a link, a form field, the metadata, an attachment, a bookmark, an earlier revision, beyond
// the crop box), or is a scanned page with no text layer, which must be named as not read.
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFString,
  StandardFonts,
  type PDFPage,
} from 'pdf-lib';
import { strToU8 } from 'fflate';
import { DETAIL, OFFICIALS, type LeakFile } from './leak-files.ts';

async function pdf(
  decorate: (doc: PDFDocument, page: PDFPage) => void | Promise<void>,
  bodyLines: string[] = [],
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  ['Report to the Corporate Parenting Panel', OFFICIALS[0]!, ...bodyLines].forEach((text, i) =>
    page.drawText(text, { x: 50, y: 780 - i * 20, size: 11, font }),
  );
  await decorate(doc, page);
  return doc.save({ useObjectStreams: false });
}

const annotate = (doc: PDFDocument, page: PDFPage, entries: Record<string, unknown>): void => {
  page.node.addAnnot(
    doc.context.register(doc.context.obj({ Type: 'Annot', Rect: [50, 600, 200, 650], ...entries } as never)),
  );
};

/** The file as first saved with the detail, then an incremental update that replaces the page's text. */
async function incrementallyUpdated(): Promise<Uint8Array> {
  const first = await pdf(() => {}, [DETAIL]);
  const doc = await PDFDocument.load(first);
  const page = doc.getPage(0);
  const contents = page.node.get(PDFName.of('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
  const numbers = refs.map((r) => (r instanceof PDFRef ? r.objectNumber : undefined));
  if (!numbers.length || numbers.some((n) => n === undefined))
    throw new Error('the page contents are not indirect objects');
  const font = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict).keys()[0]?.asString() ?? '/F1';
  const stream = `BT ${font} 11 Tf 50 780 Td (Report to the Corporate Parenting Panel) Tj 0 -20 Td (${OFFICIALS[0]}) Tj ET`;
  const text = new TextDecoder('latin1').decode(first);
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  const size = Number(/\/Size\s+(\d+)/.exec(text)?.[1]);
  const root = /\/Root\s+(\d+ \d+ R)/.exec(text)?.[1];
  // Every content stream of the page is replaced: the first by the new text, the rest by nothing.
  let body = '';
  const offsets: number[] = [];
  numbers.forEach((n, i) => {
    const content = i === 0 ? stream : '';
    offsets.push(first.length + body.length + 1);
    body += `\n${n} 0 obj\n<< /Length ${content.length} >>\nstream\n${content}\nendstream\nendobj\n`;
  });
  const xrefAt = first.length + body.length;
  const entries = numbers.map((n, i) => `${n} 1\n${String(offsets[i]).padStart(10, '0')} 00000 n \n`).join('');
  const xref = `xref\n${entries}trailer\n<< /Size ${size} /Root ${root} /Prev ${startxref} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  const out = new Uint8Array(first.length + body.length + xref.length);
  out.set(first);
  out.set(strToU8(body + xref, true), first.length);
  return out;
}

// A 2×2 grey picture, enough to make a page that is an image with no text layer.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVR4nGNgYGBgYGAAAAAFAAFJ3D7eAAAAAElFTkSuQmCC'),
  (c) => c.charCodeAt(0),
);

export const PDF_LEAKS: LeakFile[] = [
  { place: 'page text', file: 'page.pdf', expect: 'found', build: () => pdf(() => {}, [DETAIL]) },
  {
    place: 'sticky note (Text annotation) and its author',
    file: 'sticky.pdf',
    expect: 'found',
    build: () =>
      pdf((doc, page) =>
        annotate(doc, page, { Subtype: 'Text', Contents: PDFHexString.fromText(DETAIL), T: PDFString.of('Jo Bloggs') }),
      ),
  },
  {
    place: 'free text annotation',
    file: 'free-text.pdf',
    expect: 'found',
    build: () =>
      pdf((doc, page) =>
        annotate(doc, page, {
          Subtype: 'FreeText',
          Contents: PDFHexString.fromText(DETAIL),
          DA: PDFString.of('/Helv 10 Tf 0 g'),
        }),
      ),
  },
  {
    place: 'link URI',
    file: 'link.pdf',
    expect: 'found',
    build: () =>
      pdf((doc, page) =>
        annotate(doc, page, {
          Subtype: 'Link',
          A: doc.context.obj({
            S: 'URI',
            URI: PDFString.of(`https://carers.example.org/record?note=${encodeURIComponent(DETAIL)}`),
          }),
        }),
      ),
  },
  {
    place: 'form field value',
    file: 'form.pdf',
    expect: 'found',
    build: () =>
      pdf((doc, page) => {
        const field = doc.getForm().createTextField('carer');
        field.setText(DETAIL);
        field.addToPage(page, { x: 50, y: 500, width: 400, height: 20 });
      }),
  },
  {
    place: 'Info dictionary (subject)',
    file: 'info.pdf',
    expect: 'found',
    build: () =>
      pdf((doc) => {
        doc.setSubject(DETAIL);
      }),
  },
  {
    place: 'XMP metadata',
    file: 'xmp.pdf',
    expect: 'found',
    build: () =>
      pdf((doc) => {
        const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description><rdf:Alt><rdf:li xml:lang="x-default">${DETAIL}</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
        const stream = doc.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' });
        doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream as PDFRawStream));
      }),
  },
  {
    place: 'attached file',
    file: 'attachment.pdf',
    expect: 'found',
    build: () =>
      pdf(async (doc) => {
        await doc.attach(strToU8(`Notes\n${DETAIL}\n`), 'notes.txt', { mimeType: 'text/plain' });
      }),
  },
  {
    place: 'bookmark',
    file: 'bookmark.pdf',
    expect: 'found',
    build: () =>
      pdf((doc, page) => {
        const outlinesRef = doc.context.nextRef();
        const itemRef = doc.context.register(
          doc.context.obj({
            Title: PDFHexString.fromText(DETAIL),
            Parent: outlinesRef,
            Dest: [page.ref, 'Fit'],
          } as never),
        );
        doc.context.assign(outlinesRef, doc.context.obj({ Type: 'Outlines', First: itemRef, Last: itemRef, Count: 1 }));
        doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
      }),
  },
  {
    place: 'earlier revision left by an incremental update',
    file: 'revision.pdf',
    expect: 'found',
    build: incrementallyUpdated,
  },
  // pdfjs leaves text beyond the crop box out of the page text, so the reader names the hidden area as not read.
  {
    place: 'text outside the crop box',
    file: 'crop.pdf',
    expect: 'not-read',
    build: () =>
      pdf(async (doc, page) => {
        const font = await doc.embedFont(StandardFonts.Helvetica);
        page.drawText(DETAIL, { x: 50, y: 60, size: 9, font });
        page.setCropBox(0, 300, 595, 542);
      }),
  },
  {
    place: 'scanned page with no text layer',
    file: 'scanned.pdf',
    expect: 'not-read',
    build: async () => {
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      doc.addPage([595, 842]).drawText(OFFICIALS[0]!, { x: 50, y: 780, size: 11, font });
      const image = await doc.embedPng(PNG);
      doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
      return doc.save({ useObjectStreams: false });
    },
  },
];
