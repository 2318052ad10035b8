// An in-memory Word document behind the slice of the Word JavaScript API the adapter uses, for the
// adapter tests and, transpiled as it stands, as the Office test double in the browser test.
// It keeps Office's rules that matter to the adapter: collection items and ClientResult values can be
// read only after a context.sync(); a missing item (getFirst on nothing, getNext past the end) fails
// at the next sync and nothing queued after it is applied; a replacement made while Track Changes is on
// leaves the old text behind as a tracked deletion, as Word does.
// It imports nothing, so the browser test can load it without a bundler.

export type HeaderFooterKind = 'Primary' | 'FirstPage' | 'EvenPages';

export interface FakeParagraphSeed {
  text: string;
  styleBuiltIn?: string;
  tableNestingLevel?: number;
  isListItem?: boolean;
  /** Text formatted as hidden, at the end of the paragraph. */
  hidden?: string;
  /** The description (alt text) of a picture in the paragraph: an attribute in the OOXML, never run text. */
  altText?: string;
}

export interface FakeSeed {
  body: (string | FakeParagraphSeed)[];
  sections?: {
    headers?: Partial<Record<HeaderFooterKind, string[]>>;
    footers?: Partial<Record<HeaderFooterKind, string[]>>;
  }[];
  footnotes?: string[];
  endnotes?: string[];
  comments?: { content: string; paragraph: number }[];
  trackedChanges?: { type: 'Deleted' | 'Added'; text: string; paragraph: number }[];
  properties?: Record<string, string>;
  changeTrackingMode?: 'Off' | 'TrackAll' | 'TrackMineOnly';
  /** The highest WordApi set the host supports, e.g. '1.7'. */
  wordApi?: string;
}

export interface FakeContentControl {
  tag: string;
  title: string;
  /** The paragraphs the control wraps, in order. */
  paragraphs: FakeParagraph[];
}

/** The text of each paragraph a content control wraps. */
export const controlText = (control: FakeContentControl): string[] => control.paragraphs.map((p) => p.text);

interface OfficeLikeError extends Error {
  code: string;
}

function officeError(code: string, message: string): OfficeLikeError {
  const error = new Error(message) as OfficeLikeError;
  error.code = code;
  return error;
}

/** The document and everything its batches share. */
export class FakeWordDocument {
  syncs = 0;
  readonly body: FakeContainer;
  readonly sections: FakeSection[];
  readonly footnotes: FakeContainer[];
  readonly endnotes: FakeContainer[];
  comments: { content: string; paragraph: FakeParagraph | undefined; anchor: string }[];
  trackedChanges: { type: 'Deleted' | 'Added'; text: string; paragraph: FakeParagraph | undefined }[];
  readonly properties: Record<string, string>;
  readonly contentControls: FakeContentControl[] = [];
  readonly settings = new Map<string, unknown>();
  selection: { paragraph: FakeParagraph; start: number; end: number } | undefined;
  changeTrackingMode: string;
  readonly wordApi: string;
  readonly paragraphChangedHandlers: ((event: { uniqueLocalIds: string[] }) => unknown)[] = [];
  /** The error the current batch met; the batch stops applying edits and the next sync throws it. */
  pendingError: OfficeLikeError | undefined;
  /** How the adapter's Track Changes mode is read, where a test keeps it elsewhere (an office-addin-mock). */
  trackingModeSource: () => string = () => this.changeTrackingMode;

  constructor(seed: FakeSeed) {
    this.body = new FakeContainer(
      this,
      seed.body.map((p) => (typeof p === 'string' ? { text: p } : p)),
    );
    this.sections = (seed.sections ?? [{}]).map((s) => new FakeSection(this, s));
    this.footnotes = (seed.footnotes ?? []).map((t) => new FakeContainer(this, [{ text: t }]));
    this.endnotes = (seed.endnotes ?? []).map((t) => new FakeContainer(this, [{ text: t }]));
    this.comments = (seed.comments ?? []).map((c) => ({
      content: c.content,
      paragraph: this.body.paragraphs[c.paragraph],
      anchor: '',
    }));
    this.trackedChanges = (seed.trackedChanges ?? []).map((c) => ({
      type: c.type,
      text: c.text,
      paragraph: this.body.paragraphs[c.paragraph],
    }));
    this.properties = {
      title: '',
      subject: '',
      author: '',
      keywords: '',
      comments: '',
      category: '',
      company: '',
      manager: '',
      lastAuthor: '',
      ...seed.properties,
    };
    this.changeTrackingMode = seed.changeTrackingMode ?? 'Off';
    this.wordApi = seed.wordApi ?? '1.7';
  }

