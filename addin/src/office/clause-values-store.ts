// The values a user filled into inserted standard wording, kept in the document's own settings and
// keyed by the instance in its content control's tag. Settings rather than the tag itself: a tag is
// meant to be a short key (Word's own dialog stops at 64 characters), while a clause's values can
// hold a sentence of reasons. The values are already in the document's text, and the redaction check
// reads the settings too. Wording inserted in Welsh, or in both languages, keeps its languages (and any
// answers written in Welsh) beside its values, so an update renders it in the same languages.
import { z } from 'zod';
import { CLAUSE_LANGUAGES, type ClauseLanguage } from '../../../shared/index.ts';
import { saveSettings, type SettingsLike } from './decision-store.ts';

export const CLAUSE_VALUES_SETTING = 'clearance.clauseValues';

const values = z.record(z.string(), z.string());
const inLanguages = z
  .object({ values, languages: z.array(z.enum(CLAUSE_LANGUAGES)).min(1).max(2), welshValues: values.optional() })
  .strict();
// English wording keeps the plain record it always had.
const storedSchema = z.record(z.string(), z.union([values, inLanguages]));

/** The languages wording was inserted in, other than English alone, with the answers written in Welsh. */
export interface StoredLanguages {
  languages: ClauseLanguage[];
  welshValues?: Record<string, string>;
}

export interface ClauseValuesStore {
  /** The values stored for one inserted clause, or undefined when none (or none readable) are stored. */
  get(instance: string): Record<string, string> | undefined;
  /** The languages stored for one inserted clause, or undefined for English alone. */
  languagesOf(instance: string): StoredLanguages | undefined;
  save(instance: string, values: Readonly<Record<string, string>>, languages?: StoredLanguages): Promise<void>;
}

export function documentClauseValuesStore(settings: SettingsLike): ClauseValuesStore {
  // Anyone can edit a document's settings: what does not parse is treated as nothing stored.
  const all = (): z.infer<typeof storedSchema> => {
    const parsed = storedSchema.safeParse(settings.get(CLAUSE_VALUES_SETTING));
    return parsed.success ? parsed.data : {};
  };
  return {
    get: (instance) => {
      const stored = all()[instance];
      const bilingual = inLanguages.safeParse(stored);
      return bilingual.success ? bilingual.data.values : values.safeParse(stored).data;
    },
    languagesOf: (instance) => {
      const parsed = inLanguages.safeParse(all()[instance]);
      if (!parsed.success) return undefined;
      const { languages, welshValues } = parsed.data;
      return { languages, ...(welshValues && { welshValues }) };
    },
    save: async (instance, values, languages) => {
      const english = !languages || (languages.languages.length === 1 && languages.languages[0] === 'en');
      settings.set(CLAUSE_VALUES_SETTING, {
        ...all(),
        [instance]: english ? { ...values } : { values: { ...values }, ...languages },
      });
      await saveSettings(settings, "The wording's values");
    },
  };
}
