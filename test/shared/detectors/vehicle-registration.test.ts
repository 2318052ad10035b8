import { describe, expect, it } from 'vitest';
import vehicleRegistration from '../../../shared/detectors/vehicle-registration.ts';
import { marked, spansFound } from '../../support/detector-harness.ts';

const examples = [
  'She reported that the vehicle, registration [[WM19 KTX]], arrived late on eleven occasions.',
  'The taxi ([[KD09ABC]]) was seen outside the home.',
  'A car with the plate [[P123 ABC]] collected her.',
  'An older van, [[ABC 123D]], was parked nearby.',
  'Postcode KD7 3RW and Year 11 results are not registrations.',
  'Pages A1 and B2 of the ABC 123 report.',
];

describe('vehicle-registration', () => {
  it.each(examples)('%s', (example) => {
    const { text, spans } = marked(example);
    expect(spansFound(vehicleRegistration, text)).toEqual(spans);
  });
});
