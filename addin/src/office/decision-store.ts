// Clearance decisions kept in the document's own settings (Office.context.document.settings), which
// Word saves inside the .docx, so they go wherever the file goes.
import { parseDecisions, type Decision } from '../clearance/decisions.ts';

export const DECISIONS_SETTING = 'clearance.decisions';

/** The part of Office.Settings the store uses. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } | null }) => void): void;
}

export interface DecisionStore {
  load(): { decisions: Decision[]; warning?: string };
  save(decisions: readonly Decision[]): Promise<void>;
}

export function documentDecisionStore(settings: SettingsLike): DecisionStore {
  return {
    load: () => parseDecisions(settings.get(DECISIONS_SETTING)),
    save: (decisions) =>
      new Promise((resolve, reject) => {
        settings.set(DECISIONS_SETTING, decisions);
        settings.saveAsync((result) => (result.status === 'failed' ? reject(new Error(`The decisions could not be saved in the document: ${result.error?.message ?? 'unknown error'}`)) : resolve()));
      }),
  };
}
