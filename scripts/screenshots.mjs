// `npm run screenshots`: the pictures in the README, taken from the production build in headless Chromium.
// Run it after a UI change and commit docs/screenshots/*.png (these are documentation, not test output).
/* global localStorage -- addInitScript bodies run in the browser */
import { mkdirSync, readFileSync } from 'node:fs';
import { serveBuild, launchChromium } from './browser-session.mjs';
import { root } from './helpers.mjs';

const PORT = 3400;
const out = `${root}/docs/screenshots`;
mkdirSync(out, { recursive: true });
const example = (name) => JSON.parse(readFileSync(`${root}/simulations/examples/${name}`, 'utf8'));

const { base, stop } = await serveBuild(PORT);
const browser = await launchChromium();

async function open(doc, { theme = 'light', largeText = false } = {}) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: theme });
  await page.addInitScript(
    ([d, prefs]) => {
      localStorage.setItem('interplay:autosave:v1', JSON.stringify(d));
      localStorage.setItem('interplay:prefs:v1', JSON.stringify(prefs));
    },
    [doc, { theme, largeText }],
  );
  await page.goto(`${base}/play`);
  await page.locator('[data-ready="true"]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(800);
  return page;
}

async function playFor(page, speed, ms) {
  await page.getByTestId('run-speed').selectOption(speed);
  await page.getByTestId('run-play').click();
  await page.waitForTimeout(ms);
  await page.getByTestId('run-play').click(); // pause, so the picture is of one moment
  await page.waitForTimeout(400);
}

try {
  // 1. Events on a topic with a fast and a slow subscriber, running, charts for the whole run.
  let page = await open(example('order-events.json'));
  await playFor(page, '5', 6000);
  await page.screenshot({ path: `${out}/playground-running.png` });
  await page.close();

  // 2. The circuit breaker in front of a flaky payment API, during its outage, dark theme.
  page = await open(example('circuit-breaker.json'), { theme: 'dark' });
  await playFor(page, '10', 2600);
  await page.screenshot({ path: `${out}/breaker-open-dark.png` });
  await page.getByRole('tab', { name: /trace/i }).click();
  await page.getByRole('option').first().click().catch(() => {});
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/request-trace-dark.png` });
  await page.close();

  // 3. Projector mode: large text, light.
  page = await open(example('work-queue-dlq.json'), { largeText: true });
  await playFor(page, '5', 4000);
  await page.screenshot({ path: `${out}/projector-large-text.png` });
  await page.close();
  console.log(`screenshots written to ${out}`);
} finally {
  await browser.close();
  stop();
}
