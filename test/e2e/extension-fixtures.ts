// Fixture site for the extension's browser test: a ModernGov-like agenda page and two report PDFs made with pdf-lib,
// one "redacted" only by a black box drawn over text that is still in the file.
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

export const AGENDA_PATH = '/ieListDocuments.aspx?CId=130&MId=4321';
export const REPORT_PATH = '/documents/s101/Fostering%20allowances%20report.pdf';
export const APPENDIX_PATH = '/documents/s102/Appendix%20A%20case%20summary.pdf';
/** The text under the black box: the scan must recover it as a failed redaction. */
export const HIDDEN_NAME = 'Tyler Jonathan Brookes';

export const AGENDA_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Agenda for Cabinet on Tuesday, 3rd March, 2026</title>
<style>body{font:16px/1.5 Arial,sans-serif;max-width:760px;margin:24px}h1{font-size:22px}</style></head>
<body>
<h1>Agenda for Cabinet on Tuesday, 3rd March, 2026, 10.00 am</h1>
<p>Venue: Council Chamber, Civic Centre, Marshfield. Contact: Democratic Services.</p>
<h2>7. Fostering allowances 2026/27</h2>
<p>Decision maker: Cabinet. Report of the Director of Children's Services, presented by Cllr Priya Shah, Cabinet Member for Children.</p>
<p>Public question: The foster carer, Mrs Rose Okafor, of 14 Elm Road, Marshfield, asked about allowances; she can be reached on 07700 900123.</p>
<ul>
<li><a href="${REPORT_PATH}">Fostering allowances report</a> PDF 40 KB</li>
<li><a href="${APPENDIX_PATH}">Appendix A case summary</a> PDF 20 KB</li>
</ul>
<p>Appendix A is restricted by virtue of paragraph 2 of Part 1 of Schedule 12A to the Local Government Act 1972.</p>
</body></html>`;

async function pdfWith(lines: string[], coverLine?: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  lines.forEach((line, i) => {
    const y = 780 - i * 22;
    page.drawText(line, { x: 56, y, size: 11, font });
    if (i === coverLine) {
      const width = font.widthOfTextAtSize(line, 11);
      page.drawRectangle({ x: 52, y: y - 4, width: width + 8, height: 16, color: rgb(0, 0, 0) });
    }
  });
  return pdf.save();
}

export function reportPdf(): Promise<Uint8Array> {
  return pdfWith([
    'Cabinet, 3 March 2026: Fostering allowances 2026/27',
    "Report of the Director of Children's Services",
    '1. Purpose',
    "This report sets the weekly allowances paid to the council's foster carers.",
    '2. Corporate parenting implications',
    "The allowances support the council's duties as corporate parent.",
  ]);
}

export function appendixPdf(): Promise<Uint8Array> {
  return pdfWith(
    [
      'Appendix A: case summary',
      'The child placed with the carers is named below.',
      HIDDEN_NAME,
      'The placement began in 2024 and is stable.',
    ],
    2,
  );
}
