// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  listLinkedPapers,
  modernGovPageKind,
  parseRestrictionCitations,
  readRestrictionCitations,
} from '../../../extension/lib/moderngov.ts';

describe('modernGovPageKind', () => {
  it.each([
    ['https://democracy.marshfield.gov.uk/ieListDocuments.aspx?CId=130&MId=4321', 'agenda'],
    ['https://democracy.marshfield.gov.uk/mgAi.aspx?ID=9876', 'agenda-item'],
    ['https://moderngov.example.gov.uk/ieDecisionDetails.aspx?ID=55', 'decision'],
    ['https://moderngov.example.gov.uk/mgReasonsRestricted.aspx?ID=12', 'reasons-restricted'],
    ['https://moderngov.example.gov.uk/IELISTDOCUMENTS.ASPX?MId=1', 'agenda'],
    ['https://www.marshfield.gov.uk/news/ieListDocuments', 'other'],
    ['not a url', 'other'],
  ])('%s is %s', (url, kind) => {
    expect(modernGovPageKind(url)).toBe(kind);
  });
});

describe('listLinkedPapers', () => {
  const page = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
  const base = 'https://democracy.marshfield.gov.uk/ieListDocuments.aspx?CId=130&MId=4321';

  it('lists each report once, in page order, resolved against the page, with its link text', () => {
    const doc = page(`
      <a href="documents/s101/Fostering%20report.pdf">Fostering  report</a>
      <a href="/documents/s102/Appendix%20A.pdf#page=2">Appendix A</a>
      <a href="documents/s101/Fostering%20report.pdf">PDF 40 KB</a>
      <a href="documents/b999/Reports%20pack.pdf">Reports pack</a>
      <a href="documents/g4321/Printed%20minutes.pdf">Minutes</a>
      <a href="mgAi.aspx?ID=1">Item</a>
      <a href="javascript:alert(1)//documents/s1/x.pdf">bad</a>`);
    expect(listLinkedPapers(doc, base)).toEqual([
      { title: 'Fostering report', url: 'https://democracy.marshfield.gov.uk/documents/s101/Fostering%20report.pdf' },
      { title: 'Appendix A', url: 'https://democracy.marshfield.gov.uk/documents/s102/Appendix%20A.pdf' },
    ]);
  });

  it('names an untitled link by its file', () => {
    const doc = page('<a href="documents/s7/Budget%20Report.pdf"><img alt=""></a>');
    expect(listLinkedPapers(doc, base)[0]?.title).toBe('Budget Report.pdf');
  });
});

describe('parseRestrictionCitations', () => {
  it.each([
    ['By virtue of paragraph(s) 1, 2 of Part 1 of Schedule 12A of the Local Government Act 1972.', [1, 2], 1],
    ['Exempt by virtue of paragraphs 3 and 5 of Part 1 of Schedule 12A', [3, 5], 1],
    ['by virtue of paragraph 13 of Part 4 of Schedule 12A to the Local Government Act 1972', [13], 4],
    ['By virtue of paragraph 2 of Part I of Schedule 12 A', [2], 1],
  ])('%s', (text, paragraphs, part) => {
    expect(parseRestrictionCitations(text)).toEqual([expect.objectContaining({ paragraphs, part })]);
  });

  it('finds nothing in a page that cites no paragraph', () => {
    expect(parseRestrictionCitations('Exempt information: see the report.')).toEqual([]);
  });

  it('reads a citation broken across lines', () => {
    expect(parseRestrictionCitations('By virtue of\nparagraph 1\nof Part 1 of\nSchedule 12A')[0]?.paragraphs).toEqual([
      1,
    ]);
  });
});

describe('parseRestrictionCitations on hostile text', () => {
  it('answers on a long run of digits that never completes a citation', () => {
    const text = `By virtue of paragraph ${'1'.repeat(5000)} of Part 9`;
    expect(parseRestrictionCitations(text)).toEqual([]);
  });
});

