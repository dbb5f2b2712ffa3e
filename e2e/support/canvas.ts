/**
 * Building on the canvas with the mouse, as a person does: drag a component from the palette to a
 * point, rename a node in place, and draw a link from one node's handle onto another node.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { canvasNodes } from './playground';

/** The empty canvas background, which receives drops and clicks. */
export function pane(page: Page): Locator {
  return page.locator('.react-flow__pane');
}

/** Drags a palette entry ("Client", "Service", …) to a point of the canvas (relative to its top-left) and returns the new node. */
export async function dropFromPalette(page: Page, kind: string, at: { x: number; y: number }): Promise<Locator> {
  const before = await canvasNodes(page).count();
  await page.getByRole('button', { name: new RegExp(`^Add ${kind}:`) }).dragTo(pane(page), { targetPosition: at });
  await expect(canvasNodes(page)).toHaveCount(before + 1);
  // Nodes are drawn in document order, and a new one is added at the end. Pin it by id: `last()` would follow the next one.
  const id = await canvasNodes(page).last().getAttribute('data-id');
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

/** Double-clicks a node's label, types a new name and presses Enter. */
export async function renameInPlace(page: Page, node: Locator, name: string): Promise<void> {
  await node.getByTitle(/double-click to rename/).dblclick();
  const box = page.getByRole('textbox', { name: 'Node name' });
  await box.fill(name);
  await box.press('Enter');
  await expect(node.getByTitle(/double-click to rename/)).toHaveText(name);
}

async function centre(l: Locator): Promise<{ x: number; y: number }> {
  const b = await l.boundingBox();
  if (!b) throw new Error('element is not visible');
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Presses on `from`'s outgoing handle and releases over `to` (anywhere on the node counts), in small steps. */
export async function dragLink(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = await centre(from.locator('.react-flow__handle.source'));
  const end = await centre(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await page.mouse.up();
}

/** Draws a link and picks `option` (e.g. "REST call") in the popover that asks which kind. */
export async function connect(page: Page, from: Locator, to: Locator, option: string): Promise<void> {
  const links = await page.locator('.react-flow__edge').count();
  await dragLink(page, from, to);
  const menu = page.getByTestId('connect-popover');
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: new RegExp(`^${option}`) }).click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(links + 1);
}
