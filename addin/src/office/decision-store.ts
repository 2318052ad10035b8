// Clearance decisions kept in the document's own settings (Office.context.document.settings), which
// Word saves inside the .docx, so a later session does not ask again. They hold keys, never text
// (see clearance/decisions.ts); the salt that makes the keys is stored once per document beside them.
import { keyerFor, newSalt, parseDecisions, type Decision, type Keyer } from '../clearance/decisions.ts';

export const DECISIONS_SETTING = 'clearance.decisions';
export const SALT_SETTING = 'clearance.salt';

/** The part of Office.Settings the store uses. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } | null }) => void): void;
}

export interface LoadedDecisions {
  decisions: Decision[];
  /** The key of a finding in this document. */
  keyOf: Keyer;
  warning?: string;
}

export interface DecisionStore {
  load(): Promise<LoadedDecisions>;
  save(decisions: readonly Decision[]): Promise<void>;
}

export function saveSettings(settings: SettingsLike, what: string): Promise<void> {
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) =>
      result.status === 'failed'
        ? reject(new Error(`${what} could not be saved in the document: ${result.error?.message ?? 'unknown error'}`))
        : resolve(),
    ),
  );
}

export function documentDecisionStore(settings: SettingsLike): DecisionStore {
  const save = async (decisions: readonly Decision[]) => {
    settings.set(DECISIONS_SETTING, decisions);
    await saveSettings(settings, 'The decisions');
  };
  return {
    async load() {
      const stored = settings.get(SALT_SETTING);
      const salt = typeof stored === 'string' && /^[0-9a-f]{32}$/.test(stored) ? stored : newSalt();
      if (salt !== stored) settings.set(SALT_SETTING, salt);
      const parsed = await parseDecisions(settings.get(DECISIONS_SETTING), salt);
      // Old decisions held the original text: saving them re-keyed takes it out of the file.
      if (parsed.migrated || salt !== stored) await save(parsed.decisions);
      return { decisions: parsed.decisions, keyOf: keyerFor(salt), ...(parsed.warning && { warning: parsed.warning }) };
    },
    save,
  };
}
