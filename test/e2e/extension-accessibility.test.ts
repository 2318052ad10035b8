// axe-core over every view of the built extension (side panel in each state, PDF viewer, options page) at 320 px and
// 1280 px, no sideways scrolling at 320 px, and the main flow done with the keyboard alone.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AGENDA_HTML, AGENDA_PATH, APPENDIX_PATH, REPORT_PATH, appendixPdf, reportPdf } from './extension-fixtures.ts';
import { launchExtension, type ExtensionBrowser } from './extension-harness.ts';
import { settleTransitions } from './settle.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WIDTHS = [320, 1280];

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

interface Violation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

/** Serious and critical violations at each width; evaluated through CDP, which extension pages' CSP does not block. */
async function audit(page: Page, view: string): Promise<string[]> {
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
    await settleTransitions(page);
    const violations = (await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }
      ).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations;
    })) as Violation[];
    for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
      found.push(
        `${view} at ${width}px: ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    }
    if (width === 320) {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) found.push(`${view} at 320px scrolls sideways by ${overflow}px`);
    }
  }
  return found;
}

/** Tabs until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, matches: (el: Element) => boolean, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((source) => {
      const el = document.activeElement;
      return !!el && (new Function('el', `return (${source})(el)`) as (el: Element) => boolean)(el);
    }, matches.toString());
    if (hit) return;
  }
  throw new Error(`no element reached by Tab in ${limit} presses`);
}

describe('the extension, for everyone', () => {
  it('has no serious or critical axe violation on any view, and works with the keyboard alone', async () => {
    const { context, origin, extensionId } = browser;
    const problems: string[] = [];

    const waiting = await context.newPage();
    await waiting.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    problems.push(...(await audit(waiting, 'side panel, before a scan')));
    await waiting.close();

    const agenda = await context.newPage();
    await agenda.goto(origin + AGENDA_PATH);
    await browser.clickToolbarButton(agenda);
    const panel = await browser.sidePanel();
    await panel.setViewportSize({ width: 320, height: 800 });
    await panel.getByRole('region', { name: 'Findings' }).locator('.finding-text').first().waitFor({ timeout: 30_000 });
    problems.push(...(await audit(panel, 'side panel, page scanned')));

    // Keyboard only: go to a finding, then the next, then scan the papers and open the appendix's findings.
    await panel.setViewportSize({ width: 320, height: 800 });
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(panel, (el) => el.classList.contains('finding-go'));
    await panel.keyboard.press('Enter');
    await expect
      .poll(() =>
        agenda.evaluate(() =>
          (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('clearance-focus'),
        ),
      )
      .toBe(true);
    const first = await panel.evaluate(() => document.activeElement?.textContent);
    await tabTo(panel, (el) => el.classList.contains('finding-go'));
    await panel.keyboard.press('Enter');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).not.toBe(first);
    await panel.getByRole('button', { name: 'Scan all papers' }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('.progress-text').textContent(), { timeout: 30_000 }).toBe('2 of 2 scanned');
    problems.push(...(await audit(panel, 'side panel, papers scanned')));
    await panel.setViewportSize({ width: 320, height: 800 });
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(
      panel,
      (el) =>
        el.textContent === 'Show findings' &&
        !!el.closest(`li[data-paper-url$="s102/Appendix%20A%20case%20summary.pdf"]`),
    );
    await panel.keyboard.press('Enter');
    await panel.locator('[data-finding-type="failed-redaction"]').waitFor();
    await panel
      .locator('.group-public details')
      .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    problems.push(...(await audit(panel, "side panel, a paper's findings with every group open")));

    const viewerOpened = context.waitForEvent('page');
    await panel.getByRole('button', { name: 'Open in the Clearance PDF viewer' }).focus();
    await panel.keyboard.press('Enter');
    const viewer = await viewerOpened;
    await viewer.locator('.pdf-mark').first().waitFor({ timeout: 30_000 });
    problems.push(...(await audit(viewer, 'PDF viewer')));

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel(/Council email domains/).waitFor();
    problems.push(...(await audit(options, 'options page')));

    expect(problems).toEqual([]);
    expect(browser.offMachine()).toEqual([]);
  }, 180_000);
});
