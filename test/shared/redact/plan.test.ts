import { describe, expect, it } from 'vitest';
import { labelOf } from '../../../shared/redact/plan.ts';
import { planFor } from './plan-helper.ts';

describe('planRedaction', () => {
  it('gives each distinct string one placeholder, numbered per kind in order of appearance', () => {
    const plan = planFor([
      { text: 'Tyler', suggestion: '[Child]' },
      { text: 'KD7 3RW', type: 'postcode', suggestion: '[Postcode]' },
      { text: 'TYLER', suggestion: '[Child]' },
      { text: 'Jayden', suggestion: '[Child]' },
      { text: '07700 900123', type: 'phone' },
    ]);
    expect(plan.targets.map((t) => [t.needle, t.placeholder])).toEqual([
      ['Tyler', '[Child 1]'],
      ['KD7 3RW', '[Postcode 1]'],
      ['Jayden', '[Child 2]'],
      ['07700 900123', '[Phone 1]'],
    ]);
  });

  it('redacts high findings by default and medium ones only when asked', () => {
    const flags = [{ text: 'Tyler' }, { text: 'aged 9', type: 'age' as const, severity: 'medium' as const }, { text: 'Cllr Shah', severity: 'info' as const }];
    expect(planFor(flags).targets.map((t) => t.needle)).toEqual(['Tyler']);
    expect(planFor(flags, 'medium').targets.map((t) => t.needle)).toEqual(['Tyler', 'aged 9']);
  });

  it('labels by the detector suggestion when it is a bare label, else by the finding type', () => {
    expect(labelOf({ type: 'person', suggestion: '[Foster carer]' })).toBe('Foster carer');
    expect(labelOf({ type: 'small-cohort', suggestion: 'fewer than 10' })).toBe('Number');
    expect(labelOf({ type: 'date-of-birth' })).toBe('Date of birth');
  });
});

describe('planRedaction with numbered suggestions', () => {
  it("keeps a detector's numbering, so every mention of one person shares a placeholder, and numbers the rest around it", () => {
    const plan = planFor([
      { text: 'Jayden Cole', suggestion: '[Person 2]' },
      { text: 'Jayden', suggestion: '[Person 2]' },
      { text: 'Tyler', suggestion: '[Person]' },
      { text: 'Mia' },
    ]);
    expect(plan.targets.map((t) => [t.needle, t.placeholder])).toEqual([['Jayden Cole', '[Person 2]'], ['Jayden', '[Person 2]'], ['Tyler', '[Person 1]'], ['Mia', '[Person 3]']]);
  });
});