  supports(version: string): boolean {
    const [major, minor] = version.split('.').map(Number);
    const [hasMajor, hasMinor] = this.wordApi.split('.').map(Number);
    return hasMajor! > major! || (hasMajor === major && hasMinor! >= minor!);
  }

  /** A user's edit in Word: the text changes and paragraph-change handlers hear of it. */
  typeInto(paragraph: number, text: string): void {
    this.body.paragraphs[paragraph]!.text = text;
    for (const handler of this.paragraphChangedHandlers) void handler({ uniqueLocalIds: [String(paragraph)] });
  }

  /** Runs an edit unless the batch has already failed. */
  edit(apply: () => void): void {
    if (!this.pendingError) apply();
  }

  fail(code: string, message: string): void {
    this.pendingError ??= officeError(code, message);
  }

  async sync(): Promise<void> {
    this.syncs++;
    const error = this.pendingError;
    this.pendingError = undefined;
    if (error) throw error;
  }

  /** A new request context, as Word.run makes one. */
  context(): FakeContext {
    return new FakeContext(this);
  }

  /** Every paragraph's text in every part, and the text of comments, deletions and properties. */
  allText(): string {
    const parts = [
      ...this.body.paragraphs.map((p) => p.fullText()),
      ...this.sections.flatMap((s) =>
        [...s.headers.values(), ...s.footers.values()].flatMap((c) => c.paragraphs.map((p) => p.fullText())),
      ),
      ...[...this.footnotes, ...this.endnotes].flatMap((c) => c.paragraphs.map((p) => p.text)),
      ...this.comments.map((c) => c.content),
      ...this.trackedChanges.map((c) => c.text),
      ...Object.values(this.properties),
    ];
    return parts.join('\n');
  }
}

export class FakeContext {
  readonly document: FakeDocumentProxy;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  constructor(readonly doc: FakeWordDocument) {
    this.document = new FakeDocumentProxy(doc);
  }
  sync(): Promise<void> {
    return this.doc.sync();
  }
}

/** A value filled by the next sync. */
class FakeResult<T> {
  private readonly readyAfter: number;
  constructor(
    private readonly doc: FakeWordDocument,
    private readonly result: () => T,
  ) {
    this.readyAfter = doc.syncs;
  }
  get value(): T {
    if (this.doc.syncs <= this.readyAfter) throw new Error('FakeWord: ClientResult.value read before context.sync()');
    return this.result();
  }
}

class FakeCollection<T> {
  private loadedAt: number | undefined;
  constructor(
    private readonly doc: FakeWordDocument,
    private readonly list: () => T[],
    private readonly missing: () => T,
  ) {}
  load(): this {
    this.loadedAt = this.doc.syncs;
    return this;
  }
  get items(): T[] {
    if (this.loadedAt === undefined || this.doc.syncs <= this.loadedAt)
      throw new Error('FakeWord: collection items read before load() and context.sync()');
    return this.list();
  }
  getFirst(): T {
    const first = this.list()[0];
    if (first) return first;
    this.doc.fail('ItemNotFound', 'The requested item does not exist.');
    return this.missing();
  }
}

/** Stands for an item that does not exist: every call returns it again, every edit is dropped. */
function ghost<T>(): T {
  const handler: ProxyHandler<object> = {
    get: (_target, key) => (key === 'then' ? undefined : (..._args: unknown[]) => proxy),
    set: () => true,
  };
  const proxy: object = new Proxy(function () {}, handler);
  return proxy as T;
}

export class FakeContainer {
  paragraphs: FakeParagraph[];
  constructor(
    readonly doc: FakeWordDocument,
    seeds: FakeParagraphSeed[],
  ) {
    this.paragraphs = seeds.map((s) => new FakeParagraph(this, s));
  }
  get text(): string {
    return this.paragraphs.map((p) => p.text).join('\r');
  }
  load(): this {
    return this;
  }
}

