import { describe, expect, it } from 'vitest';
import { placeholderWord } from '../../../shared/redact/plan.ts';
import { planFor } from './plan-helper.ts';

describe('planRedaction', () => {
  it('gives each distinct string one placeholder, numbered per word in order of appearance', () => {
    const plan = planFor([
      { text: 'Tyler', role: 'child' },
      { text: 'KD7 3RW', type: 'postcode' },
      { text: 'TYLER', role: 'child' },
      { text: 'Jayden', role: 'child' },
      { text: '07700 900123', type: 'phone' },
    ]);
    expect(plan.targets.map((t) => [t.needle, t.placeholder])).toEqual([
      ['Tyler', '[Child 1]'],
      ['KD7 3RW', '[Postcode 1]'],
      ['Jayden', '[Child 2]'],
      ['07700 900123', '[Phone 1]'],
    ]);
  });

  it('redacts what the engine flagged, never what it left for review or judged public', () => {
    const plan = planFor([
      { text: 'Tyler' },
      { text: 'Sam Hill', disposition: 'review' },
      { text: 'Cllr Shah', disposition: 'public' },
    ]);
    expect(plan.targets.map((t) => t.needle)).toEqual(['Tyler']);
  });

  it('words the placeholder by the role for a name, and by the finding type otherwise', () => {
    expect(placeholderWord({ type: 'person', role: 'carer' })).toBe('Carer');
    expect(placeholderWord({ type: 'person' })).toBe('Person');
    expect(placeholderWord({ type: 'small-cohort' })).toBe('Number');
    expect(placeholderWord({ type: 'date-of-birth' })).toBe('Date of birth');
  });
});

describe('planRedaction with person ids', () => {
  it('gives every mention of one person the same numbered placeholder, whatever its form', () => {
    const plan = planFor([
      { text: 'Jayden Cole', personId: 'p1', role: 'child' },
      { text: 'Tyler', personId: 'p2', role: 'child' },
      { text: 'Jayden', personId: 'p1', role: 'child' },
      { text: 'Mia', role: 'child' },
    ]);
    expect(plan.targets.map((t) => [t.needle, t.placeholder])).toEqual([
      ['Jayden Cole', '[Child 1]'],
      ['Tyler', '[Child 2]'],
      ['Jayden', '[Child 1]'],
      ['Mia', '[Child 3]'],
    ]);
  });

  it('without person ids, numbers mentions by their normalised text', () => {
    const plan = planFor([{ text: 'Jayden  Cole' }, { text: 'jayden cole' }, { text: 'Mia' }]);
    expect(plan.targets.map((t) => [t.needle, t.placeholder])).toEqual([
      ['Jayden  Cole', '[Person 1]'],
      ['Mia', '[Person 2]'],
    ]);
  });
});
