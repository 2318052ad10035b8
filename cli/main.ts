// The `clearance` command: dispatches to one command module and maps what goes wrong to exit statuses.
// Results go to stdout; messages, warnings and progress to stderr; never a stack trace.
import { version } from '../package.json';
import { USAGE, redactHelp, wordingHelp } from './help.ts';
import type { ScanIo } from './scan-command.ts';
import { UsageError } from './usage-error.ts';
import { EXIT } from './verdict.ts';

type Line = (line: string) => void;
type Command = (argv: string[], out: Line, err: Line, io: ScanIo) => Promise<number>;

/**
 * The commands, each loaded only when it runs, so a scan never loads the clause library or the redactor.
 * `help` is printed here for the commands that do not answer --help themselves.
 */
const COMMANDS: Record<string, { load: () => Promise<Command>; help?: () => Promise<string> }> = {
  scan: { load: async () => (await import('./scan-command.ts')).scanCommand },
  wording: {
    load: async () => {
      const { wordingCommand } = await import('./wording-command.ts');
      return (argv, out) => wordingCommand(argv, out);
    },
    help: async () => wordingHelp((await import('./wording-command.ts')).WORDING_USAGE),
  },
  redact: {
    load: async () => {
      const { redactCommand } = await import('./redact-command.ts');
      return (argv, out) => redactCommand(argv, out);
    },
    help: async () => redactHelp((await import('./redact-command.ts')).REDACT_USAGE),
  },
};

const stdoutLine: Line = (l) => void process.stdout.write(`${l}\n`);
const stderrLine: Line = (l) => void process.stderr.write(`${l}\n`);

export async function main(
  argv: string[],
  out: Line = stdoutLine,
  err: Line = stderrLine,
  io: ScanIo = {},
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    out(version);
    return EXIT.clear;
  }
  if (!name) {
    err(USAGE);
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' && rest[0] ? COMMANDS[rest[0]] : undefined;
    if (topic) return main([rest[0]!, '--help'], out, err, io);
    out(USAGE);
    return EXIT.clear;
  }
  const command = COMMANDS[name];
  if (!command) {
    err(`clearance: unknown command "${name}"\n${USAGE}`);
    return EXIT.usage;
  }
  const beforeDashes = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  try {
    if (command.help && (beforeDashes.includes('--help') || beforeDashes.includes('-h'))) {
      out(await command.help());
      return EXIT.clear;
    }
    return await (
      await command.load()
    )(rest, out, err, io);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`clearance ${name}: ${error.message}\n(clearance ${name} --help lists the options)`);
      return EXIT.usage;
    }
    err(`clearance ${name}: internal error: ${messageOf(error)}`);
    return EXIT.internal;
  }
}

/** The installed command: real streams, a quiet end on a closed pipe, and no stack trace whatever happens. */
export async function runCli(argv: string[]): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.closedPipe);
    stderrLine(`clearance: cannot write the results: ${error.message}`);
    process.exit(EXIT.internal);
  });
  process.stderr.on('error', () => undefined);
  const internal = (error: unknown): void => {
    stderrLine(`clearance: internal error: ${messageOf(error)}`);
    process.exit(EXIT.internal);
  };
  process.on('uncaughtException', internal);
  process.on('unhandledRejection', internal);
  process.exitCode = await main(argv);
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
