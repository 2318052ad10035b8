// A mistake in how the command was called: exit status 2 and one line saying what to do.
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

// The parser lives in parse-args.ts; the redact and wording commands still import it from here.
export { parseArgs, rejectUnknown, type ParsedArgs } from './parse-args.ts';
