// Standard wording inserted from an older version of a clause (found by its content control's tag):
// what the ready check says about it and, where the library still has the clause, how to update it in
// place with the values filled when it was inserted, asking only for what the new version adds, in the
// languages it was inserted in.
import {
  listClauses,
  renderInLanguages,
  type ClauseLanguage,
  type ClausePack,
  type ClauseVariable,
  type ClauseView,
} from '../../../shared/index.ts';
import type { ClauseText, InsertedClause } from '../word/insert-clause.ts';

export interface ClauseUpdate {
  /** The tag of the content control to update. */
  tag: string;
  instance?: string;
  id: string;
  title: string;
  from: number;
  to: number;
  /** Stored values the current version still takes. */
  values: Record<string, string>;
  /** Variables of the current version with no stored value: the user fills these. */
  missing: ClauseVariable[];
  /** The languages it was inserted in, when not English alone, and the answers written in Welsh. */
  languages?: ClauseLanguage[];
  welshValues?: Record<string, string>;
}

export interface OutdatedWording {
  message: string;
  update?: ClauseUpdate;
}

export function outdatedWording(
  inserted: readonly InsertedClause[],
  storedValues: (clause: InsertedClause) => Readonly<Record<string, string>> | undefined = () => undefined,
  library: readonly ClauseView[] = listClauses(),
): OutdatedWording[] {
  const latest = new Map(library.map((c) => [c.id, c]));
  return inserted.flatMap((clause) => {
    const current = latest.get(clause.id);
    if (!current)
      return [
        {
          message: `Standard wording "${clause.id}" (version ${clause.version}) is no longer in the clause library: check it by hand.`,
        },
      ];
    if (current.version <= clause.version) return [];
    const stored = storedValues(clause) ?? {};
    const values = Object.fromEntries(
      current.variables.flatMap((v) => (stored[v.name]?.trim() ? [[v.name, stored[v.name]!]] : [])),
    );
    return [
      {
        message: `"${current.title}" is version ${clause.version}; version ${current.version} (effective ${current.effective}) replaces it. Update it to the current version.`,
        update: {
          tag: clause.tag,
          ...(clause.instance && { instance: clause.instance }),
          id: clause.id,
          title: current.title,
          from: clause.version,
          to: current.version,
          values,
          missing: current.variables.filter((v) => !(v.name in values)),
        },
      },
    ];
  });
}

/** Renders with the library (and the council's pack, when given) in the update's languages: English when none are stored. */
export const renderIn =
  (pack?: ClausePack) =>
  (id: string, values: Record<string, string>, update: ClauseUpdate): string[] =>
    renderInLanguages(id, values, {
      languages: update.languages ?? ['en'],
      ...(update.welshValues && { welshValues: update.welshValues }),
      ...(pack && { pack }),
    }).flatMap((r) => r.paragraphs);

/** The current version rendered with the stored values and the ones the user just gave. Throws WordingError on a bad value. */
export function renderUpdate(
  update: ClauseUpdate,
  given: Readonly<Record<string, string>>,
  render: (id: string, values: Record<string, string>, update: ClauseUpdate) => string[] = renderIn(),
): ClauseText {
  const values = { ...update.values, ...Object.fromEntries(update.missing.map((v) => [v.name, given[v.name] ?? ''])) };
  // A Welsh answer for a variable the new version no longer takes is dropped with its English one.
  const welshValues = update.welshValues
    ? Object.fromEntries(Object.entries(update.welshValues).filter(([name]) => name in values))
    : undefined;
  const languages = update.languages && { languages: update.languages, ...(welshValues && { welshValues }) };
  return {
    id: update.id,
    version: update.to,
    title: update.title,
    paragraphs: render(update.id, values, { ...update, ...languages }),
    values,
    ...languages,
    ...(update.instance && { instance: update.instance }),
  };
}
