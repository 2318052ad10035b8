// A Word request context for adapter tests: office-addin-mock for what it models (the context, its
// sync, scalar properties that must be loaded before they are read) and the in-memory FakeWordDocument
// for collections, ranges and edits, which the mock cannot model (it treats arrays as opaque values).
import { OfficeMockObject } from 'office-addin-mock';
import { vi } from 'vitest';
import { FakeWordDocument, type FakeSeed } from './fake-word.ts';

const TRACKING_MODES = ['Off', 'TrackAll', 'TrackMineOnly'];

export interface MockedWord {
  context: Word.RequestContext;
  doc: FakeWordDocument;
  /** The spy on context.sync(): the round trips an action made. */
  sync: ReturnType<typeof vi.fn>;
  /** The document properties as the mock holds them after the adapter's writes. */
  properties: () => Record<string, unknown>;
}

export function mockWord(seed: FakeSeed): MockedWord {
  const doc = new FakeWordDocument(seed);
  const mock = new OfficeMockObject({
    document: { properties: { ...doc.properties }, changeTrackingMode: doc.changeTrackingMode },
  }) as unknown as OfficeMockObject & { document: Record<string, unknown> & { properties: Record<string, unknown> } };
  const fakeDocument = doc.context().document;
  Object.assign(mock.document, {
    body: fakeDocument.body,
    getSelection: () => fakeDocument.getSelection(),
    onParagraphChanged: fakeDocument.onParagraphChanged,
  });
  Object.defineProperty(mock.document, 'sections', { get: () => fakeDocument.sections });
  Object.defineProperty(mock.document, 'contentControls', { get: () => fakeDocument.contentControls });
  Object.defineProperty(mock.document, 'settings', { get: () => fakeDocument.settings });
  // Track Changes lives on the mock (the adapter loads and sets it there); the fake asks it when editing.
  doc.trackingModeSource = () => {
    const mode = mock.document.changeTrackingMode;
    return typeof mode === 'string' && TRACKING_MODES.includes(mode) ? mode : doc.changeTrackingMode;
  };
  const mockSync = mock.sync.bind(mock);
  const sync = vi.fn(async () => {
    await mockSync();
    await doc.sync();
  });
  (mock as unknown as { sync: typeof sync }).sync = sync;
  return { context: mock as unknown as Word.RequestContext, doc, sync, properties: () => mock.document.properties };
}

/** A mocked document already read and scanned, with the sync count reset for the action under test. */
export async function scanned(seed: FakeSeed) {
  const { readDocument } = await import('../../../addin/src/word/read-document.ts');
  const { detectCapabilities } = await import('../../../addin/src/word/capabilities.ts');
  const { scan } = await import('../../../shared/index.ts');
  const word = mockWord(seed);
  const can = detectCapabilities((_set, version) => word.doc.supports(version));
  const snapshot = await readDocument(word.context, can);
  const report = scan(snapshot.doc);
  word.sync.mockClear();
  return { ...word, can, snapshot, report };
}
