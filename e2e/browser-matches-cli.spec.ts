import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseScenario, runScenario, type Report } from '../simulations/index';

/** Everything but the wall-clock figures, which differ by machine and by run. */
function withoutPerf(r: Report): Omit<Report, 'perf'> {
  const { perf, ...rest } = r;
  expect(perf?.eventsPerSec ?? 0).toBeGreaterThan(0);
  return rest;
}

test('the engine in the browser worker gives the same report as Node for the same scenario and seed', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

  await page.goto('/examples');
  await page.getByRole('button', { name: /M\/M\/1/ }).click();
  await page.getByLabel('Seed').fill('4242');
  await page.getByLabel('Simulated seconds').fill('120');
  await page.getByRole('button', { name: 'Run in the browser' }).click();

  const json = await page.getByTestId('report-json').textContent({ timeout: 20_000 });
  const browser = JSON.parse(json ?? '{}') as Report;

  const scenario = parseScenario(JSON.parse(readFileSync('simulations/examples/mm1.json', 'utf8')));
  const node = runScenario(scenario, { seed: 4242, durationMs: 120_000 });

  expect(browser.seed).toBe(4242);
  expect(browser.events).toBeGreaterThan(10_000);
  expect(withoutPerf(browser)).toEqual(node);
  await expect(page.getByTestId('report-text')).toContainText('users');
  expect(errors).toEqual([]);
});

test('an invalid run setting is refused with a message and nothing runs', async ({ page }) => {
  await page.goto('/examples');
  await page.getByLabel('Seed').fill('-3');
  await page.getByRole('button', { name: 'Run in the browser' }).click();
  await expect(page.getByRole('region', { name: 'Run' }).getByRole('alert')).toContainText('seed must be a whole number');
  await expect(page.getByTestId('report')).toHaveCount(0);
});