class FakeSection {
  readonly headers = new Map<HeaderFooterKind, FakeContainer>();
  readonly footers = new Map<HeaderFooterKind, FakeContainer>();
  constructor(
    readonly doc: FakeWordDocument,
    seed: NonNullable<FakeSeed['sections']>[number],
  ) {
    for (const kind of ['Primary', 'FirstPage', 'EvenPages'] as const) {
      this.headers.set(
        kind,
        new FakeContainer(
          doc,
          (seed.headers?.[kind] ?? []).map((text) => ({ text, styleBuiltIn: 'Header' })),
        ),
      );
      this.footers.set(
        kind,
        new FakeContainer(
          doc,
          (seed.footers?.[kind] ?? []).map((text) => ({ text, styleBuiltIn: 'Footer' })),
        ),
      );
    }
  }
}

export class FakeParagraph {
  text: string;
  styleBuiltIn: string;
  tableNestingLevel: number;
  isListItem: boolean;
  hidden: string;
  altText: string;
  /** Live ranges inside this paragraph, moved along when its text changes (Word ranges are live). */
  readonly ranges = new Set<FakeRange>();
  constructor(
    readonly container: FakeContainer,
    seed: FakeParagraphSeed,
  ) {
    this.text = seed.text;
    this.styleBuiltIn = seed.styleBuiltIn ?? 'Normal';
    this.tableNestingLevel = seed.tableNestingLevel ?? 0;
    this.isListItem = seed.isListItem ?? false;
    this.hidden = seed.hidden ?? '';
    this.altText = seed.altText ?? '';
  }
  fullText(): string {
    return this.hidden ? `${this.text} ${this.hidden}` : this.text;
  }
  replace(start: number, end: number, text: string): void {
    this.text = this.text.slice(0, start) + text + this.text.slice(end);
    const delta = text.length - (end - start);
    for (const r of this.ranges) {
      if (r.start >= end) r.start += delta;
      if (r.end >= end) r.end += delta;
    }
  }
}

export class FakeRange {
  /** Set when the range runs on to a later paragraph (what a multi-paragraph clause is wrapped in). */
  lastParagraph: FakeParagraph | undefined;
  constructor(
    readonly paragraph: FakeParagraph,
    public start: number,
    public end: number,
  ) {
    paragraph.ranges.add(this);
  }
  private get doc(): FakeWordDocument {
    return this.paragraph.container.doc;
  }
  get text(): string {
    return this.paragraph.text.slice(this.start, this.end);
  }
  load(): this {
    return this;
  }
  search(needle: string, options: { matchCase?: boolean } = {}): FakeCollection<FakeRange> {
    const literal = needle.replace(/\^\^/g, '^');
    const hits: FakeRange[] = [];
    const hay = options.matchCase ? this.text : this.text.toLowerCase();
    const find = options.matchCase ? literal : literal.toLowerCase();
    for (let i = hay.indexOf(find); find && i >= 0; i = hay.indexOf(find, i + find.length))
      hits.push(new FakeRange(this.paragraph, this.start + i, this.start + i + find.length));
    return new FakeCollection(
      this.doc,
      () => hits,
      () => ghost<FakeRange>(),
    );
  }
  getRange(location: 'Whole' | 'Start' | 'End' | 'After' | 'Before' = 'Whole'): FakeRange {
    if (location === 'Start' || location === 'Before') return new FakeRange(this.paragraph, this.start, this.start);
    if (location === 'End' || location === 'After') return new FakeRange(this.paragraph, this.end, this.end);
    return new FakeRange(this.paragraph, this.start, this.end);
  }
  expandTo(other: FakeRange): FakeRange {
    if (other.paragraph !== this.paragraph) {
      const span = new FakeRange(this.paragraph, this.start, this.paragraph.text.length);
      span.lastParagraph = other.paragraph;
      return span;
    }
    return new FakeRange(this.paragraph, Math.min(this.start, other.start), Math.max(this.end, other.end));
  }
  insertText(text: string, location: 'Replace'): FakeRange {
    if (location !== 'Replace') throw new Error(`FakeWord: insertText("${location}") is not modelled`);
    this.doc.edit(() => {
      const old = this.text;
      if (this.doc.trackingModeSource() !== 'Off' && old)
        this.doc.trackedChanges.push({ type: 'Deleted', text: old, paragraph: this.paragraph });
      this.paragraph.replace(this.start, this.end, text);
      this.end = this.start + text.length;
    });
    return this;
  }
  select(): void {
    this.doc.edit(() => (this.doc.selection = { paragraph: this.paragraph, start: this.start, end: this.end }));
  }
  insertComment(content: string): { content: string } {
    const comment = { content, paragraph: this.paragraph, anchor: this.text };
    this.doc.edit(() => this.doc.comments.push(comment));
    return comment;
  }
  insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraphProxy {
    return new FakeParagraphProxy(this.paragraph).insertParagraph(text, location);
  }
  insertContentControl(): FakeContentControlProxy {
    const list = this.paragraph.container.paragraphs;
    const from = list.indexOf(this.paragraph);
    const to = this.lastParagraph ? list.indexOf(this.lastParagraph) : from;
    const control: FakeContentControl = { tag: '', title: '', paragraphs: list.slice(from, to + 1) };
    this.doc.edit(() => this.doc.contentControls.push(control));
    return new FakeContentControlProxy(this.doc, control);
  }
}

