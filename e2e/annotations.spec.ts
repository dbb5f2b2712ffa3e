/**
 * Annotations, as a teacher or a reviewer uses them: a sticky note with a few lines, dragged into place, an arrow from
 * it to the service that is the bottleneck. They stay after a reload, travel in the share link and the short link to
 * someone else, go into the SVG picture, can be hidden, and never restart a run. A link whose annotation data is
 * broken still opens, and says which entry it left out.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from '@playwright/test';
import LZString from 'lz-string';
import { VIEWPORT, expect, test } from './support/fixtures';
import { canvasNodes, clockMs, waitForReady } from './support/playground';

// Cold loads of fresh browsers on a busy 2-core machine: more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

const TEXT = ['This is the bottleneck', 'p95 climbs here first'];

async function ready(page: Page): Promise<void> {
  await expect(page.locator('[data-testid="canvas"][data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await waitForReady(page);
}

const note = (page: Page) => page.locator('.react-flow__node-note');
const arrows = (page: Page) => page.locator('svg[data-annotation-arrows] g[data-arrow]');
const api = (page: Page) => page.locator('.react-flow__node[data-id="users-api"]');

async function centre(l: Locator): Promise<{ x: number; y: number }> {
  const b = await l.boundingBox();
  if (!b) throw new Error('not on screen');
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Screen distance from the arrowhead's tip region to a box: 0 when they touch. */
async function headToBox(page: Page, box: Locator): Promise<number> {
  const head = await arrows(page).first().locator('polygon').boundingBox();
  const b = await box.boundingBox();
  if (!head || !b) throw new Error('not on screen');
  const dx = Math.max(b.x - (head.x + head.width), head.x - (b.x + b.width), 0);
  const dy = Math.max(b.y - (head.y + head.height), head.y - (b.y + b.height), 0);
  return Math.hypot(dx, dy);
}

async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Share this scenario' });
  const link = await panel.getByRole('textbox', { name: 'Share link' }).inputValue();
  await page.keyboard.press('Escape');
  return link;
}

async function freshPerson(browser: Browser) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  return { context, page, problems };
}

