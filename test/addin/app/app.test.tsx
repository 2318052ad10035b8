// @vitest-environment jsdom
// The task pane's components against a stand-in session: the three groups, one card per person, untrusted
// text, decisions kept as keys, focus and results after an action, undo, redaction with the engine's
// placeholders, the policy in force, the log, errors and what a host without some features shows.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../addin/src/app/App.tsx';
import { keyerFor } from '../../../addin/src/clearance/decisions.ts';
import { localPolicyStore } from '../../../addin/src/clearance/policy-store.ts';
import { ClearanceError } from '../../../addin/src/word/clearance-error.ts';
import { finding, report, stubActions, TEST_SALT } from './pane-stub.ts';
import { BAD_PACK, COUNCIL_PACK } from '../support/clause-packs.ts';

// jsdom has no ResizeObserver, which Fluent's MessageBar uses to reflow; layout is tested in Chromium.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

// jsdom's File has no text(); browsers' has. Read it as a browser would.
File.prototype.text ??= function (this: File) {
  return new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(this);
  });
};

/** A storage for the policy store, empty for each test. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

beforeEach(() => sessionStorage.clear());
afterEach(cleanup);
const NOW = new Date('2025-03-12T10:00:00Z');
const at = (paragraph: number, start = 0, text = 'x') => ({
  blockId: `b${paragraph}`,
  kind: 'paragraph' as const,
  blockStart: start,
  blockEnd: start + text.length,
  part: 'body',
  paragraph,
});

async function scanned(
  actions: ReturnType<typeof stubActions>['actions'],
  { name = 'R. Reviewer', policies = localPolicyStore(memoryStorage()) } = {},
) {
  render(<App actions={actions} theme={webLightTheme} now={() => NOW} policies={policies} />);
  if (name)
    fireEvent.change(screen.getByRole('textbox', { name: /Your name, for the clearance log/ }), {
      target: { value: name },
    });
  await waitFor(() =>
    expect(screen.getByRole('button', { name: 'Scan document' }).hasAttribute('disabled')).toBe(false),
  );
  fireEvent.click(screen.getByRole('button', { name: 'Scan document' }));
  await screen.findByText(/Scanned:/);
}

const tyler = (over = {}) =>
  finding('Tyler Brown', { personId: 'p1', role: 'child', location: at(4, 0, 'Tyler Brown'), ...over });

describe('task pane', () => {
  it('renders a hostile name as text: no element is created from it', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { actions } = stubActions([finding(hostile)]);
    await scanned(actions);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText(`“${hostile}”`)).toBeTruthy();
  });

  it('puts findings in three groups from the disposition; review items ask their question; public ones are one line with only "Flag this"', async () => {
    const { actions } = stubActions([
      tyler(),
      finding('Sam Hill', {
        personId: 'p2',
        disposition: 'review',
        question: 'Is Sam Hill a private individual?',
        start: 100,
        location: at(6),
      }),
      finding('Priya Shah', {
        personId: 'p3',
        role: 'official',
        disposition: 'public',
        severity: 'info',
        message: 'Public role: Councillor.',
        start: 200,
        location: at(1),
      }),
    ]);
    await scanned(actions);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'To deal with (1)',
      'For your decision (1)',
      'Left alone (1)',
    ]);
    expect(
      within(screen.getByRole('region', { name: 'For your decision (1)' })).getByText(
        'Is Sam Hill a private individual?',
      ),
    ).toBeTruthy();
    const leftAlone = screen.getByRole('region', { name: 'Left alone (1)' });
    expect(leftAlone.querySelector('details')!.open).toBe(false);
    expect(within(leftAlone).getByText(/Public role: Councillor/)).toBeTruthy();
    expect(
      within(leftAlone)
        .getAllByRole('button', { hidden: true })
        .map((b) => b.textContent),
    ).toEqual(['Flag this']);
  });

  it('makes one card of every mention of a person, listing the places, with "Redact every mention"; the same name twice on a line is one card', async () => {
    const { actions } = stubActions([
      tyler(),
      tyler({ start: 40, end: 45, text: 'Tyler', location: at(5, 0, 'Tyler') }),
      tyler({ start: 60, location: at(5, 20, 'Tyler Brown') }),
      finding('HT4 7QX', { type: 'postcode', suggestion: '[Postcode]', start: 80, location: at(7) }),
      finding('HT4 7QX', { type: 'postcode', suggestion: '[Postcode]', start: 90, location: at(7, 10) }),
    ]);
    await scanned(actions);
    const cards = screen.getAllByRole('listitem').filter((li) => li.classList.contains('finding'));
    expect(cards).toHaveLength(2);
    expect(within(cards[0]!).getByText('Also written: “Tyler”')).toBeTruthy();
    expect(within(cards[0]!).getByRole('list', { name: 'Where “Tyler Brown” is' }).textContent).toBe(
      'Paragraph 5Paragraph 6 (×2)',
    );
    expect(
      within(cards[0]!).getByRole('button', { name: 'Redact every mention of “Tyler Brown” as [Child 1]' }),
    ).toBeTruthy();
    expect(
      within(cards[1]!).getByRole('button', { name: 'Redact every mention of “HT4 7QX” as [Postcode 1]' }),
    ).toBeTruthy();
  });

  it('keeps a card as public with a reason: the document keeps a key, not the text; the result shows where the card was and in the live region; focus moves to the next card; Undo brings it back', async () => {
    const { actions, saved } = stubActions([finding('Ann Lee', { personId: 'p9' }), tyler({ start: 50 })]);
    await scanned(actions);
    fireEvent.click(screen.getByRole('button', { name: 'Keep as public: “Ann Lee”' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Why is this public/ }), {
      target: { value: 'Officer acting in role' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Keep as public' }));
    await within(screen.getByRole('status')).findByText(/Kept as public: “Ann Lee”/);
    const key = await keyerFor(TEST_SALT)({ type: 'person', text: 'Ann Lee' });
    expect(saved.at(-1)).toEqual([{ key, action: 'kept-public', by: 'R. Reviewer', at: NOW.toISOString() }]);
    expect(JSON.stringify(saved)).not.toMatch(/Ann|Lee/);
    const toDeal = screen.getByRole('region', { name: 'To deal with (1)' });
    expect(
      within(toDeal)
        .getByText(/Kept as public: “Ann Lee”/)
        .closest('li')!.nextElementSibling?.textContent,
    ).toMatch(/Tyler Brown/);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('“Tyler Brown”'));
    expect(screen.getByRole('region', { name: 'Left alone (1)' }).textContent).toMatch(
      /Kept as public by R. Reviewer: Officer acting in role/,
    );
    // The engine is told too, so the exempt advice counts only what is still private.
    expect(vi.mocked(actions.scan).mock.calls.at(-1)?.[0]?.allowNames).toEqual(['Ann Lee']);

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await within(screen.getByRole('status')).findByText(/Undone: kept as public “Ann Lee”/);
    expect(saved.at(-1)).toEqual([]);
    await waitFor(() => expect(vi.mocked(actions.scan).mock.calls.at(-1)?.[0]?.allowNames).toEqual([]));
    expect(screen.getByRole('region', { name: 'To deal with (2)' })).toBeTruthy();
  });

  it('asks for the reviewer’s name before the first decision, and refuses to keep or ignore without a reason', async () => {
    const { actions } = stubActions([finding('Ann Lee')]);
    await scanned(actions, { name: '' });
    fireEvent.click(screen.getByRole('button', { name: 'Ignore: “Ann Lee”' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ignore' }));
    expect(await screen.findByText('Write a reason first.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Why ignore/ }), { target: { value: 'Not a person' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ignore' }));
    expect(
      await within(screen.getByRole('status')).findByText('Enter your name for the clearance log first.'),
    ).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /Your name/ }));
    expect(actions.decisions.save).not.toHaveBeenCalled();
  });

  it('redacts every mention of a person with the engine planner’s placeholder, records keys, rescans, says Word’s Undo applies and focuses the next card', async () => {
    const { actions, saved } = stubActions([
      tyler(),
      tyler({ start: 40, end: 45, text: 'Tyler', location: at(5, 0, 'Tyler') }),
      finding('Amy Cole', { personId: 'p2', suggestion: '[Child 2]', start: 90, location: at(8) }),
    ]);
    await scanned(actions);
    fireEvent.click(screen.getByRole('button', { name: 'Redact every mention of “Tyler Brown” as [Child 1]' }));
    await within(screen.getByRole('status')).findByText(
      /Redacted: replaced 2 in the text. To undo it, use Undo in Word/,
    );
    expect(actions.redact).toHaveBeenCalledWith([
      expect.objectContaining({ placeholder: '[Child 1]', finding: expect.objectContaining({ text: 'Tyler Brown' }) }),
      expect.objectContaining({ placeholder: '[Child 1]', finding: expect.objectContaining({ text: 'Tyler' }) }),
    ]);
    const keyOf = keyerFor(TEST_SALT);
    expect(saved.at(-1)).toEqual([
      {
        key: await keyOf({ type: 'person', text: 'Tyler Brown' }),
        action: 'redacted',
        placeholder: '[Child 1]',
        by: 'R. Reviewer',
        at: NOW.toISOString(),
      },
      {
        key: await keyOf({ type: 'person', text: 'Tyler' }),
        action: 'redacted',
        placeholder: '[Child 1]',
        by: 'R. Reviewer',
        at: NOW.toISOString(),
      },
    ]);
    expect(actions.scan).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('“Amy Cole”'));
  });

  it('marks the card Go to selected, and shows a failed action beside the card and in the status, not as a crash', async () => {
    const { actions } = stubActions([tyler()], {
      goTo: async () => {
        throw new ClearanceError('The text has changed since the last scan, so it could not be found. Scan again.');
      },
    });
    await scanned(actions);
    fireEvent.click(screen.getByRole('button', { name: 'Go to: “Tyler Brown”' }));
    expect(await within(screen.getByRole('status')).findByText(/changed since the last scan/)).toBeTruthy();
    const card = screen.getByText('“Tyler Brown”').closest('li')!;
    expect(card.getAttribute('aria-current')).toBe('true');
    expect(within(card).getByText(/changed since the last scan/)).toBeTruthy();
  });

  it('on a host without comments hides the comment action and says what is missing', async () => {
    const { actions } = stubActions([finding('Tyler Brown')], {
      canComment: false,
      unsupported: ['This version of Word cannot show comments or tracked deletions to add-ins.'],
    });
    await scanned(actions);
    expect(screen.queryByRole('button', { name: /Comment/ })).toBeNull();
    expect(screen.getByText(/cannot show comments/)).toBeTruthy();
  });

  it('is operable with native controls: every action is a button or a tab with a name', async () => {
    const { actions } = stubActions([finding('Tyler Brown')]);
    await scanned(actions);
    for (const name of ['Findings', 'Sections', 'Wording', 'Ready?', 'Log'])
      expect(screen.getByRole('tab', { name })).toBeTruthy();
    for (const button of screen.getAllByRole('button'))
      expect(button.tagName === 'BUTTON' && (button.textContent ?? '').trim().length > 0).toBe(true);
    fireEvent.click(screen.getByRole('tab', { name: 'Ready?' }));
    expect(screen.getByRole('tabpanel').textContent).toMatch(
      /Not yet.*1 identifying detail to deal with \(1 in the text\)/,
    );
  });

  it('scans under the council policy chosen from a file, says which is in force, and refuses a bad file with its fields', async () => {
    const { actions } = stubActions([finding('Tyler Brown')]);
    const policies = localPolicyStore(memoryStorage());
    await scanned(actions, { policies });
    const input = screen.getByLabelText('Council policy file (JSON)') as HTMLInputElement;
    expect(screen.getByText('the default policy')).toBeTruthy();
    fireEvent.change(input, { target: { files: [new File(['{"smallCohortThreshold": 1}'], 'bad.json')] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/bad\.json: smallCohortThreshold: /);
    fireEvent.change(input, {
      target: {
        files: [
          new File(['{"councilName": "Northmoor Borough Council", "allowNames": ["Priya Shah"]}'], 'northmoor.json'),
        ],
      },
    });
    await screen.findByText('Northmoor Borough Council');
    await waitFor(() => expect(actions.scan).toHaveBeenCalledTimes(2));
    expect(vi.mocked(actions.scan).mock.calls.at(-1)).toEqual([
      expect.objectContaining({ councilName: 'Northmoor Borough Council', allowNames: ['Priya Shah'] }),
      undefined,
    ]);
    expect(policies.load().choice.name).toBe('Northmoor Borough Council');
  });

  it('takes the clause pack chosen from a file, says which is in force, and keeps it when a bad pack is refused', async () => {
    const { actions } = stubActions([finding('Tyler Brown')]);
    const policies = localPolicyStore(memoryStorage());
    await scanned(actions, { policies });
    const policy = screen.getByRole('region', { name: 'Council policy' });
    expect(policy.textContent).toMatch(/Wording from: the built-in clauses/);
    const input = screen.getByLabelText('Council clause pack file (JSON)') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(COUNCIL_PACK)], 'dyffryn-pack.json')] } });
    await within(screen.getByRole('status')).findByText(
      'Wording from Cyngor Sir Dyffryn Gwyrdd’s clause pack, version 3 is in force, ahead of the built-in clauses.',
    );
    expect(policy.textContent).toMatch(
      /Wording from: Cyngor Sir Dyffryn Gwyrdd’s clause pack, version 3 \(dyffryn-pack\.json\), then the built-in clauses/,
    );
    // The document is scanned again, its inserted wording checked against the library with the pack.
    await waitFor(() =>
      expect(vi.mocked(actions.scan).mock.calls.at(-1)![1]).toMatchObject({
        packVersion: 3,
        origin: 'dyffryn-pack.json',
      }),
    );

    fireEvent.change(input, { target: { files: [new File([JSON.stringify(BAD_PACK)], 'dyffryn-pack-4.json')] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /clause pack was not used; Cyngor Sir Dyffryn Gwyrdd’s clause pack, version 3 stays/,
    );
    expect(alert.textContent).toContain('dyffryn-pack-4.json: clauses[1].language: expected "cy" or "en"');
    expect(alert.textContent).not.toMatch(/at \w+ \(|ZodError/);
    expect(policy.textContent).toMatch(/version 3 \(dyffryn-pack\.json\)/);
    expect(policies.loadPack().choice?.pack.packVersion).toBe(3);

    fireEvent.click(screen.getByRole('tab', { name: 'Wording' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Clause' }), {
      target: { value: 'data-protection-statement' },
    });
    expect(screen.getByText(/From Cyngor Sir Dyffryn Gwyrdd’s clause pack, version 3\./)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Use the built-in clauses only' }));
    expect(policy.textContent).toMatch(/Wording from: the built-in clauses/);
    expect(policies.loadPack().choice).toBeUndefined();
  });

  it('says when the policy names a clause pack that has not been chosen, and refuses a pack whose translation has no twin', async () => {
    const { actions } = stubActions([finding('Tyler Brown')]);
    const policies = localPolicyStore(memoryStorage());
    await scanned(actions, { policies });
    fireEvent.change(screen.getByLabelText('Council policy file (JSON)'), {
      target: {
        files: [
          new File(['{"councilName": "Cyngor Sir Dyffryn Gwyrdd", "clausePack": "dyffryn-pack.json"}'], 'dyffryn.json'),
        ],
      },
    });
    await screen.findByText(/This policy names the clause pack “dyffryn-pack\.json”/);
    const orphan = {
      ...COUNCIL_PACK,
      clauses: [{ ...COUNCIL_PACK.clauses[1], id: 'only-in-welsh', pairing: 'only-in-welsh' }],
    };
    fireEvent.change(screen.getByLabelText('Council clause pack file (JSON)'), {
      target: { files: [new File([JSON.stringify(orphan)], 'orphan.json')] },
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /the built-in wording stays in force.*orphan\.json: Welsh clause "only-in-welsh" has no English clause/,
    );
  });

  it('logs decisions and comments with who and when, outside the document', async () => {
    const { actions } = stubActions([tyler()]);
    await scanned(actions);
    fireEvent.click(screen.getByRole('button', { name: 'Comment: “Tyler Brown”' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Comment for the author/ }), {
      target: { value: 'Use the initials only' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add comment' }));
    await within(screen.getByRole('status')).findByText(/Comment added/);
    fireEvent.click(screen.getByRole('tab', { name: 'Log' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      [
        NOW.toLocaleString('en-GB'),
        'R. Reviewer',
        'Comment added',
        'Tyler Brown (Paragraph 5)',
        'Use the initials only',
      ],
    ]);
    expect(actions.decisions.save).not.toHaveBeenCalled();
  });

  it('lists out-of-date wording on the Ready? tab with an update that asks only for the new value', async () => {
    const update = {
      tag: 'clearance:clause:financial-implications@1#k1',
      instance: 'k1',
      id: 'financial-implications',
      title: 'Financial implications',
      from: 1,
      to: 2,
      values: { officer: 'Sam Patel' },
      missing: [{ name: 'budgetCode', kind: 'text' as const, label: 'Budget code' }],
    };
    const message =
      '"Financial implications" is version 1; version 2 (effective 2027-04-01) replaces it. Update it to the current version.';
    const { actions } = stubActions([], {
      scan: vi.fn(async () => ({
        report: report([finding('Tyler Brown')]),
        title: 'Fostering report',
        outdatedWording: [{ message, update }],
        reused: false,
      })),
    });
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
