// Decisions stored in the document as keys without text, the session's clearance log, the cards and
// groups the pane shows, the engine's placeholders, and the pre-publication check.
import { describe, expect, it } from 'vitest';
import { planRedaction, readText, scan, type Finding } from '../../../shared/index.ts';
import { logToCsv, logToJson, type LogEntry } from '../../../addin/src/clearance/clearance-log.ts';
import { decide, hashKey, keyerFor, keySource, parseDecisions } from '../../../addin/src/clearance/decisions.ts';
import { cardsOf, groupCards } from '../../../addin/src/clearance/groups.ts';
import { readiness } from '../../../addin/src/clearance/readiness.ts';
import { planPlaceholders } from '../../../addin/src/clearance/redaction-plan.ts';
import { DECISIONS_SETTING, documentDecisionStore, SALT_SETTING } from '../../../addin/src/office/decision-store.ts';

const finding = (text: string, over: Partial<Finding> = {}): Finding => ({
  start: 0,
  end: text.length,
  text,
  type: 'person',
  severity: 'high',
  rule: 'person-name',
  message: 'Private individual.',
  disposition: 'flag',
  trace: [],
  location: { blockId: 'b0', kind: 'paragraph', blockStart: 0, blockEnd: text.length, part: 'body', paragraph: 0 },
  exemptParagraphs: [1],
  ...over,
});
const now = new Date('2025-03-12T10:00:00Z');

function memorySettings() {
  const stored = new Map<string, unknown>();
  return {
    stored,
    settings: {
      get: (k: string) => stored.get(k),
      set: (k: string, v: unknown) => void stored.set(k, JSON.parse(JSON.stringify(v))),
      saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: 'succeeded' }),
    },
  };
}

