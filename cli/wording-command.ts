// `clearance wording list | show ID | render ID --set name=value ...`: the clause library from a terminal, in
// English, Welsh or both, with a council's clause pack laid over the built-in clauses.
import {
  getClause,
  languagesFor,
  listClauses,
  listClauseVersions,
  renderInLanguages,
  WordingError,
} from '../shared/index.ts';
import type { ClauseLanguage, ClausePack, ClauseView, LanguageChoice, RenderedLanguage } from '../shared/index.ts';
import { loadClausePack, loadPolicy } from './load-policy.ts';
import { parseArgs, rejectUnknown, UsageError } from './usage-error.ts';

export const WORDING_USAGE =
  'clearance wording list [--json] | show ID [--version N] [--language cy|en] | render ID [--set name=value ...] [--set-cy name=value ...] [--language cy|en|both] [--version N] [--json]  (also --policy FILE, --pack FILE; --help)';

const HELP = [
  'usage: clearance wording ACTION [options]',
  '',
  'actions:',
  '  list                 every clause, one line per clause and language (newest version)',
  "  show ID              a clause's variables, sources and text",
  '  render ID            the clause with its values filled in, one paragraph per block',
  '',
  'options:',
  '  --set name=value     a value for the clause (repeat for each variable); used in every language',
  '  --set-cy name=value  a value for the Welsh text only (a reason written in Welsh)',
  '  --language cy|en|both  which language to render or show; both prints both, in the order of the',
  '                       policy\'s "languages" (Welsh first when the policy does not say). Default: the',
  "                       policy's languages that the clause has, else English",
  '  --version N          an older version of the clause',
  '  --json               list: one JSON object per clause version (id, version, category, jurisdiction,',
  '                       language, status, title, pairing, effective, origin); render: the paragraphs as',
  '                       a JSON array, or with --language both an array of {language, status, title, paragraphs}',
  '  --policy FILE        the council policy (languages, clausePack)',
  '  --pack FILE          a council clause pack, in place of the one the policy names',
  '  --help               this help',
  '',
  "Welsh clauses are draft translations until the council's Welsh language officer approves them (a council",
  'supplies approved wording in its clause pack); drafts are marked as such when rendered.',
  '',
  'exit status: 0 done; 2 usage error (unknown clause, option or value; a bad policy or clause pack)',
].join('\n');

const LANGUAGE_NAMES: Record<ClauseLanguage, string> = { cy: 'Cymraeg', en: 'English' };

export async function wordingCommand(argv: string[], out: (line: string) => void): Promise<number> {
  const args = parseArgs(argv, ['version', 'language', 'policy', 'pack'], ['set', 'set-cy']);
  if (args.flags.has('help') || args.flags.has('h') || args.positional[0] === 'help') {
    out(HELP);
    return 0;
  }
  rejectUnknown(args, ['version', 'set', 'set-cy', 'json', 'language', 'policy', 'pack']);
  const [action, id, ...extra] = args.positional;
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"\nusage: ${WORDING_USAGE}`);
  const policyPath = args.flags.get('policy') as string | undefined;
  const policy = loadPolicy(policyPath);
  const pack = loadClausePack(policy, policyPath, args.flags.get('pack') as string | undefined);
  const json = args.flags.has('json');
  try {
    switch (action) {
      case 'list':
        if (id) throw new UsageError(`"list" takes no clause id\nusage: ${WORDING_USAGE}`);
        if (args.flags.has('language'))
          throw new UsageError('"list" shows every language; --language goes with show and render');
        list(pack, json, out);
        return 0;
      case 'show': {
        const clauseId = needId(id, 'show');
        const language = (languageFlag(args.flags.get('language'), false) as ClauseLanguage | undefined) ?? 'en';
        show(getClause(clauseId, versionOf(args.flags.get('version')), { language, ...(pack ? { pack } : {}) }), out);
        return 0;
      }
      case 'render': {
        const clauseId = needId(id, 'render');
        const asked = languageFlag(args.flags.get('language'), true);
        const languages = languagesFor(clauseId, asked, policy, pack);
        const version = versionOf(args.flags.get('version'));
        const rendered = renderInLanguages(clauseId, parseSets(args.repeated.get('set') ?? [], '--set'), {
          languages,
          welshValues: parseSets(args.repeated.get('set-cy') ?? [], '--set-cy'),
          ...(version === undefined ? {} : { version }),
          ...(pack ? { pack } : {}),
        });
        printRendered(rendered, asked === 'both', json, out);
        return 0;
      }
      default:
        throw new UsageError(`${action ? `unknown action "${action}"` : 'no action given'}\nusage: ${WORDING_USAGE}`);
    }
  } catch (error) {
    if (error instanceof WordingError) throw new UsageError(error.message);
    throw error;
  }
}

