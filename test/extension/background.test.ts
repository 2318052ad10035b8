// The background with WXT's fake browser: what a click, the shortcut and the context menu each do, and in what order.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { default: background } = await import('../../extension/entrypoints/background.ts');
const { readScanRequest } = await import('../../extension/lib/scan-request.ts');
const { MENU_SCAN_LINK, MENU_SCAN_PAGE } = await import('../../extension/lib/menus.ts');

/** The APIs fakeBrowser leaves unimplemented, recorded in one call log so the order can be asserted. */
function installRecorders() {
  const calls: string[] = [];
  const menus: unknown[] = [];
  const listeners = {
    command: [] as ((command: string, tab?: unknown) => void)[],
    menu: [] as ((info: unknown, tab?: unknown) => void)[],
  };
  Object.assign(fakeBrowser, {
    sidePanel: {
      open: vi.fn((options: { tabId: number }) => {
        calls.push(`sidePanel.open ${options.tabId}`);
        return Promise.resolve();
      }),
    },
    scripting: {
      executeScript: vi.fn(async (injection: { target: { tabId: number }; files: string[] }) => {
        calls.push(`executeScript ${injection.target.tabId} ${injection.files.join()}`);
        if (injection.target.tabId === 666) throw new Error('Cannot access a chrome:// URL');
        return [];
      }),
    },
    commands: {
      onCommand: { addListener: (l: (command: string, tab?: unknown) => void) => listeners.command.push(l) },
    },
    contextMenus: {
      create: (item: unknown) => menus.push(item),
      onClicked: { addListener: (l: (info: unknown, tab?: unknown) => void) => listeners.menu.push(l) },
    },
  });
  return { calls, menus, listeners };
}

const tab = (id: number, url = 'https://democracy.marshfield.gov.uk/ieListDocuments.aspx?MId=1') => ({
  id,
  url,
  index: 0,
  highlighted: true,
  active: true,
  pinned: false,
  incognito: false,
  windowId: 1,
  discarded: false,
  autoDiscardable: true,
  groupId: -1,
  frozen: false,
  selected: true,
});

/** Waits for the background to hand the panel its request: the state the user waits for, not a number of turns. */
async function requestWritten(): Promise<Awaited<ReturnType<typeof readScanRequest>>> {
  return vi.waitFor(
    async () => {
      const request = await readScanRequest();
      if (!request) throw new Error('no scan request yet');
      return request;
    },
    { timeout: 10_000, interval: 5 },
  );
}

describe('background', () => {
  let recorders: ReturnType<typeof installRecorders>;
  beforeEach(() => {
    fakeBrowser.reset();
    recorders = installRecorders();
    background.main();
  });

  it('opens the panel synchronously inside the click, then injects the content script and hands the panel the request', async () => {
    await fakeBrowser.action.onClicked.trigger(tab(7), undefined);
    // Before any await: the gesture (and with it activeTab) is still live.
    expect(recorders.calls[0]).toBe('sidePanel.open 7');
    const request = await requestWritten();
    expect(recorders.calls).toEqual(['sidePanel.open 7', 'executeScript 7 /content-scripts/content.js']);
    expect(request).toMatchObject({ tabId: 7, target: { kind: 'page' } });
  });

  it('hands the panel the request even when the panel never reports itself open', async () => {
    (fakeBrowser as unknown as { sidePanel: { open: () => Promise<void> } }).sidePanel.open = () =>
      new Promise<void>(() => undefined);
    await fakeBrowser.action.onClicked.trigger(tab(9), undefined);
    expect(await requestWritten()).toMatchObject({ tabId: 9, target: { kind: 'page' } });
  });

  it('scans a tab showing a PDF as a paper', async () => {
    await fakeBrowser.action.onClicked.trigger(
      tab(8, 'https://democracy.marshfield.gov.uk/documents/s101/Report.pdf'),
      undefined,
    );
    expect(await requestWritten()).toMatchObject({
      tabId: 8,
      target: { kind: 'paper', url: 'https://democracy.marshfield.gov.uk/documents/s101/Report.pdf' },
    });
  });

  it('tells the panel in plain words when the tab cannot be read', async () => {
    await fakeBrowser.action.onClicked.trigger(tab(666, 'chrome://settings'), undefined);
    expect((await requestWritten())?.error).toMatch(
      /^Clearance cannot read this tab \(Cannot access a chrome:\/\/ URL\)/,
    );
  });

  it('scans on the keyboard shortcut, and ignores other commands', async () => {
    recorders.listeners.command.forEach((l) => l('something-else', tab(3)));
    expect(recorders.calls).toEqual([]);
    recorders.listeners.command.forEach((l) => l('scan-page', tab(3)));
    expect(recorders.calls[0]).toBe('sidePanel.open 3');
    expect(await requestWritten()).toMatchObject({ tabId: 3 });
  });

  it('creates its menus on install, and scans a linked paper chosen from the menu', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(recorders.menus).toEqual([
      expect.objectContaining({ id: MENU_SCAN_PAGE, contexts: ['page', 'selection'] }),
      expect.objectContaining({ id: MENU_SCAN_LINK, contexts: ['link'] }),
    ]);
    const linkUrl = 'https://democracy.marshfield.gov.uk/documents/s102/Appendix.pdf';
    recorders.listeners.menu.forEach((l) => l({ menuItemId: MENU_SCAN_LINK, linkUrl, editable: false }, tab(4)));
    expect(recorders.calls[0]).toBe('sidePanel.open 4');
    expect(await requestWritten()).toMatchObject({ tabId: 4, target: { kind: 'paper', url: linkUrl } });
  });
});
