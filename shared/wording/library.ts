// The clause library: every clause file validated once at load, looked up by id, newest version first.
import type { Jurisdiction } from '../model/finding.ts';
import { CLAUSE_FILES } from './clauses/index.ts';
import { clauseSchema, type Clause, type ClauseCategory, type ClauseVariable } from './schema.ts';
import { WordingError } from './wording-error.ts';

/** One version of a clause, as the add-in and the CLI show it. */
export interface ClauseView {
  id: string;
  title: string;
  category: ClauseCategory;
  jurisdiction: Jurisdiction | 'both';
  source: Clause['source'];
  version: number;
  effective: string;
  variables: ClauseVariable[];
  body: string[];
  /** Every version number this clause has, oldest first. */
  versions: number[];
}

function load(): Map<string, Clause> {
  const clauses = new Map<string, Clause>();
  for (const [file, data] of Object.entries(CLAUSE_FILES)) {
    const parsed = clauseSchema.safeParse(data);
    if (!parsed.success) {
      const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`).join('; ');
      throw new Error(`shared/wording/clauses/${file}.json: ${why}`);
    }
    if (parsed.data.id !== file) throw new Error(`shared/wording/clauses/${file}.json: id "${parsed.data.id}" must match the file name`);
    clauses.set(file, parsed.data);
  }
  return clauses;
}

const CLAUSES = load();

const view = (clause: Clause, v: Clause['versions'][number]): ClauseView => ({
  id: clause.id,
  title: clause.title,
  category: clause.category,
  jurisdiction: clause.jurisdiction,
  source: clause.source,
  version: v.version,
  effective: v.effective,
  variables: v.variables,
  body: v.body,
  versions: clause.versions.map((x) => x.version),
});

/** The newest version of every clause, in id order. */
export function listClauses(): ClauseView[] {
  return [...CLAUSES.values()].sort((a, b) => a.id.localeCompare(b.id)).map((c) => view(c, c.versions.at(-1)!));
}

/** A clause by id: the newest version unless `version` asks for an older one. Throws WordingError when there is none. */
export function getClause(id: string, version?: number): ClauseView {
  const clause = CLAUSES.get(id);
  if (!clause) throw new WordingError(`no clause "${id}" (known: ${[...CLAUSES.keys()].sort().join(', ')})`, id);
  const v = version === undefined ? clause.versions.at(-1)! : clause.versions.find((x) => x.version === version);
  if (!v) throw new WordingError(`clause ${id} has no version ${version} (versions: ${clause.versions.map((x) => x.version).join(', ')})`, id);
  return view(clause, v);
}