describe('decisions', () => {
  it('are keyed by a salted SHA-256 of the normalised text: the same text is the same key, another document’s salt gives another', async () => {
    const a = keyerFor('a'.repeat(32));
    expect(await a(finding('Ann  Lee'))).toBe(await a(finding('ann lee')));
    expect(await a(finding('Ann Lee'))).toMatch(/^[0-9a-f]{64}$/);
    expect(await a(finding('Ann Lee'))).not.toBe(await keyerFor('b'.repeat(32))(finding('Ann Lee')));
    expect(await a(finding('Ann Lee'))).not.toBe(await a(finding('Ann Lee', { type: 'address' })));
  });

  it('travel in the document settings as keys, with one salt per document, and never the text', async () => {
    const { stored, settings } = memorySettings();
    const store = documentDecisionStore(settings);
    const { keyOf, decisions } = await store.load();
    expect(decisions).toEqual([]);
    const salt = stored.get(SALT_SETTING);
    expect(salt).toMatch(/^[0-9a-f]{32}$/);
    const decision = decide(await keyOf(finding('Cllr Ann Lee')), 'kept-public', 'R. Reviewer', now);
    await store.save([decision]);
    expect(JSON.stringify([...stored.values()])).not.toMatch(/Ann|Lee/i);
    const again = await documentDecisionStore(settings).load();
    expect(again.decisions).toEqual([decision]);
    expect(stored.get(SALT_SETTING)).toBe(salt);
    expect(await again.keyOf(finding('Cllr Ann Lee'))).toBe(decision.key);
  });

  it('written by an older pane with the text in them are re-keyed and saved without it', async () => {
    const { stored, settings } = memorySettings();
    settings.set(SALT_SETTING, 'c'.repeat(32));
    settings.set(DECISIONS_SETTING, [
      {
        key: 'person:tyler brown',
        text: 'Tyler Brown',
        type: 'person',
        part: 'body',
        action: 'redacted',
        reason: 'Child',
        placeholder: '[Child 1]',
        by: 'R',
        at: now.toISOString(),
      },
    ]);
    const { decisions } = await documentDecisionStore(settings).load();
    expect(decisions).toEqual([
      {
        key: await hashKey('c'.repeat(32), keySource(finding('Tyler Brown'))),
        action: 'redacted',
        placeholder: '[Child 1]',
        by: 'R',
        at: now.toISOString(),
      },
    ]);
    expect(JSON.stringify([...stored.values()])).not.toMatch(/tyler|child"/i);
  });

  it('drop what a tampered document holds, and say so', async () => {
    const good = decide('f'.repeat(64), 'ignored', 'R', now);
    expect(await parseDecisions([good, { action: 'delete-everything' }], 'a'.repeat(32))).toEqual({
      decisions: [good],
      migrated: 0,
      warning: expect.stringMatching(/1 stored clearance decision/),
    });
    expect((await parseDecisions('nonsense', 'a'.repeat(32))).decisions).toEqual([]);
  });
});

describe('cards and groups', () => {
  it('one card per person id, else per type and text; a decision moves a card; redaction leaves it until the rescan', async () => {
    const keyOf = keyerFor('a'.repeat(32));
    const findings = [
      finding('Tyler Brown', { personId: 'p1' }),
      finding('Tyler', { personId: 'p1', start: 20 }),
      finding('Ann Lee', { start: 30 }),
      finding('Ann  Lee', { start: 40 }),
      finding('Cllr Shah', { disposition: 'public', severity: 'info', start: 50 }),
    ];
    expect(cardsOf(findings).map((c) => [c.texts, c.disposition])).toEqual([
      [['Tyler Brown', 'Tyler'], 'flag'],
      [['Ann Lee'], 'flag'],
      [['Cllr Shah'], 'public'],
    ]);
    const keys = new Map(await Promise.all(findings.map(async (f) => [f, await keyOf(f)] as const)));
    const decisions = new Map([
      [keys.get(findings[2]!)!, decide(keys.get(findings[2]!)!, 'kept-public', 'R', now)],
      [keys.get(findings[4]!)!, decide(keys.get(findings[4]!)!, 'flagged', 'R', now)],
      [keys.get(findings[0]!)!, decide(keys.get(findings[0]!)!, 'redacted', 'R', now, '[Child 1]')],
    ]);
    const groups = groupCards(cardsOf(findings, (f) => decisions.get(keys.get(f)!)));
    expect(Object.fromEntries(Object.entries(groups).map(([g, cards]) => [g, cards.map((c) => c.texts[0])]))).toEqual({
      flag: ['Tyler Brown', 'Cllr Shah'],
      review: [],
      public: ['Ann Lee'],
    });
  });
});

describe('placeholders', () => {
  it('are the engine planner’s, the ones `clearance redact` writes, and keep those given earlier in the session', () => {
    const findings = [
      finding('Tyler Brown', { role: 'child', personId: 'p1' }),
      finding('HT4 7QX', { type: 'postcode', start: 20 }),
      finding('12 Mill Lane', { type: 'address', start: 30 }),
    ];
    const plan = planPlaceholders(findings);
    expect([...plan.values()]).toEqual(planRedaction(findings).targets.map((t) => t.placeholder));
    const later = planPlaceholders([finding('Amy Cole', { role: 'child', personId: 'p2' })], plan);
    expect(later.get('tyler brown')).toBe('[Child 1]');
  });
});

describe('clearance log', () => {
  const entry: LogEntry = {
    at: now.toISOString(),
    by: 'R. Reviewer',
    action: 'ignored',
    text: '=HYPERLINK("x")',
    type: 'Name',
    place: 'Paragraph 1',
    detail: 'says "no", really',
  };
  it('exports CSV with quoting, and neutralises cells a spreadsheet would run as formulas', () => {
    const [header, row] = logToCsv([entry]).trim().split('\r\n');
    expect(header).toBe('at,by,action,type,place,text,placeholder,detail');
    expect(row).toBe(
      `2025-03-12T10:00:00.000Z,R. Reviewer,ignored,Name,Paragraph 1,"'=HYPERLINK(""x"")",,"says ""no"", really"`,
    );
  });

  it('exports JSON with the document title', () => {
    expect(JSON.parse(logToJson([entry], 'Fostering report', now))).toMatchObject({
      document: 'Fostering report',
      exported: now.toISOString(),
      entries: [{ text: '=HYPERLINK("x")', by: 'R. Reviewer' }],
    });
  });
});

describe('readiness', () => {
  it('lists what is left to deal with by kind of text, what is left to decide, and missing and placeholder sections', () => {
    const report = scan(readText('Cabinet report\nLegal implications\nTBC\n'));
    report.documentKind = 'report';
    const cards = cardsOf([
      finding('Tyler Brown', {
        location: { blockId: 'b1', kind: 'footer', blockStart: 0, blockEnd: 11, part: 'footer' },
      }),
      finding('Kelly Brown', {
        start: 9,
        location: { blockId: 'b2', kind: 'comment', blockStart: 0, blockEnd: 11, part: 'comments' },
      }),
      finding('Sam Hill', { start: 20, disposition: 'review' }),
      finding('Cllr Lee', { start: 30, disposition: 'public', severity: 'info' }),
    ]);
    const result = readiness(report, cards, ['Hidden text could not be checked.']);
    expect(result.ready).toBe(false);
    expect(result.remaining.slice(0, 2)).toEqual([
      '2 identifying details to deal with (1 in a footer, 1 in a comment).',
      '1 detail for your decision.',
    ]);
    expect(result.remaining.join(' ')).toMatch(
      /Legal implications: only placeholder text.*Financial implications: missing/,
    );
    expect(result.unchecked).toEqual(['Hidden text could not be checked.']);
  });

  it('asks for no implications sections in a paper that is not a report', () => {
    const report = scan(readText('Minutes of the meeting\nPresent: Cllr Lee\n'));
    report.documentKind = 'minutes';
    expect(readiness(report, [], []).remaining.filter((r) => /implications/.test(r))).toEqual([]);
  });
});
