// Inserted standard wording checked against the clause library's newest versions, and the update that
// re-renders it with the values stored when it was inserted.
import { describe, expect, it } from 'vitest';
import { getClause, listClauses, WordingError, type ClauseView } from '../../../shared/index.ts';
import { outdatedWording, renderUpdate } from '../../../addin/src/clearance/outdated-wording.ts';
import { readiness } from '../../../addin/src/clearance/readiness.ts';
import { finding, report } from '../app/pane-stub.ts';

const inserted = (id: string, version: number, instance?: string) => ({
  tag: `clearance:clause:${id}@${version}${instance ? `#${instance}` : ''}`,
  id,
  version,
  ...(instance && { instance }),
});

// Every clause is at version 1 today: a library where financial implications has moved on, taking one
// more value (the budget code), stands in for next year's.
const current = getClause('financial-implications');
const budgetCode = { name: 'budgetCode', kind: 'text' as const, label: 'Budget code' };
const revised: ClauseView = {
  ...current,
  version: 2,
  effective: '2027-04-01',
  versions: [1, 2],
  variables: [...current.variables, budgetCode],
  body: [...current.body, 'Budget code: {{budgetCode}}.'],
};
const stored = { cost: '£12,000', funding: 'the placements budget', officer: 'Sam Patel', date: '2025-03-12' };
/** Renders the revised version the way the library would: each placeholder filled, every value required. */
const renderRevised = (_id: string, values: Record<string, string>): string[] => {
  const missing = revised.variables.filter((v) => !values[v.name]?.trim()).map((v) => v.name);
  if (missing.length)
    throw new WordingError(`clause ${revised.id} needs a value for ${missing.join(', ')}`, revised.id, missing);
  return revised.body.map((p) => p.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => values[name]!));
};

describe('outdatedWording', () => {
  it('says nothing of current wording and names a clause the library no longer has', () => {
    const first = listClauses()[0]!;
    expect(outdatedWording([inserted(first.id, first.version)])).toEqual([]);
    expect(outdatedWording([inserted('withdrawn-clause', 2)])).toEqual([
      {
        message:
          'Standard wording "withdrawn-clause" (version 2) is no longer in the clause library: check it by hand.',
      },
    ]);
  });

  it('offers an update with the stored values, asking only for what the new version adds; the ready check lists it', () => {
    const [item] = outdatedWording([inserted(current.id, 1, 'k1')], (c) => (c.instance === 'k1' ? stored : undefined), [
      revised,
    ]);
    expect(item!.message).toBe(
      `"${current.title}" is version 1; version 2 (effective 2027-04-01) replaces it. Update it to the current version.`,
    );
    expect(item!.update).toEqual({
      tag: `clearance:clause:${current.id}@1#k1`,
      instance: 'k1',
      id: current.id,
      title: current.title,
      from: 1,
      to: 2,
      values: stored,
      missing: [budgetCode],
    });
    expect(readiness(report([finding('Cllr Lee', { severity: 'info' })]), [], [], [item!.message]).remaining).toContain(
      item!.message,
    );
  });

  it('asks for every value of wording inserted before values were kept, and drops values the new version no longer takes', () => {
    const [old] = outdatedWording([inserted(current.id, 1)], () => undefined, [revised]);
    expect(old!.update!.missing.map((v) => v.name)).toEqual([...current.variables.map((v) => v.name), 'budgetCode']);
    const slimmer: ClauseView = { ...revised, variables: [budgetCode], body: ['Budget code: {{budgetCode}}.'] };
    const [dropped] = outdatedWording([inserted(current.id, 1, 'k1')], () => ({ ...stored, budgetCode: 'CS-104' }), [
      slimmer,
    ]);
    expect(dropped!.update).toMatchObject({ values: { budgetCode: 'CS-104' }, missing: [] });
  });
});

describe('renderUpdate', () => {
  it('renders the new version with the stored values and the one the user gave', () => {
    const [item] = outdatedWording([inserted(current.id, 1, 'k1')], () => stored, [revised]);
    const clause = renderUpdate(item!.update!, { budgetCode: 'CS-104' }, renderRevised);
    expect(clause).toMatchObject({
      id: current.id,
      version: 2,
      instance: 'k1',
      values: { ...stored, budgetCode: 'CS-104' },
    });
    expect(clause.paragraphs.at(-1)).toBe('Budget code: CS-104.');
    expect(clause.paragraphs.join(' ')).toContain('Sam Patel');
  });

  it('refuses, naming the value, when the new one is left blank', () => {
    const [item] = outdatedWording([inserted(current.id, 1, 'k1')], () => stored, [revised]);
    expect(() => renderUpdate(item!.update!, { budgetCode: ' ' }, renderRevised)).toThrow(
      /needs a value for budgetCode/,
    );
  });
});
