import { describe, expect, it } from 'vitest';
import { checkCitations } from '../../../extension/lib/restriction-check.ts';
import type { ExemptAdvice } from '../../../shared/index.ts';

const advice = (jurisdiction: 'england' | 'wales', paragraphs: number[]): ExemptAdvice => ({
  jurisdiction,
  jurisdictionReason: '',
  classification: 'exempt',
  declaredParagraphs: [],
  suggested: paragraphs.map((paragraph) => ({
    paragraph,
    description: `para ${paragraph}`,
    reason: `reason ${paragraph}.`,
  })),
  issues: [],
});

describe('checkCitations', () => {
  it('has nothing to say when the page cites nothing', () => {
    expect(checkCitations([], advice('england', [1]))).toBeUndefined();
  });

  it('separates cited paragraphs the paper supports from those it does not, and names what is held but not cited', () => {
    const check = checkCitations(
      [{ paragraphs: [1, 3], part: 1, quote: '', papers: [], matchedBy: 'none' as const }],
      advice('england', [1, 2]),
    );
    expect(check).toMatchObject({ cited: [1, 3], supported: [1], unsupported: [3], uncited: [2] });
    expect(check?.messages).toEqual([
      'Paragraph 3 is cited, but nothing in the paper points to information of that kind.',
      'The paper holds information under paragraph 2, which the page does not cite: reason 2.',
    ]);
  });

  it('flags a Welsh citation on an English paper', () => {
    const check = checkCitations(
      [{ paragraphs: [12], part: 4, quote: '', papers: [], matchedBy: 'none' as const }],
      advice('england', []),
    );
    expect(check?.messages[0]).toMatch(/Part 4 .* English \(Part 1/);
  });

  it('is quiet when citation and paper agree', () => {
    expect(
      checkCitations(
        [{ paragraphs: [12, 13], part: 4, quote: '', papers: [], matchedBy: 'none' as const }],
        advice('wales', [12, 13]),
      )?.messages,
    ).toEqual([]);
  });
});
