import { describe, expect, it } from 'vitest';
import upn, { isValidUpn } from '../../../shared/detectors/upn.ts';
import { marked, spansFound } from '../../support/detector-harness.ts';

const examples = [
  'Pupil\tUPN\tKS4 outcome\nChelsea Dawson\t[[B801234518002]]\t9 GCSEs grade 5+',
  'Her unique pupil number is [[B801200005001]].',
  'UPN [[C801200005001]] (check letter wrong, still a pupil number).',
  'Invoice A123456789013 was paid in March.',
  // The UPN cue may open the sentence that gives the number, mistyped or not,
  'The UPN for the appellant was printed on the school’s statement ([[K801234567890]]).',
];

describe('upn', () => {
  it.each(examples)('%s', (example) => {
    const { text, spans } = marked(example);
    expect(spansFound(upn, text)).toEqual(spans);
  });

  it('computes the DfE check letter', () => {
    expect(isValidUpn('B801200005001')).toBe(true);
    expect(isValidUpn('C801200005001')).toBe(false);
    expect(isValidUpn('B80120000500')).toBe(false);
  });
});
