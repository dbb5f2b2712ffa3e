import { expect, test } from './support/fixtures';
import { nodeByLabel, waitForReady } from './support/playground';

test('presenter view: Space plays and pauses, → shows the next lesson step, F injects the scripted fault, Esc leaves', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/play?preset=breaker-with');
  // A busy machine (a build beside the tests) can take longer than the default 5 s to hydrate.
  await expect(page.locator('[data-testid="canvas"][data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await waitForReady(page);
  await expect(nodeByLabel(page, 'Payments API')).toBeVisible();
  await expect(page.getByTestId('run-clock')).toContainText('/ 01:00.0');

  await page.getByTestId('present-open').click();
  const presenter = page.getByTestId('presenter');
  await expect(presenter).toBeVisible();
  // A clean canvas with the whole graph, the breaker tile, the big chart.
  await expect(presenter.locator('.react-flow__node')).toHaveCount(3);
  await expect(presenter.getByTestId('presenter-breaker')).toHaveAttribute('data-state', 'CLOSED');
  await expect(presenter.getByTestId('room-chart')).toBeVisible();

  await page.keyboard.press(' ');
  await expect(presenter).toHaveAttribute('data-status', 'running');
  await expect(presenter.getByTestId('presenter-clock')).not.toContainText('00:00.0 /');
  await page.keyboard.press(' ');
  await expect(presenter).toHaveAttribute('data-status', 'paused');

  // The lesson's step card; → moves to the next step.
  const card = presenter.getByTestId('lesson-step-card');
  await expect(card).toContainText('Step 1 of');
  // F: the next step injects an outage of the Payments API: it is injected now.
  await page.keyboard.press('f');
  await expect(page.getByTestId('notice').filter({ hasText: 'Injected now' })).toContainText('outage on payments');
  await page.keyboard.press('ArrowRight');
  await expect(card).toContainText('Step 2 of');

  // With "pause on breaker state change", play: the breaker opens and the presenter's canvas says so.
  await presenter.getByTestId('pause-on').selectOption({ label: 'Breaker state change' });
  await presenter.getByTestId('run-speed').selectOption({ label: 'Fastest' });
  await page.keyboard.press(' ');
  await expect(presenter.getByTestId('hit-banner')).toContainText('Breaker on checkout → payments opened', { timeout: 30_000 });
  await expect(presenter.getByTestId('presenter-breaker')).toHaveAttribute('data-state', 'OPEN');
  await expect(presenter.getByTestId('hit-highlight')).toHaveAttribute('data-target', 'checkout-payments');

  await page.keyboard.press('Escape');
  await expect(presenter).toBeHidden();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'paused');
});
