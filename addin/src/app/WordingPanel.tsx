// Standard wording: choose a clause, fill its variables (dates with a date picker, explanations in
// several lines, the exempt notice's paragraphs from the scan's advice), see the finished text, and
// insert it at the cursor or into its section.
import { Button, Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import {
  listClauses,
  renderClause,
  SECTION_KEYS,
  WordingError,
  type ClauseVariable,
  type ScanReport,
  type SectionKey,
} from '../../../shared/index.ts';
import type { ClauseText } from '../word/insert-clause.ts';

interface Props {
  report: ScanReport;
  /** A section the user asked to fill: its clause is chosen and inserted into that section. */
  section?: SectionKey;
  onInsert: (clause: ClauseText, where: 'cursor' | SectionKey) => void;
}

const isSection = (category: string): category is SectionKey => (SECTION_KEYS as readonly string[]).includes(category);

/** An answer that explains (why, how, what was found) needs room for a sentence or two. */
export const isLongAnswer = (v: ClauseVariable): boolean =>
  v.kind === 'text' && /^(Why|How|What the assessment|Whether)\b/.test(v.label);

/** What the scan already knows: the Schedule 12A paragraphs it advises, for a clause that cites them. */
function prefill(variables: readonly ClauseVariable[], report: ScanReport): Record<string, string> {
  const advised = report.exempt.suggested.map((s) => s.paragraph);
  return Object.fromEntries(
    variables.flatMap((v) => {
      if (v.kind !== 'paragraph-list') return [];
      const fits = advised.filter((n) => v.allowed?.includes(n));
      return fits.length ? [[v.name, fits.join(', ')]] : [];
    }),
  );
}

export function WordingPanel({ report, section, onInsert }: Props) {
  const { jurisdiction } = report.exempt;
  const clauses = useMemo(
    () => listClauses().filter((c) => c.jurisdiction === 'both' || c.jurisdiction === jurisdiction),
    [jurisdiction],
  );
  const initial = (section && clauses.find((c) => c.category === section)?.id) ?? clauses[0]?.id ?? '';
  const [id, setId] = useState(initial);
  const clause = clauses.find((c) => c.id === id);
  const [values, setValues] = useState<Record<string, string>>(() => (clause ? prefill(clause.variables, report) : {}));
  const [error, setError] = useState<string>();
  if (!clause) return <Text as="p">No standard wording is available for this jurisdiction.</Text>;
  const target: 'cursor' | SectionKey = isSection(clause.category) ? clause.category : 'cursor';
  const own = Object.fromEntries(clause.variables.map((v) => [v.name, values[v.name] ?? '']));

  let preview: string[] | undefined;
  let previewProblem: string | undefined;
  try {
    preview = renderClause(clause.id, own);
  } catch (e) {
    previewProblem = e instanceof WordingError ? e.message : String(e);
  }

  const insert = (where: 'cursor' | SectionKey) => {
    if (!preview) return setError(previewProblem);
    setError(undefined);
    onInsert({ id: clause.id, version: clause.version, title: clause.title, paragraphs: preview, values: own }, where);
  };
  const hint = (v: ClauseVariable) =>
    v.kind === 'paragraph-list' ? `Paragraph numbers, e.g. ${v.allowed?.slice(0, 2).join(', ')}` : undefined;

  return (
    <form noValidate onSubmit={(e) => (e.preventDefault(), insert(target))}>
      <h2>Standard wording</h2>
      <Field label="Clause">
        <Select
          className="wide"
          value={id}
          onChange={(_, d) => {
            const next = clauses.find((c) => c.id === d.value);
            setId(d.value);
            setValues(next ? prefill(next.variables, report) : {});
            setError(undefined);
          }}
        >
          {clauses.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </Select>
      </Field>
      <Text
        as="p"
        size={200}
      >{`Version ${clause.version}, effective ${clause.effective}. Source: ${clause.source.map((s) => s.citation).join('; ')}`}</Text>
      {clause.variables.map((v) => {
        const change = (value: string) => setValues({ ...values, [v.name]: value });
        return (
          <Field key={v.name} label={v.label} required hint={hint(v)}>
            {v.kind === 'date' ? (
              <Input type="date" value={values[v.name] ?? ''} onChange={(_, d) => change(d.value)} />
            ) : isLongAnswer(v) ? (
              <Textarea value={values[v.name] ?? ''} onChange={(_, d) => change(d.value)} resize="vertical" rows={3} />
            ) : (
              <Input value={values[v.name] ?? ''} onChange={(_, d) => change(d.value)} />
            )}
          </Field>
        );
      })}
      <section aria-labelledby="wording-preview" className="preview">
        <h3 id="wording-preview">Preview</h3>
        {preview ? (
          preview.map((p, i) => <p key={i}>{p}</p>)
        ) : (
          <Text as="p" size={200}>
            {clause.variables.length
              ? `The finished text shows here once every field is filled. ${previewProblem ?? ''}`
              : previewProblem}
          </Text>
        )}
      </section>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="row">
        {target !== 'cursor' && (
          <Button type="submit" appearance="primary">
            Insert into its section
          </Button>
        )}
        <Button
          type={target === 'cursor' ? 'submit' : 'button'}
          appearance={target === 'cursor' ? 'primary' : 'secondary'}
          onClick={target === 'cursor' ? undefined : () => insert('cursor')}
        >
          Insert at cursor
        </Button>
      </div>
    </form>
  );
}
