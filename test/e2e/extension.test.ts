// The built extension in Debian's chromium: a real toolbar-action click (CDP Extensions.triggerAction) on a
// ModernGov-like agenda served on 127.0.0.1, the side panel's list, highlights in the page, scanning the linked
// papers (one with a failed redaction), the PDF viewer, and no request leaving for anywhere but 127.0.0.1.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  AGENDA_HTML,
  AGENDA_PATH,
  APPENDIX_PATH,
  HIDDEN_NAME,
  REPORT_PATH,
  appendixPdf,
  reportPdf,
} from './extension-fixtures.ts';
import { EXTENSION, launchExtension, type ExtensionBrowser } from './extension-harness.ts';
import config from '../../extension/wxt.config.ts';

// The README's screenshot is rewritten only when asked (UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean.
const SCREENSHOT = process.env.UPDATE_SCREENSHOTS ? path.resolve('docs/extension-scan.png') : undefined;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtension(
    new Map([
      [AGENDA_PATH, { type: 'text/html; charset=utf-8', body: AGENDA_HTML }],
      [REPORT_PATH, { type: 'application/pdf', body: await reportPdf() }],
      [APPENDIX_PATH, { type: 'application/pdf', body: await appendixPdf() }],
    ]),
  );
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('the built manifest', () => {
  it('holds the permissions wxt.config.ts asks for, plus only the side panel WXT adds for entrypoints/sidepanel', () => {
    const built = JSON.parse(readFileSync(path.join(EXTENSION, 'manifest.json'), 'utf8')) as {
      permissions: string[];
      host_permissions?: unknown;
    };
    const manifest = config.manifest as (env: { browser: string }) => { permissions: string[] };
    expect([...built.permissions].sort()).toEqual([...manifest({ browser: 'chrome' }).permissions, 'sidePanel'].sort());
    expect(built.host_permissions).toBeUndefined();
  });
});

describe('the extension in chromium', () => {
  it('scans an agenda page, its papers and a failed redaction, and sends nothing off the machine', async () => {
    const { context, origin, requests } = browser;
    const agenda = await context.newPage();
    await agenda.goto(origin + AGENDA_PATH);
    await browser.clickToolbarButton(agenda);
    const panel = await browser.sidePanel();

    // The side panel lists the private individual's details and treats the councillor as public.
    const findings = panel.getByRole('region', { name: 'Findings' });
    await expect
      .poll(() => findings.locator('.finding-text').allTextContents(), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['Mrs Rose Okafor', '07700 900123']));
    await expect
      .poll(() => panel.locator('.disposition-public .finding-text').allTextContents())
      .toContain('Priya Shah');

    // The page is painted with the Highlight API, its DOM text untouched.
    const painted = await agenda.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return [...(registry.get('clearance-flag') ?? [])].map((range) => range.toString());
    });
    expect(painted).toEqual(expect.arrayContaining(['Mrs Rose Okafor', '07700 900123']));
    expect(await agenda.locator('p', { hasText: 'Mrs Rose Okafor' }).innerHTML()).not.toContain('<mark');

    // Selecting a finding scrolls the page to it and marks it as the focused one.
    await findings.getByRole('button', { name: /07700 900123/ }).click();
    await expect
      .poll(() =>
        agenda.evaluate(() =>
          (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('clearance-focus'),
        ),
      )
      .toBe(true);

    // The agenda's papers, scanned all at once; the appendix holds a name under a black box.
    const papers = panel.getByRole('region', { name: 'Papers on this page' });
    await expect
      .poll(() => papers.locator('.paper-title').allTextContents())
      .toEqual(['Fostering allowances report', 'Appendix A case summary']);
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
    await expect
      .poll(() => viewer.locator('.pdf-mark[data-finding-type="failed-redaction"]').count(), { timeout: 30_000 })
      .toBe(1);

    // Asking again, or choosing a finding on the paper, brings the same viewer forward: no new tab, no second fetch.
    const viewers = () => context.pages().filter((p) => p.url().includes('/viewer.html'));
    const fetches = () => requests.filter((url) => url === origin + APPENDIX_PATH).length;
    const fetched = fetches();
    await panel.getByRole('button', { name: 'Open in the Clearance PDF viewer' }).click();
    await redaction.getByRole('button').first().click();
    await expect.poll(() => viewer.url()).toMatch(/#page=1$/);
    expect(viewers()).toHaveLength(1);
    expect(fetches()).toBe(fetched);

    if (SCREENSHOT) await saveScreenshot(browser, agenda, panel, SCREENSHOT);

    expect(browser.offMachine()).toEqual([]);
    expect(requests).toContain(origin + APPENDIX_PATH);
  }, 120_000);
});

/**
 * docs/extension-scan.png: the highlighted page beside the side panel at a side panel's width. Headless chromium has
 * no side panel to photograph, so when the panel ran as a tab the picture says so.
 */
async function saveScreenshot(
  { context, panelIsTab }: ExtensionBrowser,
  agenda: Page,
  panel: Page,
  file: string,
): Promise<void> {
  await panel.getByRole('button', { name: 'Back to the page' }).click();
  await panel.setViewportSize({ width: 360, height: 900 });
  await agenda.setViewportSize({ width: 900, height: 900 });
  await agenda.evaluate(() => window.scrollTo(0, 0));
  await panel.evaluate(() => window.scrollTo(0, 0));
  const [left, right] = await Promise.all([agenda.screenshot(), panel.screenshot()]);
  const caption = panelIsTab
    ? 'Tab view: the side panel page opened in a tab at 360 px, as headless Chromium has no side panel. In the browser it opens beside the page.'
    : 'The side panel beside the page.';
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 1280, height: 940 });
  await sheet.setContent(`<body style="margin:0;background:#6e7781;font:14px system-ui,sans-serif">
    <p style="margin:0;padding:8px 12px;color:#fff">${caption}</p>
    <div style="display:flex;gap:10px;padding:0 4px"><img src="data:image/png;base64,${left.toString('base64')}">
    <img src="data:image/png;base64,${right.toString('base64')}"></div></body>`);
  mkdirSync(path.dirname(file), { recursive: true });
  await sheet.screenshot({ path: file });
  await sheet.close();
}
