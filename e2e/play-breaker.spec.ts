import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { nodeByLabel, openPlayground } from './support/playground';

/**
 * Shop calls Payments five times a second through a small Resilience4j breaker: it decides on the
 * last 10 calls, opens at 50 % failures, waits 2 s, then half-opens by itself and decides on 10
 * trial calls. So each state lasts about 2 simulated seconds: OPEN by its wait, HALF_OPEN by the
 * trial calls (Resilience4j decides there after min(minimumNumberOfCalls, permitted) calls).
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
        slidingWindowSize: 10,
        minimumNumberOfCalls: 10,
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
  // About 10 s alone; two to three times that on a busy two-core machine with the other worker running a simulation.
  test.setTimeout(60_000);
  await openPlayground(page, scenario);
  // 2×: the story takes a few seconds, and each state stays on screen for about a second, enough to
  // be drawn even when the machine is busy (the badges are redrawn a few times a second, not per frame).
  await page.getByTestId('run-speed').selectOption({ label: '2×' });
  await page.getByTestId('run-play').click();

  const tile = page.getByTestId('breaker-tile');
  await expect(tile).toContainText('Circuit CLOSED');
  // Enough calls recorded for the breaker to have an opinion: the failure rate shows as a number.
  await expect(tile).toContainText(/failure rate\s*0%/);
  const seen = await watchBreaker(page);

  await nodeByLabel(page, 'Payments').click();
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByRole('heading', { name: 'Payments' })).toBeVisible();
  // Two seconds: long enough to open the breaker, over before its 2 s wait ends, so the trial calls succeed.
  await inspector.getByLabel('For', { exact: true }).fill('2');
  await inspector.getByTestId('inject-outage').click();
  await expect(page.getByTestId('notice').filter({ hasText: 'Injected at' })).toContainText('outage on payments for 2 s');

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
