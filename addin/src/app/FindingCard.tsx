// One card: a person (every mention of them) or one detail, with where it is, why, and the actions on it.
// Document text is rendered as React text only, never as HTML.
import { Badge, Button } from '@fluentui/react-components';
import { useState, type Ref } from 'react';
import { FINDING_TYPE_WORDS, ROLE_LABELS, type Finding } from '../../../shared/index.ts';
import { placesOf, type Card } from '../clearance/groups.ts';
import { ReasonForm } from './ReasonForm.tsx';

export interface FindingHandlers {
  goTo: (card: Card, finding: Finding) => void;
  redact: (card: Card) => void;
  decide: (card: Card, action: 'kept-public' | 'ignored' | 'flagged', reason: string) => void;
  comment?: (card: Card, text: string) => void;
  undo: () => void;
}

/** What the last action on a card did, shown beside it. */
export interface CardResult {
  cardId: string;
  intent: 'success' | 'error';
  text: string;
  canUndo: boolean;
}

const quote = (card: Card): string => `“${card.texts[0]}”`;

export function ResultLine({ result, onUndo }: { result: CardResult; onUndo: () => void }) {
  return (
    <div className={`card-result ${result.intent}`}>
      <span>{result.text}</span>
      {result.canUndo && (
        <Button size="small" onClick={onUndo}>
          Undo
        </Button>
      )}
    </div>
  );
}

type Open = 'none' | 'keep' | 'ignore' | 'comment';

interface Props {
  card: Card;
  handlers: FindingHandlers;
  placeholder: string;
  selected: boolean;
  result?: CardResult;
  focusRef?: Ref<HTMLHeadingElement>;
}

export function FindingCard({ card, handlers, placeholder, selected, result, focusRef }: Props) {
  const [open, setOpen] = useState<Open>('none');
  const quoted = quote(card);
  const first = card.findings[0]!;
  const places = placesOf(card);
  const many = card.findings.length > 1;
  const type = FINDING_TYPE_WORDS[card.type].label;
  const why = card.disposition === 'review' ? (first.question ?? first.message) : first.message;
  return (
    <li className="finding" aria-current={selected ? 'true' : undefined} data-card={card.id}>
      <h4 className="finding-text" tabIndex={-1} ref={focusRef}>
        {quoted}
      </h4>
      {card.texts.length > 1 && (
        <p className="also">
          Also written:{' '}
          {card.texts
            .slice(1)
            .map((t) => `“${t}”`)
            .join(', ')}
        </p>
      )}
      <div className="meta">
        <Badge appearance="tint" color={card.disposition === 'flag' ? 'danger' : 'warning'}>
          {type}
        </Badge>
        {first.role && <span>{ROLE_LABELS[first.role]}</span>}
        {many && <span>{`${card.findings.length} mentions`}</span>}
      </div>
      <p>
        {card.disposition === 'review' ? <strong>To decide: </strong> : <strong>Why: </strong>}
        {why}
      </p>
      {card.disposition === 'flag' && (
        <p>
          <strong>What to do: </strong>
          {`Replace it with ${placeholder}, or move it to an exempt appendix.`}
        </p>
      )}
      {many ? (
        <ul className="places" aria-label={`Where ${quoted} is`}>
          {places.map((p) => (
            <li key={p.label}>
              <Button
                size="small"
                appearance="subtle"
                onClick={() => handlers.goTo(card, p.first)}
                aria-label={`Go to ${p.label}: ${quoted}`}
              >
                {p.count > 1 ? `${p.label} (×${p.count})` : p.label}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="place">{places[0]!.label}</p>
      )}
      <div className="row" role="group" aria-label={`Actions on ${quoted}`}>
        <Button size="small" onClick={() => handlers.goTo(card, first)} aria-label={`Go to: ${quoted}`}>
          Go to
        </Button>
        <Button
          size="small"
          appearance="primary"
          onClick={() => handlers.redact(card)}
          aria-label={
            many ? `Redact every mention of ${quoted} as ${placeholder}` : `Redact ${quoted} as ${placeholder}`
          }
        >
          {many ? 'Redact every mention' : 'Redact'}
        </Button>
        <Button size="small" onClick={() => setOpen('keep')} aria-label={`Keep as public: ${quoted}`}>
          Keep as public
        </Button>
        <Button size="small" onClick={() => setOpen('ignore')} aria-label={`Ignore: ${quoted}`}>
          Ignore
        </Button>
        {handlers.comment && (
          <Button size="small" onClick={() => setOpen('comment')} aria-label={`Comment: ${quoted}`}>
            Comment
          </Button>
        )}
      </div>
      {open === 'keep' && (
        <ReasonForm
          label="Why is this public?"
          submitLabel="Keep as public"
          onCancel={() => setOpen('none')}
          onSubmit={(r) => (setOpen('none'), handlers.decide(card, 'kept-public', r))}
        />
      )}
      {open === 'ignore' && (
        <ReasonForm
          label="Why ignore this?"
          submitLabel="Ignore"
          onCancel={() => setOpen('none')}
          onSubmit={(r) => (setOpen('none'), handlers.decide(card, 'ignored', r))}
        />
      )}
      {open === 'comment' && handlers.comment && (
        <ReasonForm
          label="Comment for the author"
          submitLabel="Add comment"
          multiline
          onCancel={() => setOpen('none')}
          onSubmit={(t) => (setOpen('none'), handlers.comment!(card, t))}
        />
      )}
      {result && <ResultLine result={result} onUndo={handlers.undo} />}
    </li>
  );
}

/** A card left alone: one line with the reason, and "Flag this" for a reviewer who disagrees. */
export function LeftAloneLine({
  card,
  reason,
  handlers,
  result,
  focusRef,
}: {
  card: Card;
  reason: string;
  handlers: FindingHandlers;
  result?: CardResult;
  focusRef?: Ref<HTMLSpanElement>;
}) {
  const quoted = quote(card);
  return (
    <li className="left-alone" data-card={card.id}>
      <span tabIndex={-1} ref={focusRef}>
        <strong>{quoted}</strong>
        {card.findings.length > 1 ? ` (${card.findings.length} mentions)` : ''}: {reason}
      </span>{' '}
      <Button
        size="small"
        appearance="subtle"
        onClick={() => handlers.decide(card, 'flagged', 'Flagged by the reviewer')}
        aria-label={`Flag this: ${quoted}`}
      >
        Flag this
      </Button>
      {result && <ResultLine result={result} onUndo={handlers.undo} />}
    </li>
  );
}