/** The API face of a paragraph. */
export class FakeParagraphProxy extends FakeRange {
  constructor(readonly model: FakeParagraph) {
    super(model, 0, model.text.length);
  }
  override get text(): string {
    return this.model.text;
  }
  get styleBuiltIn(): string {
    return this.model.styleBuiltIn;
  }
  set styleBuiltIn(value: string) {
    this.model.container.doc.edit(() => (this.model.styleBuiltIn = value));
  }
  get style(): string {
    return this.model.styleBuiltIn.replace(/^Heading(\d)$/, 'Heading $1');
  }
  get tableNestingLevel(): number {
    return this.model.tableNestingLevel;
  }
  get isListItem(): boolean {
    return this.model.isListItem;
  }
  override getRange(location: 'Whole' | 'Start' | 'End' | 'After' | 'Before' = 'Whole'): FakeRange {
    const len = this.model.text.length;
    if (location === 'Start' || location === 'Before') return new FakeRange(this.model, 0, 0);
    if (location === 'End' || location === 'After') return new FakeRange(this.model, len, len);
    return new FakeRange(this.model, 0, len);
  }
  override search(needle: string, options: { matchCase?: boolean } = {}): FakeCollection<FakeRange> {
    return this.getRange('Whole').search(needle, options);
  }
  getText(options: { IncludeHiddenText?: boolean } = {}): FakeResult<string> {
    return new FakeResult(this.model.container.doc, () =>
      options.IncludeHiddenText ? this.model.fullText() : this.model.text,
    );
  }
  /** Paragraph.delete(): the paragraph and its text leave the document. */
  delete(): void {
    const list = this.model.container.paragraphs;
    this.model.container.doc.edit(() => list.splice(list.indexOf(this.model), 1));
  }
  getNext(): FakeParagraphProxy {
    const list = this.model.container.paragraphs;
    const next = list[list.indexOf(this.model) + 1];
    if (next) return new FakeParagraphProxy(next);
    this.model.container.doc.fail('ItemNotFound', 'There is no next paragraph.');
    return ghost<FakeParagraphProxy>();
  }
  override insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraphProxy {
    const container = this.model.container;
    const created = new FakeParagraph(container, { text, styleBuiltIn: this.model.styleBuiltIn });
    container.doc.edit(() => {
      const at = container.paragraphs.indexOf(this.model) + (location === 'After' ? 1 : 0);
      container.paragraphs.splice(at, 0, created);
    });
    return new FakeParagraphProxy(created);
  }
}

