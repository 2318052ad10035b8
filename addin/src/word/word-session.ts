// The Word side of the task pane: one object holding the last read of the document and running each
// user action as one Word.run batch. Sync budgets per action are those of the adapter files it calls.
// Rescans: on hosts with paragraph change events (WordApi 1.6) a rescan with no edit since the last one
// reuses its result without touching Word; otherwise the document is read again (2 syncs) and the engine
// runs only when some text differs from the last read.
import {
  DEFAULT_POLICY,
  listClauses,
  PART_LABELS,
  scan,
  type ClausePack,
  type Finding,
  type Policy,
  type SectionKey,
} from '../../../shared/index.ts';
import type { PaneActions, RedactionResult, ScanView } from '../app/pane-actions.ts';
import { outdatedWording, renderIn, renderUpdate, type ClauseUpdate } from '../clearance/outdated-wording.ts';
import { sectionTitle } from '../clearance/readiness.ts';
import type { ClauseValuesStore } from '../office/clause-values-store.ts';
import { DECISIONS_SETTING, type DecisionStore, type SettingsLike } from '../office/decision-store.ts';
import { CLAUSE_VALUES_SETTING } from '../office/clause-values-store.ts';
import { addComment } from './add-comment.ts';
import { missingCapabilities, type Capabilities } from './capabilities.ts';
import { ClearanceError } from './clearance-error.ts';
import { goTo } from './go-to.ts';
import { insertClause, newClauseInstance, type ClausePlace, type ClauseText } from './insert-clause.ts';
import { readDocument } from './read-document.ts';
import { describeRedaction, redact } from './redact.ts';
import { runWord } from './run.ts';
import { updateClause } from './update-clause.ts';
import type { WordSnapshot } from './snapshot.ts';
import { leftovers, readForVerification, textOf, type CheckedPart } from './verify-redaction.ts';

export class WordSession implements PaneActions {
  readonly unsupported: string[];
  readonly canComment: boolean;
  private last: { snapshot: WordSnapshot; view: ScanView; policy: Policy; pack?: ClausePack } | undefined;
  /** Set by Word's paragraph events and by our own edits; cleared by each read. */
  private changed = true;
  private watching = false;

  constructor(
    private readonly can: Capabilities,
    readonly decisions: DecisionStore,
    private readonly clauseValues: ClauseValuesStore,
    /** The add-in's settings in the document, which the redaction check reads like any other part. */
    private readonly settings?: SettingsLike,
  ) {
    this.unsupported = missingCapabilities(can);
    this.canComment = can.comments;
  }

  /** Listens for edits so an unchanged document is not read again. Needs WordApi 1.6; 1 sync. */
  async watchForEdits(): Promise<void> {
    if (!this.can.trackedChanges || this.watching) return;
    await runWord(async (context) => {
      const markChanged = async () => void (this.changed = true);
      context.document.onParagraphChanged.add(markChanged);
      context.document.onParagraphAdded.add(markChanged);
      context.document.onParagraphDeleted.add(markChanged);
      await context.sync();
    });
    this.watching = true;
  }

  /**
   * Reads and scans the document under the council's policy, checking inserted wording against the library with
   * the council's clause pack; an unchanged document under the same policy and pack keeps its result.
   */
  async scan(policy: Policy = DEFAULT_POLICY, pack?: ClausePack): Promise<ScanView> {
    const samePolicy = this.last?.policy === policy && this.last.pack === pack;
    if (this.last && samePolicy && this.watching && !this.changed) return { ...this.last.view, reused: true };
    const snapshot = await runWord((context) => readDocument(context, this.can));
    this.changed = false;
    if (this.last && samePolicy && this.last.snapshot.doc.text === snapshot.doc.text) {
      this.last = { snapshot, view: { ...this.last.view, reused: true }, policy, ...(pack && { pack }) };
      return this.last.view;
    }
    const view: ScanView = {
      report: scan(snapshot.doc, policy),
      title: snapshot.properties.title || 'this document',
      outdatedWording: outdatedWording(
        snapshot.clauses,
        (c) => (c.instance ? this.clauseValues.get(c.instance) : undefined),
        listClauses(pack ? { pack } : {}),
      ).map((o) => {
        const stored = o.update?.instance ? this.clauseValues.languagesOf(o.update.instance) : undefined;
        return stored ? { ...o, update: { ...o.update!, ...stored } } : o;
      }),
      reused: false,
    };
    this.last = { snapshot, view, policy, ...(pack && { pack }) };
    return view;
  }

  private snapshot(): WordSnapshot {
    if (!this.last) throw new ClearanceError('Scan the document first.');
    return this.last.snapshot;
  }

  goTo(finding: Finding): Promise<void> {
    const snapshot = this.snapshot();
    return runWord((context) => goTo(context, snapshot, finding));
  }

  async redact(targets: { finding: Finding; placeholder: string }[]): Promise<RedactionResult> {
    const snapshot = this.snapshot();
    const outcome = await runWord((context) => redact(context, snapshot, targets));
    this.changed = true;
    const { checked, textOnly } = await this.readBack(snapshot);
    const left = leftovers(
      checked,
      targets.map((t) => t.finding.text),
    );
    const check = left.length
      ? `Still in the document: ${left.map((l) => `"${l.text}" (${l.parts.join(', ')})`).join('; ')}.`
      : textOnly
        ? 'Checked the text of every part: none of the redacted text is left. Word did not give its file format (OOXML), so picture descriptions and other attributes were not checked.'
        : "Checked: none of the redacted text is left anywhere in the document, including split runs, hidden text, tracked deletions, picture descriptions and the add-in's settings.";
    return { message: `${describeRedaction(outcome)} ${check}`, leftovers: left };
  }

