import { expect, test } from '@playwright/test';

test('landing page renders without console errors or failed requests', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Interplay' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pattern areas' })).toBeVisible();
  await expect(page.getByText('npm run sim -- simulations/examples/<file>.json')).toBeVisible();

  // Headless Chromium may not fetch the favicon by itself; fetch the linked icon so a missing one is always caught.
  const iconHref = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(iconHref, 'the page links an icon').toBeTruthy();
  const icon = await page.request.get(iconHref ?? '');
  expect(icon.status(), `GET ${iconHref}`).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');

  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});
