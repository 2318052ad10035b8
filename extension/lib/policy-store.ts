// The council's policy in extension storage, validated by the engine's own parser on the way in and out.
import { browser } from 'wxt/browser';
import type { Policy, PolicyResult } from '../../shared/index.ts';
import type { Engine } from './engine.ts';

export const POLICY_KEY = 'clearance:policy';

/** The stored policy; a stored value the engine now refuses falls back to the defaults, with the reasons. */
export async function loadPolicy(engine: Engine): Promise<{ policy: Policy; errors: string[] }> {
  const stored = (await browser.storage.local.get(POLICY_KEY))[POLICY_KEY];
  if (stored === undefined) return { policy: engine.DEFAULT_POLICY, errors: [] };
  const result = engine.parsePolicy(stored, 'stored policy');
  return result.ok ? { policy: result.policy, errors: [] } : { policy: engine.DEFAULT_POLICY, errors: result.errors };
}

/** Saves only a policy the engine accepts; otherwise returns the engine's messages naming each field. */
export async function savePolicy(engine: Engine, input: unknown): Promise<PolicyResult> {
  const result = engine.parsePolicy(input, 'policy');
  if (result.ok) await browser.storage.local.set({ [POLICY_KEY]: result.policy });
  return result;
}