class FakeBodyProxy {
  constructor(readonly container: FakeContainer) {}
  private get doc(): FakeWordDocument {
    return this.container.doc;
  }
  get text(): string {
    return this.container.text;
  }
  get paragraphs(): FakeCollection<FakeParagraphProxy> {
    return new FakeCollection(
      this.doc,
      () => this.container.paragraphs.map((p) => new FakeParagraphProxy(p)),
      () => ghost<FakeParagraphProxy>(),
    );
  }
  load(): this {
    return this;
  }
  /** A note's body is one paragraph here, so searching the body searches it. */
  search(needle: string, options: { matchCase?: boolean } = {}): FakeCollection<FakeRange> {
    return new FakeParagraphProxy(this.container.paragraphs[0]!).search(needle, options);
  }
  getRange(location: 'Whole' | 'Start' | 'End' = 'Whole'): FakeRange {
    return new FakeParagraphProxy(this.container.paragraphs.at(location === 'Start' ? 0 : -1)!).getRange(location);
  }
  insertParagraph(text: string, location: 'Start' | 'End'): FakeParagraphProxy {
    const created = new FakeParagraph(this.container, { text });
    this.doc.edit(() =>
      location === 'End' ? this.container.paragraphs.push(created) : this.container.paragraphs.unshift(created),
    );
    return new FakeParagraphProxy(created);
  }
  /** The part as Word's flat OOXML package, with runs split as Word splits them after edits. */
  getOoxml(): FakeResult<string> {
    return new FakeResult(this.doc, () => flatPackage(this.container));
  }
  getComments(): FakeCollection<{ content: string; getRange(): FakeRange }> {
    const doc = this.doc;
    return new FakeCollection(
      doc,
      () =>
        doc.comments.map((c) => ({
          get content() {
            return c.content;
          },
          set content(value: string) {
            doc.edit(() => (c.content = value));
          },
          getRange: () => (c.paragraph ? new FakeParagraphProxy(c.paragraph).getRange('Whole') : ghost<FakeRange>()),
        })),
      () => ghost(),
    );
  }
  getReviewedText(version: 'Original' | 'Current'): FakeResult<string> {
    const doc = this.doc;
    return new FakeResult(doc, () => {
      const current = this.container.paragraphs.map((p) => p.text);
      const deleted = doc.trackedChanges.filter((c) => c.type === 'Deleted').map((c) => c.text);
      return (version === 'Original' ? [...current, ...deleted] : current).join('\n');
    });
  }
  getTrackedChanges(): FakeCollection<FakeTrackedChange> {
    const doc = this.doc;
    const list = () => doc.trackedChanges.map((c) => new FakeTrackedChange(doc, c));
    return new FakeCollection(doc, list, () => ghost<FakeTrackedChange>());
  }
  get footnotes(): FakeCollection<FakeNote> {
    return this.notes(this.doc.footnotes);
  }
  get endnotes(): FakeCollection<FakeNote> {
    return this.notes(this.doc.endnotes);
  }
  private notes(list: FakeContainer[]): FakeCollection<FakeNote> {
    return new FakeCollection(
      this.doc,
      () => list.map((c) => new FakeNote(list, c)),
      () => ghost<FakeNote>(),
    );
  }
}

class FakeNote {
  readonly body: FakeBodyProxy;
  constructor(
    private readonly list: FakeContainer[],
    private readonly container: FakeContainer,
  ) {
    this.body = new FakeBodyProxy(container);
  }
  getNext(): FakeNote {
    const next = this.list[this.list.indexOf(this.container) + 1];
    if (next) return new FakeNote(this.list, next);
    this.container.doc.fail('ItemNotFound', 'There is no next note.');
    return ghost<FakeNote>();
  }
}

class FakeTrackedChange {
  constructor(
    private readonly doc: FakeWordDocument,
    private readonly change: FakeWordDocument['trackedChanges'][number],
  ) {}
  get type(): string {
    return this.change.type;
  }
  get text(): string {
    return this.change.text;
  }
  /** Accepting a deletion removes its text for good; accepting an insertion keeps it as plain text. */
  accept(): void {
    this.doc.edit(() => (this.doc.trackedChanges = this.doc.trackedChanges.filter((c) => c !== this.change)));
  }
  getRange(): FakeRange {
    return this.change.paragraph ? new FakeParagraphProxy(this.change.paragraph).getRange('Whole') : ghost<FakeRange>();
  }
  getNext(): FakeTrackedChange {
    const next = this.doc.trackedChanges[this.doc.trackedChanges.indexOf(this.change) + 1];
    if (next) return new FakeTrackedChange(this.doc, next);
    this.doc.fail('ItemNotFound', 'There is no next tracked change.');
    return ghost<FakeTrackedChange>();
  }
}

