import { test, expect, type Page } from '@playwright/test';
import { VIEWPORT } from './support/fixtures';
import { nodeByLabel, seedScenario, waitForReady } from './support/playground';

/**
 * The request console: a real fetch() from the page, answered by the msw service worker from the
 * running simulation. Web app → Users API (5 ms link, 40 ms of work) → Users DB (5 ms, 20 ms): with
 * workers to spare and constant times, a GET takes exactly 70 simulated ms.
 */
const scenario = {
  version: 1,
  name: 'Console chain',
  seed: 5,
  run: { durationMs: 600_000 },
  nodes: [
    { id: 'web', kind: 'client', label: 'Web app', position: { x: 0, y: 120 }, traffic: { type: 'constant', ratePerSec: 2 }, operations: [{ name: 'GET /api/users/{id}', weight: 3 }, { name: 'POST /api/users', weight: 1 }] },
    { id: 'api', kind: 'service', label: 'Users API', position: { x: 340, y: 120 }, workers: 50, serviceTime: { type: 'constant', value: 40 } },
    { id: 'db', kind: 'service', label: 'Users DB', position: { x: 680, y: 120 }, workers: 50, serviceTime: { type: 'constant', value: 20 } },
  ],
  links: [
    { id: 'web-api', kind: 'rest', from: 'web', to: 'api', latency: { type: 'constant', value: 5 } },
    { id: 'api-db', kind: 'rest', from: 'api', to: 'db', latency: { type: 'constant', value: 5 } },
  ],
};

test.use({ viewport: VIEWPORT });

/** Console errors other than the browser's own "Failed to load resource" line for a 4xx/5xx answer (the point of this spec). */
function watchErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

/** openPlayground, with more patience for hydration: on a loaded two-core machine it can take longer than 5 s. */
async function openPlayground(page: Page, doc: unknown): Promise<void> {
  await seedScenario(page, doc);
  await page.goto('/play');
  await expect(page.locator('[data-testid="canvas"][data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('run-status')).not.toHaveAttribute('data-status', 'idle', { timeout: 30_000 });
  await waitForReady(page);
}

async function openConsole(page: Page): Promise<void> {
  await page.getByTestId('tab-console').click();
  await expect(page.getByTestId('console-panel')).toHaveAttribute('data-worker', 'on', { timeout: 20_000 });
}

async function send(page: Page, method: string, path: string) {
  const before = await page.getByTestId('console-entry').count();
  await page.getByTestId('console-method').selectOption(method);
  await page.getByTestId('console-path').fill(path);
  await page.getByTestId('console-send').click();
  await expect(page.getByTestId('console-entry')).toHaveCount(before + 1);
  const entry = page.getByTestId('console-entry').first();
  await expect(entry).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  return entry;
}

test('a console request on a paused run comes back with the simulated status and latency, and lights up its path', async ({ page }) => {
  test.setTimeout(60_000);
  const problems = watchErrors(page);
  await openPlayground(page, scenario);
  await openConsole(page);

  const entry = await send(page, 'GET', '/api/users/42');
  await expect(entry.getByTestId('console-status')).toHaveText('200');
  await expect(entry.getByTestId('console-latency')).toHaveText('70 ms simulated');
  await expect(entry.getByTestId('console-answered-by')).toContainText('answered by the service worker (msw)');

  // Its path lights up on the canvas: the three nodes and both links.
  const lit = page.getByTestId('console-trace-highlight');
  await expect(lit).toHaveAttribute('data-nodes', /web/);
  expect(((await lit.getAttribute('data-nodes')) ?? '').split(' ').sort()).toEqual(['api', 'db', 'web']);
  expect(((await lit.getAttribute('data-links')) ?? '').split(' ').sort()).toEqual(['api-db', 'web-api']);
  await expect(nodeByLabel(page, 'Users DB')).toHaveCSS('outline-style', 'solid');
  await expect(page.getByTestId('console-waterfall')).toBeVisible();

  // The body says which entity it touched.
  await entry.getByRole('button', { name: 'Body' }).click();
  await expect(entry.getByTestId('console-body-text')).toContainText('"id": "42"');

  // Paused: the clock moved on just far enough to answer, so the next request starts at 70 ms.
  const second = await send(page, 'GET', '/api/users/43');
  await expect(second.getByTestId('console-status')).toHaveText('200');
  await expect(second).toContainText('started at 70 ms simulated');
  expect(problems).toEqual([]);
});

test('with the Users DB down, a console request gets a 5xx from the simulation', async ({ page }) => {
  test.setTimeout(60_000);
  const problems = watchErrors(page);
  await openPlayground(page, scenario);
  await nodeByLabel(page, 'Users DB').click();
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByRole('heading', { name: 'Users DB' })).toBeVisible();
  await inspector.getByLabel('For', { exact: true }).fill('60');
  await inspector.getByTestId('inject-outage').click();
  await expect(page.getByTestId('notice').filter({ hasText: 'Injected at' })).toBeVisible();

  await openConsole(page);
  const entry = await send(page, 'GET', '/api/users/7');
  await expect(entry.getByTestId('console-status')).toHaveText(/^5\d\d/);
  await expect(entry.getByTestId('console-status')).toHaveText('500 error');
  // It fails where the DB refuses: 5 + 40 + 5 ms.
  await expect(entry.getByTestId('console-latency')).toHaveText('50 ms simulated');
  expect(problems).toEqual([]);
});

test('a running simulation answers when its clock gets there', async ({ page }) => {
  test.setTimeout(60_000);
  const problems = watchErrors(page);
  await openPlayground(page, scenario);
  await openConsole(page);
  await page.getByTestId('run-play').click();
  const entry = await send(page, 'POST', '/api/users');
  await expect(entry.getByTestId('console-status')).toHaveText('201');
  await expect(entry.getByTestId('console-latency')).toHaveText('70 ms simulated');
  expect(problems).toEqual([]);
});

test('real app routes are not intercepted while the console worker runs', async ({ page }) => {
  test.setTimeout(60_000);
  await openPlayground(page, scenario);
  await openConsole(page);
  const res = await page.evaluate(async () => {
    const r = await fetch('/api/scenarios/doesnotexist');
    return { status: r.status, type: r.headers.get('content-type'), msw: r.headers.get('x-interplay-answered-by'), body: await r.text() };
  });
  expect(res.status).toBe(404);
  expect(res.msw).toBeNull();
  expect(res.type).toContain('application/json');
  // An address no operation matches is not answered by the simulation either: the app server says 404.
  const other = await page.evaluate(async () => {
    const r = await fetch('/api/orders/1');
    return { status: r.status, msw: r.headers.get('x-interplay-answered-by') };
  });
  expect(other).toEqual({ status: 404, msw: null });
  // The console worker is really there and controls the page.
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '')).toMatch(/mockServiceWorker\.js$/);
});
