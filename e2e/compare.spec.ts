import type { Page } from '@playwright/test';
import { dragLink } from './support/canvas';
import { expect, test } from './support/fixtures';
import { canvasNodes, nodeByLabel, openPlayground } from './support/playground';

/** The number a comparison-table cell holds (its data-value), or undefined for "–". */
async function cell(page: Page, metric: string, variant: string): Promise<number | undefined> {
  const v = await page.locator(`[data-testid="compare-table"] tr[data-metric="${metric}"] td[data-variant="${variant}"]`).getAttribute('data-value');
  return v === null ? undefined : Number(v);
}

test('fork B, replace a REST call with a queue, compare: the caller’s p95 drops in B, and it is more than noise', async ({ page }) => {
  // Two single runs and 2 × 4 headless runs of two minutes of simulated time; slow on a busy two-core machine.
  test.setTimeout(120_000);
  await openPlayground(page);
  const strip = page.getByTestId('variant-strip');
  await expect(strip.getByRole('button', { name: 'Compare' })).toBeDisabled();

  await strip.getByRole('button', { name: 'Fork A' }).click();
  await expect(strip).toHaveAttribute('data-active', 'B');
  await expect(page.getByTestId('variant-frame')).toBeVisible();

  // In B: delete the Users API → Users DB REST call, then reconnect the two through a new queue.
  // A straight link has no height to click by locator: click the line just after Users API's handle (its middle carries the badges).
  const rest = page.locator('.react-flow__edge[data-id="users-api-users-db"]');
  const handle = (await nodeByLabel(page, 'Users API').locator('.react-flow__handle.source').boundingBox())!;
  await page.mouse.click(handle.x + handle.width + 16, handle.y + handle.height / 2);
  await expect(rest).toHaveClass(/selected/);
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  // One drag, one choice: "via a new queue" puts a queue in between (enqueue in, consume out).
  await dragLink(page, nodeByLabel(page, 'Users API'), nodeByLabel(page, 'Users DB'));
  await page.getByTestId('connect-popover').getByRole('menuitem', { name: /^Via a new queue/ }).click();
  await expect(canvasNodes(page)).toHaveCount(4);
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);

  // A is untouched: the REST chain as it was.
  await strip.getByRole('button', { name: 'A', exact: true }).click();
  await expect(strip).toHaveAttribute('data-active', 'A');
  await expect(canvasNodes(page)).toHaveCount(3);
  await expect(page.locator('.react-flow__edge[data-id="users-api-users-db"]')).toHaveCount(1);

  await strip.getByRole('button', { name: 'Compare' }).click();
  const view = page.getByTestId('compare-view');
  await expect(view).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(page.getByTestId('variant-cards')).toContainText('added');

  // Same seed, same clients: the same requests went out; B's caller no longer waits for the database.
  const [a95, b95] = [await cell(page, 'p95', 'A'), await cell(page, 'p95', 'B')];
  expect(a95).toBeGreaterThan(0);
  expect(b95!).toBeLessThan(a95! * 0.9);
  await expect(page.locator('tr[data-metric="p95"] td[data-variant="B"] [data-verdict]')).toHaveAttribute('data-verdict', 'better');
  expect(await cell(page, 'throughput', 'B')).toBeCloseTo((await cell(page, 'throughput', 'A'))!, 0);
  // Only B has a queue.
  expect(await cell(page, 'maxQueueDepth', 'A')).toBeUndefined();
  expect(await cell(page, 'maxQueueDepth', 'B')).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('compare-chart-p95').locator('canvas')).toHaveCount(1);

  // Four seeds each: mean ± interval, and the p95 difference is marked as larger than the noise.
  await view.getByLabel('Replications').fill('4');
  await view.getByRole('button', { name: 'Run 4 seeds' }).click();
  await expect(view).toHaveAttribute('data-replications', 'done', { timeout: 90_000 });
  await expect(view).toContainText('over 4 seeds');
  await expect(page.locator('tr[data-metric="p95"] td[data-variant="B"] [data-verdict]')).toHaveAttribute('data-significant', 'true');

  // Back to the editor, where A is still the one on the canvas.
  await view.getByTestId('compare-back').click();
  await expect(view).toHaveCount(0);
  await expect(strip).toHaveAttribute('data-active', 'A');
});

test('variants travel with the autosave: a reload brings A and B back, A active', async ({ page }) => {
  await openPlayground(page);
  const strip = page.getByTestId('variant-strip');
  await strip.getByRole('button', { name: 'Fork A' }).click();
  await expect(strip).toHaveAttribute('data-active', 'B');
  await page.reload();
  await expect(page.locator('[data-testid="canvas"][data-ready="true"]')).toBeVisible();
  await expect(strip.getByRole('button', { name: 'B', exact: true })).toBeVisible();
  await expect(strip).toHaveAttribute('data-active', 'A');
});
