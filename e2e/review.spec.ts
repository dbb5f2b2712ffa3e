import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { dragLink } from './support/canvas';
import { expect, test } from './support/fixtures';
import { canvasNodes, nodeByLabel, openPlayground, waitForReady } from './support/playground';

/** In B, the Users API → Users DB REST call becomes a queue in between (as in compare.spec). */
async function forkWithQueue(page: Page): Promise<void> {
  const strip = page.getByTestId('variant-strip');
  await strip.getByRole('button', { name: 'Fork A' }).click();
  await expect(strip).toHaveAttribute('data-active', 'B');
  const rest = page.locator('.react-flow__edge[data-id="users-api-users-db"]');
  const handle = (await nodeByLabel(page, 'Users API').locator('.react-flow__handle.source').boundingBox())!;
  await page.mouse.click(handle.x + handle.width + 16, handle.y + handle.height / 2);
  await expect(rest).toHaveClass(/selected/);
  await page.keyboard.press('Delete');
  await dragLink(page, nodeByLabel(page, 'Users API'), nodeByLabel(page, 'Users DB'));
  await page.getByTestId('connect-popover').getByRole('menuitem', { name: /^Via a new queue/ }).click();
  await expect(canvasNodes(page)).toHaveCount(4);
}

test('fork, change, compare, export review: one HTML file with both variants’ pictures, the p95 row and links that reopen each variant', async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  await openPlayground(page);
  const seed = await page.getByTestId('run-seed').inputValue();
  await forkWithQueue(page);

  await page.getByTestId('variant-strip').getByRole('button', { name: 'Compare' }).click();
  const view = page.getByTestId('compare-view');
  await expect(view).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  const p95 = async (v: string) => Number(await view.locator(`[data-testid="compare-table"] tr[data-metric="p95"] td[data-variant="${v}"]`).getAttribute('data-value'));
  const [a95, b95] = [await p95('A'), await p95('B')];

  const [download] = await Promise.all([page.waitForEvent('download'), view.getByTestId('export-review').click()]);
  expect(download.suggestedFilename()).toMatch(/-review\.html$/);
  const file = testInfo.outputPath('review.html');
  await download.saveAs(file);
  const html = await readFile(file, 'utf8');

  // Self-contained: no script and nothing fetched from elsewhere.
  expect(html).not.toMatch(/<script|<link |src=/i);
  // Rendered on its own, as a reviewer opens it: a picture per variant, the table with the screen's p95 numbers.
  const doc = await browser.newPage();
  await doc.setContent(html);
  await expect(doc.locator('figure[data-variant="A"] svg')).toHaveCount(1);
  await expect(doc.locator('figure[data-variant="B"] svg')).toHaveCount(1);
  await expect(doc.locator('figure[data-variant="B"] figcaption')).toContainText('added');
  const row = doc.locator('[data-testid="review-table"] tr[data-metric="p95"]');
  expect(Number(await row.locator('td[data-variant="A"]').getAttribute('data-value'))).toBe(a95);
  expect(Number(await row.locator('td[data-variant="B"]').getAttribute('data-value'))).toBe(b95);
  await expect(row.locator('td[data-variant="B"] .delta')).toHaveClass(/better/);
  const links = Object.fromEntries(await Promise.all(['A', 'B'].map(async (v) => [v, (await doc.locator(`a[data-variant-link="${v}"]`).getAttribute('href'))!] as const)));
  const workspace = (await doc.getByTestId('review-workspace-link').getAttribute('href'))!;
  await doc.close();

  // Each link, in a fresh browser (no autosave), opens that variant's scenario: A has 3 boxes, B 4 with a queue.
  for (const [v, nodes] of [['A', 3], ['B', 4]] as const) {
    expect(links[v]).toContain('/play#s=');
    const ctx = await browser.newContext();
    const fresh = await ctx.newPage();
    await fresh.goto(links[v]);
    await waitForReady(fresh);
    await expect(canvasNodes(fresh)).toHaveCount(nodes);
    await expect(fresh.getByTestId('run-seed')).toHaveValue(seed);
    await expect(fresh.getByTestId('variant-strip').getByRole('button', { name: 'B', exact: true })).toHaveCount(0);
    await ctx.close();
  }
  // The workspace link brings both variants back.
  const ctx = await browser.newContext();
  const fresh = await ctx.newPage();
  await fresh.goto(workspace);
  await waitForReady(fresh);
  await expect(fresh.getByTestId('variant-strip').getByRole('button', { name: 'B', exact: true })).toBeVisible();
  await ctx.close();

  // The same report as Markdown: the table as a Markdown table, the links as links.
  const [md] = await Promise.all([page.waitForEvent('download'), view.getByTestId('export-review-md').click()]);
  expect(md.suggestedFilename()).toMatch(/-review\.md$/);
  const mdFile = testInfo.outputPath('review.md');
  await md.saveAs(mdFile);
  const text = await readFile(mdFile, 'utf8');
  expect(text).toMatch(/^\| p95 latency/im);
  expect(text).toContain(`(<${links.B}>)`);
});
