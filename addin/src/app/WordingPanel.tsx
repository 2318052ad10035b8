// Standard wording: choose a clause, fill its variables, insert it at the cursor or into its section.
import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { listClauses, renderClause, SECTION_KEYS, WordingError, type Jurisdiction, type SectionKey } from '../../../shared/index.ts';
import type { ClauseText } from '../word/insert-clause.ts';

interface Props {
  jurisdiction: Jurisdiction;
  /** A section the user asked to fill: its clause is chosen and inserted into that section. */
  section?: SectionKey;
  onInsert: (clause: ClauseText, where: 'cursor' | SectionKey) => void;
}

const isSection = (category: string): category is SectionKey => (SECTION_KEYS as readonly string[]).includes(category);

export function WordingPanel({ jurisdiction, section, onInsert }: Props) {
  const clauses = useMemo(() => listClauses().filter((c) => c.jurisdiction === 'both' || c.jurisdiction === jurisdiction), [jurisdiction]);
  const initial = (section && clauses.find((c) => c.category === section)?.id) ?? clauses[0]?.id ?? '';
  const [id, setId] = useState(initial);
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const clause = clauses.find((c) => c.id === id);
  if (!clause) return <Text as="p">No standard wording is available for this jurisdiction.</Text>;
  const target: 'cursor' | SectionKey = isSection(clause.category) ? clause.category : 'cursor';

  const insert = (where: 'cursor' | SectionKey) => {
    try {
      const own = Object.fromEntries(clause.variables.map((v) => [v.name, values[v.name] ?? '']));
      const paragraphs = renderClause(clause.id, own);
      setError(undefined);
      onInsert({ id: clause.id, version: clause.version, title: clause.title, paragraphs, values: own }, where);
    } catch (e) {
      setError(e instanceof WordingError ? e.message : String(e));
    }
  };

  return (
    <form onSubmit={(e) => (e.preventDefault(), insert(target))}>
      <h2>Standard wording</h2>
      <Field label="Clause">
        <Select value={id} onChange={(_, d) => (setId(d.value), setValues({}), setError(undefined))}>
          {clauses.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}
        </Select>
      </Field>
      <Text as="p" size={200}>{`Version ${clause.version}, effective ${clause.effective}. Source: ${clause.source.map((s) => s.citation).join('; ')}`}</Text>
      {clause.variables.map((v) => (
        <Field key={v.name} label={v.label} required hint={v.kind === 'date' ? 'As YYYY-MM-DD' : v.kind === 'paragraph-list' ? `Paragraph numbers, e.g. ${v.allowed?.slice(0, 2).join(', ')}` : undefined}>
          <Input value={values[v.name] ?? ''} onChange={(_, d) => setValues({ ...values, [v.name]: d.value })} />
        </Field>
      ))}
      {error && <p role="alert" className="error">{error}</p>}
      <div className="row">
        {target !== 'cursor' && <Button type="submit" appearance="primary">Insert into its section</Button>}
        <Button type={target === 'cursor' ? 'submit' : 'button'} appearance={target === 'cursor' ? 'primary' : 'secondary'} onClick={target === 'cursor' ? undefined : () => insert('cursor')}>Insert at cursor</Button>
      </div>
    </form>
  );
}
