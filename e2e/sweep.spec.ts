/**
 * Parameter sweep: open a scenario with one client → one service (capacity 100 requests/s), sweep
 * the client's arrival rate across that capacity in parallel workers, and see the queueing knee;
 * switch the metric without re-running; download the data; cancel a long sweep; a point whose
 * scenario is invalid is an error of that point.
 */
import { readFile } from 'node:fs/promises';
import type { Page, Worker } from '@playwright/test';
import { example } from './support/cli';
import { expect, test } from './support/fixtures';
import { seedScenario, waitForReady } from './support/playground';

// M/M/1 at 30 s: exponential service of mean 10 ms on one worker, so the capacity is 100/s.
const scenario = example('mm1.json', { durationMs: 30_000, warmupMs: 2000 });

async function openSweep(page: Page) {
  await seedScenario(page, scenario);
  await page.goto('/play');
  // A busy machine hydrates slowly: give the canvas longer than the default before the usual ready checks.
  await expect(page.locator('[data-testid="canvas"][data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await waitForReady(page);
  await page.getByTestId('sweep-open').click();
  await expect(page.getByTestId('sweep-view')).toBeVisible();
}

async function setRange(page: Page, param: string, from: string, to: string, points: string) {
  await page.getByTestId('sweep-param').selectOption(param);
  await page.getByTestId('sweep-from').fill(from);
  await page.getByTestId('sweep-to').fill(to);
  await page.getByTestId('sweep-points').fill(points);
}

/** The CSV's rows as objects keyed by the header. */
function parseCsv(text: string): Record<string, string>[] {
  const [head, ...rows] = text.trimEnd().split('\r\n').map((l) => l.split(','));
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

test('a sweep of the arrival rate across the service capacity shows the latency knee, and its data downloads', async ({ page }) => {
  test.setTimeout(120_000);
  await openSweep(page);
  await setRange(page, 'node:users:traffic.ratePerSec', '20', '200', '10');
  await page.getByTestId('sweep-run').click();
  await expect(page.getByTestId('sweep-timing')).toContainText('10 runs', { timeout: 60_000 });
  await expect(page.getByTestId('sweep-point')).toHaveCount(10);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sweep-export-csv').click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const rows = parseCsv(await readFile(await download.path(), 'utf8'));
  expect(rows).toHaveLength(10);
  const rate = rows.map((r) => Number(r['Users · arrival rate (/s)']));
  expect(rate).toEqual([20, 40, 60, 80, 100, 120, 140, 160, 180, 200]);
  const p95 = rows.map((r) => Number(r['p95 latency (ms)']));
  // Below capacity the M/M/1 p95 is ln(20)/(μ−λ): 37 ms at 20/s. Past 100/s the line grows without bound.
  expect(p95[0]).toBeGreaterThan(20);
  expect(p95[0]).toBeLessThan(60);
  expect(Math.min(...p95.slice(-3))).toBeGreaterThan(20 * Math.max(...p95.slice(0, 3)));
  for (let i = 5; i < 10; i++) expect(p95[i]).toBeGreaterThan(0.8 * p95[i - 1]);
  // Throughput follows the arrival rate up to the capacity, then stays near it.
  const tput = rows.map((r) => Number(r['throughput (req/s)']));
  expect(tput[0]).toBeGreaterThan(15);
  expect(tput[0]).toBeLessThan(25);
  expect(tput[9]).toBeLessThan(110);

  // Another metric without running again: the table follows, the timing line does not change.
  const timing = await page.getByTestId('sweep-timing').getAttribute('data-wall-ms');
  await page.getByTestId('sweep-metric').selectOption('throughput');
  await expect(page.getByTestId('sweep-points-table')).toContainText('throughput (req/s)');
  await expect(page.getByTestId('sweep-timing')).toHaveAttribute('data-wall-ms', timing!);

  // Hover reads the point under the pointer.
  const box = (await page.getByTestId('sweep-chart').locator('.u-over').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 3 });
  await expect(page.getByTestId('sweep-hover')).toContainText('arrival rate 200 /s: throughput');

  // The SVG is a real vector drawing of the same curve.
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sweep-export-svg').click()]);
  const svgText = await readFile(await svg.path(), 'utf8');
  expect(svgText).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svgText.match(/<circle/g)).toHaveLength(10);

  // Back to the editor, and the canvas is there.
  await page.getByTestId('sweep-back').click();
  await expect(page.getByTestId('sweep-view')).toHaveCount(0);
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
});

test('Cancel stops a sweep in progress and its workers', async ({ page }) => {
  test.setTimeout(120_000);
  const alive = new Set<Worker>();
  page.on('worker', (w) => {
    alive.add(w);
    w.on('close', () => alive.delete(w));
  });
  await openSweep(page);
  await setRange(page, 'node:users:traffic.ratePerSec', '50', '150', '20');
  await page.getByTestId('sweep-duration').fill('3600'); // an hour of simulated time per point: long enough to cancel
  const engine = new Set(alive); // the canvas run's worker, which the sweep leaves alone
  const batch = () => [...alive].filter((w) => !engine.has(w)).length;
  await page.getByTestId('sweep-run').click();
  await expect(page.getByTestId('sweep-progress')).toBeVisible();
  await expect.poll(batch).toBeGreaterThan(0);
  await page.getByTestId('sweep-cancel').click();
  await expect(page.getByTestId('sweep-cancelled')).toBeVisible();
  await expect(page.getByTestId('sweep-progress')).toHaveCount(0);
  await expect(page.getByTestId('sweep-run')).toBeEnabled();
  await expect.poll(batch).toBe(0);
  expect([...engine].every((w) => alive.has(w))).toBe(true);
  await expect(page.getByTestId('sweep-timing')).toHaveCount(0); // no result from the cancelled sweep
});

test('a point whose scenario is invalid is shown as that point’s error, the others run', async ({ page }) => {
  test.setTimeout(120_000);
  await openSweep(page);
  await setRange(page, 'node:server:workers', '0', '3', '4');
  await expect(page.getByTestId('sweep-warning')).toContainText('least value is 1');
  await page.getByTestId('sweep-run').click();
  await expect(page.getByTestId('sweep-point')).toHaveCount(4, { timeout: 60_000 });
  await expect(page.getByTestId('sweep-point').first()).toHaveAttribute('data-error', 'true');
  await expect(page.getByTestId('sweep-point').first()).toContainText('workers');
  await expect(page.locator('[data-testid="sweep-point"][data-error]')).toHaveCount(1);
});
