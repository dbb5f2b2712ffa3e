import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { nodeByLabel, openPlayground } from './support/playground';

/**
 * Shop calls Payments five times a second through a small Resilience4j breaker: it decides on the
 * last 4 calls, opens at 50 % failures, waits 2 s and then half-opens by itself for 10 trial calls.
 */
const scenario = {
  version: 1,
  name: 'Breaker in front of payments',
  seed: 3,
  run: { durationMs: 600_000 },
  nodes: [
    { id: 'shop', kind: 'client', label: 'Shop', position: { x: 0, y: 80 }, traffic: { type: 'constant', ratePerSec: 5 } },
    { id: 'payments', kind: 'service', label: 'Payments', position: { x: 420, y: 80 }, workers: 8, serviceTime: { type: 'constant', value: 20 } },
  ],
  links: [
    {
      id: 'shop-payments',
      kind: 'rest',
      from: 'shop',
      to: 'payments',
      circuitBreaker: {
        slidingWindowSize: 4,
        minimumNumberOfCalls: 4,
        failureRateThreshold: 50,
        waitDurationInOpenState: 2000,
        permittedNumberOfCallsInHalfOpenState: 10,
        automaticTransitionFromOpenToHalfOpenEnabled: true,
      },
    },
  ],
};

/**
 * Notes every state the breaker tile shows, as the page draws it. A state can be on screen for
 * less than the time one look from the test takes on a busy machine; this way none is missed.
 */
async function watchBreaker(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    const note = () => {
      const state = document.querySelector('[data-testid="breaker-tile"]')?.textContent?.match(/Circuit (HALF-OPEN|OPEN|CLOSED)/)?.[1];
      if (state && seen.at(-1) !== state) seen.push(state);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
    note();
    (window as unknown as { breakerSeen: string[] }).breakerSeen = seen;
  });
  return () => page.evaluate(() => (window as unknown as { breakerSeen: string[] }).breakerSeen);
}

test('an injected outage opens the breaker, which half-opens after its wait and closes again', async ({ page }) => {
  // About 10 s alone; up to twice that while the other Playwright worker runs a simulation on the same two cores.
  test.setTimeout(45_000);
  await openPlayground(page, scenario);
  await page.getByTestId('run-speed').selectOption({ label: '5×' });
  await page.getByTestId('run-play').click();

  const tile = page.getByTestId('breaker-tile');
  await expect(tile).toContainText('Circuit CLOSED');
  // Enough calls recorded for the breaker to have an opinion: the failure rate shows as a number.
  await expect(tile).toContainText(/failure rate\s*0%/);
  const seen = await watchBreaker(page);

  await nodeByLabel(page, 'Payments').click();
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByRole('heading', { name: 'Payments' })).toBeVisible();
  await inspector.getByLabel('For', { exact: true }).fill('1');
  await inspector.getByTestId('inject-outage').click();
  await expect(page.getByTestId('notice').filter({ hasText: 'Injected at' })).toContainText('outage on payments for 1 s');

  // Each state in turn: OPEN (calls fail fast), HALF-OPEN after the 2 s wait, CLOSED once the trial calls succeed.
  const story = ['CLOSED', 'OPEN', 'HALF-OPEN', 'CLOSED'];
  for (let n = 2; n <= story.length; n++) {
    await expect.poll(async () => (await seen()).slice(0, n), { message: `the breaker tile has shown ${story[n - 1]}`, timeout: 15_000 }).toEqual(story.slice(0, n));
  }
  expect(await seen()).toEqual(story);
  await expect(tile).toContainText('Circuit CLOSED');
  await expect(tile.getByTestId('breaker-short-circuited')).not.toHaveText('0');
  // The tile keeps the story too, including a HALF_OPEN too short to catch by eye.
  await expect(tile.getByTestId('breaker-history')).toHaveAttribute('data-history', 'OPEN,HALF_OPEN,CLOSED');
});
