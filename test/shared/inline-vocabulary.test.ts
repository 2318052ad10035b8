// Word lists are data: they live in shared/lexicons/*.json with a source note (lexicons.test.ts checks them).
// This test reads the engine's TypeScript and fails on an inline array of 8 or more plain words, the shape a
// word list takes when it is written into code. The members of a typed union (`[...] as const`,
// `new Set<FindingType>([...])`, `const x: readonly BlockKind[] = [...]`) are code, checked by the compiler.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SHARED = join(ROOT, 'shared');

/** Fewer words than this are a pattern's few alternatives, not a vocabulary. */
const MIN_WORDS = 8;

/** Letters, with the spaces, hyphens, apostrophes and full stops of phrases and abbreviations. */
const PLAIN_WORD = /^\p{L}[\p{L}\p{M}'’ .-]*$/u;

interface InlineList {
  file: string;
  line: number;
  words: string[];
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f))
    .sort();
}

/** Whether the array's members are typed as a union of literals, so the compiler, not a lexicon, owns them. */
function isTypedUnion(array: ts.ArrayLiteralExpression): boolean {
  const parent = array.parent;
  const mentionsString = (type: ts.Node): boolean =>
    type.kind === ts.SyntaxKind.StringKeyword || ts.forEachChild(type, mentionsString) === true;
  if (ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent)) return true;
  if (ts.isNewExpression(parent) && parent.typeArguments?.length) return !mentionsString(parent.typeArguments[0]!);
  if (ts.isVariableDeclaration(parent) && parent.type) return !mentionsString(parent.type);
  return false;
}

/** Every inline array of MIN_WORDS or more plain words in one source file. */
function inlineWordLists(file: string, source: string): InlineList[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: InlineList[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isArrayLiteralExpression(node) && node.elements.length >= MIN_WORDS && !isTypedUnion(node)) {
      const words = node.elements.map((e) =>
        ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) ? e.text : undefined,
      );
      if (words.every((w) => w !== undefined && PLAIN_WORD.test(w)))
        found.push({
          file,
          line: tree.getLineAndCharacterOfPosition(node.getStart()).line + 1,
          words: words as string[],
        });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

const lists = typeScriptFiles(SHARED).flatMap((path) =>
  inlineWordLists(relative(ROOT, path).split('\\').join('/'), readFileSync(path, 'utf8')),
);
const describeList = (l: InlineList): string => `${l.file}:${l.line} [${l.words.slice(0, 4).join(', ')}, …]`;

describe('inline word lists in the engine', () => {
  it('the finder sees a word list, and leaves typed unions, short alternatives and other arrays alone', () => {
    const probe = [
      "const CUES = ['looked after', 'care leaver', \"plant sy'n\", 'ôl-ddyledion', 'a', 'b', 'c', 'U.K.'];",
      "const SET = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight']);",
      "const ALSO: readonly string[] = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];",
      "const KINDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'] as const;",
      "const TYPED = new Set<Kind>(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight']);",
      "const ANNOTATED: readonly Kind[] = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];",
      "const SHORT = ['one', 'two', 'three', 'four', 'five', 'six', 'seven'];",
      "const PATHS = ['a.json', 'b/c', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];",
      "const MIXED = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', x];",
    ].join('\n');
    expect(inlineWordLists('probe.ts', probe).map((l) => l.line)).toEqual([1, 2, 3]);
  });

  it('reads the whole engine', () => {
    expect(typeScriptFiles(SHARED).length).toBeGreaterThan(50);
  });

  it('holds no word list outside shared/lexicons/', () => {
    expect(lists.map(describeList)).toEqual([]);
  });
});
