// The small rules the adapter rests on: Office errors become plain messages, Word search escaping and
// occurrence counting, and the Office theme mapping.
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { themeFor } from '../../../addin/src/app/theme.ts';
import { findInside, occurrenceBefore } from '../../../addin/src/word/navigate.ts';
import { ClearanceError } from '../../../addin/src/word/clearance-error.ts';
import { toClearanceError } from '../../../addin/src/word/run.ts';
import { FakeParagraphProxy, FakeWordDocument } from '../support/fake-word.ts';

describe('toClearanceError', () => {
  it('maps known Office codes to plain advice and keeps the code', () => {
    const error = toClearanceError(Object.assign(new Error('RichApi.Error'), { code: 'AccessDenied' }));
    expect(error).toBeInstanceOf(ClearanceError);
    expect(error).toMatchObject({
      code: 'AccessDenied',
      message: expect.stringMatching(/read-only, protected or restricted/),
    });
  });

  it('passes its own errors through and words anything else', () => {
    const own = new ClearanceError('Scan the document first.');
    expect(toClearanceError(own)).toBe(own);
    expect(toClearanceError('boom').message).toBe('Word reported a problem: boom');
  });
});

describe('finding text in a paragraph', () => {
  it('counts earlier occurrences as Word finds them, left to right without overlaps', () => {
    expect(occurrenceBefore('Amy saw Amy and Amy', 'Amy', 16)).toBe(2);
    expect(occurrenceBefore('aaaa', 'aa', 2)).toBe(1);
  });

  it('escapes the caret, which Word search reads as a special character', () => {
    const doc = new FakeWordDocument({ body: ['Ref ^A12 and ^A12'] });
    const paragraph = new FakeParagraphProxy(doc.body.paragraphs[0]!);
    const searched: string[] = [];
    const spy = {
      search: (text: string, o: { matchCase?: boolean }) => (searched.push(text), paragraph.search(text, o)),
      getRange: paragraph.getRange.bind(paragraph),
    };
    const range = findInside(spy as unknown as Word.Paragraph, 'Ref ^A12 and ^A12', 13, 17);
    expect(searched[0]).toBe('^^A12');
    expect((range as unknown as { start: number }).start).toBe(13);
  });
});

describe('themeFor', () => {
  it('follows a dark Office theme and defaults to light', () => {
    expect(themeFor('#262626')).toBe(webDarkTheme);
    expect(themeFor('#ffffff')).toBe(webLightTheme);
    expect(themeFor(undefined)).toBe(webLightTheme);
  });
});
