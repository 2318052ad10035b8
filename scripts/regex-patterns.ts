// Every regular expression in the engine, collected so none slips by, and the rules its recheck verdict is
// judged by. Used by test/shared/regex-safety.test.ts (cached verdicts) and scripts/check-regex.ts (fresh ones).
//
// How they are collected:
// 1. Regex literals: a small lexer reads every .ts file under shared/ (skipping comments, strings and
//    template text, telling a regex from a division by the token before it) and takes out each /body/flags.
// 2. Patterns built at run time (new RegExp(...) from word lists or escaped text): the global RegExp is
//    wrapped before the engine is imported, the engine is run over sample documents, and every
//    construction is recorded with the source file that made it.
// 3. Coverage: every `new RegExp(` the lexer finds must have been seen constructing in step 2, or its file
//    be listed in REVIEWED_SITES with sample patterns of the shape it builds.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
const SHARED = join(ROOT, 'shared');

export interface Pattern {
  source: string;
  flags: string;
  /** "shared/detectors/place.ts:64", or "shared/readers/pdf-layout.ts (sample)". */
  where: string;
}

const constructed: Pattern[] = [];
const OriginalRegExp = RegExp;
globalThis.RegExp = new Proxy(OriginalRegExp, {
  construct(target, args: [string | RegExp, string?], newTarget) {
    const [pattern, flags] = args;
    const source = pattern instanceof OriginalRegExp ? pattern.source : String(pattern);
    const ownFlags = flags ?? (pattern instanceof OriginalRegExp ? pattern.flags : '');
    constructed.push({ source, flags: ownFlags, where: callerIn(new Error().stack ?? '') });
    return Reflect.construct(target, args, newTarget) as RegExp;
  },
});

/**
 * "shared/detectors/place.ts:64" when the code that called the constructor (the frame just below this
 * wrapper) is engine source; patterns a library builds for itself are its own (libphonenumber-js
 * bounds its input to 250 characters).
 */
function callerIn(stack: string): string {
  const m = /(\/[^\s()]*\.ts):(\d+)/.exec(stack.split('\n')[2] ?? '');
  return m && m[1]!.startsWith(`${SHARED}/`) ? `${relative(ROOT, m[1]!)}:${m[2]}` : 'outside shared/';
}

const REGEX_AFTER_WORD = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'yield',
  'await',
]);

