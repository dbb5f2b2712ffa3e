/**
 * Sharing, as two people do it: one edits a scenario and shares it, the other opens the link in a browser of their
 * own and sees the same graph and, after the same run, the same numbers. Then the short link, a broken link, and a
 * link opened over someone's own work.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import LZString from 'lz-string';
import { renameInPlace } from './support/canvas';
import { example, withoutPerf } from './support/cli';
import { VIEWPORT, expect, test } from './support/fixtures';
import { canvasNodes, playToEnd, readReport, seedScenario, waitForReady } from './support/playground';

// Cold loads of fresh browsers and three runs to the end: minutes on a busy 2-core machine, not the default 30 s.
test.describe.configure({ timeout: 90_000 });

const EVIL_NAME = 'Checkout <img src=x onerror=alert(1)>';
const EVIL_LABEL = '<b>Orders</b> API';

/** A second person: a browser context of their own (no shared storage), checked for console errors like the main page. */
async function otherPerson(browser: Browser, allowed: RegExp[] = []): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !allowed.some((a) => a.test(m.text()))) problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  return { page, context, problems };
}

/** waitForReady, after a longer first wait: a fresh browser loads the app cold, which takes seconds on a busy machine. */
async function ready(page: Page): Promise<void> {
  await expect(page.locator('[data-testid="canvas"][data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('run-status')).not.toHaveAttribute('data-status', 'idle', { timeout: 30_000 });
  await waitForReady(page);
}

/** Opens /play with `scenario` as the work saved on an earlier visit. */
async function openWith(page: Page, scenario?: unknown): Promise<void> {
  if (scenario !== undefined) await seedScenario(page, scenario);
  await page.goto('/play');
  await ready(page);
}

async function labels(page: Page): Promise<string[]> {
  return canvasNodes(page).getByTitle(/double-click to rename/).allTextContents();
}

async function openShareMenu(page: Page) {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Share this scenario' });
  await expect(panel).toBeVisible();
  return panel;
}

/** Sees the shared scenario in `page` as its author left it, runs it to the end and returns the report. */
async function sameGraphAndRun(page: Page, expected: { labels: string[]; name: string }): Promise<Record<string, unknown>> {
  await ready(page);
  await expect.poll(() => labels(page)).toEqual(expected.labels);
  await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue(expected.name);
  await expect(page.getByTestId('run-seed')).toHaveValue('4242');
  // The address is plain /play once the scenario is open, so a reload does not open it again.
  await expect(page).toHaveURL(/\/play$/);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await playToEnd(page);
  return readReport(page);
}

test('a shared link and a short link open the same graph elsewhere, and the same run gives the same numbers', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openWith(page);

  // Make the starter someone's own: a parameter, a node name, the scenario's name (with markup in it), seed, duration.
  const api = page.locator('.react-flow__node[data-id="users-api"]'); // by id: its label is about to change
  await expect(api).toContainText('Users API');
  await api.click();
  const workers = page.getByTestId('inspector').getByLabel('Workers', { exact: true });
  await workers.fill('2');
  await workers.press('Enter');
  await expect(api).toContainText('2 workers');
  await renameInPlace(page, api, EVIL_LABEL);
  await page.locator('.react-flow__pane').click({ position: { x: 300, y: 440 } }); // nothing selected: the scenario's settings
  const duration = page.getByTestId('inspector').getByLabel('Duration', { exact: true });
  await duration.fill('20');
  await duration.press('Enter');
  const title = page.getByRole('textbox', { name: 'Scenario name' });
  await title.fill(EVIL_NAME);
  await title.press('Enter');
  const seed = page.getByTestId('run-seed');
  await seed.fill('4242');
  await seed.press('Enter');
  await expect(seed).toHaveValue('4242');
  const expected = { labels: ['Web app', EVIL_LABEL, 'Users DB'], name: EVIL_NAME };
  expect(await labels(page)).toEqual(expected.labels);

  await playToEnd(page);
  const mine = await readReport(page);
  expect(mine.seed).toBe(4242);
  expect(mine.simulatedMs).toBe(20_000);

  // The link, with its length; copying keeps it in My scenarios.
  const panel = await openShareMenu(page);
  const link = await panel.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toMatch(/\/play#s=1\.[A-Za-z0-9+$-]+$/);
  await expect(panel.getByTestId('share-link-length')).toContainText(`${link.length.toLocaleString('en-US')} characters`);
  await expect(panel.getByTestId('share-long-warning')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Copy link' }).click();
  await expect(panel.getByTestId('my-scenario-title').first()).toHaveText(EVIL_NAME);

  // Someone else opens it.
  const friend = await otherPerson(browser);
  await friend.page.goto(link);
  const theirs = await sameGraphAndRun(friend.page, expected);
  expect(withoutPerf(theirs)).toEqual(withoutPerf(mine));
  expect(friend.problems).toEqual([]);
  await friend.context.close();

  // A short link: stored on the server, opened at /s/{id} by a third person.
  await panel.getByRole('button', { name: 'Create short link' }).click();
  const short = await panel.getByRole('textbox', { name: 'Short link' }).inputValue();
  expect(short).toMatch(/\/s\/[0-9A-Za-z]{12}$/);
  await expect(panel.getByTestId('my-scenario')).toHaveCount(2);
  // Everything fits the panel's width: no button hides behind a sideways scroll.
  expect(await panel.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await panel.getByRole('button', { name: `Remove “${EVIL_NAME}” from My scenarios` }).last().click();
  await expect(panel.getByTestId('my-scenario')).toHaveCount(1);
  await expect(panel.getByTestId('my-scenario')).toContainText(new URL(short).pathname);
  const third = await otherPerson(browser);
  await third.page.goto(short);
  const viaShort = await sameGraphAndRun(third.page, expected);
  expect(withoutPerf(viaShort)).toEqual(withoutPerf(mine));
  // Opened once, it is their own copy: a reload keeps it (autosave) and asks nothing.
  await third.page.reload();
  await ready(third.page);
  expect(await labels(third.page)).toEqual(expected.labels);
  await expect(third.page.getByTestId('open-prompt')).toHaveCount(0);
  expect(third.problems).toEqual([]);
  await third.context.close();
  expect(dialogs).toEqual([]);
});

test('a broken link says what is wrong and where, and the autosaved work stays', async ({ page }) => {
  const mine = example('mm1.json');
  await openWith(page, mine);
  const before = await labels(page);
  expect(before).toEqual(['Users', 'Server']);

  const broken = example('circuit-breaker.json') as { links: { to: string }[] };
  broken.links[0].to = 'db';
  const whole = LZString.compressToEncodedURIComponent(JSON.stringify(example('order-events.json')));
  const cutShort = `/play#s=1.${whole.slice(0, Math.floor(whole.length / 2))}`;
  // Opened as a page load, and pasted into the address bar of the open playground (only the fragment changes).
  for (const go of [() => page.goto('/').then(() => page.goto(`/play#s=1.${LZString.compressToEncodedURIComponent(JSON.stringify(broken))}`)), () => page.goto(cutShort)]) {
    await go();
    await ready(page);
    const notice = page.getByTestId('notice').filter({ hasText: 'Could not open the shared link' }).last();
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(/links\[0\]\.to: no node with id "db"|the link is cut short/);
    await expect(notice).toContainText('Your current work is unchanged.');
    expect(await labels(page)).toEqual(before);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
  }

  // Nothing was lost: a reload finds the autosaved work, and no message comes back.
  await page.reload();
  await ready(page);
  expect(await labels(page)).toEqual(before);
  await expect(page.getByTestId('notice')).toHaveCount(0);
});

test('a link opened over your own work asks first; opening is one undo step away from your work', async ({ page }) => {
  await openWith(page, example('mm1.json'));
  const shared = example('order-events.json');
  const url = `/play#s=1.${LZString.compressToEncodedURIComponent(JSON.stringify(shared))}`;
  const prompt = page.getByRole('alertdialog', { name: 'Open the shared scenario?' });

  await page.goto('/');
  await page.goto(url);
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText(`“${shared.name}”`);
  await expect(prompt).toContainText('“M/M/1: one server, Poisson arrivals”');
  await prompt.getByRole('button', { name: 'Keep my work' }).click();
  await expect(prompt).toHaveCount(0);
  await expect(page).toHaveURL(/\/play$/);
  expect(await labels(page)).toEqual(['Users', 'Server']);

  await page.goto('/');
  await page.goto(url);
  await prompt.getByRole('button', { name: 'Open the shared scenario' }).click();
  await expect.poll(() => labels(page)).not.toEqual(['Users', 'Server']);
  const opened = await labels(page);
  await page.keyboard.press('Control+z');
  await expect.poll(() => labels(page)).toEqual(['Users', 'Server']);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => labels(page)).toEqual(opened);
  // Autosave goes on as before: a reload finds the opened scenario and asks nothing.
  await page.reload();
  await ready(page);
  expect(await labels(page)).toEqual(opened);
  await expect(prompt).toHaveCount(0);
});

test('a short link that does not exist says so, and the work stays', async ({ browser }) => {
  const person = await otherPerson(browser, [/Failed to load resource: the server responded with a status of 404/]);
  await seedScenario(person.page, example('mm1.json'));
  await person.page.goto('/s/000000000000');
  await ready(person.page);
  await expect(person.page.getByTestId('notice').filter({ hasText: 'Could not open the short link /s/000000000000' })).toContainText(
    'there is no stored scenario with id "000000000000" — the link may be mistyped or cut short. Your current work is unchanged.',
  );
  expect(await labels(person.page)).toEqual(['Users', 'Server']);
  await expect(person.page).toHaveURL(/\/play$/);
  expect(person.problems).toEqual([]);
  await person.context.close();
});
