// The session behind the pane, through Word.run on the in-memory double: rescans that skip Word when
// nothing changed, redaction with its verification, and wording placed in the right section.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, getClause, parseClausePack, renderClause, renderInLanguages } from '../../../shared/index.ts';
import type { Finding } from '../../../shared/index.ts';
import { placeholderOf, planPlaceholders } from '../../../addin/src/clearance/redaction-plan.ts';
import { CLAUSE_VALUES_SETTING, documentClauseValuesStore } from '../../../addin/src/office/clause-values-store.ts';
import { documentDecisionStore } from '../../../addin/src/office/decision-store.ts';
import { detectCapabilities } from '../../../addin/src/word/capabilities.ts';
import { WordSession } from '../../../addin/src/word/word-session.ts';
import { controlText, FakeWordDocument, fakeOfficeGlobals, type FakeSeed } from '../support/fake-word.ts';
import { FIXTURE_REPORT } from '../support/fixture-report.ts';

function session(seed: FakeSeed) {
  const doc = new FakeWordDocument(seed);
  const { Word, Office } = fakeOfficeGlobals(doc);
  Object.assign(globalThis, { Word });
  const can = detectCapabilities(Office.context.requirements.isSetSupported);
  const { settings } = Office.context.document;
  return {
    doc,
    session: new WordSession(can, documentDecisionStore(settings), documentClauseValuesStore(settings), settings),
  };
}

afterEach(() => void Reflect.deleteProperty(globalThis, 'Word'));

const targets = (findings: readonly Finding[]) => {
  const plan = planPlaceholders(findings);
  return findings.map((finding) => ({ finding, placeholder: placeholderOf(plan, finding)! }));
};