/** Regex literals and `new RegExp(` sites in TypeScript source, by line. */
export function scanSource(code: string): {
  literals: { source: string; flags: string; line: number }[];
  constructorLines: number[];
} {
  const literals: { source: string; flags: string; line: number }[] = [];
  const constructorLines: number[] = [];
  const lineAt = (i: number): number => code.slice(0, i).split('\n').length;
  // Brace depth at which each open template literal's ${ began, innermost last.
  const templates: number[] = [];
  let depth = 0;
  let previous = '';
  let i = 0;
  const skipQuoted = (quote: string): void => {
    for (i++; i < code.length && code[i] !== quote; i++) if (code[i] === '\\') i++;
    i++;
  };
  /** Reads template text up to its end or a ${; returns true on ${. */
  const skipTemplate = (): boolean => {
    for (; i < code.length; i++) {
      if (code[i] === '\\') {
        i++;
        continue;
      }
      if (code[i] === '`') {
        i++;
        return false;
      }
      if (code[i] === '$' && code[i + 1] === '{') {
        i += 2;
        return true;
      }
    }
    return false;
  };
  while (i < code.length) {
    const c = code[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (code.startsWith('//', i)) {
      i = code.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (code.startsWith('/*', i)) {
      i = code.indexOf('*/', i) + 2;
      if (i < 2) break;
      continue;
    }
    if (c === '"' || c === "'") {
      skipQuoted(c);
      previous = 'x';
      continue;
    }
    if (c === '`') {
      i++;
      if (skipTemplate()) templates.push(depth++);
      previous = 'x';
      continue;
    }
    if (c === '{') {
      depth++;
      i++;
      previous = c;
      continue;
    }
    if (c === '}') {
      depth--;
      i++;
      if (templates.at(-1) === depth) {
        templates.pop();
        if (skipTemplate()) templates.push(depth++);
        previous = 'x';
      } else previous = c;
      continue;
    }
    if (c === '/') {
      const regexAllowed =
        previous === '' || /[(,=:[!&|?{};+\-*%<>~^]/.test(previous) || REGEX_AFTER_WORD.has(previous);
      if (regexAllowed) {
        const start = i;
        let inClass = false;
        for (i++; i < code.length; i++) {
          const d = code[i]!;
          if (d === '\\') {
            i++;
            continue;
          }
          if (d === '[') inClass = true;
          else if (d === ']') inClass = false;
          else if (d === '/' && !inClass) break;
          else if (d === '\n') throw new Error(`unterminated regex literal at line ${lineAt(start)}`);
        }
        const flags = /^[a-z]*/.exec(code.slice(i + 1))![0];
        literals.push({ source: code.slice(start + 1, i), flags, line: lineAt(start) });
        i += 1 + flags.length;
        previous = 'x';
        continue;
      }
      i++;
      previous = c;
      continue;
    }
    const word = /^[\p{L}\p{N}_$]+/u.exec(code.slice(i, i + 64))?.[0];
    if (word) {
      if (word === 'new' && /^new\s+RegExp\s*\(/.test(code.slice(i, i + 40))) constructorLines.push(lineAt(i));
      previous = word;
      i += word.length;
      continue;
    }
    previous = c;
    i++;
  }
  return { literals, constructorLines };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Sites whose pattern depends on input the sample documents cannot cheaply provide: the shape each builds. */
export const REVIEWED_SITES: Record<string, { why: string; samples: string[] }> = {
  'shared/readers/pdf-layout.ts': {
    why: 'locate() escapes each character of text recovered from under a PDF redaction box and joins them with \\s*',
    samples: [
      'T\\s*y\\s*l\\s*e\\s*r\\s*B\\s*r\\s*o\\s*w\\s*n',
      'K\\s*D\\s*7\\s*3\\s*R\\s*W',
      '0\\s*7\\s*7\\s*0\\s*0\\s*\\.\\s*\\(',
    ],
  },
};

/**
 * Polynomial patterns reviewed as safe where they are used, keyed by pattern source: each only ever runs on
 * a short, bounded string in the files named.
 */
export const BOUNDED_INPUT: Record<string, { files: string[]; why: string }> = {
  [String.raw`\s+$`]: {
    files: ['shared/detectors/small-cohort.ts'],
    why: 'trimQualifier() trims a qualifier the cohort pattern caps at 90 characters',
  },
  [String.raw`<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)`]: {
    files: ['shared/readers/html.ts'],
    why: 'declaredCharset() reads only the first kilobyte of the file',
  },
  [String.raw`\b[A-Z][\w ()-]{2,60} \(Wales\) (Act|Regulations)\b`]: {
    files: ['shared/exempt/jurisdiction.ts'],
    why: 'the gap is bounded ({2,60}): at most 60 steps from each start, linear in the text',
  },
  [String.raw`\b(propos\w*|intend\w*|intention|recommend\w*|authoris\w*|authoriz\w*|approv\w*|seek\w*)\b[^.;]{0,60}\b(serve|serving|issue|issuing|make|making|give|giving)\b[^.;]{0,50}\b(notices?|orders?|directions?)\b`]:
    {
      files: ['shared/exempt/content-cues.ts'],
      why: 'its gaps are bounded ({0,60} and {0,50}) and it runs on one sentence of one block',
    },
  // recheck's fuzzer calls the next three cubic: with bounded repeats, growth over its short probe strings
  // looks polynomial. Each start can only scan a bounded distance, and each runs on a bounded string.
  [String.raw`\b(?:registered|registration|beds?|places?|capacity)\b[^.;]{0,60}\bfor$`]: {
    files: ['shared/detectors/small-cohort.ts'],
    why: 'isCohort() runs it on the 90 characters before a count; its gap is bounded ({0,60})',
  },
  [String.raw`(?:\b(?:date of birth|dates of birth|birth date|dob|born|birthday)\b|\bd\.o\.b\.?)([^.;!?\n\d]{0,32})$`]:
    {
      files: ['shared/detectors/date-of-birth.ts'],
      why: 'its gap is bounded ({0,32}): at most 32 steps from each start; 0.1 ms on 100,000 characters of "dob\\x00"',
    },
  '\\b(?:(?:call|ring|phone|text|contact|reach)\\s+(?:him|her|them|mum|dad|the (?:family|carer|mother|father|resident|parent))\\s+on|(?:his|her|their)\\s+(?:own\\s+|personal\\s+)?(?:mobile|phone|landline)(?:\\s+number)?\\s+(?:is|was)|(?:telephoned|rang|called|phoned|texted|messaged)\\b[^.;]{0,60}\\bfrom|ei (?:ff\u00f4n|rif ff\u00f4n|ff\u00f4n symudol)(?: yw)?|ffoniwch (?:hi|ef|e|fo) ar)\\s*$':
    {
      files: ['shared/detectors/phone.ts'],
      why: "the phone cue's gaps are bounded and it runs on one block, which the engine bounds; recheck's fuzzer reads bounded repeats as polynomial",
    },
  '<c\\b([^>]{0,400})>\\s*<v>([^<]{1,32})<\\/v>\\s*<\\/c>': {
    files: ['shared/redact/redact-package.ts'],
    why: "a cell's attributes are capped at 400 characters and its value at 32, so each start scans a bounded distance: linear in the sheet",
  },
  '\\b(?:Of|Among|Amongst) (?:the |these |those )?([^,.;:\\n]{3,80}?), ((?:only\\s+)?(?:a handful of|A handful of|a couple of|A couple of|a single|A single|only one|Only one|the only|The only|three|Three|seven|Seven|eight|Eight|four|Four|five|Five|nine|Nine|one|One|two|Two|six|Six|\\d{1,2}))\\s+((?:of them\\s+)?(?:is|are|was|were|had|have|has|remain|remains|live|lives|left|moved|went|became|received)\\b[^.;:\\n]{0,70})':
    {
      files: ['shared/detectors/small-cohort.ts'],
      why: 'OF_THE_GROUP: every gap is bounded ({3,80}, {0,70}) and it runs on one block, which the engine bounds',
    },
  '"[^"]*"|\\[[^\\]]*\\]': {
    files: ['shared/readers/xlsx.ts'],
    why: 'it reads a number format code, which a workbook holds to 255 characters',
  },
};

/**
 * Engine stages that only ever see one block, which the engine cuts to MAX_BLOCK_CHARS before detecting
 * (shared/engine/bound-blocks.ts), or a context window inside one. A quadratic pattern there costs at most
 * MAX_BLOCK_CHARS² steps per block, whatever the size of the file; exponential and cubic ones are never allowed.
 */
export const BLOCK_BOUNDED = [
  'shared/detectors/',
  'shared/people/',
  'shared/sections/',
  'shared/nlp/',
  'shared/engine/',
  'shared/exempt/content-cues.ts',
];

async function runEngineOnSamples(): Promise<void> {
  for (const file of sourceFiles(SHARED)) await import(file);
  const { scan } = await import('../shared/engine/scan.ts');
  const { readDocument } = await import('../shared/readers/index.ts');
  const { parsePolicy } = await import('../shared/policy/parse.ts');
  const { occurrenceFinder } = await import('../shared/redact/occurrences.ts');
  const { buildDocx, p } = await import('../test/shared/readers/build-docx.ts');
  const text = [
    '# Report to Cabinet, Coldbrook Metropolitan Borough Council',
    'Tyler Brown (aged 9) lives at 27 Larkspur Close, Coldbrook KD7 3RW with his grandmother, Mrs Okafor.',
    'T. Brown attends Larkspur Primary School. Contact Jayden on 07700 900123 or jayden.c2007@example.org.',
    'Three children in care were placed out of area; 2 care leavers in Coldbrook.',
    '| Ward | Children |',
    '| --- | --- |',
    '| North | 3 |',
    '| Age | nine |',
    'Contact officer: Sam Lee, Democratic Services, sam.lee@coldbrook.gov.uk, 01632 960000.',
  ].join('\n');
  const policy = parsePolicy({
    councilName: 'Coldbrook Council',
    councilDomains: ['coldbrook.gov.uk'],
    denyNames: ['Jayden Cole'],
  });
  if (!policy.ok) throw new Error(policy.errors.join('\n'));
  const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
  const html = `<html><body><h1>Report</h1><p>${text.split('\n').join('</p><p>')}</p><table><tr><td>3</td></tr></table></body></html>`;
  const docs = [
    await readDocument(encode(text), 'sample.md'),
    await readDocument(encode(text.replace(/\|/g, '\t')), 'sample.txt'),
    await readDocument(encode(html), 'sample.html'),
    await readDocument(
      buildDocx({
        body: text
          .split('\n')
          .map((l) => p(l))
          .join(''),
        core: '<dc:title>Tyler Brown</dc:title>',
      }),
      'sample.docx',
    ),
  ];
  for (const doc of docs) scan(doc, policy.policy);
  occurrenceFinder([
    { needle: 'Tyler Brown', placeholder: '' },
    { needle: "O'Brien (K.)", placeholder: '' },
    { needle: '+44 7700 900123', placeholder: '' },
  ]).find(text);
}

/** Without a quantifier a pattern tries each position once per alternative: nothing to backtrack into. */
export function hasQuantifier(source: string): boolean {
  const bare = source.replace(/\\[pPu]\{[^}]*\}|\\./g, 'x').replace(/\(\?(?:[:=!]|<[=!]|<[\w$]+>)/g, '(');
  return /[*+?{]/.test(bare);
}

/** Flags that change what a pattern matches (g, y and d only change how it is run). */
const matchingFlags = (flags: string): string => [...flags.replace(/[dgy]/g, '')].sort().join('');

/** The cache key of a pattern: what it matches, not where it is written. */
export const patternHash = (p: Pick<Pattern, 'source' | 'flags'>): string =>
  createHash('sha256')
    .update(`/${p.source}/${matchingFlags(p.flags)}`)
    .digest('hex')
    .slice(0, 16);

export interface Collected {
  /** One per distinct pattern (source and matching flags) that has a quantifier; the first place it was seen. */
  patterns: Pattern[];
  /** Every place each pattern is written or built, by hash. */
  places: Map<string, string[]>;
  /** `new RegExp(` sites neither run by the samples nor reviewed. */
  unexercised: string[];
}

export async function collectPatterns(): Promise<Collected> {
  const literals: Pattern[] = [];
  const sites: string[] = [];
  for (const file of sourceFiles(SHARED)) {
    const name = relative(ROOT, file);
    const found = scanSource(readFileSync(file, 'utf8'));
    for (const l of found.literals) literals.push({ source: l.source, flags: l.flags, where: `${name}:${l.line}` });
    for (const line of found.constructorLines) sites.push(`${name}:${line}`);
  }
  await runEngineOnSamples();
  const unexercised = sites.filter(
    (site) => !constructed.some((c) => c.where === site) && !REVIEWED_SITES[site.replace(/:\d+$/, '')],
  );
  const reviewed = Object.entries(REVIEWED_SITES).flatMap(([file, r]) =>
    r.samples.map((source) => ({ source, flags: 'g', where: `${file} (sample)` })),
  );
  const unique = new Map<string, Pattern>();
  const places = new Map<string, string[]>();
  for (const p of [...literals, ...constructed.filter((c) => c.where !== 'outside shared/'), ...reviewed]) {
    if (!hasQuantifier(p.source)) continue;
    const key = patternHash(p);
    if (!unique.has(key)) unique.set(key, p);
    places.set(key, [...(places.get(key) ?? []), p.where]);
  }
  return { patterns: [...unique.values()], places, unexercised };
}

/** A decided recheck verdict, as cached in test/shared/regex-verdicts.json. */
export interface Verdict {
  status: 'safe' | 'vulnerable';
  /** recheck's complexity summary: "constant", "linear", "2nd degree polynomial", "exponential". */
  complexity: string;
  attack?: string;
}

export const VERDICTS_FILE = join(ROOT, 'test/shared/regex-verdicts.json');

export interface VerdictCache {
  note: string;
  verdicts: Record<string, Verdict & { pattern: string }>;
}

export function readVerdicts(): VerdictCache {
  try {
    return JSON.parse(readFileSync(VERDICTS_FILE, 'utf8')) as VerdictCache;
  } catch {
    return { note: '', verdicts: {} };
  }
}

/** recheck's verdict on one pattern, or 'unknown' with the reason when it could not decide within `timeout` ms. */
export async function recheck(p: Pattern, timeout: number): Promise<Verdict | { status: 'unknown'; reason: string }> {
  const { check } = await import('recheck');
  // A fixed seed, so the fuzzer reaches the same verdict on every run. Where the automaton checker cannot
  // finish (large alternations under the i flag), the fuzzer alone often can.
  let d = await check(p.source, matchingFlags(p.flags), { timeout, randomSeed: 42 });
  if (d.status === 'unknown')
    d = await check(p.source, matchingFlags(p.flags), { timeout, randomSeed: 42, checker: 'fuzz' });
  if (d.status === 'unknown') return { status: 'unknown', reason: d.error.kind };
  if (d.status === 'vulnerable')
    return { status: 'vulnerable', complexity: d.complexity.summary, attack: d.attack.pattern };
  return { status: 'safe', complexity: d.complexity.summary };
}

/**
 * Why a pattern with this verdict is not allowed where it is written, or undefined when it is.
 * Exponential is never allowed; polynomial only where its input is bounded (BOUNDED_INPUT, BLOCK_BOUNDED),
 * because a block may run to millions of characters.
 */
export function refusal(p: Pattern, v: Verdict, places: string[]): string | undefined {
  if (v.status === 'safe') return undefined;
  if (v.complexity.startsWith('exponential')) return 'exponential backtracking';
  const files = places.map((w) => w.replace(/(?::\d+| \(sample\))$/, ''));
  const bounded = BOUNDED_INPUT[p.source];
  if (bounded && files.every((f) => bounded.files.includes(f))) return undefined;
  if (v.complexity.startsWith('2nd degree') && files.every((f) => BLOCK_BOUNDED.some((prefix) => f.startsWith(prefix))))
    return undefined;
  return `${v.complexity} backtracking on unbounded text`;
}

export const describePattern = (p: Pattern, places: string[]): string =>
  `${places.join(', ')} /${p.source.length > 100 ? `${p.source.slice(0, 100)}…` : p.source}/${p.flags}`;
