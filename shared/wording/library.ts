// The clause library: every clause file validated once at load, looked up by id and language, newest version
// first. A council's clause pack, when given, takes precedence over the built-in clause with the same id and language.
import type { Jurisdiction } from '../model/finding.ts';
import { CLAUSE_FILES } from './clauses/index.ts';
import type { ClausePack } from './pack.ts';
import {
  clauseSchema,
  type Clause,
  type ClauseCategory,
  type ClauseLanguage,
  type ClauseStatus,
  type ClauseVariable,
} from './schema.ts';
import { WordingError } from './wording-error.ts';

/** One version of a clause in one language, as the add-in and the CLI show it. */
export interface ClauseView {
  id: string;
  title: string;
  category: ClauseCategory;
  jurisdiction: Jurisdiction | 'both';
  language: ClauseLanguage;
  /** Links a clause to its translation (the same key in each language). */
  pairing: string;
  status: ClauseStatus;
  translationNote?: string;
  /** built-in, or the council pack (with its version) that supplied it. */
  origin: { kind: 'built-in' } | { kind: 'pack'; packVersion: number; council?: string };
  source: Clause['source'];
  version: number;
  effective: string;
  variables: ClauseVariable[];
  body: string[];
  /** Every version number this clause has, oldest first. */
  versions: number[];
}

export interface LibraryOptions {
  /** A council's clause pack (see parseClausePack); its clauses replace built-in ones with the same id and language. */
  pack?: ClausePack;
}

export interface ClauseQuery extends LibraryOptions {
  /** en by default. */
  language?: ClauseLanguage;
}

interface Entry {
  clause: Clause;
  origin: ClauseView['origin'];
}

const keyOf = (id: string, language: ClauseLanguage) => `${id}:${language}`;

function load(): Map<string, Entry> {
  const clauses = new Map<string, Entry>();
  for (const [file, data] of Object.entries(CLAUSE_FILES)) {
    const parsed = clauseSchema.safeParse(data);
    if (!parsed.success) {
      const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`).join('; ');
      throw new Error(`shared/wording/clauses/${file}.json: ${why}`);
    }
    // "exempt-notice-wales.cy" holds the Welsh version of "exempt-notice-wales".
    const [id, language = 'en'] = file.split('.');
    if (parsed.data.id !== id)
      throw new Error(`shared/wording/clauses/${file}.json: id "${parsed.data.id}" must match the file name`);
    if (parsed.data.language !== language)
      throw new Error(
        `shared/wording/clauses/${file}.json: language "${parsed.data.language}" must match the file name`,
      );
    clauses.set(keyOf(id, parsed.data.language), { clause: parsed.data, origin: { kind: 'built-in' } });
  }
  const problems = pairingProblems(clauses);
  if (problems.length) throw new Error(`shared/wording/clauses: ${problems.join('; ')}`);
  return clauses;
}

/** A translation must have its twin, in the other language, taking the same variables: one set of values renders both. */
function pairingProblems(clauses: ReadonlyMap<string, Entry>): string[] {
  const byPairing = new Map<string, Entry[]>();
  for (const e of clauses.values())
    byPairing.set(pairingOf(e.clause), [...(byPairing.get(pairingOf(e.clause)) ?? []), e]);
  const out: string[] = [];
  for (const [pairing, entries] of byPairing) {
    const en = entries.find((e) => e.clause.language === 'en');
    for (const cy of entries.filter((e) => e.clause.language === 'cy')) {
      if (!en) {
        out.push(`Welsh clause "${cy.clause.id}" has no English clause with pairing "${pairing}"`);
        continue;
      }
      const names = (c: Clause) =>
        c.versions
          .at(-1)!
          .variables.map((v) => `${v.name}:${v.kind}`)
          .sort()
          .join(',');
      if (names(cy.clause) !== names(en.clause))
        out.push(
          `Welsh clause "${cy.clause.id}" must take the same variables as its English twin (${names(en.clause) || 'none'})`,
        );
      if (cy.clause.jurisdiction !== en.clause.jurisdiction || cy.clause.category !== en.clause.category)
        out.push(`Welsh clause "${cy.clause.id}" must have the jurisdiction and category of its English twin`);
    }
  }
  return out;
}

const pairingOf = (clause: Clause) => clause.pairing ?? clause.id;

const BUILT_IN = load();

/** The built-in clauses with a pack's clauses laid over them; a pack whose translations have no twin is refused. */
function libraryOf(pack: ClausePack | undefined): ReadonlyMap<string, Entry> {
  if (!pack) return BUILT_IN;
  const merged = new Map(BUILT_IN);
  const origin = {
    kind: 'pack' as const,
    packVersion: pack.packVersion,
    ...(pack.council ? { council: pack.council } : {}),
  };
  for (const clause of pack.clauses) merged.set(keyOf(clause.id, clause.language), { clause, origin });
  const problems = pairingProblems(merged);
  if (problems.length) throw new WordingError(`${pack.origin}: ${problems.join('; ')}`, pack.clauses[0]!.id);
  return merged;
}

const view = ({ clause, origin }: Entry, v: Clause['versions'][number]): ClauseView => ({
  id: clause.id,
  title: clause.title,
  category: clause.category,
  jurisdiction: clause.jurisdiction,
  language: clause.language,
  pairing: pairingOf(clause),
  status: clause.status,
  ...(clause.translationNote ? { translationNote: clause.translationNote } : {}),
  origin,
  source: clause.source,
  version: v.version,
  effective: v.effective,
  variables: v.variables,
  body: v.body,
  versions: clause.versions.map((x) => x.version),
});

const sorted = (entries: Iterable<Entry>): Entry[] =>
  [...entries].sort(
    (a, b) => a.clause.id.localeCompare(b.clause.id) || a.clause.language.localeCompare(b.clause.language),
  );

/** The newest version of every clause in one language (English by default), in id order. */
export function listClauses({ language = 'en', pack }: ClauseQuery = {}): ClauseView[] {
  return sorted(libraryOf(pack).values())
    .filter((e) => e.clause.language === language)
    .map((e) => view(e, e.clause.versions.at(-1)!));
}

/** Every version of every clause in every language, in id, language and version order. */
export function listClauseVersions({ pack }: LibraryOptions = {}): ClauseView[] {
  return sorted(libraryOf(pack).values()).flatMap((e) => e.clause.versions.map((v) => view(e, v)));
}

/** The languages a clause is written in, English first. */
export function languagesOf(id: string, { pack }: LibraryOptions = {}): ClauseLanguage[] {
  const library = libraryOf(pack);
  return (['en', 'cy'] as const).filter((l) => library.has(keyOf(id, l)));
}

/** A clause by id: the newest version unless `version` asks for an older one. Throws WordingError when there is none. */
export function getClause(id: string, version?: number, { language = 'en', pack }: ClauseQuery = {}): ClauseView {
  const library = libraryOf(pack);
  const entry = library.get(keyOf(id, language));
  if (!entry) {
    const known = [...new Set([...library.values()].map((e) => e.clause.id))].sort();
    if (known.includes(id))
      throw new WordingError(`clause ${id} has no ${language === 'cy' ? 'Welsh (cy)' : 'English (en)'} version`, id);
    throw new WordingError(`no clause "${id}" (known: ${known.join(', ')})`, id);
  }
  const v =
    version === undefined ? entry.clause.versions.at(-1)! : entry.clause.versions.find((x) => x.version === version);
  if (!v)
    throw new WordingError(
      `clause ${id} has no version ${version} (versions: ${entry.clause.versions.map((x) => x.version).join(', ')})`,
      id,
    );
  return view(entry, v);
}
