// @vitest-environment jsdom
// The standard wording form: a section's clause is preselected, values are checked by the clause
// library, and the rendered paragraphs go to the session with where to put them.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getClause, renderClause } from '../../../shared/index.ts';
import { WordingPanel } from '../../../addin/src/app/WordingPanel.tsx';

afterEach(cleanup);

describe('WordingPanel', () => {
  it('preselects the clause for a missing section and inserts it into that section', () => {
    const onInsert = vi.fn();
    render(<FluentProvider theme={webLightTheme}><WordingPanel jurisdiction="england" section="financial" onInsert={onInsert} /></FluentProvider>);
    const clause = getClause('financial-implications');
    expect((screen.getByRole('combobox', { name: 'Clause' }) as HTMLSelectElement).value).toBe(clause.id);
    const values: Record<string, string> = {};
    for (const v of clause.variables) {
      values[v.name] = v.kind === 'date' ? '2025-03-12' : `value for ${v.name}`;
      fireEvent.change(screen.getByRole('textbox', { name: new RegExp(v.label.slice(0, 20).replace(/[()]/g, '.')) }), { target: { value: values[v.name] } });
    }
    fireEvent.click(screen.getByRole('button', { name: 'Insert into its section' }));
    expect(onInsert).toHaveBeenCalledWith({ id: clause.id, version: clause.version, title: clause.title, paragraphs: renderClause(clause.id, values), values }, 'financial');
  });

  it('says which values are missing instead of inserting', () => {
    const onInsert = vi.fn();
    render(<FluentProvider theme={webLightTheme}><WordingPanel jurisdiction="england" section="financial" onInsert={onInsert} /></FluentProvider>);
    fireEvent.click(screen.getByRole('button', { name: 'Insert at cursor' }));
    expect(screen.getByRole('alert').textContent).toMatch(/needs a value for cost, funding, officer, date/);
    expect(onInsert).not.toHaveBeenCalled();
  });

  it('offers only clauses for the paper\'s jurisdiction', () => {
    render(<FluentProvider theme={webLightTheme}><WordingPanel jurisdiction="wales" onInsert={vi.fn()} /></FluentProvider>);
    const options = [...(screen.getByRole('combobox', { name: 'Clause' }) as HTMLSelectElement).options].map((o) => o.value);
    expect(options).toContain('exempt-notice-wales');
    expect(options).not.toContain('exempt-notice-england');
  });
});
