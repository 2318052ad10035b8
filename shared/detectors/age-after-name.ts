// The age given straight after a private individual's name: "Liam (12)", "Sophie, 15, was reported
// missing". A bare number in brackets is a count elsewhere ("Northfield (5)"); after a child's name it
// is their age.
import { defineDetector, PERSONAL_PARAGRAPHS, type Candidate } from '../engine/define-detector.ts';
import { findPeople } from '../people/find-people.ts';

// ", 15," or " (12)" right after the name; an age is at most two digits and under 26 for those in care.
const AGE_AFTER = /^(?:,\s(\d{1,2}),|\s\((\d{1,2})\))/;
const OLDEST = 25;

export default defineDetector({
  id: 'age-after-name',
  type: 'age',
  severity: 'high',
  scope: 'document',
  explanation: 'The age of a named private individual, given beside their name, narrows them down to one person.',
  exemptParagraphs: PERSONAL_PARAGRAPHS,
  source: 'ICO anonymisation guidance (motivated intruder); ../shared/corpus/FORMAT.md (age of a specific individual)',
  detect(context) {
    const out: Candidate[] = [];
    for (const person of findPeople(context)) {
      if (person.verdict !== 'private') continue;
      const m = AGE_AFTER.exec(context.doc.text.slice(person.end, person.end + 8));
      const age = Number(m?.[1] ?? m?.[2]);
      if (!m || age > OLDEST) continue;
      const start = person.end + m[0].indexOf(String(age));
      out.push({
        start,
        end: start + String(age).length,
        suggestion: '[age removed]',
        message: `The age of a named private individual, given beside their name (${age}).`,
      });
    }
    return out;
  },
});
