// Accessibility checks read colours: one read half-way through a hover or focus transition is neither
// state's, and fails or passes by timing. Every axe run waits for the finite animations to end first.
import type { Page } from 'playwright-core';

export async function settleTransitions(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}