  /** The document as the verifier reads it: OOXML in 1 sync, or, where Word will not give it, a fresh read (2 syncs). */
  private async readBack(snapshot: WordSnapshot): Promise<{ checked: CheckedPart[]; textOnly: boolean }> {
    // The add-in's own settings travel in the .docx: they are read through Office's settings as well
    // as Word's (WordApi 1.4), so a host without the latter still has them checked.
    const stored = this.settings
      ? [DECISIONS_SETTING, CLAUSE_VALUES_SETTING].map((name) => ({
          part: PART_LABELS.settings,
          text: JSON.stringify(this.settings!.get(name) ?? ''),
        }))
      : [];
    try {
      return {
        checked: [...(await runWord((context) => readForVerification(context, snapshot, this.can))), ...stored],
        textOnly: false,
      };
    } catch {
      const after = await runWord((context) => readDocument(context, this.can));
      return { checked: [...textOf(after), ...stored], textOnly: true };
    }
  }

  async comment(finding: Finding, text: string): Promise<void> {
    const snapshot = this.snapshot();
    await runWord((context) => addComment(context, snapshot, finding, text));
    this.changed = true;
  }

  async insertClause(clause: ClauseText, where: 'cursor' | SectionKey): Promise<string> {
    const snapshot = this.snapshot();
    const place = where === 'cursor' ? ({ at: 'cursor' } as const) : this.sectionPlace(where);
    const instance = newClauseInstance();
    await runWord((context) => insertClause(context, snapshot, { ...clause, instance }, place));
    this.changed = true;
    await this.clauseValues.save(instance, clause.values, languagesOf(clause));
    if (place.at === 'cursor') return `Inserted "${clause.title}" at the cursor.`;
    if (place.at === 'after-heading')
      return place.replacing?.length
        ? `Inserted "${clause.title}" under its section heading, in place of the placeholder text.`
        : `Inserted "${clause.title}" under its section heading.`;
    return `Added the heading "${place.heading}" with "${clause.title}" under it.`;
  }

  async updateClause(update: ClauseUpdate, given: Record<string, string>): Promise<string> {
    const rendered = renderUpdate(update, given, renderIn(this.last?.pack));
    const clause = { ...rendered, instance: rendered.instance ?? newClauseInstance() };
    await runWord((context) => updateClause(context, update.tag, clause));
    this.changed = true;
    await this.clauseValues.save(clause.instance, clause.values, languagesOf(clause));
    return `Updated "${update.title}" from version ${update.from} to version ${update.to} in place.`;
  }

  /** Where a section's wording goes: under its heading, or as a new section beside the other implications sections. */
  private sectionPlace(key: SectionKey): ClausePlace {
    const { snapshot, view } = this.last!;
    const blockIndex = (id: string | undefined) => snapshot.doc.blocks.findIndex((b) => b.id === id);
    const bodyParagraph = (i: number) => {
      const place = snapshot.places[i];
      return place?.part === 'body' ? place.paragraph : undefined;
    };
    const own = view.report.sections[key];
    const ownParagraph = bodyParagraph(blockIndex(own.headingBlockId));
    if (own.status !== 'missing' && ownParagraph !== undefined) {
      if (own.status !== 'placeholder') return { at: 'after-heading', paragraph: ownParagraph };
      // The engine read everything under the heading as placeholder text: the wording takes its place.
      const start = blockIndex(own.headingBlockId);
      const end = snapshot.doc.blocks.findIndex(
        (b, i) => i > start && b.kind === 'heading' && b.origin.part === 'body',
      );
      const replacing = snapshot.doc.blocks
        .slice(start + 1, end < 0 ? undefined : end)
        .flatMap((_, i) => bodyParagraph(start + 1 + i) ?? []);
      return { at: 'after-heading', paragraph: ownParagraph, replacing };
    }
    // A missing section goes after the last implications section present, before the heading that follows it.
    const present = Object.values(view.report.sections)
      .map((s) => blockIndex(s.headingBlockId))
      .filter((i) => i >= 0);
    const lastPresent = present.length ? Math.max(...present) : -1;
    const headingStyle = lastPresent >= 0 ? styleOf(snapshot.doc.blocks[lastPresent]!.headingLevel) : 'Heading2';
    const next =
      lastPresent >= 0
        ? snapshot.doc.blocks.findIndex((b, i) => i > lastPresent && b.kind === 'heading' && b.origin.part === 'body')
        : -1;
    const before = next >= 0 ? bodyParagraph(next) : undefined;
    return { at: 'new-section', heading: sectionTitle(key), headingStyle, ...(before !== undefined && { before }) };
  }
}

/** What the values store keeps of a clause's languages: nothing for English alone. */
function languagesOf({ languages, welshValues }: ClauseText) {
  return languages ? { languages, ...(welshValues && { welshValues }) } : undefined;
}

function styleOf(level: number | undefined): 'Heading1' | 'Heading2' | 'Heading3' {
  return level === 1 ? 'Heading1' : level === 3 ? 'Heading3' : 'Heading2';
}
