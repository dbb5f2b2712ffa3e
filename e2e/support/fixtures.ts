/**
 * The `test` the playground specs use: a fixed 1440×900 viewport (layouts and drop points do not
 * depend on the machine), and a check after every test that the page logged no console error
 * and threw no uncaught error.
 */
import { test as base, expect } from '@playwright/test';

export const VIEWPORT = { width: 1440, height: 900 };

export const test = base.extend<{ pageProblems: string[] }>({
  viewport: VIEWPORT,
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      await use(problems);
      expect(problems, 'console errors or uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
