// Opens an HTML report from `clearance scan --format html` in Debian's Chromium (playwright-core), for the
// browser test and for the README's screenshot.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './run-cli.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';

export interface OpenedReport {
  browser: Browser;
  page: Page;
  /** Every request the page made beyond its own file. */
  requests: string[];
  /** Every alert, confirm or prompt the page raised. */
  dialogs: string[];
}

export async function openReport(path: string, viewport = { width: 1100, height: 900 }): Promise<OpenedReport> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  const page = await browser.newPage({ viewport });
  const url = pathToFileURL(path).href;
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  return { browser, page, requests, dialogs };
}

export const AXE_SOURCE = (): string => readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
