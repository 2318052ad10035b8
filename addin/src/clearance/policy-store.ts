// The council's policy (allowed names, council domains, cohort threshold and so on), kept with the
// add-in rather than in any document: in the pane's own storage on this computer, chosen once from a
// JSON file the council's IT or legal team supplies, and checked by the engine's policy parser. The council's
// clause pack is kept the same way, beside it, and checked by the engine's pack parser.
// (Office's roaming settings exist for Outlook add-ins only, so Word offers no per-user store that
// follows the user; the pane says which policy is in force instead.)
import {
  DEFAULT_POLICY,
  listClauseVersions,
  parseClausePack,
  parsePolicyJson,
  WordingError,
  type ClausePack,
  type Policy,
} from '../../../shared/index.ts';

export const POLICY_STORAGE_KEY = 'clearance.policy';
export const PACK_STORAGE_KEY = 'clearance.clausePack';

export interface PolicyChoice {
  policy: Policy;
  /** What the pane calls it: the council's name, or "the default policy". */
  name: string;
  /** Where it came from, for the pane: a file name, or undefined for the default. */
  file?: string;
}

export type PolicyOutcome = { ok: true; choice: PolicyChoice } | { ok: false; errors: string[] };

/** The council's clause pack in force, and the file it came from. */
export interface PackChoice {
  pack: ClausePack;
  file: string;
}

export type PackOutcome = { ok: true; choice: PackChoice } | { ok: false; errors: string[] };

export interface PolicyStore {
  /** The policy in force: the stored one, or the default (with why, when the stored one no longer reads). */
  load(): { choice: PolicyChoice; warning?: string };
  /** Checks a policy file and, when it is valid, keeps it for later sessions. */
  choose(json: string, file: string): PolicyOutcome;
  reset(): PolicyChoice;
  /** The clause pack in force, if any (with why, when the stored one no longer reads). */
  loadPack(): { choice?: PackChoice; warning?: string };
  /** Checks a clause pack file and, when it is valid, keeps it in place of the one before. */
  choosePack(json: string, file: string): PackOutcome;
  resetPack(): void;
}

export const DEFAULT_CHOICE: PolicyChoice = { policy: DEFAULT_POLICY, name: 'the default policy' };

const choiceOf = (policy: Policy, file: string): PolicyChoice => ({
  policy,
  name: policy.councilName ?? `the policy in ${file}`,
  file,
});

/**
 * The engine's pack parser, then the library's own check that the pack's translations pair with their twins
 * (a Welsh clause with no English one, or other variables), so a pack that would fail later is refused now.
 */
function readPack(json: string, file: string): PackOutcome {
  const parsed = parseClausePack(json, file);
  if (!parsed.ok) return parsed;
  try {
    listClauseVersions({ pack: parsed.pack });
  } catch (e) {
    if (e instanceof WordingError) return { ok: false, errors: [e.message] };
    throw e;
  }
  return { ok: true, choice: { pack: parsed.pack, file } };
}

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
    loadPack() {
      const raw = storage?.getItem(PACK_STORAGE_KEY);
      if (!raw) return {};
      try {
        const { file, json } = JSON.parse(raw) as { file: string; json: string };
        const read = readPack(json, file);
        if (read.ok) return { choice: read.choice };
        return {
          warning: `The stored clause pack no longer reads, so the built-in wording is in force: ${read.errors.join('; ')}`,
        };
      } catch {
        return {
          warning:
            'The stored clause pack could not be read, so the built-in wording is in force. Choose the pack file again.',
        };
      }
    },
    choosePack(json, file) {
      const read = readPack(json, file);
      if (read.ok) storage?.setItem(PACK_STORAGE_KEY, JSON.stringify({ file, json }));
      return read;
    },
    resetPack() {
      storage?.removeItem(PACK_STORAGE_KEY);
    },
  };
}
