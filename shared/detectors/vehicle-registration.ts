// Vehicle registrations ("WM19 KTX"): a number plate leads to the registered keeper, and in a
// transport or exploitation paper to the family or the adult involved.
import { defineDetector, PERSONAL_PARAGRAPHS, type Candidate } from '../engine/define-detector.ts';
import { around, matchAll } from '../engine/match.ts';

// DVLA formats: current (2001–) two letters, age identifier, three letters; older prefix and suffix plates.
const CURRENT = /\b[A-Z]{2}\d{2} ?[A-Z]{3}\b/g;
const PREFIX = /\b[A-Z]\d{1,3} ?[A-Z]{3}\b/g;
const SUFFIX = /\b[A-Z]{3} ?\d{1,3}[A-Z]\b/g;
const VEHICLE =
  /\b(?:registration|reg\.?|vrm|vehicle|car|van|taxi|minibus|bus|coach|lorry|motorbike|motorcycle|moped|number plate|plate|anpr|driven|driver|driving|parked|index)\b/;

export default defineDetector({
  id: 'vehicle-registration',
  type: 'identifier',
  severity: 'high',
  scope: 'block',
  explanation: 'A vehicle registration leads to the registered keeper and can identify a family or an individual.',
  exemptParagraphs: PERSONAL_PARAGRAPHS,
  source: 'DVLA registration number formats (INF104)',
  detect(block) {
    const text = block.text;
    const found: Candidate[] = [];
    const inVehicleContext = (start: number, end: number): boolean => {
      const { before, after } = around(text, start, end, 60);
      return VEHICLE.test(before) || VEHICLE.test(after.slice(0, 30));
    };
    for (const m of matchAll(text, CURRENT)) {
      if (inVehicleContext(m.start, m.end)) found.push({ start: m.start, end: m.end, suggestion: '[Registration]' });
      else
        found.push({
          start: m.start,
          end: m.end,
          severity: 'medium',
          suggestion: '[Registration]',
          message: 'Reads as a current-style vehicle registration: if it is one, it leads to the registered keeper.',
        });
    }
    for (const m of [...matchAll(text, PREFIX), ...matchAll(text, SUFFIX)]) {
      if (inVehicleContext(m.start, m.end)) found.push({ start: m.start, end: m.end, suggestion: '[Registration]' });
    }
    return found;
  },
});
