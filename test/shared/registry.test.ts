// The detector registry, as the clause library has: every detector file registered once, its id equal to
// its file name, its record complete, and a test file beside the others.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../shared/detectors/index.ts';
import { FINDING_TYPES, SEVERITIES } from '../../shared/model/finding.ts';

const ROOT = join(import.meta.dirname, '../..');
const files = readdirSync(join(ROOT, 'shared/detectors'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

/** Detectors that name no Schedule 12A paragraph of their own, and why. */
const NO_PARAGRAPHS: Record<string, string> = {
  'failed-redaction':
    'what the box was meant to withhold is unknown; the detectors that read the recovered text name the paragraphs',
};

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

describe('detector registry', () => {
  it('registers every detector file in shared/detectors/, once each, and nothing else', () => {
    const ids = DETECTORS.map((d) => d.id);
    expect(new Set(ids).size, 'an id is registered twice').toBe(ids.length);
    expect([...ids].sort()).toEqual(files);
  });

  it.each(files)('%s: its default export is the registered record, with its file name as id', async (file) => {
    const { default: detector } = (await import(`../../shared/detectors/${file}.ts`)) as {
      default: (typeof DETECTORS)[number];
    };
    expect(detector.id).toBe(file);
    expect(detector.id).toMatch(KEBAB);
    expect(DETECTORS).toContain(detector);
  });

  it.each(DETECTORS.map((d) => [d.id, d] as const))('%s has complete metadata', (_id, d) => {
    expect(FINDING_TYPES).toContain(d.type);
    expect(SEVERITIES).toContain(d.severity);
    expect(['block', 'document']).toContain(d.scope);
    expect(typeof d.detect).toBe('function');
    expect(d.explanation.trim(), 'explanation').not.toBe('');
    expect(d.explanation, 'explanation: a sentence with a capital and a full stop').toMatch(/^[A-Z].*[^.]\.$/s);
    if (d.source !== undefined) expect(d.source.trim(), 'source, when given').not.toBe('');
    const { england, wales } = d.exemptParagraphs;
    for (const n of england)
      expect(n, 'England: Schedule 12A Part 1, paragraphs 1–7').toSatisfy(
        (x: number) => Number.isInteger(x) && x >= 1 && x <= 7,
      );
    for (const n of wales)
      expect(n, 'Wales: Schedule 12A Part 4, paragraphs 12–18').toSatisfy(
        (x: number) => Number.isInteger(x) && x >= 12 && x <= 18,
      );
    if (!NO_PARAGRAPHS[d.id]) {
      expect(england.length, 'England paragraphs').toBeGreaterThan(0);
      expect(wales.length, 'Wales paragraphs').toBeGreaterThan(0);
    }
  });

  it.each(files)('%s has a test file in test/shared/detectors/', (file) => {
    expect(existsSync(join(ROOT, 'test/shared/detectors', `${file}.test.ts`))).toBe(true);
  });

  it('lists exceptions only for registered detectors', () => {
    for (const id of Object.keys(NO_PARAGRAPHS)) expect(files).toContain(id);
  });
});
