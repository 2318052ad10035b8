// The argument parser every command shares: --flag, --flag value, --flag=value and repeatable flags.
import { UsageError } from './usage-error.ts';

export interface ParsedArgs {
  flags: Map<string, string | true>;
  /** Repeatable flags such as --set, in order. */
  repeated: Map<string, string[]>;
  positional: string[];
}

/** Parses --flag, --flag value and --flag=value; `valued` names the flags that take a value. */
export function parseArgs(argv: string[], valued: readonly string[], repeatable: readonly string[] = []): ParsedArgs {
  const flags = new Map<string, string | true>();
  const repeated = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2) as [string, string | undefined];
    if (valued.includes(name) || repeatable.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      if (repeatable.includes(name)) repeated.set(name, [...(repeated.get(name) ?? []), value]);
      else flags.set(name, value);
    } else {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      flags.set(name, true);
    }
  }
  return { flags, repeated, positional };
}

export function rejectUnknown(args: ParsedArgs, known: readonly string[]): void {
  for (const name of [...args.flags.keys(), ...args.repeated.keys()]) {
    if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);
  }
}
