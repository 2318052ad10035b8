// The council's policy (allowed names, council domains, cohort threshold and so on), kept with the
// add-in rather than in any document: in the pane's own storage on this computer, chosen once from a
// JSON file the council's IT or legal team supplies, and checked by the engine's policy parser.
// (Office's roaming settings exist for Outlook add-ins only, so Word offers no per-user store that
// follows the user; the pane says which policy is in force instead.)
import { DEFAULT_POLICY, parsePolicyJson, type Policy } from '../../../shared/index.ts';

export const POLICY_STORAGE_KEY = 'clearance.policy';

export interface PolicyChoice {
  policy: Policy;
  /** What the pane calls it: the council's name, or "the default policy". */
  name: string;
  /** Where it came from, for the pane: a file name, or undefined for the default. */
  file?: string;
}

export type PolicyOutcome = { ok: true; choice: PolicyChoice } | { ok: false; errors: string[] };

export interface PolicyStore {
  /** The policy in force: the stored one, or the default (with why, when the stored one no longer reads). */
  load(): { choice: PolicyChoice; warning?: string };
  /** Checks a policy file and, when it is valid, keeps it for later sessions. */
  choose(json: string, file: string): PolicyOutcome;
  reset(): PolicyChoice;
}

export const DEFAULT_CHOICE: PolicyChoice = { policy: DEFAULT_POLICY, name: 'the default policy' };

const choiceOf = (policy: Policy, file: string): PolicyChoice => ({
  policy,
  name: policy.councilName ?? `the policy in ${file}`,
  file,
});

/** Storage as the browser gives it; undefined where the host has none. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function localPolicyStore(storage: StorageLike | undefined): PolicyStore {
  return {
    load() {
      const raw = storage?.getItem(POLICY_STORAGE_KEY);
      if (!raw) return { choice: DEFAULT_CHOICE };
      try {
        const { file, json } = JSON.parse(raw) as { file: string; json: string };
        const parsed = parsePolicyJson(json, file);
        if (parsed.ok) return { choice: choiceOf(parsed.policy, file) };
        return {
          choice: DEFAULT_CHOICE,
          warning: `The stored council policy no longer reads, so the default policy is in force: ${parsed.errors.join('; ')}`,
        };
      } catch {
        return {
          choice: DEFAULT_CHOICE,
          warning:
            'The stored council policy could not be read, so the default policy is in force. Choose the policy file again.',
        };
      }
    },
    choose(json, file) {
      const parsed = parsePolicyJson(json, file);
      if (!parsed.ok) return parsed;
      storage?.setItem(POLICY_STORAGE_KEY, JSON.stringify({ file, json }));
      return { ok: true, choice: choiceOf(parsed.policy, file) };
    },
    reset() {
      storage?.removeItem(POLICY_STORAGE_KEY);
      return DEFAULT_CHOICE;
    },
  };
}
