// Standard wording: the clause library and its one render function.
export { listClauses, getClause, type ClauseView } from './library.ts';
export { renderClause, type RenderOptions } from './render.ts';
export { formatParagraphList } from '../exempt/schedule-12a.ts';
export { WordingError } from './wording-error.ts';
export { CLAUSE_CATEGORIES, VARIABLE_KINDS, type ClauseCategory, type ClauseVariable, type VariableKind } from './schema.ts';
