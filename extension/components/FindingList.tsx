// The findings in the engine's three groups, one entry per person or detail with every place it is mentioned;
// every piece of page text is rendered as React text, never as HTML.
import {
  BLOCK_KIND_LABELS,
  DISPOSITION_LABELS,
  FINDING_TYPE_WORDS,
  HIDDEN_BLOCK_KINDS,
  sentenceAround,
  type Finding,
} from '../../shared/index.ts';
import { groupFindings, type FindingEntry } from '../lib/finding-groups.ts';
import { markTextStyle } from '../lib/mark-styles.ts';

interface Props {
  findings: Finding[];
  /** The scanned text, for the sentence around each mention. */
  text?: string | undefined;
  selected?: number | undefined;
  onSelect: (index: number) => void;
}

/** Where a mention is, as a reviewer looks for it: the page of a paper, and text a reader does not see named as such. */
export function placeOf(finding: Finding): string {
  const { page, kind } = finding.location;
  const where = page !== undefined ? `page ${page}` : 'on the page';
  return HIDDEN_BLOCK_KINDS.has(kind) ? `${where}, in ${BLOCK_KIND_LABELS[kind]}` : where;
}

const CONTEXT_REACH = 60;

function contextOf(text: string | undefined, finding: Finding): string | undefined {
  if (!text || text.slice(finding.start, finding.end) !== finding.text) return undefined;
  const span = sentenceAround(text, finding.start, finding.end);
  const from = Math.max(span.start, finding.start - CONTEXT_REACH);
  const to = Math.min(span.end, finding.end + CONTEXT_REACH);
  return `${from > span.start ? '…' : ''}${text.slice(from, to).trim()}${to < span.end ? '…' : ''}`;
}

export function FindingList({ findings, text, selected, onSelect }: Props) {
  if (!findings.length) return <p className="empty">Clearance found nothing to report in the text it read.</p>;
  const groups = groupFindings(findings);
  return (
    <div className="findings">
      {groups.map(({ disposition, entries }) => {
        const { heading, description } = DISPOSITION_LABELS[disposition];
        const list = (
          <ul>
            {entries.map((entry) => (
              <Entry
                key={entry.key}
                entry={entry}
                text={text}
                selected={selected}
                onSelect={onSelect}
                compact={disposition === 'public'}
              />
            ))}
          </ul>
        );
        if (disposition === 'public') {
          return (
            <section key={disposition} aria-label={heading} className={`group group-${disposition}`}>
              <details>
                <summary>
                  <h3>
                    {heading} ({entries.length})
                  </h3>
                </summary>
                <p className="group-description">{description}</p>
                {list}
              </details>
            </section>
          );
        }
        return (
          <section key={disposition} aria-label={heading} className={`group group-${disposition}`}>
            <h3>
              {heading} ({entries.length})
            </h3>
            <p className="group-description">{description}</p>
            {list}
          </section>
        );
      })}
    </div>
  );
}

function Entry({
  entry,
  text,
  selected,
  onSelect,
  compact,
}: {
  entry: FindingEntry;
  text: string | undefined;
  selected: number | undefined;
  onSelect: (index: number) => void;
  compact: boolean;
}) {
  const { lead, mentions } = entry;
  const isSelected = mentions.some((m) => m.index === selected);
  const words = FINDING_TYPE_WORDS[lead.type];
  const first = mentions[0]!;
  const context = compact ? undefined : contextOf(text, first.finding);
  const detailsId = `details-${entry.key.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <li
      className={`finding disposition-${lead.disposition} severity-${lead.severity}${isSelected ? ' selected' : ''}`}
      data-finding-type={lead.type}
    >
      <button
        type="button"
        className="finding-go"
        aria-pressed={isSelected}
        aria-describedby={detailsId}
        onClick={() => onSelect(first.index)}
      >
        <span className="finding-text" style={markTextStyle(lead.disposition)}>
          {lead.text}
        </span>
        <span className="finding-meta">
          {words.label}
          {mentions.length > 1 ? ` · ${mentions.length} mentions` : ` · ${placeOf(lead)}`}
        </span>
      </button>
      <div id={detailsId} className="finding-details">
        {context && <span className="finding-context">{context}</span>}
        {lead.type === 'failed-redaction' && (
          <span className="recovered">Text found under the black box: “{lead.text}”</span>
        )}
        {lead.disposition === 'review' && lead.question ? (
          <span className="finding-question">{lead.question}</span>
        ) : null}
        <span className="finding-message">{lead.message}</span>
      </div>
      {mentions.length > 1 && (
        <ol className="places" aria-label={`Places ${lead.text} is mentioned`}>
          {mentions.map(({ finding, index }) => (
            <li key={index}>
              <button
                type="button"
                className={`place${index === selected ? ' selected' : ''}`}
                aria-pressed={index === selected}
                onClick={() => onSelect(index)}
              >
                {finding.text === lead.text ? placeOf(finding) : `“${finding.text}”, ${placeOf(finding)}`}
              </button>
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}
