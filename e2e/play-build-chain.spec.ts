import { connect, dropFromPalette, pane, renameInPlace } from './support/canvas';
import { expect, test } from './support/fixtures';
import { canvasNodes, clockMs, nodeByLabel, openPlayground } from './support/playground';

test('build client → gateway → service → database with the mouse, run it, and watch the numbers move', async ({ page }) => {
  // About 12 s alone; two to three times that on a busy two-core machine with the other worker running a simulation.
  test.setTimeout(60_000);
  await openPlayground(page);

  // Start from an empty canvas: select everything and delete it.
  await pane(page).click({ position: { x: 700, y: 40 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect(canvasNodes(page)).toHaveCount(0);
  await expect(page.getByText('The canvas is empty.')).toBeVisible();

  // A zig-zag that fits the canvas at any zoom, clear of the toolbar, the zoom buttons and the minimap.
  const client = await dropFromPalette(page, 'Client', { x: 170, y: 150 });
  const gateway = await dropFromPalette(page, 'Service', { x: 470, y: 150 });
  await renameInPlace(page, gateway, 'Gateway');
  // Every call down the chain holds a gateway worker: give it enough for the client's 50 requests a second.
  const workers = page.getByTestId('inspector').getByLabel('Workers', { exact: true });
  await workers.fill('16');
  await workers.press('Enter');
  await expect(gateway).toContainText('16 workers');
  const orders = await dropFromPalette(page, 'Service', { x: 170, y: 330 });
  await renameInPlace(page, orders, 'Orders');
  const database = await dropFromPalette(page, 'Service', { x: 470, y: 330 });
  await renameInPlace(page, database, 'Database');
  await expect(canvasNodes(page)).toHaveCount(4);

  await connect(page, client, gateway, 'REST call');
  await connect(page, gateway, orders, 'REST call');
  await connect(page, orders, database, 'REST call');
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'paused');

  // Run it at 10× and watch: the clock moves, the client sends, every hop carries traffic.
  await page.getByTestId('run-speed').selectOption({ label: '10×' });
  await page.getByTestId('run-play').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'running');
  await expect.poll(() => clockMs(page)).toBeGreaterThan(2_000);
  const first = await clockMs(page);
  await expect.poll(() => clockMs(page)).toBeGreaterThan(first);

  await expect(nodeByLabel(page, 'Client').getByTestId('badge-sent')).toHaveText(/^[1-9]\d*(\.\d)?\/s$/);
  await expect(nodeByLabel(page, 'Database').getByTestId('badge-inflight')).toHaveText(/^\d+$/);
  const rates = page.getByTestId('link-rate');
  await expect(rates).toHaveCount(3);
  for (const rate of await rates.all()) await expect(rate).toHaveText(/^[1-9]/);

  // The latency chart has data: hovering it shows the p50, p95 and p99 of a window in its legend.
  await page.getByRole('radio', { name: 'Whole run' }).click();
  const chart = page.getByRole('figure', { name: /End-to-end latency/ });
  await expect(chart.locator('canvas')).toHaveCount(1);
  await expect(async () => {
    await chart.locator('.u-over').hover({ position: { x: 20, y: 20 } });
    await expect(chart.getByLabel('Legend').locator('[data-value]').first()).toHaveText(/\d/, { timeout: 500 });
  }).toPass();
  await expect(chart.getByLabel('Legend')).toContainText('p99');
});
