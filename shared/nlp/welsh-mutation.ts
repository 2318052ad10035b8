// Welsh names and places change their first letters after some words: Gwawr → "i Wawr", Bangor →
// "ym Mangor", Caerdydd → "yng Nghaerdydd", Tomos → "a Thomos". One person or place is one key,
// whatever the form: these functions give the forms a word can take and the radicals a form can come from.
import table from '../lexicons/welsh-mutations.json' with { type: 'json' };

type Rule = [radical: string, mutated: string];
const RULES: readonly Rule[] = [...table.soft, ...table.nasal, ...table.aspirate] as Rule[];
const VOWEL = /^[aeiouwyâêîôûŵŷ]/i;

const matchCase = (model: string, text: string): string =>
  model[0] === model[0]!.toUpperCase() ? text.charAt(0).toUpperCase() + text.slice(1) : text;

/** Every mutated form of a radical word, itself included: "Caerdydd" → Gaerdydd, Nghaerdydd, Chaerdydd. */
export function mutatedForms(word: string): string[] {
  const lower = word.toLowerCase();
  const out = new Set([word]);
  for (const [radical, mutated] of RULES) {
    if (!lower.startsWith(radical)) continue;
    // "ll" and "rh" are one letter: "l" is not the start of "ll".
    if ((radical === 'l' && lower.startsWith('ll')) || (radical === 'r' && lower.startsWith('rh'))) continue;
    const rest = lower.slice(radical.length);
    if (!rest) continue;
    out.add(matchCase(word, mutated + rest));
  }
  if (table.hBeforeVowel && VOWEL.test(lower)) out.add(matchCase(word, `h${lower}`));
  return [...out];
}

/** Every radical a word could be the mutated form of, itself included: "Wawr" → Gwawr; "Mangor" → Bangor. */
export function radicalForms(word: string): string[] {
  const lower = word.toLowerCase();
  const out = new Set([word]);
  for (const [radical, mutated] of RULES) {
    if (mutated === '') {
      // Soft mutation drops g: any word could have lost one ("Wawr" ← Gwawr, "Eraint" ← Geraint).
      out.add(matchCase(word, radical + lower));
      continue;
    }
    if (!lower.startsWith(mutated)) continue;
    // "dd" is not the nasal "d" → "n", nor "ll" a soft "l": take the longest mutated prefix only.
    if (RULES.some(([, m]) => m.length > mutated.length && m.startsWith(mutated) && lower.startsWith(m))) continue;
    out.add(matchCase(word, radical + lower.slice(mutated.length)));
  }
  if (table.hBeforeVowel && /^h[aeiouwyâêîôûŵŷ]/i.test(lower)) out.add(matchCase(word, lower.slice(1)));
  return [...out];
}

/** True when `form` is `radical` or one of its mutations: the same name or place. */
export function isMutationOf(form: string, radical: string): boolean {
  const lower = form.toLowerCase();
  return mutatedForms(radical).some((m) => m.toLowerCase() === lower);
}