test('a note and an arrow: typed, dragged, attached, kept on reload, shared, exported, hidden — and the run goes on', async ({ page, browser }) => {
  test.setTimeout(240_000);
  await page.goto('/play');
  await ready(page);

  // A run in progress, paused: annotating must not restart it.
  await page.getByTestId('run-play').click();
  await expect.poll(() => clockMs(page), { timeout: 20_000 }).toBeGreaterThan(0);
  await page.getByTestId('run-play').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'paused');
  const clock = await clockMs(page);
  expect(clock).toBeGreaterThan(0);

  // Add a note and type two lines into it.
  await page.getByRole('button', { name: 'Add a note' }).click();
  const box = page.getByRole('textbox', { name: 'Note text' });
  await expect(box).toBeFocused();
  await page.keyboard.type(TEXT[0]);
  await page.keyboard.press('Enter');
  await page.keyboard.type(TEXT[1]);
  await page.keyboard.press('Escape');
  await expect(box).toHaveCount(0);
  await expect(note(page)).toHaveCount(1);
  await expect(note(page).locator('p')).toHaveText(TEXT.join('\n'));
  await expect(canvasNodes(page)).toHaveCount(4); // the three service nodes and the note

  // Drag it down and left; one undo puts it back, one redo moves it again.
  const before = await note(page).boundingBox();
  const start = await centre(note(page));
  await drag(page, start, { x: start.x - 120, y: start.y + 150 });
  const after = await note(page).boundingBox();
  // React Flow starts a drag after the first small move, which the note does not follow: a few pixels short.
  expect(Math.abs(after!.x - before!.x + 120)).toBeLessThan(16);
  expect(Math.abs(after!.y - before!.y - 150)).toBeLessThan(16);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await note(page).boundingBox())!.y).toBeCloseTo(before!.y, 0);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await note(page).boundingBox())!.y).toBeCloseTo(after!.y, 0);

  // An arrow from the note to the Users API service: its head touches the node, and follows it when it moves.
  await page.getByRole('button', { name: 'Draw an arrow' }).click();
  await expect(page.getByTestId('arrow-tool')).toBeVisible(); // loaded on first use
  await drag(page, await centre(note(page)), await centre(api(page)));
  await expect(arrows(page)).toHaveCount(1);
  expect(await headToBox(page, api(page))).toBeLessThan(12);
  await drag(page, await centre(api(page).getByText('Users API')), { x: (await centre(api(page))).x + 60, y: (await centre(api(page))).y - 90 });
  expect(await headToBox(page, api(page))).toBeLessThan(12);

  // None of this restarted the paused run.
  expect(await clockMs(page)).toBe(clock);
  await expect(page.getByTestId('notice').filter({ hasText: 'run restarted' })).toHaveCount(0);

  // Reload: both are still there.
  await page.reload();
  await ready(page);
  await expect(note(page).locator('p')).toHaveText(TEXT.join('\n'));
  await expect(arrows(page)).toHaveCount(1);

  // The SVG picture has them.
  await page.getByTestId('file-menu-button').click();
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Download picture (SVG)' }).click()]);
  const picture = await readFile(await svg.path(), 'utf8');
  expect(picture).toContain(TEXT[0]);
  expect(picture).toContain('data-annotation-arrows');

  // Hidden on request, and back.
  await page.getByRole('button', { name: 'Hide annotations' }).click();
  await expect(note(page)).toHaveCount(0);
  await expect(arrows(page)).toHaveCount(0);
  await page.getByRole('button', { name: /^Show annotations/ }).click();
  await expect(note(page)).toHaveCount(1);
  await expect(arrows(page)).toHaveCount(1);

  // Someone else opens the share link in a browser of their own.
  const link = await shareLink(page);
  const friend = await freshPerson(browser);
  await friend.page.goto(link);
  await ready(friend.page);
  await expect(note(friend.page).locator('p')).toHaveText(TEXT.join('\n'));
  await expect(arrows(friend.page)).toHaveCount(1);
  expect(await headToBox(friend.page, api(friend.page))).toBeLessThan(12);
  expect(friend.problems).toEqual([]);
  await friend.context.close();

  // And the short link.
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Share this scenario' });
  await panel.getByRole('button', { name: 'Create short link' }).click();
  const short = await panel.getByRole('textbox', { name: 'Short link' }).inputValue();
  const third = await freshPerson(browser);
  await third.page.goto(short);
  await ready(third.page);
  await expect(note(third.page).locator('p')).toHaveText(TEXT.join('\n'));
  await expect(arrows(third.page)).toHaveCount(1);
  expect(third.problems).toEqual([]);
  await third.context.close();

  // Delete removes the selected note and the arrow that started at it, in one undo step.
  await page.keyboard.press('Escape');
  await note(page).click();
  await page.keyboard.press('Delete');
  await expect(note(page)).toHaveCount(0);
  await expect(arrows(page)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(note(page)).toHaveCount(1);
  await expect(arrows(page)).toHaveCount(1);
});

test('a link with broken annotation data opens the scenario and names the entry it left out', async ({ page }) => {
  await page.goto('/play');
  await ready(page);
  const link = await shareLink(page);
  const [origin, fragment] = link.split('#s=1.');
  const doc = JSON.parse(LZString.decompressFromEncodedURIComponent(fragment)!);
  doc.name = 'Annotated elsewhere';
  doc.annotations = [
    { kind: 'note', id: 'n1', position: { x: 0, y: 300 }, text: 'kept' },
    { kind: 'arrow', id: 'a1', from: { x: 'left', y: 0 }, to: { x: 10, y: 10 } },
  ];
  await page.goto('about:blank');
  await page.goto(`${origin}#s=1.${LZString.compressToEncodedURIComponent(JSON.stringify(doc))}`);
  await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Annotated elsewhere');
  await expect(page.getByTestId('notice').filter({ hasText: 'annotations[1].from.x' })).toContainText('One annotation is not shown');
  await expect(note(page).locator('p')).toHaveText('kept');
  await expect(canvasNodes(page)).toHaveCount(4);
});
