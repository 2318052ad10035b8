// What the add-in's browser tests share: a report fixture with a long unbroken detail, the reviewer's
// first steps, the width check run after every state, and axe-core's check.
import type { Page } from 'playwright-core';
import type { Pane } from './addin-harness.ts';
import type { FakeSeed } from '../addin/support/fake-word.ts';
import { FIXTURE_REPORT } from '../addin/support/fixture-report.ts';
import { settleTransitions } from './settle.ts';

/** What the browser tests read of the Word double the page holds. */
interface DocView {
  selection?: { paragraph: { text: string }; start: number; end: number };
  body: { paragraphs: { text: string }[] };
  contentControls: { tag: string }[];
  allText(): string;
}
declare global {
  interface Window {
    __fakeDoc: DocView;
  }
}

/** The fixture report plus a private email address with no break in it: the widest thing a card shows. */
export const WIDE_REPORT: FakeSeed = {
  ...FIXTURE_REPORT,
  body: [
    ...FIXTURE_REPORT.body,
    {
      text: 'Write to the family at kelly.brown.and.tyler.brown.family.household.mail@example-private-mailbox.co.uk about the placement.',
    },
  ],
};

/**
 * What is wider than the pane: the page itself, any element whose own box scrolls sideways, and any
 * visible element reaching past the right edge. Empty when nothing makes the pane scroll sideways.
 */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollWidth > root.clientWidth)
      out.push(`page: scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}`);
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('aria-label') ? `[${el.getAttribute('aria-label')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      // Hidden, or the visually-hidden pattern (a 1 px clipped box read only by screen readers).
      if (
        style.display === 'none' ||
        style.visibility === 'hidden' ||
        el.closest('.visually-hidden') ||
        (style.position === 'absolute' && el.clientWidth <= 1)
      )
        continue;
      const scrolls = /auto|scroll|hidden/.test(style.overflowX) && el.tagName !== 'SELECT';
      if (scrolls && el.scrollWidth > el.clientWidth + 1)
        out.push(`${name(el)}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > root.clientWidth + 0.5)
        out.push(`${name(el)}: right edge ${Math.round(box.right)} > ${root.clientWidth}`);
    }
    return out;
  });
}

export async function nameAndScan(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Clearance', level: 1 }).waitFor();
  await page.getByRole('textbox', { name: /Your name/ }).fill('R. Reviewer');
  await page.getByRole('button', { name: 'Scan document' }).click();
  await page
    .getByRole('status')
    .getByText(/Scanned:/)
    .waitFor();
}

export const TAB_NAMES = ['Findings', 'Sections', 'Wording', 'Ready?', 'Log'] as const;

interface AxeResults {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}
declare global {
  interface Window {
    axe: { run(context: unknown, options: object): Promise<AxeResults> };
  }
}

/** axe-core's serious and critical violations on the page as it stands, one line each. */
export async function seriousViolations(pane: Pane): Promise<string[]> {
  const { page } = pane;
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: `${pane.origin}/__axe.js` });
  await settleTransitions(page);
  // Fluent's focus manager (tabster) adds aria-hidden focus sentinels at the edges of focus groups: they
  // hand focus on the moment they receive it and are never read, so axe's aria-hidden-focus rule does not apply.
  const results = await page.evaluate(() =>
    window.axe.run(
      { exclude: [['[data-tabster-dummy]']] },
      { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    ),
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
