import { describe, expect, it } from 'vitest';
import ageAfterName from '../../../shared/detectors/age-after-name.ts';
import { findingsOf, marked, spansFound } from '../../support/detector-harness.ts';

const examples = [
  'Liam ([[12]]) lives with his nan.',
  'Sophie, [[15]], was reported missing on 4 March and found in Leeds.',
  'Northfield (5) and Southfield (12) wards had the most referrals.',
  'Councillor Sam Lee (2) asked a question about the budget.',
  'Sophie, 45, was reported missing, her mother said.',
];

describe('age-after-name', () => {
  it.each(examples)('%s', (example) => {
    const { text, spans } = marked(example);
    expect(spansFound(ageAfterName, text)).toEqual(spans);
  });

  it('reports an age finding with a placeholder', () => {
    const [f] = findingsOf(ageAfterName, 'Liam (12) lives with his nan.');
    expect(f).toMatchObject({ type: 'age', severity: 'high', suggestion: '[age removed]' });
  });
});
