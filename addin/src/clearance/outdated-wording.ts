// Standard wording inserted from an older version of a clause (found by its content control's tag),
// so the reviewer knows to insert the current version in its place.
import { listClauses, type ClauseView } from '../../../shared/index.ts';

export function outdatedWording(inserted: readonly { id: string; version: number }[], library: readonly ClauseView[] = listClauses()): string[] {
  const latest = new Map(library.map((c) => [c.id, c]));
  return inserted.flatMap(({ id, version }) => {
    const clause = latest.get(id);
    if (!clause) return [`Standard wording "${id}" (version ${version}) is no longer in the clause library: check it by hand.`];
    return clause.version > version ? [`"${clause.title}" is version ${version}; version ${clause.version} (effective ${clause.effective}) replaces it. Insert the new version in its place.`] : [];
  });
}
