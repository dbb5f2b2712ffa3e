import { cliReport, withoutPerf } from './support/cli';
import { expect, test } from './support/fixtures';
import { nodeByLabel, openPlayground, playToEnd, readReport, waitForReady } from './support/playground';

const scenario = {
  version: 1,
  name: 'Invalid input keeps the last valid value',
  seed: 11,
  run: { durationMs: 20_000 },
  nodes: [
    { id: 'web', kind: 'client', label: 'Web', position: { x: 0, y: 80 }, traffic: { type: 'poisson', ratePerSec: 60 } },
    { id: 'orders', kind: 'service', label: 'Orders', position: { x: 420, y: 80 }, workers: 4, serviceTime: { type: 'exponential', mean: 25 } },
  ],
  links: [{ id: 'web-orders', kind: 'rest', from: 'web', to: 'orders' }],
};

test('an invalid value in the inspector shows an error and the last valid value stays, across a reload and in the run', async ({ page }) => {
  await openPlayground(page, scenario);
  const orders = nodeByLabel(page, 'Orders');
  await orders.click();
  const inspector = page.getByTestId('inspector');
  const workers = inspector.getByLabel('Workers', { exact: true });
  const error = inspector.getByRole('alert');

  await workers.fill('2');
  await workers.press('Enter');
  await expect(orders).toContainText('2 workers');
  await expect(error).toHaveCount(0);

  for (const [bad, says] of [['-3', /≥ 1/], ['abc', /not a number/]] as const) {
    await workers.fill(bad);
    await expect(workers).toHaveAttribute('aria-invalid', 'true');
    await expect(error).toContainText(says);
    // The document, and so the canvas and the run, keep the last valid value.
    await expect(orders).toContainText('2 workers');
    await expect(page.getByTestId('run-status')).not.toHaveAttribute('data-status', 'invalid');
  }

  await page.reload();
  await waitForReady(page);
  await orders.click();
  await expect(workers).toHaveValue('2');
  await expect(workers).not.toHaveAttribute('aria-invalid', 'true');
  await expect(error).toHaveCount(0);

  // With a bad value typed again, the run still uses 2 workers: its report is the CLI's for workers = 2.
  await workers.fill('-3');
  await expect(error).toBeVisible();
  await playToEnd(page);
  const report = await readReport(page);
  const valid = { ...scenario, nodes: [scenario.nodes[0], { ...scenario.nodes[1], workers: 2 }] };
  expect(withoutPerf(report)).toEqual(withoutPerf(cliReport(valid, 11)));
  expect(withoutPerf(report)).not.toEqual(withoutPerf(cliReport(scenario, 11)));
});
