import { describe, expect, it } from 'vitest';
import { formatRedactionLog } from '../../../shared/redact/redaction-log.ts';
import type { RedactionLogEntry } from '../../../shared/redact/redact-package.ts';

const entry = (text: string): RedactionLogEntry => ({
  text,
  placeholder: '[Child 1]',
  part: 'word/document.xml',
  action: 'replaced',
  count: 2,
  type: 'person',
  severity: 'high',
  rules: ['person-name', 'deny-list'],
  exemptParagraphs: [12, 13],
});

describe('formatRedactionLog', () => {
  it('quotes CSV fields and defuses text a spreadsheet would run as a formula', () => {
    const csv = formatRedactionLog(
      [entry('Cole, "Jay"'), entry('=HYPERLINK("x")'), entry('+44 7700 900123')],
      'csv',
      'wales',
    ).split('\r\n');
    expect(csv[1]).toBe(
      '"Cole, ""Jay""",[Child 1],word/document.xml,replaced,2,person,high,person-name deny-list,wales,12 13',
    );
    expect(csv[2]!.startsWith(`"'=HYPERLINK(""x"")"`)).toBe(true);
    expect(csv[3]!.startsWith("'+44 7700 900123,")).toBe(true);
  });

  it('writes JSON with the same fields', () => {
    expect(JSON.parse(formatRedactionLog([entry('Tyler')], 'json', 'england'))).toEqual([
      {
        text: 'Tyler',
        placeholder: '[Child 1]',
        part: 'word/document.xml',
        action: 'replaced',
        count: 2,
        type: 'person',
        severity: 'high',
        rules: ['person-name', 'deny-list'],
        jurisdiction: 'england',
        schedule12aParagraphs: [12, 13],
      },
    ]);
  });
});