describe('readRestrictionCitations: which paper a citation restricts', () => {
  const base = 'https://democracy.marshfield.gov.uk/ieListDocuments.aspx?CId=130&MId=4321';
  const page = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
  const report = 'https://democracy.marshfield.gov.uk/documents/s201/Leisure%20review.pdf';
  const annex = 'https://democracy.marshfield.gov.uk/documents/s202/Annex%202%20tenders.pdf';
  const other = 'https://democracy.marshfield.gov.uk/documents/s301/Highways%20plan.pdf';
  const itemPage = (citation: string): Document =>
    page(`
    <h2>4. Leisure centre review</h2>
    <ul><li><a href="documents/s201/Leisure%20review.pdf">Leisure review report</a></li>
        <li><a href="documents/s202/Annex%202%20tenders.pdf">Annex 2 tender prices</a></li></ul>
    <p>${citation}</p>
    <h2>5. Highways plan</h2>
    <ul><li><a href="documents/s301/Highways%20plan.pdf">Highways plan</a></li></ul>`);

  it('ties a citation that names an annex to that annex only, not to the report beside it', () => {
    const [citation] = readRestrictionCitations(
      itemPage('Annex 2 is exempt by virtue of paragraph 3 of Part 1 of Schedule 12A.'),
      base,
    );
    expect(citation).toMatchObject({ paragraphs: [3], papers: [annex], matchedBy: 'named' });
  });

  it('ties a citation that names no paper to the papers of its own agenda item, never to the next item', () => {
    const [citation] = readRestrictionCitations(
      itemPage('This item is restricted by virtue of paragraph 3 of Part 1 of Schedule 12A.'),
      base,
    );
    expect(citation).toMatchObject({ papers: [report, annex], matchedBy: 'agenda-item' });
    expect(citation?.papers).not.toContain(other);
  });

  it('ties a citation to the one link beside it', () => {
    const doc = page(`<h2>Items</h2><ul>
      <li><a href="documents/s201/Leisure%20review.pdf">Leisure review</a></li>
      <li><a href="documents/s202/Annex%202%20tenders.pdf">Tender prices</a> Restricted by virtue of paragraph 3 of Part 1 of Schedule 12A</li></ul>`);
    expect(readRestrictionCitations(doc, base)[0]).toMatchObject({ papers: [annex], matchedBy: 'link' });
  });

  it('keeps a ModernGov item row apart from the rows around it', () => {
    const doc =
      page(`<table><tr class="mgItemRow"><td><a href="documents/s201/Leisure%20review.pdf">Leisure review</a></td>
      <td>By virtue of paragraph 1 of Part 1 of Schedule 12A</td></tr>
      <tr class="mgItemRow"><td><a href="documents/s301/Highways%20plan.pdf">Highways plan</a></td></tr></table>`);
    expect(readRestrictionCitations(doc, base)[0]).toMatchObject({ papers: [report], matchedBy: 'agenda-item' });
  });

  it('ties nothing when the paper named is not linked, rather than guessing', () => {
    const [citation] = readRestrictionCitations(
      itemPage('Appendix C is restricted by virtue of paragraph 3 of Part 1 of Schedule 12A.'),
      base,
    );
    expect(citation).toMatchObject({ papers: [], matchedBy: 'none' });
  });

  it('reads a Welsh citation and the atodiad it names', () => {
    const doc = page(`<h2>6. Adolygiad</h2><ul><li><a href="documents/s401/Adroddiad.pdf">Adroddiad</a></li>
      <li><a href="documents/s402/Atodiad%20A.pdf">Atodiad A</a></li></ul>
      <p>Mae Atodiad A wedi'i gyfyngu yn rhinwedd paragraff 13 o Ran 4 o Atodlen 12A.</p>`);
    expect(readRestrictionCitations(doc, base)[0]).toMatchObject({
      paragraphs: [13],
      part: 4,
      papers: ['https://democracy.marshfield.gov.uk/documents/s402/Atodiad%20A.pdf'],
      matchedBy: 'named',
    });
  });

  it('reads a citation split by inline markup once', () => {
    const doc = page('<p>Restricted <strong>by virtue of paragraph 2</strong> of Part 1 of Schedule 12A</p>');
    expect(readRestrictionCitations(doc, base)).toEqual([
      expect.objectContaining({ paragraphs: [2], papers: [], matchedBy: 'none' }),
    ]);
  });
});
