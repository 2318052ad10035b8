// The `clearance` command: dispatches to one command module and maps errors to exit statuses.
import { redactCommand, REDACT_USAGE } from './redact-command.ts';
import { scanCommand, SCAN_USAGE } from './scan-command.ts';
import { UsageError } from './usage-error.ts';
import { wordingCommand, WORDING_USAGE } from './wording-command.ts';

type Command = (argv: string[], out: (line: string) => void) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  scan: { run: scanCommand, usage: SCAN_USAGE },
  wording: { run: wordingCommand, usage: WORDING_USAGE },
  redact: { run: redactCommand, usage: REDACT_USAGE },
};

export const USAGE = ['usage:', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join('\n');

export async function main(argv: string[], out: (line: string) => void = (l) => process.stdout.write(`${l}\n`), err: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    err(`clearance: unknown command "${name}"\n${USAGE}`);
    return 2;
  }
  try {
    return await command.run(rest, out);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`clearance ${name}: ${error.message}`);
      return 2;
    }
    err(`clearance ${name}: internal error: ${(error as Error).message ?? String(error)}`);
    return 3;
  }
}
