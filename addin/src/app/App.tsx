// The task pane: scan, work through the findings, redact, decide, insert wording, check readiness, keep
// the log. It talks to the document only through the PaneActions it is given.
import {
  Button,
  Field,
  FluentProvider,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  type Theme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  FINDING_TYPE_WORDS,
  type Disposition,
  type Finding,
  type Policy,
  type SectionKey,
} from '../../../shared/index.ts';
import type { LogAction, LogEntry } from '../clearance/clearance-log.ts';
import { decide, latestByKey, type Decision, type Keyer } from '../clearance/decisions.ts';
import { cardsOf, groupCards, placesOf, type Card } from '../clearance/groups.ts';
import type { ClauseUpdate } from '../clearance/outdated-wording.ts';
import { readiness } from '../clearance/readiness.ts';
import { placeholderOf, planPlaceholders } from '../clearance/redaction-plan.ts';
import { localPolicyStore, type PackChoice, type PolicyChoice, type PolicyStore } from '../clearance/policy-store.ts';
import type { ClauseText } from '../word/insert-clause.ts';
import type { CardResult, FindingHandlers } from './FindingCard.tsx';
import { FindingsPanel, type FocusRequest } from './FindingsPanel.tsx';
import { LogPanel } from './LogPanel.tsx';
import type { PaneActions, ScanView } from './pane-actions.ts';
import { OutdatedWordingList } from './OutdatedWordingList.tsx';
import { packName, PolicyPanel } from './PolicyPanel.tsx';
import { ReadyPanel } from './ReadyPanel.tsx';
import { SectionsPanel } from './SectionsPanel.tsx';
import { WordingPanel } from './WordingPanel.tsx';

type TabId = 'findings' | 'sections' | 'wording' | 'ready' | 'log';
const TABS: [TabId, string][] = [
  ['findings', 'Findings'],
  ['sections', 'Sections'],
  ['wording', 'Wording'],
  ['ready', 'Ready?'],
  ['log', 'Log'],
];
type Status = { intent: 'info' | 'success' | 'error'; text: string };
type PlacedResult = CardResult & { group: Disposition; index: number };

const REVIEWER_KEY = 'clearance.reviewer';
const ACTION_DONE = { 'kept-public': 'Kept as public', ignored: 'Ignored', flagged: 'Flagged as private' } as const;

interface Props {
  actions: PaneActions;
  theme: Theme;
  now?: () => Date;
  policies?: PolicyStore;
}

