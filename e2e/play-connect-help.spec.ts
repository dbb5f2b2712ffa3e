import { expect, test } from './support/fixtures';
import { nodeByLabel, openPlayground } from './support/playground';

test('a link that makes no sense is refused with the reason at the pointer', async ({ page }) => {
  await openPlayground(page);
  const edges = page.locator('.react-flow__edge');
  await expect(edges).toHaveCount(2);

  // Drag from the service's outgoing handle onto the client: nothing may call into a client.
  const handle = await nodeByLabel(page, 'Users API').locator('.react-flow__handle.source').boundingBox();
  const client = await nodeByLabel(page, 'Web app').boundingBox();
  if (!handle || !client) throw new Error('nodes not visible');
  const end = { x: client.x + client.width / 2, y: client.y + client.height / 2 };
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + 40, end.y, { steps: 10 });
  await page.mouse.move(end.x, end.y, { steps: 4 });

  const hint = page.getByTestId('connect-hint');
  const reason = 'Cannot connect: a client only sends: nothing calls into it';
  // While dragging, the hint follows the pointer and already says why.
  await expect(hint).toContainText(reason);
  await expect(hint).toHaveAttribute('data-ok', 'false');
  await page.mouse.up();

  // After the drop the reason stays beside the pointer for a moment, and no link was made.
  await expect(hint).toContainText(reason);
  const box = await hint.boundingBox();
  expect(box).not.toBeNull();
  expect(Math.abs(box!.x - end.x)).toBeLessThan(40);
  expect(Math.abs(box!.y - end.y)).toBeLessThan(40);
  await expect(edges).toHaveCount(2);
  await expect(page.getByTestId('connect-popover')).toHaveCount(0);
});

test('? opens the keyboard cheat sheet, Esc closes it; the toolbar button opens it too', async ({ page }) => {
  await openPlayground(page);
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toHaveCount(0);

  await page.keyboard.press('?');
  await expect(sheet).toBeVisible();
  for (const what of ['Undo', 'Redo', 'Delete the selected nodes and links', 'Auto-layout (left to right)', 'Show this list']) await expect(sheet.getByText(what, { exact: true })).toBeVisible();
  await expect(sheet.getByRole('button', { name: /Close/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: /Close/ }).click();
  await expect(sheet).toHaveCount(0);
});
