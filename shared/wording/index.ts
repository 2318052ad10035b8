// Standard wording: the clause library, its render functions and councils' clause packs.
export {
  listClauses,
  listClauseVersions,
  languagesOf,
  getClause,
  type ClauseView,
  type ClauseQuery,
  type LibraryOptions,
} from './library.ts';
export {
  renderClause,
  renderInLanguages,
  formatParagraphListCy,
  type RenderOptions,
  type BilingualOptions,
  type RenderedLanguage,
} from './render.ts';
export { languagesFor, publishesInWelsh, type LanguageChoice } from './languages.ts';
export { parseClausePack, clausePackSchema, type ClausePack, type ClausePackResult } from './pack.ts';
export { formatParagraphList } from '../exempt/schedule-12a.ts';
export { WordingError } from './wording-error.ts';
export {
  CLAUSE_CATEGORIES,
  CLAUSE_LANGUAGES,
  CLAUSE_STATUSES,
  VARIABLE_KINDS,
  type ClauseCategory,
  type ClauseLanguage,
  type ClauseStatus,
  type ClauseVariable,
  type VariableKind,
} from './schema.ts';
