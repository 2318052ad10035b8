// The one place the engine calls compromise. It runs only on the sentences that hold an undecided
// name candidate, never on whole documents: tagging a 70-page pack in full is the slow path.
import nlp from 'compromise';

export interface WordTags {
  isPerson: boolean;
  isPlace: boolean;
  isOrganisation: boolean;
  isDate: boolean;
}

const cache = new Map<string, Map<string, WordTags>>();
const CACHE_LIMIT = 2000;

/** Tags for each word of a sentence, keyed by the word as written (punctuation stripped). */
export function tagWords(sentence: string): Map<string, WordTags> {
  const cached = cache.get(sentence);
  if (cached) return cached;
  const tags = new Map<string, WordTags>();
  for (const term of nlp(sentence).terms().json() as { terms: { text: string; tags: string[] }[] }[]) {
    for (const t of term.terms) {
      const set = new Set(t.tags);
      tags.set(t.text, {
        isPerson: set.has('Person') || set.has('FirstName') || set.has('LastName'),
        isPlace: set.has('Place') || set.has('City') || set.has('Country') || set.has('Region'),
        isOrganisation: set.has('Organization'),
        isDate: set.has('Date') || set.has('Month') || set.has('WeekDay'),
      });
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(sentence, tags);
  return tags;
}
