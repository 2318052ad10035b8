// The findings in the three groups a reviewer works through, from the engine's disposition: to deal
// with, for your decision, and left alone (collapsed, one line each). Focus follows the work: after an
// action the next card takes it, and the result stays where the card was.
import { Text } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';
import { DISPOSITION_LABELS, type Disposition } from '../../../shared/index.ts';
import type { Card } from '../clearance/groups.ts';
import { FindingCard, LeftAloneLine, ResultLine, type CardResult, type FindingHandlers } from './FindingCard.tsx';

export interface FocusRequest {
  cardId: string;
  /** Bumped for every request, so asking for the same card twice moves focus again. */
  serial: number;
}

interface Props {
  groups: Record<Disposition, Card[]>;
  handlers: FindingHandlers;
  placeholderOf: (card: Card) => string;
  reasonOf: (card: Card) => string;
  selected?: string;
  result?: CardResult & { group: Disposition; index: number };
  focus?: FocusRequest;
}

export function FindingsPanel({ groups, handlers, placeholderOf, reasonOf, selected, result, focus }: Props) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focus) return;
    const target = [...(root.current?.querySelectorAll<HTMLElement>('[data-card]') ?? [])].find(
      (el) => el.dataset.card === focus.cardId,
    );
    (
      target?.querySelector<HTMLElement>('[tabindex="-1"]') ??
      root.current?.querySelector<HTMLElement>('h2[tabindex="-1"]')
    )?.focus();
  }, [focus]);

  const resultFor = (card: Card) =>
    result?.cardId === card.id && result.group === card.disposition ? result : undefined;
  // The result of an action that moved its card out of its group stays where the card was.
  const moved = result !== undefined && !groups[result.group].some((c) => c.id === result.cardId);
  const orphan = (group: Disposition, index: number) =>
    result && moved && result.group === group && Math.min(result.index, groups[group].length) === index ? (
      <li key="result" className="finding">
        <ResultLine result={result} onUndo={handlers.undo} />
      </li>
    ) : null;
  const list = (group: Disposition, render: (card: Card) => ReactNode) => [
    ...groups[group].flatMap((card, i) => [orphan(group, i), render(card)]),
    orphan(group, groups[group].length),
  ];

  const total = groups.flag.length + groups.review.length;
  return (
    <div ref={root}>
      <h2 tabIndex={-1}>{total ? `${total} to clear` : 'Nothing left to clear'}</h2>
      {!total && <Text as="p">No identifying detail is left to deal with or decide.</Text>}
      {(['flag', 'review'] as const).map(
        (group) =>
          (groups[group].length > 0 || result?.group === group) && (
            <section key={group} aria-labelledby={`group-${group}`}>
              <h3 id={`group-${group}`}>{`${DISPOSITION_LABELS[group].heading} (${groups[group].length})`}</h3>
              <Text as="p" size={200}>
                {DISPOSITION_LABELS[group].description}
              </Text>
              <ul className="findings">
                {list(group, (card) => (
                  <FindingCard
                    key={card.id}
                    card={card}
                    handlers={handlers}
                    placeholder={placeholderOf(card)}
                    selected={selected === card.id}
                    result={resultFor(card)}
                  />
                ))}
              </ul>
            </section>
          ),
      )}
      {(groups.public.length > 0 || result?.group === 'public') && (
        <section aria-labelledby="group-public">
          <details open={result?.group === 'public' || undefined}>
            <summary>
              <h3
                id="group-public"
                className="inline"
              >{`${DISPOSITION_LABELS.public.heading} (${groups.public.length})`}</h3>
            </summary>
            <Text as="p" size={200}>
              {DISPOSITION_LABELS.public.description}
            </Text>
            <ul className="findings">
              {list('public', (card) => (
                <LeftAloneLine
                  key={card.id}
                  card={card}
                  reason={reasonOf(card)}
                  handlers={handlers}
                  result={resultFor(card)}
                />
              ))}
            </ul>
          </details>
        </section>
      )}
    </div>
  );
}
