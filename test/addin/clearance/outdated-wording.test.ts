// Inserted standard wording checked against the clause library's newest versions.
import { describe, expect, it } from 'vitest';
import { listClauses } from '../../../shared/index.ts';
import { outdatedWording } from '../../../addin/src/clearance/outdated-wording.ts';
import { readiness } from '../../../addin/src/clearance/readiness.ts';
import { finding, report } from '../app/pane-stub.ts';

describe('outdatedWording', () => {
  it('says nothing of current wording and names a clause the library no longer has', () => {
    const current = listClauses()[0]!;
    expect(outdatedWording([{ id: current.id, version: current.version }])).toEqual([]);
    expect(outdatedWording([{ id: 'withdrawn-clause', version: 2 }])).toEqual(['Standard wording "withdrawn-clause" (version 2) is no longer in the clause library: check it by hand.']);
  });

  it('names an older version and what replaces it, and the ready check lists it', () => {
    // Every clause is at version 1 today: a library where one has moved on stands in for next year's.
    const current = listClauses()[0]!;
    const revised = { ...current, version: 2, effective: '2027-04-01', versions: [1, 2] };
    const messages = outdatedWording([{ id: current.id, version: 1 }], [revised]);
    expect(messages).toEqual([`"${current.title}" is version 1; version 2 (effective 2027-04-01) replaces it. Insert the new version in its place.`]);
    const result = readiness(report([finding('Cllr Lee', { severity: 'info' })]), [], [], messages);
    expect(result.remaining).toContain(messages[0]);
  });
});
