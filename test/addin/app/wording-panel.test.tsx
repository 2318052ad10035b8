// @vitest-environment jsdom
// The standard wording form: a section's clause is preselected, dates take a date picker and
// explanations several lines, the finished text is previewed, the exempt notice starts from the scan's
// advice, and the rendered paragraphs go to the session with where to put them.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  getClause,
  parseClausePack,
  readText,
  renderClause,
  renderInLanguages,
  scan,
  type ClausePack,
  type ScanReport,
} from '../../../shared/index.ts';
import { WordingPanel } from '../../../addin/src/app/WordingPanel.tsx';
import { COUNCIL_PACK } from '../support/clause-packs.ts';

const councilPack = (): ClausePack => {
  const parsed = parseClausePack(COUNCIL_PACK, 'dyffryn-pack.json');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.pack;
};
const previewText = () =>
  within(screen.getByRole('region', { name: 'Preview' }))
    .getAllByText(/./)
    .map((p) => p.textContent);
const chooseClause = (id: string) =>
  fireEvent.change(screen.getByRole('combobox', { name: 'Clause' }), { target: { value: id } });

afterEach(cleanup);

const reportIn = (jurisdiction: 'england' | 'wales', suggested: number[] = []): ScanReport => {
  const report = scan(readText('Cabinet report\n'));
  report.exempt = {
    ...report.exempt,
    jurisdiction,
    suggested: suggested.map((paragraph) => ({
      paragraph,
      description: 'Information relating to any individual.',
      reason: 'The paper names a child.',
    })),
  };
  return report;
};
const field = (label: string) => screen.getByLabelText(new RegExp(label.slice(0, 20).replace(/[()]/g, '.')));

