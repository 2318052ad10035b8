// @vitest-environment jsdom
// The standard wording form: a section's clause is preselected, dates take a date picker and
// explanations several lines, the finished text is previewed, the exempt notice starts from the scan's
// advice, and the rendered paragraphs go to the session with where to put them.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getClause, readText, renderClause, scan, type ScanReport } from '../../../shared/index.ts';
import { WordingPanel } from '../../../addin/src/app/WordingPanel.tsx';

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
        <WordingPanel report={reportIn('england')} section="financial" onInsert={onInsert} />
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
        <WordingPanel report={reportIn('england')} section="financial" onInsert={onInsert} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Insert at cursor' }));
    expect(screen.getByRole('alert').textContent).toMatch(/needs a value for cost, funding, officer, date/);
    expect(onInsert).not.toHaveBeenCalled();
  });

  it('gives an explanation several lines, and starts the exempt notice from the paragraphs the scan advises', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <WordingPanel report={reportIn('england', [1, 2])} onInsert={vi.fn()} />
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
        <WordingPanel report={reportIn('wales')} onInsert={vi.fn()} />
      </FluentProvider>,
    );
    const options = [...(screen.getByRole('combobox', { name: 'Clause' }) as HTMLSelectElement).options].map(
      (o) => o.value,
    );
    expect(options).toContain('exempt-notice-wales');
    expect(options).not.toContain('exempt-notice-england');
  });
});