function list(pack: ClausePack | undefined, json: boolean, out: (line: string) => void): void {
  if (json) {
    for (const c of listClauseVersions(pack ? { pack } : {})) {
      const { id, version, category, jurisdiction, language, status, title, pairing, effective, origin } = c;
      out(
        JSON.stringify({
          id,
          version,
          category,
          jurisdiction,
          language,
          status,
          title,
          pairing,
          effective,
          origin: origin.kind,
          ...(origin.kind === 'pack' ? { packVersion: origin.packVersion } : {}),
        }),
      );
    }
    return;
  }
  const newest = [
    ...listClauses(pack ? { pack } : {}),
    ...listClauses({ language: 'cy', ...(pack ? { pack } : {}) }),
  ].sort((a, b) => a.id.localeCompare(b.id) || b.language.localeCompare(a.language));
  for (const c of newest)
    out(
      `${`${c.id}@${c.version}`.padEnd(46)} ${c.jurisdiction.padEnd(8)} ${c.language} ${c.status.padEnd(8)} ${c.title}`,
    );
}

function show(c: ClauseView, out: (line: string) => void): void {
  out(`${c.title}`);
  out(`  id: ${c.id}@${c.version} (effective ${c.effective}; versions ${c.versions.join(', ')})`);
  out(`  jurisdiction: ${c.jurisdiction}   category: ${c.category}`);
  out(
    `  language: ${c.language}   status: ${c.status}   pairing: ${c.pairing}   from: ${c.origin.kind === 'pack' ? `council pack v${c.origin.packVersion}` : 'built-in library'}`,
  );
  if (c.translationNote) out(`  note: ${c.translationNote}`);
  for (const s of c.source) out(`  source: ${s.citation}${s.url ? ` <${s.url}>` : ''}`);
  out('');
  out('  variables:');
  if (!c.variables.length) out('    (none)');
  for (const v of c.variables)
    out(`    ${v.name} (${v.kind}${v.allowed ? `: ${v.allowed.join(', ')}` : ''}) — ${v.label}`);
  out('');
  out('  text:');
  for (const p of c.body) out(`    ${p}`);
}

/**
 * Text: the paragraphs, with a heading per language when there is more than one or the text is a draft, so a draft
 * translation is never pasted unawares. JSON: the paragraphs, or one object per language for --language both.
 */
function printRendered(rendered: RenderedLanguage[], both: boolean, json: boolean, out: (line: string) => void): void {
  if (json) {
    out(JSON.stringify(both || rendered.length > 1 ? rendered : rendered[0]!.paragraphs));
    return;
  }
  const headed = rendered.length > 1 || rendered.some((r) => r.status === 'draft');
  rendered.forEach((r, i) => {
    if (i) out('');
    if (headed)
      out(
        `--- ${LANGUAGE_NAMES[r.language]} (${r.language}${r.status === 'draft' ? ", DRAFT translation: for the council's Welsh language officer to confirm" : ''}) ---`,
      );
    out(r.paragraphs.join('\n\n'));
  });
}

function languageFlag(flag: string | true | undefined, allowBoth: boolean): LanguageChoice | undefined {
  if (flag === undefined) return undefined;
  if (flag === 'cy' || flag === 'en' || (allowBoth && flag === 'both')) return flag;
  throw new UsageError(`--language must be ${allowBoth ? 'cy, en or both' : 'cy or en'} (got "${String(flag)}")`);
}

function needId(id: string | undefined, action: string): string {
  if (!id) throw new UsageError(`"${action}" needs a clause id (see: clearance wording list)\nusage: ${WORDING_USAGE}`);
  return id;
}

function versionOf(flag: string | true | undefined): number | undefined {
  if (flag === undefined) return undefined;
  const n = Number(flag);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--version must be a whole number such as 1 (got "${String(flag)}")`);
  return n;
}

/** "--set reason=it concerns highways only" → { reason: "it concerns highways only" }. */
function parseSets(sets: readonly string[], flag: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const set of sets) {
    const eq = set.indexOf('=');
    if (eq < 1) throw new UsageError(`${flag} needs name=value (got "${set}")`);
    const name = set.slice(0, eq).trim();
    if (name in values) throw new UsageError(`${flag} ${name} given twice`);
    values[name] = set.slice(eq + 1);
  }
  return values;
}