describe('WordingPanel', () => {
  it('preselects the clause for a missing section, previews the finished text and inserts it into that section', () => {
    const onInsert = vi.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <WordingPanel policy={{}} report={reportIn('england')} section="financial" onInsert={onInsert} />
      </FluentProvider>,
    );
    const clause = getClause('financial-implications');
    expect((screen.getByRole('combobox', { name: 'Clause' }) as HTMLSelectElement).value).toBe(clause.id);
    const values: Record<string, string> = {};
    for (const v of clause.variables) {
      values[v.name] = v.kind === 'date' ? '2025-03-12' : `value for ${v.name}`;
      const input = field(v.label) as HTMLInputElement;
      if (v.kind === 'date') expect(input.type).toBe('date');
      fireEvent.change(input, { target: { value: values[v.name] } });
    }
    const paragraphs = renderClause(clause.id, values);
    expect(
      within(screen.getByRole('region', { name: 'Preview' }))
        .getAllByText(/./)
        .map((p) => p.textContent),
    ).toEqual(['Preview', ...paragraphs]);
    fireEvent.click(screen.getByRole('button', { name: 'Insert into its section' }));
    expect(onInsert).toHaveBeenCalledWith(
      { id: clause.id, version: clause.version, title: clause.title, paragraphs, values },
      'financial',
    );
  });

  it('says which values are missing instead of inserting', () => {
    const onInsert = vi.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <WordingPanel policy={{}} report={reportIn('england')} section="financial" onInsert={onInsert} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Insert at cursor' }));
    expect(screen.getByRole('alert').textContent).toMatch(/needs a value for cost, funding, officer, date/);
    expect(onInsert).not.toHaveBeenCalled();
  });

  it('gives an explanation several lines, and starts the exempt notice from the paragraphs the scan advises', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <WordingPanel policy={{}} report={reportIn('england', [1, 2])} onInsert={vi.fn()} />
      </FluentProvider>,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Clause' }), { target: { value: 'exempt-notice-england' } });
    const clause = getClause('exempt-notice-england');
    const paragraphs = clause.variables.find((v) => v.kind === 'paragraph-list')!;
    expect((field(paragraphs.label) as HTMLInputElement).value).toBe('1, 2');
    expect(field(clause.variables.find((v) => v.name === 'publicInterest')!.label).tagName).toBe('TEXTAREA');
  });

  it("offers only clauses for the paper's jurisdiction", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <WordingPanel policy={{}} report={reportIn('wales')} onInsert={vi.fn()} />
      </FluentProvider>,
    );
    const options = [...(screen.getByRole('combobox', { name: 'Clause' }) as HTMLSelectElement).options].map(
      (o) => o.value,
    );
    expect(options).toContain('exempt-notice-wales');
    expect(options).not.toContain('exempt-notice-england');
  });

  it("uses the council pack's clause in place of the built-in one, in the preview and the insert", () => {
    const onInsert = vi.fn();
    const pack = councilPack();
    render(
      <FluentProvider theme={webLightTheme}>
        <WordingPanel policy={{}} pack={pack} report={reportIn('england')} onInsert={onInsert} />
      </FluentProvider>,
    );
    chooseClause('data-protection-statement');
    const clause = getClause('data-protection-statement', undefined, { pack });
    fireEvent.change(field(clause.variables[0]!.label), { target: { value: 'none was needed' } });
    const paragraphs = renderClause(clause.id, { dpia: 'none was needed' }, { pack });
    expect(paragraphs[0]).toMatch(/^The council’s data protection officer has read this report/);
    expect(previewText()).toEqual(['Preview', ...paragraphs]);
    expect(screen.getByText(/From Cyngor Sir Dyffryn Gwyrdd’s clause pack, version 3\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Insert at cursor' }));
    expect(onInsert).toHaveBeenCalledWith(
      { id: clause.id, version: 1, title: clause.title, paragraphs, values: { dpia: 'none was needed' } },
      'cursor',
    );
  });

  it('offers no language choice to an English council', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <WordingPanel
          policy={{ jurisdiction: 'england', languages: ['en'] }}
          report={reportIn('england')}
          onInsert={vi.fn()}
        />
      </FluentProvider>,
    );
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(screen.queryByText(/Cymraeg/)).toBeNull();
  });

  it('offers a Welsh council Welsh, English or both, starts from its languages, and renders both in its order', () => {
    const onInsert = vi.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <WordingPanel
          policy={{ jurisdiction: 'wales', languages: ['en', 'cy'] }}
          report={reportIn('wales')}
          onInsert={onInsert}
        />
      </FluentProvider>,
    );
    chooseClause('risk-implications');
    const language = screen.getByRole('radiogroup', { name: 'Language' });
    expect(
      within(language)
        .getAllByRole('radio')
        .map((r) => (r as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual(['Cymraeg (Welsh)', 'English', 'Both: English, then Cymraeg (Welsh)']);
    expect((within(language).getByRole('radio', { name: /^Both/ }) as HTMLInputElement).checked).toBe(true);
    const [proposal, proposalCy] = screen.getAllByLabelText(/^What the report proposes/);
    fireEvent.change(proposal!, { target: { value: 'the new rota' } });
    fireEvent.change(proposalCy!, { target: { value: 'y rota newydd' } });
    const [en, cy] = renderInLanguages(
      'risk-implications',
      { proposal: 'the new rota' },
      { languages: ['en', 'cy'], welshValues: { proposal: 'y rota newydd' } },
    );
    expect(cy!.paragraphs.join(' ')).toContain('y rota newydd');
    expect(cy!.paragraphs.join(' ')).not.toContain('the new rota');
    expect(previewText()).toEqual([
      'Preview',
      'English',
      ...en!.paragraphs,
      'Cymraeg (Welsh): draft translation',
      'Draft: for your council’s Welsh language officer to confirm before it is published.',
      ...cy!.paragraphs,
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Insert at cursor' }));
    expect(onInsert.mock.calls[0]![0].paragraphs).toEqual([...en!.paragraphs, ...cy!.paragraphs]);
    expect(onInsert.mock.calls[0]![0]).toMatchObject({
      values: { proposal: 'the new rota' },
      languages: ['en', 'cy'],
      welshValues: { proposal: 'y rota newydd' },
    });

    // In Welsh alone there is one answer per field, written in Welsh: the field above.
    fireEvent.click(within(language).getByRole('radio', { name: 'Cymraeg (Welsh)' }));
    expect(screen.queryByLabelText(/, in Welsh/)).toBeNull();
    fireEvent.change(screen.getByLabelText(/^What the report proposes/), { target: { value: 'y rota newydd' } });
    expect(previewText().slice(1)).toEqual([
      'Cymraeg (Welsh): draft translation',
      'Draft: for your council’s Welsh language officer to confirm before it is published.',
      ...cy!.paragraphs,
    ]);
  });

  it('puts Welsh first for a Welsh council that does not give its order, and takes a Welsh answer for the Welsh text', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <WordingPanel policy={{ jurisdiction: 'wales' }} report={reportIn('wales')} onInsert={vi.fn()} />
      </FluentProvider>,
    );
    chooseClause('data-protection-statement');
    fireEvent.click(screen.getByRole('radio', { name: /^Both: Cymraeg \(Welsh\), then English/ }));
    const clause = getClause('data-protection-statement');
    fireEvent.change(screen.getAllByLabelText(/^Whether a data protection/)[0]!, {
      target: { value: 'none was needed' },
    });
    fireEvent.change(screen.getByLabelText(/, in Welsh/), { target: { value: 'nid oedd angen un' } });
    const [cy, en] = renderInLanguages(
      clause.id,
      { dpia: 'none was needed' },
      { languages: ['cy', 'en'], welshValues: { dpia: 'nid oedd angen un' } },
    );
    expect(previewText().join('\n')).toContain([...cy!.paragraphs].join('\n'));
    expect(previewText().join('\n')).toContain([...en!.paragraphs].join('\n'));
    expect(cy!.paragraphs.join(' ')).toContain('nid oedd angen un');
  });
});
