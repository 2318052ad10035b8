// Every regular expression in the engine, checked with recheck for catastrophic backtracking.
//
// How they are collected, so that none slips by:
// 1. Regex literals: a small lexer reads every .ts file under shared/ (skipping comments, strings and
//    template text, telling a regex from a division by the token before it) and takes out each /body/flags.
// 2. Patterns built at run time (new RegExp(...) from word lists or escaped text): the global RegExp is
//    wrapped before the engine is imported, the engine is imported and run over sample documents, and
//    every construction is recorded with the source line that made it.
// 3. Coverage: every `new RegExp(` the lexer finds must have been seen constructing in step 2, or be
//    listed below with a sample pattern of the shape it builds; a new unreviewed site fails the test.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SHARED = join(ROOT, 'shared');

interface Pattern { source: string; flags: string; where: string }

const constructed: Pattern[] = [];
const OriginalRegExp = RegExp;
globalThis.RegExp = new Proxy(OriginalRegExp, {
  construct(target, args: [string | RegExp, string?], newTarget) {
    const [pattern, flags] = args;
    const source = pattern instanceof OriginalRegExp ? pattern.source : String(pattern);
    constructed.push({ source, flags: flags ?? (pattern instanceof OriginalRegExp ? pattern.flags : ''), where: callerIn(new Error().stack ?? '') });
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

const REGEX_AFTER_WORD = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await']);

/** Regex literals and `new RegExp(` sites in TypeScript source, by line. */
export function scanSource(code: string): { literals: { source: string; flags: string; line: number }[]; constructorLines: number[] } {
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
      if (code[i] === '\\') { i++; continue; }
      if (code[i] === '`') { i++; return false; }
      if (code[i] === '$' && code[i + 1] === '{') { i += 2; return true; }
    }
    return false;
  };
  while (i < code.length) {
    const c = code[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if (code.startsWith('//', i)) { i = code.indexOf('\n', i); if (i < 0) break; continue; }
    if (code.startsWith('/*', i)) { i = code.indexOf('*/', i) + 2; if (i < 2) break; continue; }
    if (c === '"' || c === "'") { skipQuoted(c); previous = 'x'; continue; }
    if (c === '`') { i++; if (skipTemplate()) templates.push(depth++); previous = 'x'; continue; }
    if (c === '{') { depth++; i++; previous = c; continue; }
    if (c === '}') {
      depth--;
      i++;
      if (templates.at(-1) === depth) { templates.pop(); if (skipTemplate()) templates.push(depth++); previous = 'x'; } else previous = c;
      continue;
    }
    if (c === '/') {
      const regexAllowed = previous === '' || /[(,=:[!&|?{};+\-*%<>~^]/.test(previous) || REGEX_AFTER_WORD.has(previous);
      if (regexAllowed) {
        const start = i;
        let inClass = false;
        for (i++; i < code.length; i++) {
          const d = code[i]!;
          if (d === '\\') { i++; continue; }
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
const REVIEWED_SITES: Record<string, { why: string; samples: string[] }> = {
  'shared/readers/pdf-layout.ts': {
    why: 'locate() escapes each character of text recovered from under a PDF redaction box and joins them with \\s*',
    samples: ['T\\s*y\\s*l\\s*e\\s*r\\s*B\\s*r\\s*o\\s*w\\s*n', 'K\\s*D\\s*7\\s*3\\s*R\\s*W', '0\\s*7\\s*7\\s*0\\s*0\\s*\\.\\s*\\('],
  },
};

/** Polynomial patterns reviewed as safe: only ever run on a short, bounded string (file:line -> why). */
const BOUNDED_INPUT: Record<string, string> = {
  'shared/detectors/small-cohort.ts:106': 'trimQualifier() trims a qualifier the cohort pattern caps at 90 characters',
  'shared/readers/html.ts:126': 'declaredCharset() reads only the first kilobyte of the file',
  'shared/exempt/jurisdiction.ts:20': 'the gap is bounded ({2,60}): at most 60 steps from each start, linear in the text',
  'shared/exempt/content-cues.ts:64': 'its gaps are bounded ({0,60} and {0,50}) and it runs on one sentence of one block',
};

/**
 * Engine stages that only ever see one block, which the engine cuts to MAX_BLOCK_CHARS before detecting
 * (shared/engine/bound-blocks.ts), or a context window inside one. A quadratic pattern there costs at most
 * MAX_BLOCK_CHARS² steps per block, whatever the size of the file; exponential and cubic ones are never allowed.
 */
const BLOCK_BOUNDED = ['shared/detectors/', 'shared/people/', 'shared/sections/', 'shared/nlp/', 'shared/engine/', 'shared/exempt/content-cues.ts'];
const isBlockBounded = (v: Verdict): boolean => v.detail.startsWith('2nd degree') && BLOCK_BOUNDED.some((prefix) => v.pattern.where.startsWith(prefix));

async function runEngineOnSamples(): Promise<void> {
  for (const file of sourceFiles(SHARED)) await import(file);
  const { scan } = await import('../../shared/engine/scan.ts');
  const { readDocument } = await import('../../shared/readers/index.ts');
  const { parsePolicy } = await import('../../shared/policy/parse.ts');
  const { occurrenceFinder } = await import('../../shared/redact/occurrences.ts');
  const { buildDocx, p } = await import('./readers/build-docx.ts');
  const text = [
    '# Report to Cabinet, Coldbrook Metropolitan Borough Council',
    'Tyler Brown (aged 9) lives at 27 Larkspur Close, Coldbrook KD7 3RW with his grandmother, Mrs Okafor.',
    'T. Brown attends Larkspur Primary School. Contact Jayden on 07700 900123 or jayden.c2007@example.org.',
    'Three children in care were placed out of area; 2 care leavers in Coldbrook.',
    '| Ward | Children |', '| --- | --- |', '| North | 3 |', '| Age | nine |',
    'Contact officer: Sam Lee, Democratic Services, sam.lee@coldbrook.gov.uk, 01632 960000.',
  ].join('\n');
  const policy = parsePolicy({ councilName: 'Coldbrook Council', councilDomains: ['coldbrook.gov.uk'], denyNames: ['Jayden Cole'] });
  if (!policy.ok) throw new Error(policy.errors.join('\n'));
  const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
  const docs = [
    await readDocument(encode(text), 'sample.md'),
    await readDocument(encode(text.replace(/\|/g, '\t')), 'sample.txt'),
    await readDocument(encode(`<html><body><h1>Report</h1><p>${text.split('\n').join('</p><p>')}</p><table><tr><td>3</td></tr></table></body></html>`), 'sample.html'),
    await readDocument(buildDocx({ body: text.split('\n').map((l) => p(l)).join(''), core: '<dc:title>Tyler Brown</dc:title>' }), 'sample.docx'),
  ];
  for (const doc of docs) scan(doc, policy.policy);
  occurrenceFinder([{ needle: 'Tyler Brown', placeholder: '' }, { needle: "O'Brien (K.)", placeholder: '' }, { needle: '+44 7700 900123', placeholder: '' }]).find(text);
}

interface Verdict { pattern: Pattern; status: string; detail: string }

/** Without a quantifier a pattern tries each position once per alternative: nothing to backtrack into. */
export function hasQuantifier(source: string): boolean {
  const bare = source.replace(/\\[pPu]\{[^}]*\}|\\./g, 'x').replace(/\(\?(?:[:=!]|<[=!]|<[\w$]+>)/g, '(');
  return /[*+?{]/.test(bare);
}

async function checkAll(patterns: Pattern[]): Promise<Verdict[]> {
  const verdicts: Verdict[] = [];
  const queue = patterns.filter((p) => hasQuantifier(p.source));
  // Two workers: the machine has two cores. Each check gets 4 s, after which it is "unknown" (reported, not
  // failed); on an idle machine the whole test takes about 40 s, on a loaded one far longer.
  const worker = async (): Promise<void> => {
    for (let pattern = queue.shift(); pattern; pattern = queue.shift()) {
      const d = await check(pattern.source, pattern.flags.replace(/[dgy]/g, ''), { timeout: 4000 });
      const detail = d.status === 'vulnerable' ? `${d.complexity.summary}; attack: ${d.attack.pattern}` : d.status === 'unknown' ? d.error.kind : '';
      verdicts.push({ pattern, status: d.status, detail });
    }
  };
  await Promise.all([worker(), worker()]);
  return verdicts;
}

describe('regular expressions in the engine', () => {
  it('the source scanner tells regex literals from division, strings and templates', () => {
    const { literals, constructorLines } = scanSource([
      'const a = x / 2 / y; const b = /a\\/b[/]c/gi; // not /this/',
      "const s = '/not/'; const t = `/${ { k: /in-template/u }.k }/not/`;",
      'if (/^\\d+$/.test(v)) return /z/; const r = new RegExp(`${a}`);',
    ].join('\n'));
    expect(literals.map((l) => `${l.line}:/${l.source}/${l.flags}`)).toEqual(['1:/a\\/b[/]c/gi', '2:/in-template/u', '3:/^\\d+$/', '3:/z/']);
    expect(constructorLines).toEqual([3]);
    expect([hasQuantifier('^(?:ab|c\\+)$'), hasQuantifier('\\p{L}x'), hasQuantifier('a+'), hasQuantifier('(?<n>a){2}')]).toEqual([false, false, true, true]);
  });

  it('none can backtrack exponentially, and none polynomially except where its input is bounded (checked with recheck)', { timeout: 300_000 }, async () => {
    const literals: Pattern[] = [];
    const sites: string[] = [];
    for (const file of sourceFiles(SHARED)) {
      const name = relative(ROOT, file);
      const found = scanSource(readFileSync(file, 'utf8'));
      for (const l of found.literals) literals.push({ source: l.source, flags: l.flags, where: `${name}:${l.line}` });
      for (const line of found.constructorLines) sites.push(`${name}:${line}`);
    }
    await runEngineOnSamples();
    const unexercised = sites.filter((site) => !constructed.some((c) => c.where === site) && !REVIEWED_SITES[site.replace(/:\d+$/, '')]);
    expect(unexercised, 'new RegExp( sites neither run by the samples nor reviewed').toEqual([]);
    const reviewed = Object.entries(REVIEWED_SITES).flatMap(([file, r]) => r.samples.map((source) => ({ source, flags: 'g', where: `${file} (sample)` })));
    const unique = new Map<string, Pattern>();
    for (const p of [...literals, ...constructed.filter((c) => c.where !== 'outside shared/'), ...reviewed]) {
      const key = `/${p.source}/${p.flags.replace(/[dgy]/g, '')}`;
      if (!unique.has(key)) unique.set(key, p);
    }
    expect(unique.size).toBeGreaterThan(20);
    const verdicts = await checkAll([...unique.values()]);
    const describeVerdict = (v: Verdict): string => `${v.pattern.where} /${v.pattern.source.slice(0, 100)}/${v.pattern.flags}: ${v.detail}`;
    const unknown = verdicts.filter((v) => v.status === 'unknown').map(describeVerdict);
    if (unknown.length) console.warn(`recheck could not decide within its time limit:\n${unknown.join('\n')}`);
    const vulnerable = verdicts.filter((v) => v.status === 'vulnerable');
    expect.soft(vulnerable.filter((v) => v.detail.startsWith('exponential')).map(describeVerdict), 'exponential backtracking').toEqual([]);
    // Quadratic is catastrophic too on a long line: a block may run to millions of characters.
    expect(vulnerable.filter((v) => !v.detail.startsWith('exponential') && !BOUNDED_INPUT[v.pattern.where] && !isBlockBounded(v)).map(describeVerdict), 'polynomial backtracking on unbounded text').toEqual([]);
  });
});
