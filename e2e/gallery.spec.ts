/**
 * The pattern library as a newcomer meets it: the gallery on /, a preset opened from it into the
 * playground with its guide, an experiment applied and undone, and the run played to its report.
 */
import type { Page } from '@playwright/test';
import { PRESETS, PRESET_SECTIONS, findPreset, type Preset } from '../simulations/presets';
import { expect, test } from './support/fixtures';
import { nodeByLabel, playToEnd, waitForReady } from './support/playground';

/** A preset runs a minute of simulated time: seconds at "Fastest", longer on a busy 2-core machine. */
const RUN_TIMEOUT = 60_000;

function preset(slug: string): Preset {
  const p = findPreset(slug);
  if (!p) throw new Error(`no preset "${slug}"`);
  return p;
}

async function openFromGallery(page: Page, p: Preset): Promise<void> {
  await page.goto('/');
  await page.getByRole('article', { name: p.title, exact: true }).getByRole('link', { name: p.title, exact: true }).click();
  // The playground's code loads on the way (seconds on a busy machine).
  await page.waitForURL(/\/play/, { timeout: 30_000 });
  await waitForReady(page);
}

test('the gallery shows every section of the guide, each with its presets as named links to the playground', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Interplay' })).toBeVisible();
  await expect(page.getByRole('link', { name: /empty playground/ })).toHaveAttribute('href', '/play');
  await expect(page.getByRole('link', { name: /Examples/ })).toHaveAttribute('href', '/examples');
  for (const s of PRESET_SECTIONS) {
    const section = page.getByRole('region', { name: s.title, exact: true });
    await expect(section).toBeVisible();
    const expected = PRESETS.filter((p) => p.section === s.id);
    expect(expected.length, `the section "${s.title}" has presets`).toBeGreaterThan(0);
    await expect(section.getByRole('article')).toHaveCount(expected.length);
    for (const p of expected) {
      const card = section.getByRole('article', { name: p.title, exact: true });
      await expect(card.getByRole('link', { name: p.title, exact: true })).toHaveAttribute('href', `/play?preset=${p.slug}`);
      await expect(card).toContainText(p.teaches);
      await expect(card.locator('svg path')).toHaveCount((p.scenario.links ?? []).length);
      if (p.discouraged) await expect(card.getByTestId('discouraged')).toBeVisible();
      const pair = p.pair && findPreset(p.pair.slug);
      if (pair) await expect(card.getByRole('link', { name: `Compare with ${pair.title}`, exact: true })).toHaveAttribute('href', `/play?preset=${pair.slug}`);
    }
  }
});

test('a preset opens from the gallery with its guide; Apply changes the scenario as one step that undo reverts; it runs', async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT + 30_000);
  const p = preset('rest-chain');
  await openFromGallery(page, p);
  for (const n of p.scenario.nodes) await expect(nodeByLabel(page, n.label ?? n.id)).toBeVisible();

  // The preset's lesson comes to the front; the guide, one tab away, has the preset's words and its experiments.
  await expect(page.getByRole('tab', { name: 'Lesson' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Guide' }).click();
  const guide = page.getByTestId('guide');
  await expect(guide.getByRole('heading', { name: p.title })).toBeVisible();
  await expect(guide).toContainText(p.explanation.slice(0, 60));
  const cards = guide.getByTestId('experiment');
  await expect(cards).toHaveCount(p.experiments.length);
  for (const [i, e] of p.experiments.entries()) {
    await expect(cards.nth(i)).toContainText(e.title);
    await expect(cards.nth(i)).toContainText(e.expect);
  }

  // The first experiment slows the CRM down to a median of 200 ms: the inspector shows it, undo takes it back.
  await nodeByLabel(page, 'CRM').click();
  const median = page.getByTestId('inspector').getByLabel(/Median \(p50\)/);
  await expect(median).toHaveValue('20');
  await cards.first().getByRole('button', { name: /Apply/ }).click();
  await expect(median).toHaveValue('200');
  await expect(cards.first().getByRole('button')).toHaveText(/Applied/);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(median).toHaveValue('20');
  await expect(cards.first().getByRole('button')).toHaveText('Apply');

  await playToEnd(page, RUN_TIMEOUT);
  await page.getByRole('tab', { name: 'Report' }).click();
  await expect(page.getByTestId('report-clients')).toContainText('Web app');
});

test('a pattern kind shows its own form, badges and report numbers', async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT + 30_000);
  const p = preset('event-streaming');
  const stream = p.scenario.nodes.find((n) => n.kind === 'stream');
  if (!stream) throw new Error('the event-streaming preset has no stream node');
  await openFromGallery(page, p);
  const node = nodeByLabel(page, stream.label ?? stream.id);
  await expect(node.getByTestId('badge-maxPartitionLag')).toBeVisible();

  // The inspector's form is read from the kind's schema: partitions with its help text.
  await node.click();
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByLabel('Partitions', { exact: true })).toHaveValue(String((stream as { partitions?: number }).partitions ?? 6));
  await expect(inspector).toContainText('a key always goes to the same one');

  await playToEnd(page, RUN_TIMEOUT);
  await expect(node.getByTestId('badge-maxPartitionLag')).toHaveText(/^(⚠ )?\d+$/);
  await page.getByRole('tab', { name: 'Report' }).click();
  const card = page.getByTestId(`report-pattern-${stream.id}`);
  await expect(card).toContainText('Event stream');
  await expect(card.locator('[data-value="published"] td')).toHaveText(/^[1-9][\d,]*$/);
});
