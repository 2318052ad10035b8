// A ModernGov agenda or decision page: its linked papers, "scan all papers" with progress, and a summary per paper.
import type { LinkedPaper, RestrictionCitation } from '../lib/page-types.ts';
import type { ScannedDocument } from '../lib/scan-document.ts';
import { checkCitations } from '../lib/restriction-check.ts';
import { DISPOSITION_LABELS, DISPOSITIONS } from '../../shared/index.ts';
import { countInWords } from '../lib/finding-groups.ts';

export type PaperResult =
  { status: 'scanning' } | { status: 'done'; scanned: ScannedDocument } | { status: 'error'; error: string };

interface Props {
  papers: LinkedPaper[];
  citations: RestrictionCitation[];
  results: Record<string, PaperResult>;
  running: boolean;
  onScanAll: () => void;
  onScanOne: (paper: LinkedPaper) => void;
  onShow: (paper: LinkedPaper) => void;
}

export function AgendaPanel({ papers, citations, results, running, onScanAll, onScanOne, onShow }: Props) {
  const scanned = papers.filter((p) => results[p.url]?.status === 'done').length;
  const failed = papers.flatMap((p) => {
    const r = results[p.url];
    return r?.status === 'error' ? [r.error] : [];
  });
  const finished = scanned + failed.length;
  return (
    <section aria-label="Papers on this page" className="agenda">
      <h2>Papers on this page ({papers.length})</h2>
      {citations.map((c) => (
        <p key={c.quote} className="citation">
          This page says: “{c.quote}”. {appliesTo(c, papers)}
        </p>
      ))}
      <button type="button" onClick={onScanAll} disabled={running}>
        Scan all papers
      </button>
      <progress max={papers.length} value={finished} aria-label="Papers checked">
        {finished} of {papers.length}
      </progress>
      <span className="progress-text" role="status">
        {progressText(scanned, papers.length, failed)}
      </span>
      <ol className="papers">
        {papers.map((paper) => {
          const result = results[paper.url];
          return (
            <li key={paper.url} data-paper-url={paper.url}>
              <span className="paper-title">{paper.title}</span>
              {!result && (
                <button type="button" onClick={() => onScanOne(paper)} disabled={running}>
                  Scan
                </button>
              )}
              {result?.status === 'scanning' && <span className="paper-status">Scanning…</span>}
              {result?.status === 'error' && <span className="paper-status error">Not scanned: {result.error}</span>}
              {result?.status === 'done' && (
                <PaperSummary
                  scanned={result.scanned}
                  citations={citationsFor(citations, paper.url)}
                  onShow={() => onShow(paper)}
                />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function PaperSummary({
  scanned,
  citations,
  onShow,
}: {
  scanned: ScannedDocument;
  citations: RestrictionCitation[];
  onShow: () => void;
}) {
  const { findings } = scanned.report;
  const failed = findings.filter((f) => f.type === 'failed-redaction').length;
  const check = checkCitations(citations, scanned.report.exempt);
  return (
    <div className="paper-summary">
      {failed > 0 && (
        <strong className="failed-redaction-alert">
          {failed} failed redaction{failed === 1 ? '' : 's'}: text is still in the file under a black box
        </strong>
      )}
      <ul className="paper-counts">
        {DISPOSITIONS.map((d) => {
          const these = findings.filter((f) => f.disposition === d);
          return (
            <li key={d}>
              <strong>{DISPOSITION_LABELS[d].heading}</strong>: {these.length ? countInWords(these) : 'none'}
            </li>
          );
        })}
      </ul>
      {check &&
        (check.messages.length ? (
          check.messages.map((m) => (
            <p key={m} className="citation-check">
              {m}
            </p>
          ))
        ) : (
          <p className="citation-check">
            The page cites paragraph {check.cited.join(', ')} for this paper, and the paper holds information of that
            kind.
          </p>
        ))}
      <button type="button" onClick={onShow}>
        Show findings
      </button>
    </div>
  );
}

/** "3 of 4 scanned, 1 failed: <reason>": a paper that could not be read is never counted as scanned. */
export function progressText(scanned: number, total: number, failures: string[]): string {
  const base = `${scanned} of ${total} scanned`;
  if (!failures.length) return base;
  return failures.length === 1
    ? `${base}, 1 failed: ${failures[0]}`
    : `${base}, ${failures.length} failed (see each paper below)`;
}

/** The page's citations that restrict this paper: only those are checked against what it holds. */
export function citationsFor(citations: RestrictionCitation[], url: string): RestrictionCitation[] {
  return citations.filter((c) => c.papers.includes(url));
}

const MATCH_WORDS: Record<Exclude<RestrictionCitation['matchedBy'], 'none'>, string> = {
  named: 'named in the sentence',
  link: 'the paper linked beside it',
  'agenda-item': 'the papers of its agenda item',
};

function appliesTo(citation: RestrictionCitation, papers: LinkedPaper[]): string {
  if (citation.matchedBy === 'none')
    return "It names no paper on this page, so it is checked against the page's own text.";
  const titles = papers.filter((p) => citation.papers.includes(p.url)).map((p) => p.title);
  return `It restricts ${titles.join(' and ')} (${MATCH_WORDS[citation.matchedBy]}).`;
}