/** The API face of a content control: tag and title, and replacing what it wraps. */
class FakeContentControlProxy {
  constructor(
    private readonly doc: FakeWordDocument,
    private readonly model: FakeContentControl,
  ) {}
  get tag(): string {
    return this.model.tag;
  }
  set tag(value: string) {
    this.doc.edit(() => (this.model.tag = value));
  }
  get title(): string {
    return this.model.title;
  }
  set title(value: string) {
    this.doc.edit(() => (this.model.title = value));
  }
  /** Replaces everything the control wraps with one paragraph of text, as Word does. */
  insertText(text: string, location: 'Replace'): FakeRange {
    if (location !== 'Replace') throw new Error(`FakeWord: ContentControl.insertText("${location}") is not modelled`);
    const [first, ...rest] = this.model.paragraphs;
    if (!first) throw new Error('FakeWord: an empty content control');
    this.doc.edit(() => {
      const list = first.container.paragraphs;
      first.container.paragraphs = list.filter((p) => !rest.includes(p));
      first.replace(0, first.text.length, text);
      this.model.paragraphs = [first];
    });
    return new FakeParagraphProxy(first).getRange('Whole');
  }
  /** 'End' adds a paragraph inside the control, after its last one. */
  insertParagraph(text: string, location: 'End'): FakeParagraphProxy {
    if (location !== 'End') throw new Error(`FakeWord: ContentControl.insertParagraph("${location}") is not modelled`);
    const last = this.model.paragraphs.at(-1)!;
    const created = new FakeParagraph(last.container, { text, styleBuiltIn: last.styleBuiltIn });
    this.doc.edit(() => {
      const list = last.container.paragraphs;
      list.splice(list.indexOf(last) + 1, 0, created);
      this.model.paragraphs.push(created);
    });
    return new FakeParagraphProxy(created);
  }
}

class FakeControlCollection extends FakeCollection<FakeContentControlProxy> {
  constructor(
    private readonly owner: FakeWordDocument,
    private readonly controls: () => FakeContentControl[],
  ) {
    super(
      owner,
      () => controls().map((c) => new FakeContentControlProxy(owner, c)),
      () => ghost<FakeContentControlProxy>(),
    );
  }
  getByTag(tag: string): FakeControlCollection {
    return new FakeControlCollection(this.owner, () => this.controls().filter((c) => c.tag === tag));
  }
}

class FakeSectionProxy {
  constructor(
    private readonly doc: FakeWordDocument,
    private readonly section: FakeSection,
  ) {}
  getHeader(kind: HeaderFooterKind): FakeBodyProxy {
    return new FakeBodyProxy(this.section.headers.get(kind)!);
  }
  getFooter(kind: HeaderFooterKind): FakeBodyProxy {
    return new FakeBodyProxy(this.section.footers.get(kind)!);
  }
  getNext(): FakeSectionProxy {
    const next = this.doc.sections[this.doc.sections.indexOf(this.section) + 1];
    if (next) return new FakeSectionProxy(this.doc, next);
    this.doc.fail('ItemNotFound', 'There is no next section.');
    return ghost<FakeSectionProxy>();
  }
}

