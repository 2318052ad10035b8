// Every clause file: registered, valid, renders without a stray placeholder, and released versions unchanged.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getClause, listClauses, renderClause } from '../../../shared/wording/index.ts';
import type { ClauseView } from '../../../shared/wording/index.ts';

const DIR = join(import.meta.dirname, '../../../shared/wording/clauses');
const allFiles = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'RELEASED.json')
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
/** "<id>" holds the English clause, "<id>.cy" its Welsh version. */
const files = allFiles.filter((f) => !f.endsWith('.cy'));
const welshFiles = allFiles.filter((f) => f.endsWith('.cy'));
const languageOf = (file: string) => (file.endsWith('.cy') ? 'cy' : 'en') as 'cy' | 'en';
const idOf = (file: string) => file.replace(/\.cy$/, '');
const released = (JSON.parse(readFileSync(join(DIR, 'RELEASED.json'), 'utf8')) as { released: Record<string, string> })
  .released;

/** A value of the right kind for every variable the clause takes. */
function sampleValues(clause: ClauseView): Record<string, string> {
  return Object.fromEntries(
    clause.variables.map((v) => [
      v.name,
      v.kind === 'date' ? '2025-03-05' : v.kind === 'paragraph-list' ? String(v.allowed![0]) : `sample ${v.name}`,
    ]),
  );
}

describe('clause library', () => {
  it('registers every clause file in the folder, and nothing else', () => {
    expect(
      listClauses()
        .map((c) => c.id)
        .sort(),
    ).toEqual(files);
    expect(
      listClauses({ language: 'cy' })
        .map((c) => `${c.id}.cy`)
        .sort(),
    ).toEqual(welshFiles);
  });

  it('has a Welsh version, marked draft, of every Welsh clause, paired with its English twin', () => {
    const welshIds = listClauses({ language: 'cy' }).map((c) => c.id);
    for (const c of listClauses().filter((x) => x.jurisdiction === 'wales')) expect(welshIds, c.id).toContain(c.id);
    for (const cy of listClauses({ language: 'cy' })) {
      const en = getClause(cy.id);
      expect(cy).toMatchObject({
        language: 'cy',
        status: 'draft',
        pairing: en.pairing,
        jurisdiction: en.jurisdiction,
        category: en.category,
      });
      expect(cy.translationNote).toMatch(/Welsh language officer to confirm/);
      expect(cy.variables.map((v) => v.name)).toEqual(en.variables.map((v) => v.name));
      expect(en).toMatchObject({ language: 'en', status: 'approved' });
    }
  });

  it('has at least the clauses issue 4 asks for', () => {
    const ids = listClauses().map((c) => c.id);
    for (const id of [
      'corporate-parenting-england',
      'corporate-parenting-none-england',
      'corporate-parenting-wales',
      'equality-psed-with-eia',
      'equality-psed-no-eia',
      'legal-implications-england',
      'monitoring-officer-sign-off',
      'exempt-notice-england',
      'exempt-notice-wales',
      'exclusion-resolution-england',
      'exclusion-resolution-wales',
      'financial-implications',
      'risk-implications',
      'data-protection-statement',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it.each(allFiles)(
    '%s renders every version, one string per paragraph, with every value placed and no placeholder left',
    (file) => {
      const [id, language] = [idOf(file), languageOf(file)];
      for (const version of getClause(id, undefined, { language }).versions) {
        const clause = getClause(id, version, { language });
        const values = sampleValues(clause);
        const paragraphs = renderClause(id, values, { version, language });
        expect(paragraphs.length).toBeGreaterThanOrEqual(clause.body.length);
        for (const p of paragraphs) {
          expect(p.trim()).not.toBe('');
          expect(p).not.toMatch(/\{\{|\}\}/);
        }
        for (const v of clause.variables.filter((x) => x.kind === 'text'))
          expect(paragraphs.join('\n')).toContain(values[v.name]);
      }
    },
  );

  it.each(allFiles)('%s: every version is recorded in RELEASED.json and unchanged since release', (id) => {
    const raw = JSON.parse(readFileSync(join(DIR, `${id}.json`), 'utf8')) as { versions: { version: number }[] };
    for (const v of raw.versions) {
      expect(released[`${id}@${v.version}`], `${id}@${v.version} is not in RELEASED.json`).toBeDefined();
      expect(
        createHash('sha256').update(JSON.stringify(v)).digest('hex'),
        `${id}@${v.version} changed after release: add a new version instead`,
      ).toBe(released[`${id}@${v.version}`]);
    }
  });

  it('gives the newest version unless asked for an older one', () => {
    const c = getClause('exempt-notice-england');
    expect(c.version).toBe(Math.max(...c.versions));
  });
});
