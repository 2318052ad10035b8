// The built extension in Debian's chromium: a real toolbar-action click (CDP Extensions.triggerAction) on a
// ModernGov-like agenda served on 127.0.0.1, the side panel's list, highlights in the page, scanning the linked
// papers (one with a failed redaction), the PDF viewer, and no request leaving for anywhere but 127.0.0.1.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { AGENDA_HTML, AGENDA_PATH, APPENDIX_PATH, HIDDEN_NAME, REPORT_PATH, appendixPdf, reportPdf } from './extension-fixtures.ts';

const EXTENSION = path.resolve('extension/.output/chrome-mv3');
// The README's screenshot is rewritten only when asked (UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean.
const SCREENSHOT = process.env.UPDATE_SCREENSHOTS ? path.resolve('docs/extension-scan.png') : undefined;

let server: Server;
let origin: string;
let context: BrowserContext;
let profile: string;
let extensionId: string;
const requests: string[] = [];

async function serveFixtures(): Promise<void> {
  const files = new Map<string, { type: string; body: Uint8Array | string }>([
    [AGENDA_PATH, { type: 'text/html; charset=utf-8', body: AGENDA_HTML }],
    [REPORT_PATH, { type: 'application/pdf', body: await reportPdf() }],
    [APPENDIX_PATH, { type: 'application/pdf', body: await appendixPdf() }],
  ]);
  server = createServer((request, response) => {
    const file = files.get(request.url ?? '');
    if (!file) return void response.writeHead(404).end('not found');
    response.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Clicks the extension's toolbar button for a tab, as a user would: activeTab is granted and action.onClicked fires. */
async function clickToolbarButton(page: Page): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser handle for the CDP session');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  await cdp.detach();
}

/** The side panel, if the browser opened it as a target; headless chromium may not, so the panel page is opened in a tab. */
async function sidePanel(): Promise<Page> {
  const url = `chrome-extension://${extensionId}/sidepanel.html`;
  const opened = context.pages().find((p) => p.url() === url);
  if (opened) return opened;
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

beforeAll(async () => {
  if (!existsSync(path.join(EXTENSION, 'manifest.json'))) {
    throw new Error(`The built extension is missing at ${EXTENSION}: run "npm run build:extension" before this test.`);
  }
  await serveFixtures();
  profile = mkdtempSync(path.join(tmpdir(), 'clearance-e2e-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: false, // the new headless mode is asked for below; the old one cannot load extensions
    viewport: { width: 1000, height: 800 },
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`,
      // Lets the test press the toolbar button through CDP (Extensions.triggerAction).
      '--enable-unsafe-extension-debugging',
    ],
  });
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
}, 60_000);

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('the extension in chromium', () => {
  it('scans an agenda page, its papers and a failed redaction, and sends nothing off the machine', async () => {
    const agenda = await context.newPage();
    await agenda.goto(origin + AGENDA_PATH);
    await clickToolbarButton(agenda);
    const panel = await sidePanel();

    // The side panel lists the private individual's details and treats the councillor as public.
    const findings = panel.getByRole('region', { name: 'Findings' });
    await expect.poll(() => findings.locator('.finding-text').allTextContents(), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['Mrs Rose Okafor', '07700 900123']));
    await expect.poll(() => panel.locator('.disposition-public .finding-text').allTextContents()).toContain('Priya Shah');

    // The page is painted with the Highlight API, its DOM text untouched.
    const painted = await agenda.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return [...(registry.get('clearance-flag') ?? [])].map((range) => range.toString());
    });
    expect(painted).toEqual(expect.arrayContaining(['Mrs Rose Okafor', '07700 900123']));
    expect(await agenda.locator('p', { hasText: 'Mrs Rose Okafor' }).innerHTML()).not.toContain('<mark');

    // Selecting a finding scrolls the page to it and marks it as the focused one.
    await findings.getByRole('button', { name: /07700 900123/ }).click();
    await expect.poll(() => agenda.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('clearance-focus'))).toBe(true);

    // The agenda's papers, scanned all at once; the appendix holds a name under a black box.
    const papers = panel.getByRole('region', { name: 'Papers on this page' });
    await expect.poll(() => papers.locator('.paper-title').allTextContents()).toEqual(['Fostering allowances report', 'Appendix A case summary']);
    await papers.getByRole('button', { name: 'Scan all papers' }).click();
    await expect.poll(() => papers.locator('.progress-text').textContent(), { timeout: 30_000 }).toBe('2 of 2 scanned');
    const appendix = papers.locator(`li[data-paper-url="${origin}${APPENDIX_PATH}"]`);
    await expect.poll(() => appendix.locator('.failed-redaction-alert').textContent()).toContain('1 failed redaction');
    await expect.poll(() => appendix.locator('.citation-check').allTextContents()).not.toEqual([]);
    // The page's citation names Appendix A, so the report beside it is not checked against it.
    expect(await papers.locator(`li[data-paper-url="${origin}${REPORT_PATH}"] .citation-check`).count()).toBe(0);

    await appendix.getByRole('button', { name: 'Show findings' }).click();
    const redaction = findings.locator('[data-finding-type="failed-redaction"]');
    await expect.poll(() => redaction.locator('.finding-text').textContent()).toBe(HIDDEN_NAME);
    expect(await redaction.locator('.finding-meta').textContent()).toContain('page 1');
    expect(await redaction.locator('.recovered').textContent()).toContain(HIDDEN_NAME);

    // The paper in the extension's own viewer, the recovered text outlined on the page image.
    const viewerOpened = context.waitForEvent('page');
    await panel.getByRole('button', { name: 'Open in the Clearance PDF viewer' }).click();
    const viewer = await viewerOpened;
    await viewer.waitForLoadState();
    await expect.poll(() => viewer.locator('.pdf-mark[data-finding-type="failed-redaction"]').count(), { timeout: 30_000 }).toBe(1);

    if (SCREENSHOT) await saveScreenshot(agenda, panel, SCREENSHOT);

    const offMachine = requests.filter((url) => !/^(?:http:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:)/.test(url));
    expect(offMachine).toEqual([]);
    expect(requests).toContain(origin + APPENDIX_PATH);
  }, 120_000);
});

/** docs/extension-scan.png: the highlighted page beside the side panel, as a user sees them. */
async function saveScreenshot(agenda: Page, panel: Page, file: string): Promise<void> {
  await panel.getByRole('button', { name: 'Back to the page' }).click();
  await panel.setViewportSize({ width: 420, height: 800 });
  await agenda.evaluate(() => window.scrollTo(0, 0));
  const [left, right] = await Promise.all([agenda.screenshot(), panel.screenshot()]);
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 1430, height: 800 });
  await sheet.setContent(`<body style="margin:0;display:flex;gap:10px;background:#888">
    <img src="data:image/png;base64,${left.toString('base64')}"><img src="data:image/png;base64,${right.toString('base64')}"></body>`);
  mkdirSync(path.dirname(file), { recursive: true });
  await sheet.screenshot({ path: file });
  await sheet.close();
}
