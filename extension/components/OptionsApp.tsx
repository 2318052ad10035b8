// The options page: the council's policy, validated by the engine, with JSON import and export and the optional site grant.
import { useEffect, useState } from 'react';
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

const lines = (text: string): string[] => text.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);

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
      if (errors.length) setMessages({ kind: 'error', text: ['The saved policy was refused; the defaults are shown.', ...errors] });
    });
  }, [services]);

  if (!form || !base) return <p>Loading…</p>;
  const field = (name: keyof Form) => ({
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm((current) => current && { ...current, [name]: e.target.value }),
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
    setMessages(granted ? { kind: 'status', text: [`Clearance may now read pages on ${form.webDomain.trim()} when you ask it to.`] } : { kind: 'error', text: ['Access to the site was not granted.'] });
  };

  return (
    <main className="clearance-panel">
      <h1>Clearance options</h1>
      {messages && <div role={messages.kind === 'error' ? 'alert' : 'status'} className={messages.kind}>{messages.text.map((t) => <p key={t}>{t}</p>)}</div>}
      <label>Council email domains (one a line)<br /><textarea rows={3} {...field('councilDomains')} /></label><br />
      <label>Council web domain<br /><input {...field('webDomain')} placeholder="democracy.marshfield.gov.uk" /></label>
      <button type="button" disabled={!form.webDomain.trim()} onClick={() => void grant()}>Allow Clearance on this site</button><br />
      <label>Names never flagged (one a line)<br /><textarea rows={4} {...field('allowNames')} /></label><br />
      <label>Small cohort threshold<br /><input type="number" min={2} max={100} {...field('smallCohortThreshold')} /></label><br />
      <label>Jurisdiction<br />
        <select {...field('jurisdiction')}>
          <option value="">Detect from the paper</option>
          <option value="england">England (Schedule 12A Part 1)</option>
          <option value="wales">Wales (Schedule 12A Part 4)</option>
        </select>
      </label>
      <div className="export">
        <button type="button" onClick={() => void save()}>Save</button>
        <button type="button" onClick={() => services.download('clearance-policy.json', JSON.stringify(fromForm(form, base), null, 2), 'application/json')}>Export JSON</button>
        <label>Import JSON <input type="file" accept="application/json,.json" onChange={(e) => void importJson(e.target.files?.[0])} /></label>
      </div>
    </main>
  );
}
