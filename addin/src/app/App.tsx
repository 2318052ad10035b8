// The task pane: scan, review findings, redact, decide, insert wording, check readiness, keep the log.
// It talks to the document only through the PaneActions it is given.
import { Button, Field, FluentProvider, Input, MessageBar, MessageBarBody, Spinner, Tab, TabList, Text, type Theme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Finding, SectionKey } from '../../../shared/index.ts';
import { decide as makeDecision, openFindings, type Decision } from '../clearance/decisions.ts';
import { readiness } from '../clearance/readiness.ts';
import { findingsInScope, placeholderFor, type RedactionScope } from '../clearance/redaction-scope.ts';
import type { ClauseUpdate } from '../clearance/outdated-wording.ts';
import type { ClauseText } from '../word/insert-clause.ts';
import type { FindingHandlers } from './FindingCard.tsx';
import { FindingsPanel } from './FindingsPanel.tsx';
import { LogPanel } from './LogPanel.tsx';
import type { PaneActions, ScanView } from './pane-actions.ts';
import { OutdatedWordingList } from './OutdatedWordingList.tsx';
import { ReadyPanel } from './ReadyPanel.tsx';
import { SectionsPanel } from './SectionsPanel.tsx';
import { WordingPanel } from './WordingPanel.tsx';

type TabId = 'findings' | 'sections' | 'wording' | 'ready' | 'log';
const TABS: [TabId, string][] = [['findings', 'Findings'], ['sections', 'Sections'], ['wording', 'Wording'], ['ready', 'Ready?'], ['log', 'Log']];
type Status = { intent: 'info' | 'success' | 'error'; text: string };

const REVIEWER_KEY = 'clearance.reviewer';

export function App({ actions, theme, now = () => new Date() }: { actions: PaneActions; theme: Theme; now?: () => Date }) {
  const [view, setView] = useState<ScanView>();
  const [decisions, setDecisions] = useState<Decision[]>([]);
  const [status, setStatus] = useState<Status>();
  const [busy, setBusy] = useState(false);
  const [tab, setTab] = useState<TabId>('findings');
  const [section, setSection] = useState<SectionKey>();
  const [reviewer, setReviewer] = useState(() => globalThis.localStorage?.getItem(REVIEWER_KEY) ?? '');

  useEffect(() => {
    const loaded = actions.decisions.load();
    setDecisions(loaded.decisions);
    if (loaded.warning) setStatus({ intent: 'error', text: loaded.warning });
  }, [actions]);

  /** Runs an action with the pane marked busy; any failure becomes the status line, never a crash. */
  const act = useCallback(async (work: () => Promise<string | undefined>) => {
    setBusy(true);
    try {
      const text = await work();
      if (text) setStatus({ intent: 'success', text });
    } catch (e) {
      setStatus({ intent: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }, []);

  const rescan = useCallback(async () => {
    const next = await actions.scan();
    setView(next);
    return next;
  }, [actions]);

  const saveDecisions = async (added: Decision[]) => {
    const all = [...decisions, ...added];
    setDecisions(all);
    await actions.decisions.save(all);
  };

  const open = useMemo(() => (view ? openFindings(view.report.findings, decisions) : []), [view, decisions]);

  const handlers: FindingHandlers = {
    goTo: (f) => void act(async () => (await actions.goTo(f), undefined)),
    redact: (f: Finding, scope: RedactionScope) =>
      void act(async () => {
        const targets = findingsInScope(scope, f, open).map((finding) => ({ finding, placeholder: placeholderFor(finding) }));
        const result = await actions.redact(targets);
        const unique = new Map(targets.map((t) => [t.finding.text, t]));
        await saveDecisions([...unique.values()].map((t) => makeDecision(t.finding, 'redacted', scope === 'one' ? 'Redacted' : `Redacted (${scope === 'person' ? 'every mention' : 'all of this type'})`, reviewer, now(), t.placeholder)));
        await rescan();
        return result.message;
      }),
    decide: (f, action, reason) =>
      void act(async () => {
        await saveDecisions([makeDecision(f, action, reason, reviewer, now())]);
        return `${action === 'kept-public' ? 'Kept as public' : 'Ignored'}: “${f.text}”. Recorded in the document.`;
      }),
    ...(actions.canComment && { comment: (f: Finding, text: string) => void act(async () => (await actions.comment(f, text), `Comment added on “${f.text}”.`)) }),
  };

  const insertClause = (clause: ClauseText, where: 'cursor' | SectionKey) =>
    void act(async () => {
      const message = await actions.insertClause(clause, where);
      await rescan();
      return message;
    });

  const updateClause = (update: ClauseUpdate, given: Record<string, string>) =>
    void act(async () => {
      const message = await actions.updateClause(update, given);
      await rescan();
      return message;
    });
  const outdated = view && <OutdatedWordingList items={view.outdatedWording} onUpdate={updateClause} />;

  return (
    <FluentProvider theme={theme} className="pane">
      <header>
        <h1>Clearance</h1>
        <Text as="p">Checks this report before publication. Nothing leaves your computer.</Text>
        <Field label="Your name, for the clearance log">
          <Input value={reviewer} onChange={(_, d) => (setReviewer(d.value), globalThis.localStorage?.setItem(REVIEWER_KEY, d.value))} />
        </Field>
        <div className="row">
          <Button appearance="primary" disabled={busy} onClick={() => void act(async () => { const v = await rescan(); return v.reused ? 'No changes since the last scan.' : `Scanned: ${v.report.findings.filter((f) => f.severity !== 'info').length} finding(s) to review.`; })}>
            {view ? 'Scan again' : 'Scan document'}
          </Button>
          {busy && <Spinner size="tiny" label="Working…" />}
        </div>
      </header>
      <div role="status" aria-live="polite" className="status">
        {status && (
          <MessageBar intent={status.intent}>
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {actions.unsupported.length > 0 && (
        <details className="unsupported">
          <summary>Not available in this version of Word ({actions.unsupported.length})</summary>
          <ul>{actions.unsupported.map((u) => <li key={u}>{u}</li>)}</ul>
        </details>
      )}
      {view && (
        <main>
          <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label="Clearance views">
            {TABS.map(([id, label]) => <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>{label}</Tab>)}
          </TabList>
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="panel">
            {tab === 'findings' && <FindingsPanel findings={open} handlers={handlers} />}
            {tab === 'sections' && <SectionsPanel report={view.report} onInsert={(key) => (setSection(key), setTab('wording'))} />}
            {tab === 'wording' && outdated}
            {tab === 'wording' && <WordingPanel key={section ?? 'any'} jurisdiction={view.report.exempt.jurisdiction} {...(section && { section })} onInsert={insertClause} />}
            {tab === 'ready' && <ReadyPanel result={readiness(view.report, decisions, actions.unsupported, view.outdatedWording.map((o) => o.message))} />}
            {tab === 'ready' && outdated}
            {tab === 'log' && <LogPanel decisions={decisions} title={view.title} />}
          </div>
        </main>
      )}
    </FluentProvider>
  );
}
