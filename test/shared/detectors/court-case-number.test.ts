import { describe, expect, it } from 'vitest';
import courtCaseNumber from '../../../shared/detectors/court-case-number.ts';
import { marked, spansFound } from '../../support/detector-harness.ts';

const examples = [
  'Looked after under an interim care order (Coldbrook Family Court, case number [[ZE24C00112]]).',
  'Legal status\tCare order (Cardiff Family Court, [[CF23C00789]])',
  'Private law proceedings [[ZW19P01392]] concluded in 2020.',
  'Planning application 24/01187/FUL and decision ODR/CS/2024/118 are public records.',
  'The KS4 cohort and the SEND2025 review are unaffected.',
];

describe('court-case-number', () => {
  it.each(examples)('%s', (example) => {
    const { text, spans } = marked(example);
    expect(spansFound(courtCaseNumber, text)).toEqual(spans);
  });
});
