// Every regular expression in the engine, checked for catastrophic backtracking (how they are collected:
// scripts/regex-patterns.ts). recheck's verdicts are cached by pattern hash in regex-verdicts.json, written by
// `npm run check:regex` with a long time limit; here a cached verdict is judged at once, and a pattern not yet
// in the cache is checked now with a bounded limit. An undecided verdict fails: it is not a pass.
import { describe, expect, it } from 'vitest';
import {
  BOUNDED_INPUT,
  collectPatterns,
  describePattern,
  hasQuantifier,
  patternHash,
  readVerdicts,
  recheck,
  refusal,
  scanSource,
  type Pattern,
  type Verdict,
} from '../../scripts/regex-patterns.ts';

/** Time recheck may take on a pattern the cache does not know yet. */
const NEW_PATTERN_TIMEOUT_MS = 15_000;

describe('regular expressions in the engine', () => {
  it('the source scanner tells regex literals from division, strings and templates', () => {
    const { literals, constructorLines } = scanSource(
      [
        'const a = x / 2 / y; const b = /a\\/b[/]c/gi; // not /this/',
        "const s = '/not/'; const t = `/${ { k: /in-template/u }.k }/not/`;",
        'if (/^\\d+$/.test(v)) return /z/; const r = new RegExp(`${a}`);',
      ].join('\n'),
    );
    expect(literals.map((l) => `${l.line}:/${l.source}/${l.flags}`)).toEqual([
      '1:/a\\/b[/]c/gi',
      '2:/in-template/u',
      '3:/^\\d+$/',
      '3:/z/',
    ]);
    expect(constructorLines).toEqual([3]);
    expect([
      hasQuantifier('^(?:ab|c\\+)$'),
      hasQuantifier('\\p{L}x'),
      hasQuantifier('a+'),
      hasQuantifier('(?<n>a){2}'),
    ]).toEqual([false, false, true, true]);
  });

  it('keys a verdict by what the pattern matches, not where it is written or how it is run', () => {
    expect(patternHash({ source: 'a+b', flags: 'gi' })).toBe(patternHash({ source: 'a+b', flags: 'i' }));
    expect(patternHash({ source: 'a+b', flags: 'iu' })).toBe(patternHash({ source: 'a+b', flags: 'ui' }));
    expect(patternHash({ source: 'a+b', flags: 'i' })).not.toBe(patternHash({ source: 'a+b', flags: '' }));
  });

  it('allows exponential nowhere, and polynomial only where the input is bounded', () => {
    const at = (where: string): Pattern => ({ source: 'x', flags: '', where });
    const quadratic: Verdict = { status: 'vulnerable', complexity: '2nd degree polynomial' };
    const cubic: Verdict = { status: 'vulnerable', complexity: '3rd degree polynomial' };
    const exponential: Verdict = { status: 'vulnerable', complexity: 'exponential' };
    expect(
      refusal(at('shared/detectors/a.ts:1'), { status: 'safe', complexity: 'linear' }, ['shared/readers/a.ts:1']),
    ).toBeUndefined();
    expect(refusal(at('shared/detectors/a.ts:1'), quadratic, ['shared/detectors/a.ts:1'])).toBeUndefined();
    expect(
      refusal(at('shared/detectors/a.ts:1'), quadratic, ['shared/detectors/a.ts:1', 'shared/readers/a.ts:9']),
    ).toMatch(/unbounded/);
    expect(refusal(at('shared/detectors/a.ts:1'), cubic, ['shared/detectors/a.ts:1'])).toMatch(/unbounded/);
    expect(refusal(at('shared/detectors/a.ts:1'), exponential, ['shared/detectors/a.ts:1'])).toMatch(/exponential/);
    const [source, { files }] = Object.entries(BOUNDED_INPUT)[0]!;
    expect(refusal({ source, flags: '', where: `${files[0]}:1` }, cubic, [`${files[0]}:1`])).toBeUndefined();
    expect(
      refusal({ source, flags: '', where: 'shared/readers/other.ts:1' }, cubic, ['shared/readers/other.ts:1']),
    ).toMatch(/unbounded/);
  });

  it(
    'none can backtrack exponentially, and none polynomially except where its input is bounded (recheck)',
    { timeout: 300_000 },
    async () => {
      const { patterns, places, unexercised } = await collectPatterns();
      expect(unexercised, 'new RegExp( sites neither run by the samples nor reviewed').toEqual([]);
      expect(patterns.length).toBeGreaterThan(20);
      const cache = readVerdicts().verdicts;
      const problems: string[] = [];
      const uncached = patterns.filter((p) => !cache[patternHash(p)]);
      for (const p of patterns) {
        const where = places.get(patternHash(p)) ?? [p.where];
        const cached = cache[patternHash(p)];
        const verdict = cached ?? (await recheck(p, NEW_PATTERN_TIMEOUT_MS));
        if (verdict.status === 'unknown') {
          problems.push(
            `${describePattern(p, where)}: recheck could not decide (${verdict.reason}); run npm run check:regex, or simplify it`,
          );
          continue;
        }
        const why = refusal(p, verdict, where);
        if (why) problems.push(`${describePattern(p, where)}: ${why}; attack: ${verdict.attack ?? ''}`);
      }
      if (uncached.length)
        console.warn(`${uncached.length} patterns are not in the verdict cache yet: npm run check:regex records them`);
      expect(problems).toEqual([]);
    },
  );
});
