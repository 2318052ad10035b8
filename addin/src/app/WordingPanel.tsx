// Standard wording: choose a clause, fill its variables (dates with a date picker, explanations in
// several lines, the exempt notice's paragraphs from the scan's advice), see the finished text, and
// insert it at the cursor or into its section. The council's clause pack, when one is in force, comes
// before the built-in clauses; a council that publishes in Welsh chooses Welsh, English or both.
import { Button, Field, Input, Radio, RadioGroup, Select, Text, Textarea } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import {
  getClause,
  languagesFor,
  languagesOf,
  listClauses,
  publishesInWelsh,
  renderInLanguages,
  SECTION_KEYS,
  WordingError,
  type ClauseLanguage,
  type ClausePack,
  type ClauseVariable,
  type ClauseView,
  type LanguageChoice,
  type Policy,
  type RenderedLanguage,
  type ScanReport,
  type SectionKey,
} from '../../../shared/index.ts';
import type { ClauseText } from '../word/insert-clause.ts';

interface Props {
  report: ScanReport;
  /** The council's policy: its languages decide whether Welsh is offered, and in which order both are rendered. */
  policy: Pick<Policy, 'jurisdiction' | 'languages'>;
  /** The council's clause pack in force, whose clauses replace the built-in ones. */
  pack?: ClausePack | undefined;
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

const LANGUAGE_NAMES: Record<ClauseLanguage, string> = { cy: 'Cymraeg (Welsh)', en: 'English' };

/** Where one language's text comes from, when it is not the built-in library. */
const originNote = ({ origin }: ClauseView): string | undefined =>
  origin.kind === 'pack'
    ? `From ${origin.council ? `${origin.council}’s` : 'the council’s'} clause pack, version ${origin.packVersion}.`
    : undefined;

export function WordingPanel({ report, policy, pack, section, onInsert }: Props) {
  const { jurisdiction } = report.exempt;
  const library = useMemo(() => (pack ? { pack } : {}), [pack]);
  const clauses = useMemo(
    () => listClauses(library).filter((c) => c.jurisdiction === 'both' || c.jurisdiction === jurisdiction),
    [jurisdiction, library],
  );
  const welshCouncil = publishesInWelsh(policy);
  const [asked, setAsked] = useState<LanguageChoice>();
  const [welshValues, setWelshValues] = useState<Record<string, string>>({});
  const initial = (section && clauses.find((c) => c.category === section)?.id) ?? clauses[0]?.id ?? '';
  const [id, setId] = useState(initial);
  const clause = clauses.find((c) => c.id === id);
  const [values, setValues] = useState<Record<string, string>>(() => (clause ? prefill(clause.variables, report) : {}));
  const [error, setError] = useState<string>();
  if (!clause) return <Text as="p">No standard wording is available for this jurisdiction.</Text>;
  const target: 'cursor' | SectionKey = isSection(clause.category) ? clause.category : 'cursor';
  const own = Object.fromEntries(clause.variables.map((v) => [v.name, values[v.name] ?? '']));
  const hasWelsh = languagesOf(clause.id, library).includes('cy');
  const offerLanguages = welshCouncil && hasWelsh;
  const languages: ClauseLanguage[] = offerLanguages ? languagesFor(clause.id, asked, policy, pack) : ['en'];
  const choice: LanguageChoice = languages.length === 2 ? 'both' : languages[0]!;
  const bothOrder = languagesFor(clause.id, 'both', policy, pack);
  // In both languages, any text may be written again in Welsh (a reason, a proposal); left empty, the one
  // answer serves both, as names, sums and references do. Dates and paragraph numbers are rendered per language.
  const twinned = languages.length === 2 ? clause.variables.filter((v) => v.kind === 'text') : [];
  const ownWelsh = Object.fromEntries(
    twinned.flatMap((v) => (welshValues[v.name]?.trim() ? [[v.name, welshValues[v.name]!]] : [])),
  );

  let preview: RenderedLanguage[] | undefined;
  let previewProblem: string | undefined;
  try {
    preview = renderInLanguages(clause.id, own, { languages, welshValues: ownWelsh, ...library });
  } catch (e) {
    previewProblem = e instanceof WordingError ? e.message : String(e);
  }
  const headed = preview && (preview.length > 1 || preview.some((r) => r.status === 'draft'));

  const insert = (where: 'cursor' | SectionKey) => {
    if (!preview) return setError(previewProblem);
    setError(undefined);
    const title = preview[0]!.title;
    const paragraphs = preview.flatMap((r) => r.paragraphs);
    const inLanguages = languages.length === 1 && languages[0] === 'en' ? {} : { languages };
    const welsh = Object.keys(ownWelsh).length ? { welshValues: ownWelsh } : {};
    onInsert(
      { id: clause.id, version: clause.version, title, paragraphs, values: own, ...inLanguages, ...welsh },
      where,
    );
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
            setWelshValues({});
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
      <Text as="p" size={200}>
        {[
          `Version ${clause.version}, effective ${clause.effective}.`,
          originNote(clause),
          `Source: ${clause.source.map((s) => s.citation).join('; ')}`,
        ]
          .filter(Boolean)
          .join(' ')}
      </Text>
      {welshCouncil &&
        (offerLanguages ? (
          <Field label="Language">
            <RadioGroup value={choice} onChange={(_, d) => setAsked(d.value as LanguageChoice)}>
              <Radio value="cy" label={LANGUAGE_NAMES.cy} />
              <Radio value="en" label={LANGUAGE_NAMES.en} />
              <Radio value="both" label={`Both: ${bothOrder.map((l) => LANGUAGE_NAMES[l]).join(', then ')}`} />
            </RadioGroup>
          </Field>
        ) : (
          <Text as="p" size={200}>
            This clause has no Welsh version: it is inserted in English.
          </Text>
        ))}
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
      {twinned.map((v) => (
        <Field
          key={`cy-${v.name}`}
          label={`${v.label}, in Welsh`}
          hint="Optional: the answer above is used in the Welsh text when this is empty."
        >
          {isLongAnswer(v) ? (
            <Textarea
              lang="cy"
              value={welshValues[v.name] ?? ''}
              onChange={(_, d) => setWelshValues({ ...welshValues, [v.name]: d.value })}
              resize="vertical"
              rows={3}
            />
          ) : (
            <Input
              lang="cy"
              value={welshValues[v.name] ?? ''}
              onChange={(_, d) => setWelshValues({ ...welshValues, [v.name]: d.value })}
            />
          )}
        </Field>
      ))}
      <section aria-labelledby="wording-preview" className="preview">
        <h3 id="wording-preview">Preview</h3>
        {preview ? (
          preview.map((r) => {
            const note = originNote(getClause(clause.id, undefined, { language: r.language, ...library }));
            return (
              <div key={r.language} lang={r.language}>
                {headed && (
                  <h4 lang="en">
                    {LANGUAGE_NAMES[r.language]}
                    {r.status === 'draft' ? ': draft translation' : ''}
                  </h4>
                )}
                {r.status === 'draft' && (
                  <Text as="p" size={200} lang="en" className="draft-note">
                    {r.language === 'cy'
                      ? 'Draft: for your council’s Welsh language officer to confirm before it is published.'
                      : 'Draft: for the council to confirm before it is published.'}
                  </Text>
                )}
                {headed && note && (
                  <Text as="p" size={200} lang="en">
                    {note}
                  </Text>
                )}
                {r.paragraphs.map((p, i) => (
                  <p key={i}>{p}</p>
                ))}
              </div>
            );
          })
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
