// Decisions stored in the document, the clearance log export, and the pre-publication check.
import { describe, expect, it } from 'vitest';
import { scan, readText, type Finding } from '../../../shared/index.ts';
import { logToCsv, logToJson } from '../../../addin/src/clearance/clearance-log.ts';
import { decide, openFindings, parseDecisions } from '../../../addin/src/clearance/decisions.ts';
import { readiness } from '../../../addin/src/clearance/readiness.ts';
import { documentDecisionStore } from '../../../addin/src/office/decision-store.ts';

const finding = (text: string, severity: Finding['severity'] = 'high', part = 'body'): Finding => ({
  start: 0, end: text.length, text, type: 'person', severity, rule: 'person-name', message: 'Private individual.', disposition: 'flag', trace: [],
  location: { blockId: 'b0', kind: 'paragraph', blockStart: 0, blockEnd: text.length, part }, exemptParagraphs: [1],
});
const now = new Date('2025-03-12T10:00:00Z');

describe('decisions', () => {
  it('travel in the document settings and come back intact', async () => {
    const stored = new Map<string, unknown>();
    const store = documentDecisionStore({ get: (k) => stored.get(k), set: (k, v) => void stored.set(k, JSON.parse(JSON.stringify(v))), saveAsync: (cb) => cb?.({ status: 'succeeded' }) });
    const decision = decide(finding('Cllr Ann Lee'), 'kept-public', 'Councillor acting in role', 'R. Reviewer', now);
    await store.save([decision]);
    expect(store.load()).toEqual({ decisions: [decision] });
  });

  it('drop what a tampered document holds, and say so', () => {
    const good = decide(finding('Ann Lee'), 'ignored', 'Not a person', 'R', now);
    expect(parseDecisions([good, { action: 'delete-everything' }])).toEqual({ decisions: [good], warning: expect.stringMatching(/1 stored clearance decision/) });
    expect(parseDecisions('nonsense').decisions).toEqual([]);
  });

  it('settle every mention of the same text, except redactions, which the next scan must confirm', () => {
    const findings = [finding('Ann Lee'), finding('Ann  Lee'), finding('Tyler Brown')];
    expect(openFindings(findings, [decide(findings[0]!, 'kept-public', 'officer', 'R', now)]).map((f) => f.text)).toEqual(['Tyler Brown']);
    expect(openFindings(findings, [decide(findings[2]!, 'redacted', '', 'R', now, '[Child 1]')])).toHaveLength(3);
  });
});

describe('clearance log', () => {
  it('exports CSV with quoting, and neutralises cells a spreadsheet would run as formulas', () => {
    const csv = logToCsv([decide(finding('=HYPERLINK("x")'), 'ignored', 'says "no", really', 'R. Reviewer', now)]);
    const [header, row] = csv.trim().split('\r\n');
    expect(header).toBe('at,by,action,type,part,text,placeholder,reason');
    expect(row).toBe(`2025-03-12T10:00:00.000Z,R. Reviewer,ignored,person,body,"'=HYPERLINK(""x"")",,"says ""no"", really"`);
  });

  it('exports JSON with the document title', () => {
    const json = JSON.parse(logToJson([decide(finding('Ann Lee'), 'ignored', 'x', 'R', now)], 'Fostering report'));
    expect(json).toMatchObject({ document: 'Fostering report', decisions: [{ text: 'Ann Lee', by: 'R', at: '2025-03-12T10:00:00.000Z' }] });
  });
});

describe('readiness', () => {
  it('lists high findings by part, missing and placeholder sections', () => {
    const report = scan(readText('Legal implications\nTBC\n'));
    report.findings = [finding('Tyler Brown', 'high', 'footer'), finding('Kelly Brown', 'high', 'comments'), finding('Cllr Lee', 'info')];
    const result = readiness(report, [], ['Hidden text could not be checked.']);
    expect(result.ready).toBe(false);
    expect(result.remaining[0]).toBe('2 high-severity identifying details left (1 in footers, 1 in comments).');
    expect(result.remaining.join(' ')).toMatch(/Legal implications: only placeholder text.*Financial implications: missing/);
    expect(result.unchecked).toEqual(['Hidden text could not be checked.']);
  });

  it('is ready when every high finding is decided and every section is present', () => {
    const report = scan(readText('Corporate parenting implications\nThere are no implications for children in care or care leavers.\nEquality implications\nAn EIA was done.\nLegal implications\nThe council has the power.\nFinancial implications\nWithin budget.\nThis report is public.'));
    report.findings = [finding('Cllr Ann Lee')];
    const decided = readiness(report, [decide(report.findings[0]!, 'kept-public', 'Councillor', 'R', now)], []);
    expect(decided.remaining).toEqual([]);
    expect(decided.ready).toBe(true);
  });
});
