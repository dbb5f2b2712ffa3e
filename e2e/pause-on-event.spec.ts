import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { clockMs, nodeByLabel, waitForReady } from './support/playground';

/** Opens the "flaky payment API behind a circuit breaker" preset and waits until its run is ready (60 s long). */
async function openBreakerPreset(page: Page): Promise<void> {
  await page.goto('/play?preset=breaker-with');
  // A busy machine (a build beside the tests) can take longer than the default 5 s to hydrate.
  await expect(page.locator('[data-testid="canvas"][data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await waitForReady(page);
  await expect(nodeByLabel(page, 'Payments API')).toBeVisible();
  await expect(page.getByTestId('run-clock')).toContainText('/ 01:00.0');
}

test('pause on a breaker state change stops the run at the opening, says why, highlights the link; Continue goes on', async ({ page }) => {
  test.setTimeout(90_000);
  await openBreakerPreset(page);
  await page.getByTestId('pause-on').selectOption({ label: 'Breaker state change' });
  // As fast as possible: the pause must still come right after the event, not at the end of a chunk.
  await page.getByTestId('run-speed').selectOption({ label: 'Fastest' });
  // Take the Payments API down from now on (10 s): the breaker opens once half of the last 20 calls have failed.
  await nodeByLabel(page, 'Payments API').click();
  await page.getByTestId('inspector').getByTestId('inject-outage').click();
  await expect(page.getByTestId('notice').filter({ hasText: 'Injected at' })).toContainText('outage');
  await page.getByTestId('run-play').click();

  const banner = page.getByTestId('hit-banner');
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await expect(banner).toContainText(/Breaker on checkout → payments opened: \d+ of the last \d+ calls failed/);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'paused');
  // Stopped right at the event: the clock shows the time the banner gives, and stays there.
  const at = await clockMs(page);
  expect(at).toBeGreaterThan(0);
  expect(at).toBeLessThan(10_000);
  await expect(banner).toContainText((await page.getByTestId('run-clock').getByTitle('Simulated time').textContent())!);
  await page.waitForTimeout(600);
  expect(await clockMs(page)).toBe(at);
  // The link is highlighted on the canvas, and its breaker tile reads OPEN.
  await expect(page.getByTestId('hit-highlight')).toHaveAttribute('data-target', 'checkout-payments');
  await expect(page.getByTestId('breaker-tile')).toHaveAttribute('data-state', 'OPEN');

  await page.getByTestId('hit-continue').click();
  // It goes on, and stops at the next change: after its 5 s wait the breaker lets trial calls through.
  await expect(banner).toContainText('Breaker on checkout → payments half-open', { timeout: 30_000 });
  expect(await clockMs(page)).toBeGreaterThanOrEqual(at + 5_000);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'paused');
});

test('"Next event" runs on to the next thing worth stopping for, and pauses there', async ({ page }) => {
  test.setTimeout(90_000);
  await openBreakerPreset(page);
  await nodeByLabel(page, 'Payments API').click();
  await page.getByTestId('inspector').getByTestId('inject-outage').click();
  await page.getByTestId('run-next-event').click();
  await expect(page.getByTestId('hit-banner')).toContainText('Breaker on checkout → payments opened', { timeout: 30_000 });
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'paused');
  await expect(page.getByTestId('hit-highlight')).toHaveAttribute('data-target', 'checkout-payments');
});
