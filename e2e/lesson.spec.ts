/**
 * A guided lesson played in the playground as a teacher would: the breaker preset opens on its
 * lesson, each step's "Do it" injects the fault or changes the parameter, play runs it, and each
 * checkpoint turns to ✓ when the breaker really does what the step said — then Next. And an author
 * edits the lesson in the app: the edit is part of the scenario (undoable, kept on reload).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** Like support's waitForReady, with room for a busy machine: the presets and the engine worker load on the way. */
async function ready(page: Page): Promise<void> {
  await expect(page.locator('[data-testid="canvas"][data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('run-status')).not.toHaveAttribute('data-status', 'idle', { timeout: 30_000 });
}

/** Breaker transitions take a few simulated seconds; at 5× that is about a second each, longer on a busy machine. */
const CHECKPOINT_TIMEOUT = 45_000;

async function openLesson(page: Page): Promise<void> {
  await page.goto('/play?preset=breaker-with');
  await ready(page);
  await expect(page.getByRole('tab', { name: 'Lesson' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('lesson-player')).toBeVisible({ timeout: 30_000 });
}

async function expectStep(page: Page, n: number, of: number, title: string): Promise<void> {
  await expect(page.getByTestId('lesson-progress')).toHaveText(`Step ${n} of ${of}`);
  await expect(page.getByTestId('lesson-step-title')).toHaveText(title);
}

async function reached(page: Page, text: RegExp): Promise<void> {
  const cp = page.getByTestId('lesson-checkpoint');
  await expect(cp).toHaveAttribute('data-reached', 'true', { timeout: CHECKPOINT_TIMEOUT });
  await expect(cp).toContainText(/✓ Reached at \d+\.\d s/);
  await expect(cp).toContainText(text);
}

test('the breaker lesson plays through its checkpoints: open, half-open, closed, and open again after a change', async ({ page }) => {
  test.setTimeout(180_000);
  await openLesson(page);
  await expectStep(page, 1, 5, 'A mostly healthy API');
  await expect(page.getByTestId('lesson-back')).toBeDisabled();
  await page.getByTestId('run-speed').selectOption('5');

  await page.getByTestId('lesson-next').click();
  await expectStep(page, 2, 5, 'Take the Payments API down');
  await expect(page.getByTestId('lesson-checkpoint')).toHaveAttribute('data-reached', 'false');
  await expect(page.getByTestId('lesson-checkpoint')).toContainText('Waiting for: the breaker on Checkout → Payments API opens');
  await page.getByTestId('lesson-do').click();
  await expect(page.getByTestId('lesson-done')).toContainText('inject an outage on Payments API for 20 s');
  await page.getByTestId('lesson-play').click();
  await reached(page, /Breaker on checkout → payments opened/);

  await page.getByTestId('lesson-next').click();
  await expectStep(page, 3, 5, 'Trial calls');
  await reached(page, /half-open/);

  await page.getByTestId('lesson-next').click();
  await expectStep(page, 4, 5, 'Recovery');
  await reached(page, /closed: 5 of 5 trial calls succeeded/);

  // The last step changes a parameter: one undoable document step, and the run restarts with it.
  await page.getByTestId('lesson-next').click();
  await expectStep(page, 5, 5, 'A flaky API instead of a dead one');
  await expect(page.getByTestId('lesson-next')).toBeDisabled();
  await page.getByTestId('lesson-do').click();
  await expect(page.getByTestId('lesson-done')).toContainText('error rate to 0.5');
  if (await page.getByTestId('lesson-play').isVisible()) await page.getByTestId('lesson-play').click();
  await reached(page, /opened/);

  // Back goes back; the step it shows keeps its ✓.
  await page.getByTestId('lesson-back').click();
  await expectStep(page, 4, 5, 'Recovery');
  await expect(page.getByTestId('lesson-checkpoint')).toHaveAttribute('data-reached', 'true');
});

test('an author edits the lesson in the app: a new step is part of the scenario, undoable and kept on reload', async ({ page }) => {
  await openLesson(page);
  await page.getByTestId('lesson-edit-toggle').click();
  await expect(page.getByTestId('lesson-editor')).toBeVisible();
  await page.getByTestId('lesson-add-step').click();
  const title = page.getByTestId('lesson-edit-title');
  await title.fill('Count the short-circuited calls');
  await title.press('Enter');
  await page.getByTestId('lesson-checkpoint-kind').selectOption('deadLetter');
  await page.getByTestId('lesson-edit-toggle').click();
  await expectStep(page, 2, 6, 'Count the short-circuited calls');
  await expect(page.getByTestId('lesson-checkpoint')).toContainText('Waiting for: a message is dead-lettered');

  // Undo takes the last edit (the checkpoint) back; the new step stays.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByTestId('lesson-checkpoint')).toHaveCount(0);
  await expectStep(page, 2, 6, 'Count the short-circuited calls');

  await page.reload();
  await ready(page);
  await page.getByRole('tab', { name: 'Lesson' }).click();
  await expect(page.getByTestId('lesson-progress')).toHaveText('Step 1 of 6');
  await page.getByTestId('lesson-next').click();
  await expect(page.getByTestId('lesson-step-title')).toHaveText('Count the short-circuited calls');
});
