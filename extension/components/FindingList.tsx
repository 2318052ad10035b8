// The findings, most serious first; every piece of page text is rendered as React text, never as HTML.
import type { Finding, Severity } from '../../shared/index.ts';

const ORDER: Severity[] = ['high', 'medium', 'low', 'info'];
const HEADINGS: Record<Severity, string> = { high: 'High', medium: 'Medium', low: 'Low', info: 'For information (public roles)' };

interface Props {
  findings: Finding[];
  selected?: number | undefined;
  onSelect: (index: number) => void;
}

export function FindingList({ findings, selected, onSelect }: Props) {
  if (!findings.length) return <p className="empty">No findings.</p>;
  return (
    <div className="findings">
      {ORDER.map((severity) => {
        const items = findings.map((finding, index) => ({ finding, index })).filter(({ finding }) => finding.severity === severity);
        if (!items.length) return null;
        return (
          <section key={severity} aria-label={`${HEADINGS[severity]} findings`}>
            <h3 className={`severity severity-${severity}`}>{HEADINGS[severity]} ({items.length})</h3>
            <ul>
              {items.map(({ finding, index }) => (
                <li key={index}>
                  <button
                    type="button"
                    className={`finding severity-${severity}${selected === index ? ' selected' : ''}`}
                    aria-pressed={selected === index}
                    data-finding-type={finding.type}
                    onClick={() => onSelect(index)}
                  >
                    <span className="finding-text">{finding.text}</span>
                    <span className="finding-meta">
                      {finding.type}
                      {finding.location.page !== undefined ? ` · page ${finding.location.page}` : ''}
                      {finding.disposition === 'review' ? ' · needs review' : ''}
                    </span>
                    <span className="finding-message">{finding.message}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
