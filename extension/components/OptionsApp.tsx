// The options page: the council's policy, validated by the engine, with JSON import and export and the optional site grant.
import { cloneElement, useEffect, useState, type ReactElement } from 'react';
import type { Policy } from '../../shared/index.ts';

export interface OptionsServices {
  load(): Promise<{ policy: Policy; errors: string[] }>;
  save(input: unknown): Promise<{ ok: true; policy: Policy } | { ok: false; errors: string[] }>;
  parseJson(json: string): { ok: true; policy: Policy } | { ok: false; errors: string[] };
  /** Asks the browser for the council's site; true when granted. */
  grantSite(domain: string): Promise<boolean>;
  download(fileName: string, text: string, type: string): void;
}

interface Form {
  councilDomains: string;
  webDomain: string;
  allowNames: string;
  smallCohortThreshold: string;
  jurisdiction: '' | 'england' | 'wales';
}

const lines = (text: string): string[] =>
  text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);

function toForm(policy: Policy): Form {
  return {
    councilDomains: policy.councilDomains.join('\n'),
    webDomain: policy.webDomain ?? '',
    allowNames: policy.allowNames.join('\n'),
    smallCohortThreshold: String(policy.smallCohortThreshold),
    jurisdiction: policy.jurisdiction ?? '',
  };
}

/** The form over the stored policy, so fields the form does not show (severity overrides, synonyms) are kept. */
function fromForm(form: Form, base: Policy): unknown {
  const { webDomain, jurisdiction, ...rest } = base;
  return {
    ...rest,
    councilDomains: lines(form.councilDomains),
    allowNames: lines(form.allowNames),
    smallCohortThreshold: Number(form.smallCohortThreshold),
    ...(form.webDomain.trim() && { webDomain: form.webDomain.trim() }),
    ...(form.jurisdiction && { jurisdiction: form.jurisdiction }),
  };
}

export function OptionsApp({ services }: { services: OptionsServices }) {
  const [base, setBase] = useState<Policy>();
  const [form, setForm] = useState<Form>();
  const [messages, setMessages] = useState<{ kind: 'error' | 'status'; text: string[] }>();

  useEffect(() => {
    void services.load().then(({ policy, errors }) => {
      setBase(policy);
      setForm(toForm(policy));
      if (errors.length)
        setMessages({ kind: 'error', text: ['The saved policy was refused; the defaults are shown.', ...errors] });
    });
  }, [services]);

  if (!form || !base) return <p>Loading…</p>;
  const field = (name: keyof Form) => ({
    value: form[name],
    onChange: (e: { target: { value: string } }) =>
      setForm((current) => current && { ...current, [name]: e.target.value }),
  });
  const save = async (): Promise<void> => {
    const result = await services.save(fromForm(form, base));
    if (!result.ok) return setMessages({ kind: 'error', text: result.errors });
    setBase(result.policy);
    setMessages({ kind: 'status', text: ['Saved.'] });
  };
  const importJson = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    const result = services.parseJson(await file.text());
    if (!result.ok) return setMessages({ kind: 'error', text: result.errors });
    setBase(result.policy);
    setForm(toForm(result.policy));
    setMessages({ kind: 'status', text: [`Imported ${file.name}; check it and press Save.`] });
  };
  const grant = async (): Promise<void> => {
    const granted = await services.grantSite(form.webDomain.trim());
    setMessages(
      granted
        ? { kind: 'status', text: [`Clearance may now read pages on ${form.webDomain.trim()} when you ask it to.`] }
        : { kind: 'error', text: ['Access to the site was not granted.'] },
    );
  };

  return (
    <main className="clearance-panel">
      <h1>Clearance options</h1>
      {messages && (
        <div role={messages.kind === 'error' ? 'alert' : 'status'} className={messages.kind}>
          {messages.text.map((t) => (
            <p key={t}>{t}</p>
          ))}
        </div>
      )}
      <p>These settings are the council's policy: every scan uses them. Nothing here leaves the browser.</p>
      <Setting
        id="council-domains"
        label="Council email domains (one a line)"
        help="Email addresses at these domains are the council's own (officers acting in role), so they are left alone; any other address in a paper is flagged as a private individual's."
      >
        <textarea rows={3} {...field('councilDomains')} />
      </Setting>
      <Setting
        id="web-domain"
        label="Council web domain"
        help="The site your committee papers are published on. Allowing Clearance on it lets it read the papers an agenda links to without asking each time; it still reads a page only when you ask for a scan."
      >
        <input {...field('webDomain')} placeholder="democracy.marshfield.gov.uk" />
      </Setting>
      <button type="button" disabled={!form.webDomain.trim()} onClick={() => void grant()}>
        Allow Clearance on this site
      </button>
      <Setting
        id="allow-names"
        label="Names never flagged (one a line)"
        help="People who are always public in your papers, such as councillors and senior officers, whose names Clearance should leave alone even without a title beside them."
      >
        <textarea rows={4} {...field('allowNames')} />
      </Setting>
      <Setting
        id="cohort"
        label="Small cohort threshold"
        help="A count of people below this number (for example “3 children in care”) can identify them, so it is flagged for suppression. Councils commonly use 5 or 10."
      >
        <input type="number" min={2} max={100} {...field('smallCohortThreshold')} />
      </Setting>
      <Setting
        id="jurisdiction"
        label="Jurisdiction"
        help="Which part of Schedule 12A applies: England (Part 1, paragraphs 1–7) or Wales (Part 4, paragraphs 12–18). Leave it to be detected from each paper if you publish for both."
      >
        <select {...field('jurisdiction')}>
          <option value="">Detect from the paper</option>
          <option value="england">England (Schedule 12A Part 1)</option>
          <option value="wales">Wales (Schedule 12A Part 4)</option>
        </select>
      </Setting>
      <div className="export">
        <button type="button" onClick={() => void save()}>
          Save
        </button>
        <button
          type="button"
          onClick={() =>
            services.download(
              'clearance-policy.json',
              JSON.stringify(fromForm(form, base), null, 2),
              'application/json',
            )
          }
        >
          Export JSON
        </button>
        <label>
          Import JSON{' '}
          <input type="file" accept="application/json,.json" onChange={(e) => void importJson(e.target.files?.[0])} />
        </label>
      </div>
      <p className="setting-help">
        Export saves this policy as a file to share with colleagues; Import reads one back, checks it, and fills the
        form for you to save.
      </p>
    </main>
  );
}

/** One setting: its label, its control, and a sentence on what it changes, read out with the control. */
function Setting({
  id,
  label,
  help,
  children,
}: {
  id: string;
  label: string;
  help: string;
  children: ReactElement<{ id?: string; 'aria-describedby'?: string }>;
}) {
  return (
    <div className="setting">
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-describedby': `${id}-help` })}
      <p id={`${id}-help`} className="setting-help">
        {help}
      </p>
    </div>
  );
}
