// Which languages a council's standard wording is rendered in: one rule for the CLI's `wording render` and the
// Word pane's wording form.
import type { Policy } from '../policy/schema.ts';
import { languagesOf } from './library.ts';
import type { ClausePack } from './pack.ts';
import type { ClauseLanguage } from './schema.ts';

/** One language, or both in the council's order. */
export type LanguageChoice = ClauseLanguage | 'both';

/** A council that publishes in Welsh: its policy says Wales, or lists Welsh among its languages. */
export function publishesInWelsh(policy: Pick<Policy, 'jurisdiction' | 'languages'>): boolean {
  return policy.jurisdiction === 'wales' || (policy.languages?.includes('cy') ?? false);
}

/**
 * The languages to render clause `id` in: those asked for (both: in the order of the policy's `languages`, Welsh
 * first when it does not give both); else the policy's languages that the clause has; else English.
 */
export function languagesFor(
  id: string,
  asked: LanguageChoice | undefined,
  policy: Pick<Policy, 'languages'>,
  pack?: ClausePack,
): ClauseLanguage[] {
  const order: ClauseLanguage[] = policy.languages?.length === 2 ? [...policy.languages] : ['cy', 'en'];
  if (asked === 'both') return order;
  if (asked) return [asked];
  const has = languagesOf(id, pack ? { pack } : {});
  const chosen = (policy.languages ?? ['en']).filter((l) => has.includes(l));
  return chosen.length ? chosen : ['en'];
}
