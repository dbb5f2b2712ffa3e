/**
 * What a person does and looks at in the playground, as small steps: open it (optionally with a
 * scenario saved from an earlier visit), wait until it can be used, read the simulated clock,
 * find a node by its label, play a run to the end and read its report.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const AUTOSAVE_KEY = 'interplay:autosave:v1';

/**
 * Puts a scenario where the playground's autosave keeps it, before any page script runs, as if it
 * had been saved on an earlier visit. Only when nothing is saved yet: a reload keeps the test's work.
 */
export async function seedScenario(page: Page, scenario: unknown): Promise<void> {
  await page.addInitScript(
    ([key, text]) => {
      if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, text);
    },
    [AUTOSAVE_KEY, JSON.stringify(scenario)] as const,
  );
}

/** Opens /play (with `scenario` as the saved work, if given) and waits until it can be used. */
export async function openPlayground(page: Page, scenario?: unknown): Promise<void> {
  if (scenario !== undefined) await seedScenario(page, scenario);
  await page.goto('/play');
  await waitForReady(page);
}

/**
 * Server-rendered nodes are visible before React has hydrated them: wait for the canvas's ready
 * signal (set from React Flow's onInit) and for the engine worker to have taken the scenario.
 */
export async function waitForReady(page: Page): Promise<void> {
  await expect(page.locator('[data-testid="canvas"][data-ready="true"]')).toBeVisible();
  await expect(page.getByTestId('run-status')).not.toHaveAttribute('data-status', 'idle');
}

/** The simulated clock as shown in the top bar ("01:02.3"), in milliseconds. */
export async function clockMs(page: Page): Promise<number> {
  const text = (await page.getByTestId('run-clock').getByTitle('Simulated time').textContent()) ?? '';
  const m = text.trim().match(/^(?:(\d+):)?(\d+):(\d+)\.(\d)$/);
  if (!m) throw new Error(`unexpected clock text "${text}"`);
  const [h, min, s, tenths] = [m[1] ?? '0', m[2], m[3], m[4]].map(Number);
  return ((h * 60 + min) * 60 + s) * 1000 + tenths * 100;
}

/** The canvas node whose label reads exactly `label`. */
export function nodeByLabel(page: Page, label: string): Locator {
  return page.locator('.react-flow__node').filter({ has: page.getByText(label, { exact: true }) });
}

/** All nodes on the canvas. */
export function canvasNodes(page: Page): Locator {
  return page.locator('.react-flow__node');
}

/** Chooses "as fast as possible", presses Play and waits until the run has finished. */
export async function playToEnd(page: Page, timeout = 15_000): Promise<void> {
  await page.getByTestId('run-speed').selectOption({ label: 'Fastest' });
  await page.getByTestId('run-play').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'done', { timeout });
}

/** Opens the Report tab and returns the finished run's report as the page shows it (JSON). */
export async function readReport(page: Page): Promise<Record<string, unknown>> {
  await page.getByRole('tab', { name: 'Report' }).click();
  const json = page.getByTestId('report-json');
  await expect(json).toHaveCount(1);
  return JSON.parse((await json.textContent()) ?? '') as Record<string, unknown>;
}
