// @vitest-environment jsdom
// The task pane's components against a stand-in session: grouping, untrusted text, decisions, redaction,
// errors and what a host without some features shows.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../addin/src/app/App.tsx';
import { ClearanceError } from '../../../addin/src/word/clearance-error.ts';
import { finding, report, stubActions } from './pane-stub.ts';

// jsdom has no ResizeObserver, which Fluent's MessageBar uses to reflow; layout is not under test here.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

afterEach(cleanup);
const NOW = new Date('2025-03-12T10:00:00Z');

async function scanned(actions: ReturnType<typeof stubActions>['actions']) {
  render(<App actions={actions} theme={webLightTheme} now={() => NOW} />);
  fireEvent.click(screen.getByRole('button', { name: 'Scan document' }));
  await screen.findByText(/Scanned:/);
}

describe('task pane', () => {
  it('renders a hostile name as text: no element is created from it', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { actions } = stubActions([finding(hostile)]);
    await scanned(actions);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText(`“${hostile}”`)).toBeTruthy();
  });

  it('groups identifying details by severity and type, and hidden content apart', async () => {
    const { actions } = stubActions([
      finding('Tyler Brown'),
      finding('HT4 7QX', { type: 'postcode', severity: 'medium', suggestion: '[Postcode]' }),
      finding('Kelly Brown', { location: { blockId: 'b9', kind: 'comment', blockStart: 0, blockEnd: 11, part: 'comments' } }),
    ]);
    await scanned(actions);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['High · Name (1)', 'Medium · Postcode (1)']);
    const hidden = screen.getByRole('region', { name: 'Hidden content' });
    expect(within(hidden).getByText('“Kelly Brown”')).toBeTruthy();
    expect(screen.getAllByText(/What to do:/)[0]!.parentElement?.textContent).toMatch(/Replace it with \[Child 1\]/);
  });

  it('keeps a finding as public with a reason, recorded with who and when, and stops listing it', async () => {
    const { actions, saved } = stubActions([finding('Cllr Ann Lee')]);
    await scanned(actions);
    fireEvent.change(screen.getByRole('textbox', { name: 'Your name, for the clearance log' }), { target: { value: 'R. Reviewer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Keep as public: “Cllr Ann Lee”' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Why is this public/ }), { target: { value: 'Councillor acting in role' } });
    fireEvent.click(screen.getByRole('button', { name: 'Keep as public' }));
    await screen.findByText(/Recorded in the document/);
    expect(saved.at(-1)).toEqual([expect.objectContaining({ action: 'kept-public', reason: 'Councillor acting in role', by: 'R. Reviewer', at: NOW.toISOString(), text: 'Cllr Ann Lee' })]);
    expect(screen.queryByText('“Cllr Ann Lee”')).toBeNull();
  });

  it('refuses to keep or ignore without a reason', async () => {
    const { actions } = stubActions([finding('Ann Lee')]);
    await scanned(actions);
    fireEvent.click(screen.getByRole('button', { name: 'Ignore: “Ann Lee”' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ignore' }));
    expect(await screen.findByText('Write a reason first.')).toBeTruthy();
    expect(actions.decisions.save).not.toHaveBeenCalled();
  });

  it('redacts every mention of a person with one placeholder, says what was done and rescans', async () => {
    const { actions, saved } = stubActions([finding('Tyler Brown'), finding('Tyler', { start: 40, end: 45 }), finding('Amy Cole', { suggestion: '[Child 2]' })]);
    await scanned(actions);
    fireEvent.click(screen.getAllByRole('button', { name: 'Redact every mention as [Child 1]' })[0]!);
    await screen.findByText('Redacted: replaced 2 in the text.');
    expect(actions.redact).toHaveBeenCalledWith([expect.objectContaining({ placeholder: '[Child 1]', finding: expect.objectContaining({ text: 'Tyler Brown' }) }), expect.objectContaining({ placeholder: '[Child 1]', finding: expect.objectContaining({ text: 'Tyler' }) })]);
    expect(saved.at(-1)?.map((d) => [d.action, d.text, d.placeholder])).toEqual([['redacted', 'Tyler Brown', '[Child 1]'], ['redacted', 'Tyler', '[Child 1]']]);
    expect(actions.scan).toHaveBeenCalledTimes(2);
  });

  it('shows a failed action as a message, not a crash', async () => {
    const { actions } = stubActions([finding('Tyler Brown')], { goTo: async () => { throw new ClearanceError('The text has changed since the last scan, so it could not be found. Scan again.'); } });
    await scanned(actions);
    fireEvent.click(screen.getByRole('button', { name: 'Go to: “Tyler Brown”' }));
    expect(await within(screen.getByRole('status')).findByText(/changed since the last scan/)).toBeTruthy();
  });

  it('on a host without comments hides the comment action and says what is missing', async () => {
    const { actions } = stubActions([finding('Tyler Brown')], { canComment: false, unsupported: ['This version of Word cannot show comments or tracked deletions to add-ins.'] });
    await scanned(actions);
    expect(screen.queryByRole('button', { name: /Comment/ })).toBeNull();
    expect(screen.getByText(/cannot show comments/)).toBeTruthy();
  });

  it('is operable with native controls: every action is a button or a tab with a name', async () => {
    const { actions } = stubActions([finding('Tyler Brown')]);
    await scanned(actions);
    for (const name of ['Findings', 'Sections', 'Wording', 'Ready?', 'Log']) expect(screen.getByRole('tab', { name })).toBeTruthy();
    for (const button of screen.getAllByRole('button')) expect(button.tagName === 'BUTTON' && (button.textContent ?? '').trim().length > 0).toBe(true);
    fireEvent.click(screen.getByRole('tab', { name: 'Ready?' }));
    expect(screen.getByRole('tabpanel').textContent).toMatch(/Not yet.*1 high-severity identifying detail left \(1 in the text\)/);
  });

  it('lists out-of-date wording on the Ready? tab with an update that asks only for the new value', async () => {
    const update = { tag: 'clearance:clause:financial-implications@1#k1', instance: 'k1', id: 'financial-implications', title: 'Financial implications', from: 1, to: 2, values: { officer: 'Sam Patel' }, missing: [{ name: 'budgetCode', kind: 'text' as const, label: 'Budget code' }] };
    const message = '"Financial implications" is version 1; version 2 (effective 2027-04-01) replaces it. Update it to the current version.';
    const { actions } = stubActions([], { scan: vi.fn(async () => ({ report: report([finding('Tyler Brown')]), title: 'Fostering report', outdatedWording: [{ message, update }], reused: false })) });
    await scanned(actions);
    fireEvent.click(screen.getByRole('tab', { name: 'Ready?' }));
    expect(screen.getAllByText(message).length).toBe(2);
    const button = screen.getByRole('button', { name: 'Update “Financial implications” to the current version' });
    fireEvent.click(button);
    expect(screen.getByRole('alert').textContent).toBe('Fill in: Budget code.');
    expect(actions.updateClause).not.toHaveBeenCalled();
    fireEvent.change(screen.getByRole('textbox', { name: /Budget code/ }), { target: { value: 'CS-104' } });
    fireEvent.click(button);
    await screen.findByText('Updated.');
    expect(actions.updateClause).toHaveBeenCalledWith(update, { budgetCode: 'CS-104' });
    expect(actions.scan).toHaveBeenCalledTimes(2);
  });
});
