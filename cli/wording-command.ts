// `clearance wording list | show ID | render ID --set name=value ...`: the clause library from a terminal.
import { getClause, listClauses, renderClause, WordingError } from '../shared/index.ts';
import { parseArgs, rejectUnknown, UsageError } from './usage-error.ts';

export const WORDING_USAGE = 'clearance wording list | show ID [--version N] | render ID [--set name=value ...] [--version N] [--json]';

export async function wordingCommand(argv: string[], out: (line: string) => void): Promise<number> {
  const args = parseArgs(argv, ['version'], ['set']);
  rejectUnknown(args, ['version', 'set', 'json']);
  const [action, id, ...extra] = args.positional;
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"\nusage: ${WORDING_USAGE}`);
  try {
    switch (action) {
      case 'list':
        if (id) throw new UsageError(`"list" takes no clause id\nusage: ${WORDING_USAGE}`);
        for (const c of listClauses()) out(`${`${c.id}@${c.version}`.padEnd(46)} ${c.jurisdiction.padEnd(8)} ${c.title}`);
        return 0;
      case 'show':
        show(needId(id, 'show'), versionOf(args.flags.get('version')), out);
        return 0;
      case 'render': {
        const paragraphs = renderClause(needId(id, 'render'), parseSets(args.repeated.get('set') ?? []), withVersion(versionOf(args.flags.get('version'))));
        if (args.flags.has('json')) out(JSON.stringify(paragraphs));
        else out(paragraphs.join('\n\n'));
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

function show(id: string, version: number | undefined, out: (line: string) => void): void {
  const c = getClause(id, version);
  out(`${c.title}`);
  out(`  id: ${c.id}@${c.version} (effective ${c.effective}; versions ${c.versions.join(', ')})`);
  out(`  jurisdiction: ${c.jurisdiction}   category: ${c.category}`);
  for (const s of c.source) out(`  source: ${s.citation}${s.url ? ` <${s.url}>` : ''}`);
  out('');
  out('  variables:');
  if (!c.variables.length) out('    (none)');
  for (const v of c.variables) out(`    ${v.name} (${v.kind}${v.allowed ? `: ${v.allowed.join(', ')}` : ''}) — ${v.label}`);
  out('');
  out('  text:');
  for (const p of c.body) out(`    ${p}`);
}

function needId(id: string | undefined, action: string): string {
  if (!id) throw new UsageError(`"${action}" needs a clause id (see: clearance wording list)\nusage: ${WORDING_USAGE}`);
  return id;
}

function versionOf(flag: string | true | undefined): number | undefined {
  if (flag === undefined) return undefined;
  const n = Number(flag);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--version must be a whole number such as 1 (got "${String(flag)}")`);
  return n;
}

const withVersion = (version: number | undefined) => (version === undefined ? {} : { version });

/** "--set reason=it concerns highways only" → { reason: "it concerns highways only" }. */
function parseSets(sets: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const set of sets) {
    const eq = set.indexOf('=');
    if (eq < 1) throw new UsageError(`--set needs name=value (got "${set}")`);
    const name = set.slice(0, eq).trim();
    if (name in values) throw new UsageError(`--set ${name} given twice`);
    values[name] = set.slice(eq + 1);
  }
  return values;
}
