// The paper's own marking: public or exempt, and the Schedule 12A paragraphs (and Part) it cites.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../shared/readers/text.ts';
import { readClassification } from '../../../shared/exempt/classification.ts';

const classify = (text: string) => readClassification(readText(text));

describe('readClassification', () => {
  it.each([
    ['This report is Public', 'public'],
    ['Status: Public / Cyhoeddus', 'public'],
    ['Classification: Public', 'public'],
    ['Is this report confidential? No', 'public'],
    ['Exempt information: None', 'public'],
    ['NOT FOR PUBLICATION', 'exempt'],
    ['EXEMPT INFORMATION: NOT FOR PUBLICATION', 'exempt'],
    ['CABINET – PART B', 'exempt'],
    ['PART II – EXEMPT', 'exempt'],
    ['EITEM EITHRIEDIG / EXEMPT ITEM', 'exempt'],
    ['Is this report confidential? Yes', 'exempt'],
    ['Report to Cabinet on leisure', 'unknown'],
  ])('"%s" → %s', (marking, classification) => {
    expect(classify(`Marshfield Borough Council\n\n${marking}\n\nTitle: A report`).classification).toBe(classification);
  });

  it('reads the marking from the masthead only, not a minuted resolution for a later item', () => {
    const minutes = `Minutes of the Panel\n\n${'The Panel discussed placements at length. '.repeat(60)}\n\nRESOLVED that the press and public be excluded for the following item, which is NOT FOR PUBLICATION by virtue of paragraphs 1 and 2 of Part 1 of Schedule 12A.`;
    const paper = classify(minutes);
    expect(paper.classification).toBe('unknown');
    expect(paper.citations.map((c) => c.paragraphs)).toEqual([[1, 2]]);
  });

  it.each([
    [
      'This report contains exempt information as defined in paragraphs 1 and 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
      [1, 3],
      1,
    ],
    [
      'Not for publication by virtue of paragraph(s) 3, 7 of Part 1 of Schedule 12A of the Local Government Act 1972.',
      [3, 7],
      1,
    ],
    [
      'Not for publication by virtue of paragraph 14 of Part 4 of Schedule 12A to the Local Government Act 1972.',
      [14],
      4,
    ],
    ['Yn rhinwedd Paragraff(au) 13, 14 Rhan 4, Atodlen 12A Deddf Llywodraeth Leol 1972.', [13, 14], 4],
    ['Exempt under paragraph 5 of Schedule 12A.', [5], undefined],
  ])('reads the citation in "%s"', (sentence, paragraphs, part) => {
    const [citation] = classify(`NOT FOR PUBLICATION\n\n${sentence}`).citations;
    expect(citation?.paragraphs).toEqual(paragraphs);
    expect(citation?.part).toBe(part);
  });

  it('ignores paragraph numbers that do not cite Schedule 12A', () => {
    expect(
      classify('The decision was urgent under paragraph 4.12 of the Scheme of Delegation. See paragraph 5 above.')
        .citations,
    ).toEqual([]);
  });

  it('notes whether the citing passage, or the paragraph after it, states the public interest test', () => {
    const stated = classify(
      'NOT FOR PUBLICATION\n\nBy virtue of paragraph 1 of Part 1 of Schedule 12A.\n\nThe public interest in maintaining the exemption outweighs the public interest in disclosing the information.',
    );
    const silent = classify(
      'NOT FOR PUBLICATION\n\nBy virtue of paragraph 1 of Part 1 of Schedule 12A.\n\nTitle: Placement',
    );
    expect(stated.citations[0]?.publicInterest).toBe(true);
    expect(silent.citations[0]?.publicInterest).toBe(false);
  });
});
