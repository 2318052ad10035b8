// Fills a clause's placeholders with checked values and returns its paragraphs, one per Word paragraph.
import type { Jurisdiction } from '../model/finding.ts';
import { counterpart, findParagraph, formatParagraphList, jurisdictionOfParagraph } from '../exempt/schedule-12a.ts';
import { getClause, languagesOf, type ClauseView, type LibraryOptions } from './library.ts';
import { PLACEHOLDER, type ClauseLanguage, type ClauseStatus, type ClauseVariable } from './schema.ts';
import { WordingError } from './wording-error.ts';
import months from '../lexicons/months.json' with { type: 'json' };
import welshMonths from '../lexicons/welsh-months.json' with { type: 'json' };

export interface RenderOptions extends LibraryOptions {
  /** An older version of the clause; the newest by default. */
  version?: number;
  /** en by default. */
  language?: ClauseLanguage;
}

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
const MONTHS: Record<ClauseLanguage, string[]> = {
  en: months.english.map(capitalised),
  cy: Object.entries(welshMonths.months)
    .sort(([, a], [, b]) => a - b)
    .map(([name]) => capitalised(name)),
};

/** "paragraff 14", "paragraffau 12 a 13", "paragraffau 12, 13 a 14": the Welsh form of a citation list. */
export function formatParagraphListCy(numbers: readonly number[]): string {
  if (numbers.length === 1) return `paragraff ${numbers[0]}`;
  return `paragraffau ${numbers.slice(0, -1).join(', ')} a ${numbers.at(-1)}`;
}

export interface RenderedLanguage {
  language: ClauseLanguage;
  status: ClauseStatus;
  title: string;
  paragraphs: string[];
}

export interface BilingualOptions extends LibraryOptions {
  version?: number;
  /** Which languages, in the council's order (policy `languages`, e.g. ["cy", "en"]). */
  languages: readonly ClauseLanguage[];
  /** Values for the Welsh text only (a reason written in Welsh); the shared values fill the rest. */
  welshValues?: Readonly<Record<string, string>>;
}

/**
 * Renders a clause in each language asked for, in that order: one set of values, with Welsh overrides for text.
 * Refuses, naming the clause, when a language asked for has no version of it.
 */
export function renderInLanguages(
  id: string,
  values: Readonly<Record<string, string>>,
  { languages, welshValues = {}, ...options }: BilingualOptions,
): RenderedLanguage[] {
  const available = languagesOf(id, options);
  const missing = languages.filter((l) => !available.includes(l));
  if (available.length && missing.length) {
    throw new WordingError(
      `clause ${id} has no ${missing.map((l) => (l === 'cy' ? 'Welsh (cy)' : 'English (en)')).join(' or ')} version (it has: ${available.join(', ')})`,
      id,
    );
  }
  return languages.map((language) => {
    const clause = getClause(id, options.version, { ...options, language });
    const own = language === 'cy' ? { ...values, ...welshValues } : values;
    return {
      language,
      status: clause.status,
      title: clause.title,
      paragraphs: renderClause(id, own, { ...options, language }),
    };
  });
}

/**
 * Renders a clause. Refuses, naming the clause and the variables, when a value is missing or blank,
 * when a value is given for a variable the clause does not take, or when a value is not of its kind.
 */