export function App({ actions, theme, now = () => new Date(), policies: givenPolicies }: Props) {
  const policies = useMemo(() => givenPolicies ?? localPolicyStore(globalThis.localStorage), [givenPolicies]);
  const [view, setView] = useState<ScanView>();
  const [keys, setKeys] = useState<Map<Finding, string>>(new Map());
  const [keyOf, setKeyOf] = useState<Keyer>();
  const [decisions, setDecisions] = useState<Decision[]>([]);
  const [log, setLog] = useState<LogEntry[]>([]);
  const [status, setStatus] = useState<Status>();
  const [busy, setBusy] = useState(false);
  const [tab, setTab] = useState<TabId>('findings');
  const [section, setSection] = useState<SectionKey>();
  const [reviewer, setReviewer] = useState(() => globalThis.sessionStorage?.getItem(REVIEWER_KEY) ?? '');
  const [reviewerMissing, setReviewerMissing] = useState(false);
  /** The policy and clause pack kept with the add-in, read once when the pane opens. */
  const [stored] = useState(() => ({ policy: policies.load(), pack: policies.loadPack() }));
  const [policy, setPolicy] = useState<PolicyChoice>(stored.policy.choice);
  const [pack, setPack] = useState<PackChoice | undefined>(stored.pack.choice);
  const [placeholders, setPlaceholders] = useState<Map<string, string>>(new Map());
  const [selected, setSelected] = useState<string>();
  const [result, setResult] = useState<PlacedResult>();
  const [focus, setFocus] = useState<FocusRequest>();
  const undoRef = useRef<(() => Promise<void>) | undefined>(undefined);
  const reviewerInput = useRef<HTMLInputElement>(null);
  /** The decisions as last saved or loaded, for a rescan started in the same event as the save. */
  const decisionsNow = useRef<Decision[]>([]);

  useEffect(() => {
    // The decisions stored in the document arrive after the first render; a pane closed first ignores them.
    let open = true;
    const loadDecisions = async () => {
      try {
        const loaded = await actions.decisions.load();
        if (!open) return;
        setDecisions(loaded.decisions);
        decisionsNow.current = loaded.decisions;
        setKeyOf(() => loaded.keyOf);
        const warning = [stored.policy.warning, stored.pack.warning, loaded.warning].filter(Boolean).join(' ');
        if (warning) setStatus({ intent: 'error', text: warning });
      } catch (e: unknown) {
        if (open) setStatus({ intent: 'error', text: e instanceof Error ? e.message : String(e) });
      }
    };
    void loadDecisions();
    return () => {
      open = false;
    };
  }, [actions, stored]);

  const say = (intent: Status['intent'], text: string) => setStatus({ intent, text });

  /** Runs an action with the pane marked busy; any failure becomes a message, never a crash. */
  const act = useCallback(async (work: () => Promise<string | undefined>, onError?: (message: string) => void) => {
    setBusy(true);
    try {
      const text = await work();
      if (text) setStatus({ intent: 'success', text });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      setStatus({ intent: 'error', text: message });
      onError?.(message);
    } finally {
      setBusy(false);
    }
  }, []);

  const decisionMap = useMemo(() => latestByKey(decisions), [decisions]);
  const cards = useMemo(
    () =>
      view
        ? cardsOf(view.report.findings, (f) => {
            const k = keys.get(f);
            return k ? decisionMap.get(k) : undefined;
          })
        : [],
    [view, keys, decisionMap],
  );
  const groups = useMemo(() => groupCards(cards), [cards]);

  const keptPolicy = useRef<{ signature: string; policy: Policy }>(undefined);

  const rescan = useCallback(
    async (choice: PolicyChoice = policy, packChoice: PackChoice | undefined = pack) => {
      if (!keyOf)
        throw new Error('The pane is still reading the decisions stored in this document. Try again in a moment.');
      const keyAll = async (v: ScanView) =>
        new Map(await Promise.all(v.report.findings.map(async (f) => [f, await keyOf(f)] as const)));
      let next = await actions.scan(choice.policy, packChoice?.pack);
      let keyed = await keyAll(next);
      // Names the reviewer kept as public or ignored are public to the engine too, so the exempt advice
      // counts only what is still private: they go on the policy's allow-list for this document.
      const settled = latestByKey(decisionsNow.current);
      const kept = [
        ...new Set(
          next.report.findings
            .filter(
              (f) =>
                f.type === 'person' && ['kept-public', 'ignored'].includes(settled.get(keyed.get(f)!)?.action ?? ''),
            )
            .map((f) => f.text.trim()),
        ),
      ].sort();
      if (kept.length) {
        const signature = JSON.stringify([choice.policy, kept]);
        if (keptPolicy.current?.signature !== signature)
          keptPolicy.current = {
            signature,
            policy: { ...choice.policy, allowNames: [...choice.policy.allowNames, ...kept] },
          };
        next = await actions.scan(keptPolicy.current.policy, packChoice?.pack);
        keyed = await keyAll(next);
      }
      setKeys(keyed);
      setView(next);
      setPlaceholders((earlier) =>
        planPlaceholders(
          next.report.findings.filter((f) => f.disposition !== 'public'),
          earlier,
        ),
      );
      return next;
    },
    [actions, keyOf, policy, pack],
  );

  /** The reviewer's name is asked once a session, before the first thing that goes in the log. */
  const needReviewer = (): boolean => {
    if (reviewer.trim()) return false;
    setReviewerMissing(true);
    say('error', 'Enter your name for the clearance log first.');
    reviewerInput.current?.focus();
    return true;
  };

  const record = (action: LogAction, text: string, more: Partial<LogEntry> = {}) =>
    setLog((l) => [...l, { at: now().toISOString(), by: reviewer.trim(), action, text, ...more }]);
  const aboutCard = (card: Card): Partial<LogEntry> => ({
    type: FINDING_TYPE_WORDS[card.type].label,
    place: placesOf(card)
      .map((p) => p.label)
      .join('; '),
  });

  const cardPlaceholder = (card: Card): string =>
    placeholderOf(placeholders, card.findings[0]!) ??
    placeholderOf(planPlaceholders(card.findings), card.findings[0]!)!;

  /** Where a card sits, and the card focus goes to once it is dealt with: the next one, else the one before. */
  const placeOf = (card: Card) => {
    const group = groups[card.disposition];
    const index = group.findIndex((c) => c.id === card.id);
    const working = [...groups.flag, ...groups.review];
    const at = working.findIndex((c) => c.id === card.id);
    const next = at >= 0 ? (working[at + 1] ?? working[at - 1]) : undefined;
    return { group: card.disposition, index, next: next?.id ?? card.id };
  };
  const focusOn = (cardId: string) => setFocus((f) => ({ cardId, serial: (f?.serial ?? 0) + 1 }));

  const keysOf = (card: Card): string[] => [
    ...new Set(card.findings.map((f) => keys.get(f)).filter((k): k is string => k !== undefined)),
  ];

  const saveDecisions = async (all: Decision[]) => {
    decisionsNow.current = all;
    setDecisions(all);
    await actions.decisions.save(all);
  };

  const handlers: FindingHandlers = {
    goTo: (card, finding) => {
      setSelected(card.id);
      void act(
        async () => (await actions.goTo(finding), undefined),
        (message) => setResult({ cardId: card.id, intent: 'error', text: message, canUndo: false, ...placeOf(card) }),
      );
    },
    redact: (card) => {
      if (needReviewer()) return;
      const where = placeOf(card);
      const placeholder = cardPlaceholder(card);
      void act(
        async () => {
          const targets = card.findings.map((finding) => ({
            finding,
            placeholder: placeholderOf(placeholders, finding) ?? placeholder,
          }));
          const done = await actions.redact(targets);
          const added = keysOf(card).map((key) => decide(key, 'redacted', reviewer, now(), placeholder));
          await saveDecisions([...decisions, ...added]);
          record('redacted', card.texts.join(' / '), { ...aboutCard(card), placeholder });
          await rescan();
          const text = `${done.message} To undo it, use Undo in Word (Ctrl+Z).`;
          setResult({
            cardId: card.id,
            intent: done.leftovers.length ? 'error' : 'success',
            text,
            canUndo: false,
            ...where,
          });
          undoRef.current = undefined;
          focusOn(where.next);
          return text;
        },
        (message) => setResult({ cardId: card.id, intent: 'error', text: message, canUndo: false, ...where }),
      );
    },
    decide: (card, action, reason) => {
      if (needReviewer()) return;
      const where = placeOf(card);
      const before = decisions;
      void act(async () => {
        await saveDecisions([...before, ...keysOf(card).map((key) => decide(key, action, reviewer, now()))]);
        record(action, card.texts.join(' / '), { ...aboutCard(card), detail: reason });
        await rescan();
        const text = `${ACTION_DONE[action]}: ${card.texts.map((t) => `“${t}”`).join(', ')}. Recorded in the document as a key, without the text.`;
        undoRef.current = async () => {
          await saveDecisions(before);
          await rescan();
          record('undone', card.texts.join(' / '), { ...aboutCard(card), detail: `${ACTION_DONE[action]} undone` });
          setResult({
            cardId: card.id,
            intent: 'success',
            text: `Undone: ${ACTION_DONE[action].toLowerCase()} “${card.texts[0]}”.`,
            canUndo: false,
            ...where,
          });
          focusOn(card.id);
          say('success', `Undone: ${ACTION_DONE[action].toLowerCase()} “${card.texts[0]}”.`);
        };
        setResult({ cardId: card.id, intent: 'success', text, canUndo: true, ...where });
        focusOn(action === 'flagged' ? card.id : where.next);
        return text;
      });
    },
    undo: () => void act(async () => (await undoRef.current?.(), (undoRef.current = undefined))),
    ...(actions.canComment && {
      comment: (card: Card, text: string) => {
        if (needReviewer()) return;
        const where = placeOf(card);
        void act(async () => {
          await actions.comment(card.findings[0]!, text);
          record('commented', card.texts[0]!, { ...aboutCard(card), detail: text });
          const message = `Comment added on “${card.texts[0]}”. Word's Undo removes it.`;
          setResult({ cardId: card.id, intent: 'success', text: message, canUndo: false, ...where });
          return message;
        });
      },
    }),
  };

  const reasonOf = (card: Card): string => {
    if (card.decision) {
      const mine = [...log]
        .reverse()
        .find((e) => e.action === card.decision!.action && e.text === card.texts.join(' / '));
      return `${ACTION_DONE[card.decision.action as keyof typeof ACTION_DONE] ?? 'Decided'} by ${card.decision.by}${mine?.detail ? `: ${mine.detail}` : ''}.`;
    }
    return card.findings[0]!.message;
  };

  const insertClause = (clause: ClauseText, where: 'cursor' | SectionKey) => {
    if (needReviewer()) return;
    void act(async () => {
      const message = await actions.insertClause(clause, where);
      record('wording-inserted', clause.title, { detail: `${message} ${clause.paragraphs.join(' ')}` });
      await rescan();
      return `${message} Word's Undo removes it.`;
    });
  };

  const updateClause = (update: ClauseUpdate, given: Record<string, string>) => {
    if (needReviewer()) return;
    void act(async () => {
      const message = await actions.updateClause(update, given);
      record('wording-updated', update.title, { detail: message });
      await rescan();
      return message;
    });
  };
  const outdated = view && <OutdatedWordingList items={view.outdatedWording} onUpdate={updateClause} />;

  const scanNow = () =>
    void act(async () => {
      const v = await rescan();
      setResult(undefined);
      const g = groupCards(cardsOf(v.report.findings));
      return v.reused
        ? 'No changes since the last scan.'
        : `Scanned: ${g.flag.length} to deal with, ${g.review.length} for your decision, ${g.public.length} left alone.`;
    });

  const choosePolicy = (choice: PolicyChoice) => {
    setPolicy(choice);
    say('success', `Policy in force: ${choice.name}.${view ? ' Scanning again under it.' : ''}`);
    if (view) void act(async () => (await rescan(choice), `Policy in force: ${choice.name}. Scanned again under it.`));
  };

  const choosePack = (choice: PackChoice | undefined) => {
    setPack(choice);
    const text = choice
      ? `Wording from ${packName(choice)} is in force, ahead of the built-in clauses.`
      : 'Wording from the built-in clauses only is in force.';
    say('success', text);
    // Inserted wording is checked for newer versions against the library as the pack now makes it.
    if (view) void act(async () => (await rescan(policy, choice), text));
  };

  return (
    <FluentProvider theme={theme} className="pane">
      <header>
        <h1>Clearance</h1>
        <Text as="p">Checks this report before publication. Nothing leaves your computer.</Text>
        <Field
          label="Your name, for the clearance log"
          required
          validationMessage={
            reviewerMissing && !reviewer.trim() ? 'Enter your name: every decision is logged with it.' : undefined
          }
        >
          <Input
            ref={reviewerInput}
            value={reviewer}
            onChange={(_, d) => (setReviewer(d.value), globalThis.sessionStorage?.setItem(REVIEWER_KEY, d.value))}
          />
        </Field>
        <PolicyPanel choice={policy} pack={pack} store={policies} onChoose={choosePolicy} onChoosePack={choosePack} />
        <div className="row">
          <Button appearance="primary" disabled={busy || !keyOf} onClick={scanNow}>
            {view ? 'Scan again' : 'Scan document'}
          </Button>
          {busy && <Spinner size="tiny" label="Working…" />}
        </div>
      </header>
      <div role="status" aria-live="polite" className="status">
        {status && (
          <MessageBar intent={status.intent} layout="multiline">
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {actions.unsupported.length > 0 && (
        <details className="unsupported">
          <summary>Not available in this version of Word ({actions.unsupported.length})</summary>
          <ul>
            {actions.unsupported.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        </details>
      )}
      {view && (
        <main>
          <TabList
            className="tabs"
            size="small"
            selectedValue={tab}
            onTabSelect={(_, d) => setTab(d.value as TabId)}
            aria-label="Clearance views"
          >
            {TABS.map(([id, label]) => (
              <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
                {label}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="panel">
            {tab === 'findings' && (
              <FindingsPanel
                groups={groups}
                handlers={handlers}
                placeholderOf={cardPlaceholder}
                reasonOf={reasonOf}
                {...(selected && { selected })}
                {...(result && { result })}
                {...(focus && { focus })}
              />
            )}
            {tab === 'sections' && (
              <SectionsPanel report={view.report} onInsert={(key) => (setSection(key), setTab('wording'))} />
            )}
            {tab === 'wording' && outdated}
            {tab === 'wording' && (
              <WordingPanel
                key={`${section ?? 'any'} ${pack?.file ?? ''} ${pack?.pack.packVersion ?? ''} ${policy.file ?? ''}`}
                report={view.report}
                policy={policy.policy}
                pack={pack?.pack}
                {...(section && { section })}
                onInsert={insertClause}
              />
            )}
            {tab === 'ready' && (
              <ReadyPanel
                result={readiness(
                  view.report,
                  cards,
                  actions.unsupported,
                  view.outdatedWording.map((o) => o.message),
                )}
              />
            )}
            {tab === 'ready' && outdated}
            {tab === 'log' && <LogPanel entries={log} stored={decisions.length} title={view.title} now={now} />}
          </div>
        </main>
      )}
    </FluentProvider>
  );
}
