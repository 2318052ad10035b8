import { describe, expect, it } from 'vitest';
import niNumber, { isValidNinoPrefix } from '../../../shared/detectors/ni-number.ts';
import { marked, spansFound } from '../../support/detector-harness.ts';

const examples = [
  'One care leaver, National Insurance number [[QQ 48 21 07 B]], was summonsed for arrears.',
  'NI number [[AB123456C]] on the claim form.',
  'NINO: [[JG 103759 A]]',
  'Reference DA 12 34 56 A cannot be a National Insurance number: D is never used.',
  'The pair GB 12 34 56 A is never issued.',
  'Suffix letters run A to D only: AB 12 34 56 E is not a number.',
];

describe('ni-number', () => {
  it.each(examples)('%s', (example) => {
    const { text, spans } = marked(example);
    expect(spansFound(niNumber, text)).toEqual(spans);
  });

  it('follows HMRC prefix rules, allowing the QQ specimen prefix', () => {
    expect(isValidNinoPrefix('QQ')).toBe(true);
    expect(isValidNinoPrefix('AB')).toBe(true);
    expect(isValidNinoPrefix('AO')).toBe(false);
    expect(isValidNinoPrefix('TN')).toBe(false);
    expect(isValidNinoPrefix('VA')).toBe(false);
  });
});
