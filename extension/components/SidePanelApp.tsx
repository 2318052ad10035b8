// The side panel: runs the scan the user asked for and shows findings, sections, exempt advice and the page's papers.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PanelServices } from '../lib/panel-services.ts';
import type { ScanRequest } from '../lib/scan-request.ts';
import type { LinkedPaper, PageInfo } from '../lib/page-types.ts';
import type { Engine } from '../lib/engine.ts';
import type { Policy } from '../../shared/index.ts';
import { base64ToBytes } from '../lib/base64.ts';
import { findingId, marksFor, notAPdf, scanPaper, scanSnapshot, type ScannedDocument } from '../lib/scan-document.ts';
import { EXPORT_WARNING, findingsToCsv, findingsToJson, type ScannedSource } from '../lib/export-findings.ts';
import { checkCitations } from '../lib/restriction-check.ts';
import { FindingList } from './FindingList.tsx';
import { ReportSummary } from './ReportSummary.tsx';
import { Legend } from './Legend.tsx';
import { AgendaPanel, citationsFor, type PaperResult } from './AgendaPanel.tsx';

interface Shown {
  kind: 'page' | 'paper';
  title: string;
  url: string;
  scanned: ScannedDocument;
}

type State =
  | { status: 'waiting' }
  | { status: 'scanning'; what: string }
  | { status: 'error'; error: string }
  | { status: 'done'; tabId: number; page?: { shown: Shown; info: PageInfo }; shown: Shown };