class FakeDocumentProxy {
  readonly body: FakeBodyProxy;
  readonly onParagraphChanged;
  readonly onParagraphAdded;
  readonly onParagraphDeleted;
  constructor(private readonly doc: FakeWordDocument) {
    this.body = new FakeBodyProxy(doc.body);
    const event = {
      add: (handler: (event: { uniqueLocalIds: string[] }) => unknown) =>
        void doc.paragraphChangedHandlers.push(handler),
    };
    this.onParagraphChanged = event;
    this.onParagraphAdded = event;
    this.onParagraphDeleted = event;
  }
  get sections(): FakeCollection<FakeSectionProxy> {
    return new FakeCollection(
      this.doc,
      () => this.doc.sections.map((s) => new FakeSectionProxy(this.doc, s)),
      () => ghost<FakeSectionProxy>(),
    );
  }
  get properties(): Record<string, string> & { load(): unknown } {
    const doc = this.doc;
    return new Proxy(doc.properties, {
      get: (target, key) => (key === 'load' ? () => target : target[key as string]),
      set: (target, key, value: string) => {
        doc.edit(() => (target[key as string] = value));
        return true;
      },
    }) as Record<string, string> & { load(): unknown };
  }
  get contentControls(): FakeControlCollection {
    return new FakeControlCollection(this.doc, () => this.doc.contentControls);
  }
  /** Word.Document.settings (WordApi 1.4): the same store Office.context.document.settings writes. */
  get settings(): FakeCollection<{ key: string; value: unknown }> {
    return new FakeCollection(
      this.doc,
      () => [...this.doc.settings].map(([key, value]) => ({ key, value })),
      () => ghost<{ key: string; value: unknown }>(),
    );
  }
  get changeTrackingMode(): string {
    return this.doc.changeTrackingMode;
  }
  set changeTrackingMode(mode: string) {
    this.doc.edit(() => (this.doc.changeTrackingMode = mode));
  }
  load(): this {
    return this;
  }
  getSelection(): FakeRange {
    const sel = this.doc.selection;
    if (sel) return new FakeRange(sel.paragraph, sel.start, sel.end);
    return new FakeParagraphProxy(this.doc.body.paragraphs.at(-1)!).getRange('End');
  }
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Word splits text into runs wherever formatting or editing history changes; every 4 characters here, so names are always split. */
const runs = (text: string, props = '', element = 'w:t'): string =>
  (text.match(/[\s\S]{1,4}/g) ?? [])
    .map((chunk) => `<w:r>${props}<${element} xml:space="preserve">${escapeXml(chunk)}</${element}></w:r>`)
    .join('');

function paragraphXml(doc: FakeWordDocument, p: FakeParagraph): string {
  const deletions = doc.trackedChanges
    .filter((c) => c.type === 'Deleted' && c.paragraph === p)
    .map((c, i) => `<w:del w:id="${i}" w:author="Reviewer">${runs(c.text, '', 'w:delText')}</w:del>`);
  const picture = p.altText
    ? `<w:r><w:drawing><wp:inline><wp:docPr id="1" name="Picture 1" descr="${escapeXml(p.altText)}"/></wp:inline></w:drawing></w:r>`
    : '';
  const hidden = p.hidden ? runs(` ${p.hidden}`, '<w:rPr><w:vanish/></w:rPr>') : '';
  return `<w:p><w:pPr><w:pStyle w:val="${escapeXml(p.styleBuiltIn)}"/></w:pPr>${runs(p.text)}${hidden}${deletions.join('')}${picture}</w:p>`;
}

function flatPackage(container: FakeContainer): string {
  const body = container.paragraphs.map((p) => paragraphXml(container.doc, p)).join('');
  return (
    '<?xml version="1.0" standalone="yes"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    '<pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">' +
    `<w:body>${body}</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`
  );
}

/** Office and Word globals over a fake document, as the task pane expects to find them. */
export function fakeOfficeGlobals(doc: FakeWordDocument) {
  const Word = {
    run: async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
      const context = doc.context();
      try {
        return await batch(context);
      } finally {
        doc.pendingError = undefined;
      }
    },
  };
  const Office = {
    HostType: { Word: 'Word' },
    onReady: async (callback?: (info: { host: string }) => void) => {
      const info = { host: 'Word', platform: 'OfficeOnline' };
      callback?.(info);
      return info;
    },
    context: {
      requirements: { isSetSupported: (name: string, version: string) => name === 'WordApi' && doc.supports(version) },
      document: {
        settings: {
          get: (key: string) => doc.settings.get(key) ?? null,
          set: (key: string, value: unknown) => void doc.settings.set(key, value),
          remove: (key: string) => void doc.settings.delete(key),
          saveAsync: (callback?: (result: { status: string }) => void) => callback?.({ status: 'succeeded' }),
        },
      },
      officeTheme: {
        bodyBackgroundColor: '#ffffff',
        bodyForegroundColor: '#242424',
        controlBackgroundColor: '#ffffff',
        controlForegroundColor: '#242424',
      },
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  };
  return { Word, Office };
}
