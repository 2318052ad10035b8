// The HTML report in a real browser: it renders its table, chart and papers, fetches nothing, passes
// axe-core with no serious or critical violation, and a hostile name stays text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AXE_SOURCE, openReport, type OpenedReport } from './html-report-browser.ts';
import { ensureBundle, run } from './run-cli.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';
let dir: string;
let opened: OpenedReport;

beforeAll(async () => {
  ensureBundle();
  dir = mkdtempSync(join(tmpdir(), 'clearance-html-'));
  writeFileSync(
    join(dir, 'panel.txt'),
    'Minutes of the Fostering Panel\n\nThe foster carer, Jayden Cole, lives at 27 Larkspur Close, Coldbrook KD7 3RW.\n\nJayden Cole told the panel about the placement.\n\nMark Owers said the road was dangerous.\n',
  );
  writeFileSync(
    join(dir, `${HOSTILE}.txt`),
    `Minutes of the Fostering Panel\n\nThe foster carer, ${HOSTILE} Jayden Cole, lives at KD7 3RW.\n`,
  );
  writeFileSync(
    join(dir, 'report.txt'),
    'Report to Cabinet\n\nPurpose of the report\n\nTo approve the resurfacing programme.\n\nRecommendations\n\nThat Cabinet approves it.\n',
  );
  const output = join(dir, 'clearance.html');
  await run(['scan', '--format', 'html', '--output', output, '--jobs', '1', dir]);
  opened = await openReport(output);
}, 60_000);

afterAll(async () => {
  await opened?.browser.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the HTML report in Chromium', () => {
  it('renders the chart, the table of papers and each paper', async () => {
    const { page } = opened;
    await expect(page.getByRole('heading', { level: 1, name: 'Clearance report' }).isVisible()).resolves.toBe(true);
    expect(await page.locator('svg[role="img"] rect.flag').count()).toBeGreaterThan(0);
    expect(await page.locator('table').first().locator('tbody tr').count()).toBe(3);
    expect(await page.locator('section.paper').count()).toBe(3);
    expect(await page.locator('mark', { hasText: 'Jayden Cole' }).count()).toBeGreaterThan(0);
    expect(opened.requests).toEqual([]);
  });

  it('keeps a hostile name as text: no image element, no script run', async () => {
    const { page } = opened;
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.getByText(HOSTILE).count()).toBeGreaterThan(0);
    expect(opened.dialogs).toEqual([]);
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const { page } = opened;
    await page.addScriptTag({ content: AXE_SOURCE() });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(o: object): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
        }
      ).axe;
      const results = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
      return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