describe('WordSession', () => {
  it('rescans without touching Word when no paragraph changed, and reads again after an edit', async () => {
    const { doc, session: s } = session(FIXTURE_REPORT);
    await s.watchForEdits();
    const first = await s.scan();
    const syncs = doc.syncs;
    expect((await s.scan()).reused).toBe(true);
    expect(doc.syncs).toBe(syncs);
    doc.typeInto(3, 'The service supports children in care. Contact Dana Whitfield on 07700 900123.');
    const third = await s.scan();
    expect(doc.syncs).toBe(syncs + 2);
    expect(third.reused).toBe(false);
    expect(third.report).not.toBe(first.report);
  });

  it('on a host without change events reads again but keeps the result when no text changed', async () => {
    const { doc, session: s } = session({ ...FIXTURE_REPORT, wordApi: '1.5' });
    await s.watchForEdits();
    const first = await s.scan();
    const again = await s.scan();
    expect(doc.syncs).toBe(4);
    expect(again).toMatchObject({ reused: true, report: first.report });
  });

  it('redacts a person and verifies the OOXML with the engine: 1 sync to redact, 1 to verify', async () => {
    const { doc, session: s } = session(FIXTURE_REPORT);
    const { report } = await s.scan();
    const syncs = doc.syncs;
    const tyler = report.findings.filter((f) => f.suggestion === '[Child 1]');
    const result = await s.redact(targets(tyler));
    expect(doc.syncs).toBe(syncs + 2);
    expect(doc.body.paragraphs[5]!.text).toBe(
      'The panel met [Child 1] twice, and [Child 1] said he wanted to stay with his brother.',
    );
    // Only the hidden run still holds the name; the pane says so, and that hidden text is deleted by hand.
    expect(result.leftovers).toEqual([{ text: 'Tyler Brown', parts: ['the body'] }]);
    expect(result.message).toMatch(
      /Track Changes was paused.*Not redacted "Tyler Brown": hidden text.*Still in the document: "Tyler Brown" \(the body\)/,
    );
  });

  it('says so when every redacted string is gone', async () => {
    const { doc, session: s } = session(FIXTURE_REPORT);
    const { report } = await s.scan();
    const kelly = report.findings.filter((f) => f.text.includes('Kelly'));
    const result = await s.redact(targets(kelly));
    expect(doc.trackedChanges).toEqual([]);
    expect(result.leftovers).toEqual([]);
    expect(result.message).toMatch(/none of the redacted text is left anywhere in the document, including split runs/);
  });

  it('reads the settings too: a name kept in the document settings (an older version of the pane stored decisions with their text) fails the check', async () => {
    const { doc, session: s } = session(FIXTURE_REPORT);
    doc.settings.set('clearance.decisions', [
      { key: 'person:kelly brown', text: 'Kelly Brown', action: 'redacted', by: 'R', at: '2025-03-12T10:00:00.000Z' },
    ]);
    doc.settings.set('another-addin.notes', { note: 'Ask Kelly Brown' });
    const { report } = await s.scan();
    const result = await s.redact(targets(report.findings.filter((f) => f.text.includes('Kelly'))));
    expect(result.leftovers).toEqual([{ text: 'Kelly Brown', parts: ["the document's settings"] }]);
    expect(result.message).toMatch(/Still in the document: "Kelly Brown" \(the document's settings\)/);
  });

  it('once the stored decisions are loaded, the pane’s own settings hold keys only', async () => {
    const { doc, session: s } = session(FIXTURE_REPORT);
    doc.settings.set('clearance.decisions', [
      {
        key: 'person:kelly brown',
        text: 'Kelly Brown',
        type: 'person',
        part: 'body',
        action: 'redacted',
        reason: '',
        placeholder: '[Parent 1]',
        by: 'R',
        at: '2025-03-12T10:00:00.000Z',
      },
    ]);
    const loaded = await s.decisions.load();
    expect(loaded.decisions).toEqual([
      {
        key: expect.stringMatching(/^[0-9a-f]{64}$/),
        action: 'redacted',
        placeholder: '[Parent 1]',
        by: 'R',
        at: '2025-03-12T10:00:00.000Z',
      },
    ]);
    expect(JSON.stringify([...doc.settings.values()])).not.toMatch(/kelly/i);
    const { report } = await s.scan();
    const result = await s.redact(targets(report.findings.filter((f) => f.text.includes('Kelly'))));
    expect(result.leftovers).toEqual([]);
  });

  it('falls back to a fresh read of the text where Word gives no OOXML, and says what that check missed', async () => {
    const { doc, session: s } = session(FIXTURE_REPORT);
    const { report } = await s.scan();
    const bodyClass = Object.getPrototypeOf(doc.context().document.body) as { getOoxml: unknown };
    const getOoxml = bodyClass.getOoxml;
    bodyClass.getOoxml = undefined;
    try {
      const syncs = doc.syncs;
      const tyler = report.findings.filter((f) => f.suggestion === '[Child 1]');
      const result = await s.redact(targets(tyler));
      // The failed OOXML batch never reaches a sync; the fresh read takes its usual 2.
      expect(doc.syncs).toBe(syncs + 3);
      expect(result.leftovers).toEqual([{ text: 'Tyler Brown', parts: ['hidden text'] }]);
    } finally {
      bodyClass.getOoxml = getOoxml;
    }
  });

  it('fills a section that holds only placeholder text in place of the placeholder ("TBC")', async () => {
    const { doc, session: s } = session(FIXTURE_REPORT);
    await s.scan();
    const clause = getClause('legal-implications-england');
    const values = Object.fromEntries(
      clause.variables.map((v) => [v.name, v.kind === 'date' ? '2025-03-12' : 'Sam Patel']),
    );
    const paragraphs = renderClause(clause.id, values);
    const message = await s.insertClause(
      { id: clause.id, version: clause.version, title: clause.title, paragraphs, values },
      'legal',
    );
    expect(message).toMatch(/in place of the placeholder text/);
    const texts = doc.body.paragraphs.map((p) => p.text);
    expect(texts).not.toContain('TBC');
    expect(texts.slice(texts.indexOf('3. Legal implications') + 1)).toEqual(paragraphs);
  });

  it('adds a missing section after the last implications section, with its heading', async () => {
    const { doc, session: s } = session(FIXTURE_REPORT);
    await s.scan();
    const clause = getClause('financial-implications');
    const values = Object.fromEntries(
      clause.variables.map((v) => [v.name, v.kind === 'date' ? '2025-03-12' : 'Sam Patel']),
    );
    const paragraphs = renderClause(clause.id, values);
    const message = await s.insertClause(
      { id: clause.id, version: clause.version, title: clause.title, paragraphs, values },
      'financial',
    );
    expect(message).toMatch(/Added the heading "Financial implications"/);
    const texts = doc.body.paragraphs.map((p) => p.text);
    expect(texts.slice(-1 - paragraphs.length)).toEqual(['Financial implications', ...paragraphs]);
    const rescan = await s.scan();
    expect(rescan.report.sections.financial.status).toBe('present');
  });

  it('keeps the values filled in the document, and updates out-of-date wording in place with them in 1 sync', async () => {
    const { doc, session: s } = session(FIXTURE_REPORT);
    await s.scan();
    const clause = getClause('financial-implications');
    const values = { cost: '£12,000', funding: 'the placements budget', officer: 'Sam Patel', date: '2025-03-12' };
    await s.insertClause(
      {
        id: clause.id,
        version: clause.version,
        title: clause.title,
        paragraphs: renderClause(clause.id, values),
        values,
      },
      'cursor',
    );
    const control = doc.contentControls[0]!;
    const instance = /#([a-z0-9]+)$/.exec(control.tag)![1]!;
    expect(doc.settings.get(CLAUSE_VALUES_SETTING)).toEqual({ [instance]: values });
    expect((await s.scan()).outdatedWording).toEqual([]);

    // Every clause is at version 1 today: a control tagged as version 0 stands in for wording from an older version.
    control.tag = control.tag.replace(`@${clause.version}#`, `@${clause.version - 1}#`);
    control.paragraphs[0]!.text = 'Old wording of the financial implications.';
    const { outdatedWording } = await s.scan();
    expect(outdatedWording).toHaveLength(1);
    expect(outdatedWording[0]!.update).toMatchObject({
      from: clause.version - 1,
      to: clause.version,
      values,
      missing: [],
    });

    const syncs = doc.syncs;
    const message = await s.updateClause(outdatedWording[0]!.update!, {});
    expect(doc.syncs).toBe(syncs + 1);
    expect(message).toBe(`Updated "${clause.title}" from version 0 to version 1 in place.`);
    expect(controlText(doc.contentControls[0]!)).toEqual(renderClause(clause.id, values));
    expect(doc.contentControls[0]!.tag).toBe(`clearance:clause:${clause.id}@${clause.version}#${instance}`);
    expect(doc.body.paragraphs.map((p) => p.text)).not.toContain('Old wording of the financial implications.');
    expect((await s.scan()).outdatedWording).toEqual([]);
  });

  it('updates wording inserted in both languages in the same languages, with the answers written in Welsh', async () => {
    const { doc, session: s } = session(FIXTURE_REPORT);
    await s.scan();
    const clause = getClause('risk-implications');
    const values = { proposal: 'the new rota' };
    const welshValues = { proposal: 'y rota newydd' };
    const languages = ['cy', 'en'] as const;
    const render = () => renderInLanguages(clause.id, values, { languages, welshValues }).flatMap((r) => r.paragraphs);
    await s.insertClause(
      {
        id: clause.id,
        version: clause.version,
        title: clause.title,
        paragraphs: render(),
        values,
        languages: [...languages],
        welshValues,
      },
      'cursor',
    );
    const control = doc.contentControls[0]!;
    const instance = /#([a-z0-9]+)$/.exec(control.tag)![1]!;
    expect(doc.settings.get(CLAUSE_VALUES_SETTING)).toEqual({
      [instance]: { values, languages: ['cy', 'en'], welshValues },
    });
    control.tag = control.tag.replace(`@${clause.version}#`, `@${clause.version - 1}#`);
    const { outdatedWording } = await s.scan();
    expect(outdatedWording[0]!.update).toMatchObject({ values, languages: ['cy', 'en'], welshValues, missing: [] });
    await s.updateClause(outdatedWording[0]!.update!, {});
    expect(controlText(doc.contentControls[0]!)).toEqual(render());
    expect(doc.settings.get(CLAUSE_VALUES_SETTING)).toEqual({
      [instance]: { values, languages: ['cy', 'en'], welshValues },
    });
  });

  it("checks inserted wording against the library with the council's pack, and updates it from the pack", async () => {
    const { doc, session: s } = session(FIXTURE_REPORT);
    await s.scan();
    const clause = getClause('risk-implications');
    const values = { proposal: 'the new rota' };
    await s.insertClause(
      {
        id: clause.id,
        version: clause.version,
        title: clause.title,
        paragraphs: renderClause(clause.id, values),
        values,
      },
      'cursor',
    );
    const ownVersion = {
      version: clause.version + 1,
      effective: '2026-04-01',
      variables: clause.variables,
      body: ['Risks of {{proposal}}: see the council’s risk register.'],
    };
    const parsed = parseClausePack({
      packVersion: 1,
      council: 'Cyngor Sir Dyffryn Gwyrdd',
      clauses: [
        {
          id: clause.id,
          title: 'Risk implications (council wording)',
          category: clause.category,
          jurisdiction: clause.jurisdiction,
          source: [{ citation: 'Council risk policy' }],
          versions: [{ ...ownVersion, version: clause.version }, ownVersion],
        },
      ],
    });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect((await s.scan()).outdatedWording).toEqual([]);
    const { outdatedWording } = await s.scan(DEFAULT_POLICY, parsed.pack);
    expect(outdatedWording[0]!.update).toMatchObject({ from: clause.version, to: clause.version + 1, values });
    await s.updateClause(outdatedWording[0]!.update!, {});
    expect(controlText(doc.contentControls[0]!)).toEqual(['Risks of the new rota: see the council’s risk register.']);
  });
});
