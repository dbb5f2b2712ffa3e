import { cliReport, example, withoutPerf } from './support/cli';
import { expect, test } from './support/fixtures';
import { openPlayground, playToEnd, readReport } from './support/playground';

test('a run in the playground reports the same numbers as the CLI for the same scenario and seed', async ({ page }) => {
  // The breaker example, cut to 30 s: the outage from 20 s opens the breaker, so retries, timeouts,
  // short-circuits and breaker transitions are all in the comparison, not only happy-path counts.
  const scenario = example('circuit-breaker.json', { durationMs: 30_000 });
  await openPlayground(page, scenario);

  // A seed of our own, typed like a person would: the report must follow it.
  const seed = page.getByTestId('run-seed');
  await seed.fill('4242');
  await seed.press('Enter');
  await expect(seed).toHaveValue('4242');

  await page.getByRole('tab', { name: 'Report' }).click();
  await expect(page.getByTestId('report-pending')).toContainText('The report appears when the run finishes');

  await playToEnd(page);
  const browser = await readReport(page);

  const cli = cliReport(scenario, 4242);
  expect(browser.seed).toBe(4242);
  expect(browser.simulatedMs).toBe(30_000);
  expect(withoutPerf(browser)).toEqual(withoutPerf(cli));

  // The tables show the same numbers: the shoppers' sent count, and the breaker opening at the outage.
  const sent = cli.clients.shoppers.sent.toLocaleString('en-US');
  await expect(page.getByTestId('report-clients').locator('tr[data-row="shoppers"]')).toContainText(sent);
  await expect(page.getByTestId('report-links').locator('tr[data-row="checkout-payments"]')).toContainText(/OPEN 2\d\.\d s/);
});