export function renderClause(
  id: string,
  values: Readonly<Record<string, string>>,
  options: RenderOptions = {},
): string[] {
  const clause = getClause(id, options.version, options);
  const declared = new Map(clause.variables.map((v) => [v.name, v]));
  const unknown = Object.keys(values).filter((name) => !declared.has(name));
  if (unknown.length) {
    throw new WordingError(
      `clause ${id} takes no variable(s) ${unknown.join(', ')} (it takes: ${[...declared.keys()].join(', ') || 'none'})`,
      id,
    );
  }
  const missing = clause.variables.filter((v) => !values[v.name]?.trim()).map((v) => v.name);
  if (missing.length) throw new WordingError(`clause ${id} needs a value for ${missing.join(', ')}`, id, missing);

  const paragraphLists = new Map<string, number[]>();
  const rendered = new Map<string, string>();
  for (const variable of clause.variables) {
    const raw = values[variable.name]!.trim();
    if (variable.kind === 'paragraph-list') {
      const numbers = parseParagraphList(clause, variable, raw);
      paragraphLists.set(variable.name, numbers);
      rendered.set(
        variable.name,
        clause.language === 'cy' ? formatParagraphListCy(numbers) : formatParagraphList(numbers),
      );
    } else {
      rendered.set(variable.name, variable.kind === 'date' ? formatDate(clause, variable, raw) : raw);
    }
  }

  return clause.body.flatMap((paragraph) => {
    const whole = /^\{\{([a-zA-Z0-9]+)\.descriptions\}\}$/.exec(paragraph);
    if (whole) return describeParagraphs(clause, paragraphLists.get(whole[1]!)!);
    return [
      paragraph.replace(PLACEHOLDER, (_match, name: string, _part, offset: number) => {
        const value = rendered.get(name)!;
        // "because {{reason}}." with a reason that already ends in a full stop must not print two.
        return paragraph[offset + _match.length] === '.' ? value.replace(/\.$/, '') : value;
      }),
    ];
  });
}

/** "3" → [3]; "1, 2 and 3" or "paragraphs 1 & 3" → [1, 2, 3] (sorted, without repeats), each allowed by the clause. */
function parseParagraphList(clause: ClauseView, variable: ClauseVariable, raw: string): number[] {
  const rest = raw
    .toLowerCase()
    .replace(/\bparagraphs?\b|\band\b|[,&;]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/^\d+( \d+)*$/.test(rest)) {
    throw new WordingError(
      `clause ${clause.id}: ${variable.name} must be paragraph numbers such as "1, 2" (got "${raw}")`,
      clause.id,
    );
  }
  const numbers = [...new Set(rest.split(' ').map(Number))].sort((a, b) => a - b);
  const allowed = variable.allowed ?? [];
  for (const n of numbers) {
    if (allowed.includes(n)) continue;
    const nation = jurisdictionOfParagraph(n);
    const hint =
      nation && clause.jurisdiction !== 'both' && nation !== clause.jurisdiction
        ? ` Paragraph ${n} is ${nation === 'wales' ? 'Welsh (Part 4)' : 'English (Part 1)'}; the ${clause.jurisdiction === 'wales' ? 'Welsh' : 'English'} equivalent is ${counterpart(n)}.`
        : '';
    throw new WordingError(
      `clause ${clause.id}: ${variable.name} may cite paragraphs ${allowed.join(', ')}, not ${n}.${hint}`,
      clause.id,
    );
  }
  return numbers;
}

/**
 * One paragraph per cited Schedule 12A paragraph: its statutory description, quoted, and what it means in plain
 * English. In Welsh the description is a draft paraphrase, not the statutory Welsh text, so it is not quoted.
 */
function describeParagraphs(clause: ClauseView, numbers: readonly number[]): string[] {
  const nation = clause.jurisdiction as Jurisdiction;
  return numbers.map((n) => {
    const p = findParagraph(nation, n)!;
    if (clause.language === 'cy' && p.descriptionCy && p.plainCy)
      return `Paragraff ${n}: ${p.descriptionCy} ${p.plainCy}`;
    return `Paragraph ${n}: "${p.description}" ${p.plain}`;
  });
}

/** "2025-03-05" → "5 March 2025"; anything else, or a date that does not exist, is refused. */
function formatDate(clause: ClauseView, variable: ClauseVariable, raw: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !date || date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) {
    throw new WordingError(
      `clause ${clause.id}: ${variable.name} must be a date written YYYY-MM-DD (got "${raw}")`,
      clause.id,
    );
  }
  return `${date.getUTCDate()} ${MONTHS[clause.language][date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
