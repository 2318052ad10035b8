// What `clearance --help` and each command's --help print: every option and the exit statuses.
export const SCAN_USAGE = 'clearance scan [options] PATH...';

export const EXIT_STATUSES = `Exit status:
  0  nothing to deal with
  1  something to deal with (what counts is set by --fail-on)
  2  usage error
  3  a file could not be read, or has parts that were not read (unless --allow-unread); 3 outranks 1
  4  internal error
  141  the output pipe was closed (clearance scan ... | head): the run stops quietly`;

export const SCAN_HELP = `usage: ${SCAN_USAGE}

Checks each paper for the required implications sections and for identifying details of private
individuals. PATH is a file or a folder; folders are walked recursively for the formats Clearance
reads, without following links that lead out of the folder.

Options:
  --format text|json|csv|html  how results are written (default text); --json is --format json,
                               one JSON object per file per line
  --output FILE                write the results to FILE instead of stdout
  --exclude GLOB               leave out files and folders matching GLOB (repeatable): "drafts",
                               "*.tmp", "2019/**/appendix*"
  --jobs N                     scan on N worker threads (default: one per core); one file named
                               alone is scanned in the main process unless --jobs is given
  --timeout-ms N               stop a file's scan after N ms and report it (default 120000)
  --max-memory-mb N            the memory bound of each worker (default 1024)
  --fail-on flag|review|section
                               what counts towards exit status 1 (repeatable or a comma list;
                               default flag,section): flag = identifying details to deal with,
                               review = items for your decision, section = a report's missing or
                               placeholder implications sections (minutes, agendas, decision
                               notices and web pages have none)
  --allow-unread               files or parts that could not be read do not give exit status 3
  --exit-zero                  exit 0 whatever was found or not read (usage and internal errors still count)
  --policy FILE                the council's policy file (JSON)
  --help                       this help

Results go to stdout in input order, each as soon as it and every file before it are done; the
progress bar (on a terminal), messages and the closing summary go to stderr.

${EXIT_STATUSES}`;

/** The redact command's help, around the usage line its module exports. */
export const redactHelp = (usage: string): string => `usage: ${usage}

Writes a redacted copy of a Word document, checks that no redacted text is left in any part of it,
and never touches the input.

Options:
  -o, --output FILE    the redacted copy (.docx); required, never the input
  --include-medium     redact medium-severity findings too (default: high only)
  --log FILE           write a log of every replacement, as .csv or .json
  --policy FILE        the council's policy file (JSON)

Exit status: 0 written and verified; 1 not written (unreadable input, or text left); 2 usage error; 4 internal error`;

/** The wording command's help, around the usage line its module exports. */
export const wordingHelp = (usage: string): string => `usage: ${usage}

The library of standard clauses: list them, show one with its variables, or render it with values.

Options:
  --set name=value     a value for one of the clause's variables (repeatable)
  --version N          a version of the clause other than the current one
  --json               render prints the paragraphs as a JSON array

Exit status: 0 done; 2 usage error (an unknown clause, a missing value); 4 internal error`;

export const USAGE = `usage: clearance <command> [options]

Commands:
  ${SCAN_USAGE.padEnd(44)} check papers, files or whole folders
  ${'clearance redact IN.docx -o OUT.docx'.padEnd(44)} write a redacted copy of a Word document
  ${'clearance wording list|show|render ...'.padEnd(44)} the standard clauses

  clearance COMMAND --help   every option of a command
  clearance --version        the version

${EXIT_STATUSES}`;