export function SidePanelApp({ services }: { services: PanelServices }) {
  const [state, setState] = useState<State>({ status: 'waiting' });
  const [selected, setSelected] = useState<number>();
  const [policyErrors, setPolicyErrors] = useState<string[]>([]);
  const [papers, setPapers] = useState<Record<string, PaperResult>>({});
  const [running, setRunning] = useState(false);
  const setup = useRef<Promise<{ engine: Engine; policy: Policy }>>(undefined);

  const prepare = useCallback(() => {
    setup.current ??= (async () => {
      const engine = await services.loadEngine();
      const { policy, errors } = await services.loadPolicy(engine);
      setPolicyErrors(errors);
      return { engine, policy };
    })();
    return setup.current;
  }, [services]);

  const fetchAndScan = useCallback(
    async (tabId: number, url: string): Promise<ScannedDocument> => {
      const { engine, policy } = await prepare();
      const fetched = await services.askTab(tabId, 'clearance:fetch', { url });
      if (!fetched.ok) throw new Error(fetched.error);
      const bytes = base64ToBytes(fetched.base64);
      const notPdf = notAPdf(url, bytes, fetched.contentType);
      if (notPdf) throw new Error(notPdf);
      return scanPaper(engine, bytes, url, policy);
    },
    [prepare, services],
  );

  const run = useCallback(
    async (request: ScanRequest) => {
      setSelected(undefined);
      setPapers({});
      if (request.error) return setState({ status: 'error', error: request.error });
      try {
        if (request.target.kind === 'paper') {
          const url = request.target.url;
          setState({ status: 'scanning', what: url });
          const scanned = await fetchAndScan(request.tabId, url);
          return setState({
            status: 'done',
            tabId: request.tabId,
            shown: { kind: 'paper', title: titleOf(url), url, scanned },
          });
        }
        setState({ status: 'scanning', what: 'this page' });
        const { engine, policy } = await prepare();
        const snapshot = await services.askTab(request.tabId, 'clearance:extract', {});
        if (snapshot.contentType === 'application/pdf') {
          const scanned = await fetchAndScan(request.tabId, snapshot.url);
          return setState({
            status: 'done',
            tabId: request.tabId,
            shown: { kind: 'paper', title: titleOf(snapshot.url), url: snapshot.url, scanned },
          });
        }
        const scanned = scanSnapshot(engine, snapshot, policy);
        await services.askTab(request.tabId, 'clearance:highlight', {
          marks: marksFor(scanned.doc, scanned.report.findings),
        });
        const shown: Shown = { kind: 'page', title: snapshot.title || snapshot.url, url: snapshot.url, scanned };
        setState({ status: 'done', tabId: request.tabId, page: { shown, info: snapshot.page }, shown });
      } catch (error) {
        setState({ status: 'error', error: (error as Error).message });
      }
    },
    [fetchAndScan, prepare, services],
  );

  useEffect(() => {
    void services.readRequest().then((request) => request && run(request));
    return services.onRequest((request) => void run(request));
  }, [run, services]);

  if (state.status === 'waiting') {
    return (
      <Frame>
        <p>Open a council page or paper and click the Clearance button (or press Alt+Shift+L) to scan it.</p>
      </Frame>
    );
  }
  if (state.status === 'scanning')
    return (
      <Frame>
        <p role="status">Scanning {state.what}…</p>
      </Frame>
    );
  if (state.status === 'error')
    return (
      <Frame>
        <p role="alert" className="error">
          {state.error}
        </p>
      </Frame>
    );

  const { tabId, page, shown } = state;
  const scanPaperInto = async (paper: LinkedPaper): Promise<void> => {
    setPapers((p) => ({ ...p, [paper.url]: { status: 'scanning' } }));
    try {
      const scanned = await fetchAndScan(tabId, paper.url);
      setPapers((p) => ({ ...p, [paper.url]: { status: 'done', scanned } }));
    } catch (error) {
      setPapers((p) => ({ ...p, [paper.url]: { status: 'error', error: (error as Error).message } }));
    }
  };
  const scanAll = async (): Promise<void> => {
    setRunning(true);
    for (const paper of page?.info.papers ?? []) if (!papers[paper.url]) await scanPaperInto(paper);
    setRunning(false);
  };
  const select = (index: number): void => {
    setSelected(index);
    if (shown.kind === 'page') void services.askTab(tabId, 'clearance:scroll-to', { id: findingId(index) });
    else services.openViewer(tabId, shown.url, shown.scanned.report.findings[index]?.location.page);
  };
  const sources: ScannedSource[] = [
    ...(page ? [{ title: page.shown.title, url: page.shown.url, report: page.shown.scanned.report }] : []),
    ...(page?.info.papers ?? []).flatMap((p) => {
      const result = papers[p.url];
      return result?.status === 'done' ? [{ title: p.title, url: p.url, report: result.scanned.report }] : [];
    }),
  ];
  if (!page) sources.push({ title: shown.title, url: shown.url, report: shown.scanned.report });
  // A paper opened from the page is checked against the citations that restrict it; the page itself against those naming no paper.
  const citationCheck =
    page &&
    (shown === page.shown
      ? {
          label: "This page's own text, against the citations on it that name no paper",
          check: checkCitations(
            page.info.citations.filter((c) => !c.papers.length),
            shown.scanned.report.exempt,
          ),
        }
      : {
          label: "This paper, against the page's citation for it",
          check: checkCitations(citationsFor(page.info.citations, shown.url), shown.scanned.report.exempt),
        });

  return (
    <Frame>
      {policyErrors.length ? (
        <div role="alert" className="error">
          The saved policy was refused, so the defaults are in use: {policyErrors.join('; ')}
        </div>
      ) : null}
      <header>
        <h2 className="shown-title">{shown.title}</h2>
        <p className="shown-url">{shown.url}</p>
        {shown.kind === 'paper' && (
          <button type="button" onClick={() => services.openViewer(tabId, shown.url)}>
            Open in the Clearance PDF viewer
          </button>
        )}
        {page && shown !== page.shown && (
          <button
            type="button"
            onClick={() => {
              setSelected(undefined);
              setState({ ...state, shown: page.shown });
            }}
          >
            Back to the page
          </button>
        )}
      </header>
      <section aria-label="Findings">
        <h2>Findings</h2>
        <Legend />
        <FindingList
          findings={shown.scanned.report.findings}
          text={shown.scanned.doc.text}
          selected={selected}
          onSelect={select}
        />
      </section>
      {page && page.info.papers.length > 0 && shown === page.shown && (
        <AgendaPanel
          papers={page.info.papers}
          citations={page.info.citations}
          results={papers}
          running={running}
          onScanAll={() => void scanAll()}
          onScanOne={(paper) => void scanPaperInto(paper)}
          onShow={(paper) => {
            const result = papers[paper.url];
            if (result?.status !== 'done') return;
            setSelected(undefined);
            setState({
              ...state,
              shown: { kind: 'paper', title: paper.title, url: paper.url, scanned: result.scanned },
            });
          }}
        />
      )}
      {citationCheck?.check && (
        <section aria-label="Citation check" className="citation-check">
          <h3>{citationCheck.label}</h3>
          {citationCheck.check.messages.length ? (
            citationCheck.check.messages.map((m) => <p key={m}>{m}</p>)
          ) : (
            <p>The paragraphs cited match what Clearance found.</p>
          )}
        </section>
      )}
      <ReportSummary report={shown.scanned.report} />
      <section aria-label="Export" className="export-section">
        <h3>Export for the scrutiny log</h3>
        <div className="export">
          <button
            type="button"
            aria-describedby="export-warning"
            onClick={() => services.download('clearance-findings.csv', findingsToCsv(sources), 'text/csv')}
          >
            Export CSV
          </button>
          <button
            type="button"
            aria-describedby="export-warning"
            onClick={() =>
              services.download('clearance-findings.json', findingsToJson(sources, new Date()), 'application/json')
            }
          >
            Export JSON
          </button>
        </div>
        <p id="export-warning" className="export-warning">
          {EXPORT_WARNING}
        </p>
      </section>
    </Frame>
  );
}

function Frame({ children }: { children: React.ReactNode }) {
  return (
    <main className="clearance-panel">
      <h1>Clearance</h1>
      {children}
    </main>
  );
}

function titleOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? url);
  } catch {
    return url;
  }
}
