import { describe, expect, it } from 'vitest';
import nhsNumber, { isValidNhsNumber } from '../../../shared/detectors/nhs-number.ts';
import { marked, spansFound } from '../../support/detector-harness.ts';

const examples = [
  'Tyler Brown (date of birth 14/09/2011, NHS number [[999 204 7186]], LCS ID 1048823).',
  "The health team's record for this child is NHS No. [[9993188220]].",
  'NHS number\t[[943-476-5919]]',
  'NHS number [[999 204 7187]] as recorded, although its check digit does not match.',
  'The council switchboard is 01632 960000 and the budget £1,234,567,890.',
  'Order number 1234567890 was raised for the works.',
];

describe('nhs-number', () => {
  it.each(examples)('%s', (example) => {
    const { text, spans } = marked(example);
    expect(spansFound(nhsNumber, text)).toEqual(spans);
  });

  it('applies the modulus 11 check, rejecting a remainder that gives 10', () => {
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('999 204 7186')).toBe(true);
    expect(isValidNhsNumber('943 476 5918')).toBe(false);
    expect(isValidNhsNumber('123 456 7890')).toBe(false);
    expect(isValidNhsNumber('123 456 7891')).toBe(false);
  });
});
