// The values a user filled into inserted standard wording, kept in the document's own settings and
// keyed by the instance in its content control's tag. Settings rather than the tag itself: a tag is
// meant to be a short key (Word's own dialog stops at 64 characters), while a clause's values can
// hold a sentence of reasons. The values are already in the document's text, and the redaction check
// reads the settings too.
import { z } from 'zod';
import { saveSettings, type SettingsLike } from './decision-store.ts';

export const CLAUSE_VALUES_SETTING = 'clearance.clauseValues';

const storedSchema = z.record(z.string(), z.record(z.string(), z.string()));

export interface ClauseValuesStore {
  /** The values stored for one inserted clause, or undefined when none (or none readable) are stored. */
  get(instance: string): Record<string, string> | undefined;
  save(instance: string, values: Readonly<Record<string, string>>): Promise<void>;
}

export function documentClauseValuesStore(settings: SettingsLike): ClauseValuesStore {
  // Anyone can edit a document's settings: what does not parse is treated as nothing stored.
  const all = (): Record<string, Record<string, string>> => {
    const parsed = storedSchema.safeParse(settings.get(CLAUSE_VALUES_SETTING));
    return parsed.success ? parsed.data : {};
  };
  return {
    get: (instance) => all()[instance],
    save: async (instance, values) => {
      settings.set(CLAUSE_VALUES_SETTING, { ...all(), [instance]: { ...values } });
      await saveSettings(settings, "The wording's values");
    },
  };
}
