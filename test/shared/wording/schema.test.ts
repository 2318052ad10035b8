// The clause schema refuses malformed clause files loudly, naming the field.
import { describe, expect, it } from 'vitest';
import { clauseSchema } from '../../../shared/wording/schema.ts';

const valid = {
  id: 'sample-clause',
  title: 'A sample clause',
  category: 'legal',
  jurisdiction: 'england',
  source: [{ citation: 'An Act 2000' }],
  versions: [
    {
      version: 1,
      effective: '2025-01-01',
      variables: [{ name: 'reason', kind: 'text', label: 'Why' }],
      body: ['Because {{reason}}.'],
    },
  ],
};

const withVersion = (changes: object) => ({ ...valid, versions: [{ ...valid.versions[0]!, ...changes }] });

function problems(input: unknown): string[] {
  const parsed = clauseSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('clauseSchema', () => {
  it('accepts a well-formed clause', () => expect(problems(valid)).toEqual([]));

  it('refuses a placeholder that is not a declared variable', () => {
    expect(problems(withVersion({ body: ['Because {{reason}} and {{other}}.'] }))).toEqual([
      'versions.0.body.0: uses {{other}}, which is not among the declared variables',
    ]);
  });

  it('refuses a declared variable the body never uses', () => {
    expect(problems(withVersion({ body: ['No variables here.'] }))).toEqual([
      'versions.0.variables: declares "reason" but the body never uses it',
    ]);
  });

  it('refuses a malformed placeholder', () => {
    expect(problems(withVersion({ body: ['Because {{reason}} and {{ bad }}.'] }))).toEqual([
      'versions.0.body.0: has a malformed placeholder (write {{name}})',
    ]);
  });

  it('refuses versions out of order', () => {
    expect(problems({ ...valid, versions: [valid.versions[0], { ...valid.versions[0]!, version: 3 }] })).toEqual([
      'versions.1.version: versions are numbered 1, 2, 3... in order; expected 2',
    ]);
  });

  it('refuses a paragraph list that allows paragraphs of the other nation', () => {
    const variables = [{ name: 'paragraphs', kind: 'paragraph-list', label: 'Paragraphs', allowed: [1, 12] }];
    expect(problems(withVersion({ variables, body: ['By virtue of {{paragraphs}}.'] }))).toEqual([
      'versions.0.variables: "paragraphs" allows paragraph 12, which is not a Schedule 12A paragraph for england',
    ]);
  });

  it('refuses .descriptions anywhere but a whole paragraph of a paragraph list', () => {
    expect(problems(withVersion({ body: ['See {{reason.descriptions}}.'] }))).toEqual([
      'versions.0.body.0: {{reason.descriptions}} must be a paragraph-list variable standing alone as a whole paragraph',
    ]);
  });

  it('refuses an unknown variable kind and a bad id, naming the fields', () => {
    const bad = {
      ...valid,
      id: 'Bad Id',
      versions: [{ ...valid.versions[0]!, variables: [{ name: 'reason', kind: 'money', label: 'Why' }] }],
    };
    const found = problems(bad);
    expect(found.some((p) => p.startsWith('id: must be kebab-case'))).toBe(true);
    expect(found.some((p) => p.startsWith('versions.0.variables.0.kind:'))).toBe(true);
  });
});
