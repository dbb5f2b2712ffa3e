import type { Locator, Page } from '@playwright/test';
import { dropFromPalette, renameInPlace } from './support/canvas';
import { expect, test } from './support/fixtures';
import { canvasNodes, openPlayground, waitForReady } from './support/playground';

/** Where a node sits on the canvas, in the document's coordinates (React Flow writes them into its transform). */
async function placeOf(node: Locator): Promise<string> {
  return node.evaluate((el) => (el as HTMLElement).style.transform);
}

async function labels(page: Page): Promise<string[]> {
  return canvasNodes(page).getByTitle(/double-click to rename/).allTextContents();
}

/** Presses on the node's body and drags it by (dx, dy) screen pixels. */
async function dragNode(page: Page, node: Locator, dx: number, dy: number): Promise<void> {
  const box = await node.boundingBox();
  if (!box) throw new Error('node is not visible');
  const x = box.x + box.width / 2;
  const y = box.y + box.height - 12; // on the badges: clear of the label (double-click renames) and the handles
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 6 });
  await page.mouse.move(x + dx, y + dy, { steps: 6 });
  await page.mouse.up();
}

test('undo and redo step through add, rename and move; a reload finds the work intact', async ({ page }) => {
  await openPlayground(page);
  const undoButton = page.getByRole('button', { name: 'Undo', exact: true });
  const redoButton = page.getByRole('button', { name: 'Redo', exact: true });
  await expect(undoButton).toBeDisabled();
  const starter = await labels(page);
  expect(starter).toEqual(['Web app', 'Users API', 'Users DB']);

  // Three edits, three undo steps.
  const node = await dropFromPalette(page, 'Queue', { x: 420, y: 70 });
  await expect(node).toContainText('Queue');
  await renameInPlace(page, node, 'Orders queue');
  const placed = await placeOf(node);
  await dragNode(page, node, 160, 0);
  await expect.poll(() => placeOf(node)).not.toBe(placed);
  const moved = await placeOf(node);

  // Undo with the keyboard, then the toolbar, then the keyboard again.
  await page.keyboard.press('Control+z');
  await expect.poll(() => placeOf(node)).toBe(placed);
  await undoButton.click();
  await expect(node.getByTitle(/double-click to rename/)).toHaveText('Queue');
  await page.keyboard.press('Control+z');
  await expect(node).toHaveCount(0);
  expect(await labels(page)).toEqual(starter);

  // Redo brings each step back, in order.
  await page.keyboard.press('Control+Shift+z');
  await expect(node).toContainText('Queue');
  await redoButton.click();
  await expect(node.getByTitle(/double-click to rename/)).toHaveText('Orders queue');
  await page.keyboard.press('Control+y');
  await expect.poll(() => placeOf(node)).toBe(moved);
  await expect(redoButton).toBeDisabled();

  // A reload (or a crash) loses nothing: the same nodes, names, places and links.
  const links = await page.locator('.react-flow__edge').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  await page.reload();
  await waitForReady(page);
  expect(await labels(page)).toEqual([...starter, 'Orders queue']);
  expect(await placeOf(node)).toBe(moved);
  expect(await page.locator('.react-flow__edge').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(links);
  expect(links).toEqual(['web-users-api', 'users-api-users-db']);
});
