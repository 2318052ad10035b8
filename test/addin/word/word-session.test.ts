// The session behind the pane, through Word.run on the in-memory double: rescans that skip Word when
// nothing changed, redaction with its verification, and wording placed in the right section.
import { afterEach, describe, expect, it } from 'vitest';
import { getClause, renderClause } from '../../../shared/index.ts';
import { placeholderFor } from '../../../addin/src/clearance/redaction-scope.ts';
import { documentDecisionStore } from '../../../addin/src/office/decision-store.ts';
import { detectCapabilities } from '../../../addin/src/word/capabilities.ts';
import { WordSession } from '../../../addin/src/word/word-session.ts';
import { FakeWordDocument, fakeOfficeGlobals, type FakeSeed } from '../support/fake-word.ts';
import { FIXTURE_REPORT } from '../support/fixture-report.ts';

function session(seed: FakeSeed) {
  const doc = new FakeWordDocument(seed);
  const { Word, Office } = fakeOfficeGlobals(doc);
  Object.assign(globalThis, { Word });
  const can = detectCapabilities(Office.context.requirements.isSetSupported);
  return { doc, session: new WordSession(can, documentDecisionStore(Office.context.document.settings)) };
}

afterEach(() => void Reflect.deleteProperty(globalThis, 'Word'));

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
    const result = await s.redact(tyler.map((finding) => ({ finding, placeholder: placeholderFor(finding) })));
    expect(doc.syncs).toBe(syncs + 2);
    expect(doc.body.paragraphs[5]!.text).toBe('The panel met [Child 1] twice, and [Child 1] said he wanted to stay with his brother.');
    // Only the hidden run still holds the name; the pane says so, and that hidden text is deleted by hand.
    expect(result.leftovers).toEqual([{ text: 'Tyler Brown', parts: ['text'] }]);
    expect(result.message).toMatch(/Track Changes was paused.*Not redacted "Tyler Brown": hidden text.*Still in the document: "Tyler Brown" \(text\)/);
  });

  it('says so when every redacted string is gone', async () => {
    const { doc, session: s } = session(FIXTURE_REPORT);
    const { report } = await s.scan();
    const kelly = report.findings.filter((f) => f.text.includes('Kelly'));
    const result = await s.redact(kelly.map((finding) => ({ finding, placeholder: placeholderFor(finding) })));
    expect(doc.trackedChanges).toEqual([]);
    expect(result.leftovers).toEqual([]);
    expect(result.message).toMatch(/none of the redacted text is left anywhere in the document, including split runs/);
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
      const result = await s.redact(tyler.map((finding) => ({ finding, placeholder: placeholderFor(finding) })));
      // The failed OOXML batch never reaches a sync; the fresh read takes its usual 2.
      expect(doc.syncs).toBe(syncs + 3);
      expect(result.leftovers).toEqual([{ text: 'Tyler Brown', parts: ['hidden text'] }]);
    } finally {
      bodyClass.getOoxml = getOoxml;
    }
  });

  it('adds a missing section after the last implications section, with its heading', async () => {
    const { doc, session: s } = session(FIXTURE_REPORT);
    await s.scan();
    const clause = getClause('financial-implications');
    const values = Object.fromEntries(clause.variables.map((v) => [v.name, v.kind === 'date' ? '2025-03-12' : 'Sam Patel']));
    const paragraphs = renderClause(clause.id, values);
    const message = await s.insertClause({ id: clause.id, version: clause.version, title: clause.title, paragraphs }, 'financial');
    expect(message).toMatch(/Added the heading "Financial implications"/);
    const texts = doc.body.paragraphs.map((p) => p.text);
    expect(texts.slice(-1 - paragraphs.length)).toEqual(['Financial implications', ...paragraphs]);
    const rescan = await s.scan();
    expect(rescan.report.sections.financial.status).toBe('present');
  });
});
