// The shape of a clause file, checked loudly: a clause that uses an undeclared variable, declares
// one it never uses, or skips a version number fails when the library loads, naming the clause.
import { z } from 'zod';
import { findParagraph } from '../exempt/schedule-12a.ts';

export const VARIABLE_KINDS = ['text', 'date', 'paragraph-list'] as const;
export type VariableKind = (typeof VARIABLE_KINDS)[number];

export const CLAUSE_CATEGORIES = [
  'corporate-parenting',
  'equality',
  'legal',
  'financial',
  'exempt',
  'risk',
  'data-protection',
] as const;
export type ClauseCategory = (typeof CLAUSE_CATEGORIES)[number];

/** The languages a clause is written in: every Welsh clause has an English twin with the same pairing key. */
export const CLAUSE_LANGUAGES = ['cy', 'en'] as const;
export type ClauseLanguage = (typeof CLAUSE_LANGUAGES)[number];

/** draft until approved: a Welsh translation stays draft until a council's Welsh language officer approves it. */
export const CLAUSE_STATUSES = ['draft', 'approved'] as const;
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number];

/** {{name}} or {{name.descriptions}}; names are camelCase. */
export const PLACEHOLDER = /\{\{([a-z][A-Za-z0-9]*)(?:\.(descriptions))?\}\}/g;

const variableSchema = z.object({
  name: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'must be camelCase letters and digits'),
  kind: z.enum(VARIABLE_KINDS),
  label: z.string().min(3),
  /** paragraph-list only: the Schedule 12A paragraphs this clause may cite. */
  allowed: z.array(z.number().int()).min(1).optional(),
});

const versionSchema = z.object({
  version: z.number().int().min(1),
  effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'),
  variables: z.array(variableSchema),
  body: z.array(z.string().min(1)).min(1),
});

export const clauseSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
    /** cy or en; a clause and its translation share the id and differ in language. */
    language: z.enum(CLAUSE_LANGUAGES, { error: 'expected "cy" or "en"' }).default('en'),
    /** The key that links a clause to its translation; the id unless a council pairs its own clauses otherwise. */
    pairing: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case')
      .optional(),
    status: z.enum(CLAUSE_STATUSES, { error: 'expected "draft" or "approved"' }).default('approved'),
    /** For a translation: what is quoted from published Welsh text and what the council must confirm. */
    translationNote: z.string().min(10).optional(),
    title: z.string().min(3),
    category: z.enum(CLAUSE_CATEGORIES),
    jurisdiction: z.enum(['england', 'wales', 'both']),
    source: z.array(z.object({ citation: z.string().min(3), url: z.url().optional() })).min(1),
    versions: z.array(versionSchema).min(1),
  })
  .superRefine((clause, ctx) => {
    if (clause.language === 'cy' && clause.status === 'draft' && !clause.translationNote) {
      ctx.addIssue({
        code: 'custom',
        path: ['translationNote'],
        message: 'a draft Welsh clause must say what the council is to confirm',
      });
    }
    clause.versions.forEach((v, i) => {
      const at = (...path: (string | number)[]) => ['versions', i, ...path];
      if (v.version !== i + 1)
        ctx.addIssue({
          code: 'custom',
          path: at('version'),
          message: `versions are numbered 1, 2, 3... in order; expected ${i + 1}`,
        });
      const declared = new Map(v.variables.map((variable) => [variable.name, variable]));
      if (declared.size !== v.variables.length)
        ctx.addIssue({ code: 'custom', path: at('variables'), message: 'a variable is declared twice' });
      const used = new Set<string>();
      v.body.forEach((paragraph, p) => {
        for (const [whole, name, part] of paragraph.matchAll(PLACEHOLDER)) {
          used.add(name!);
          const variable = declared.get(name!);
          if (!variable)
            ctx.addIssue({
              code: 'custom',
              path: at('body', p),
              message: `uses {{${name}}}, which is not among the declared variables`,
            });
          else if (part && (variable.kind !== 'paragraph-list' || paragraph !== whole)) {
            ctx.addIssue({
              code: 'custom',
              path: at('body', p),
              message: `{{${name}.${part}}} must be a paragraph-list variable standing alone as a whole paragraph`,
            });
          }
        }
        const stray = paragraph.replace(PLACEHOLDER, '').match(/\{\{|\}\}/);
        if (stray)
          ctx.addIssue({
            code: 'custom',
            path: at('body', p),
            message: 'has a malformed placeholder (write {{name}})',
          });
      });
      for (const variable of v.variables) {
        if (!used.has(variable.name))
          ctx.addIssue({
            code: 'custom',
            path: at('variables'),
            message: `declares "${variable.name}" but the body never uses it`,
          });
        if ((variable.kind === 'paragraph-list') !== (variable.allowed !== undefined)) {
          ctx.addIssue({
            code: 'custom',
            path: at('variables'),
            message: `"${variable.name}": "allowed" goes with kind paragraph-list, and only with it`,
          });
        }
        for (const n of variable.allowed ?? []) {
          if (clause.jurisdiction === 'both' || !findParagraph(clause.jurisdiction, n)) {
            ctx.addIssue({
              code: 'custom',
              path: at('variables'),
              message: `"${variable.name}" allows paragraph ${n}, which is not a Schedule 12A paragraph for ${clause.jurisdiction}`,
            });
          }
        }
      }
    });
  });

export type Clause = z.infer<typeof clauseSchema>;
export type ClauseInput = z.input<typeof clauseSchema>;
export type ClauseVersion = Clause['versions'][number];
export type ClauseVariable = ClauseVersion['variables'][number];
