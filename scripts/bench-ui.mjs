/* global window, localStorage, PerformanceObserver, performance, requestAnimationFrame -- page.evaluate bodies run in the browser */
// `npm run bench:ui`: the playground under load in headless Chromium. A 50-node scenario at 1,000 requests/s runs
// with traffic animation on; we count frames and record long main-thread tasks (PerformanceObserver 'longtask').
// Baseline in the same run: the same page with the same graph, not running. Budget: no task over 50 ms, ~60 fps.
import { gzipSync } from 'node:zlib';
import { serveBuild, launchChromium } from './browser-session.mjs';
import { uiBenchScenario } from './bench/ui-scenario.mjs';

const PORT = 3300;
const SECONDS = Number(process.env.BENCH_UI_SECONDS ?? 15);

const { base, stop } = await serveBuild(PORT);
const browser = await launchChromium();

/** First-load JavaScript of /play: every script the page loads before it is ready, gzipped as it would be served. */
async function firstLoadJs() {
  const page = await browser.newPage();
  const bodies = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') bodies.push(r.body().then((b) => gzipSync(b).length).catch(() => 0));
  });
  await page.goto(`${base}/play`);
  await page.locator('[data-ready="true"]').waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(bodies);
  await page.close();
  return { files: sizes.length, kB: sizes.reduce((a, b) => a + b, 0) / 1024 };
}

async function measure(running) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const scenario = uiBenchScenario();
  await page.addInitScript((doc) => {
    localStorage.setItem('interplay:autosave:v1', JSON.stringify(doc));
    window.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
  }, scenario);
  await page.goto(`${base}/play`);
  await page.locator('[data-ready="true"]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1500);
  if (running) await page.getByTestId('run-play').click();
  await page.waitForTimeout(1000); // let the first snapshots arrive before measuring
  const result = await page.evaluate(async (seconds) => {
    window.__long = [];
    const frames = [];
    let last = performance.now();
    await new Promise((done) => {
      const end = last + seconds * 1000;
      const tick = (t) => {
        frames.push(t - last);
        last = t;
        if (t < end) requestAnimationFrame(tick);
        else done();
      };
      requestAnimationFrame(tick);
    });
    frames.sort((a, b) => a - b);
    const total = frames.reduce((a, b) => a + b, 0);
    return {
      fps: (frames.length * 1000) / total,
      p95FrameMs: frames[Math.floor(frames.length * 0.95)],
      longTasks: window.__long.length,
      longestTaskMs: window.__long.length ? Math.max(...window.__long) : 0,
      over50: window.__long.filter((d) => d > 50).length,
    };
  }, SECONDS);
  const clock = await page.getByTestId('run-clock').textContent().catch(() => '?');
  await page.close();
  return { ...result, clock };
}

try {
  const js = await firstLoadJs();
  const idle = await measure(false);
  const busy = await measure(true);
  const f = (n) => n.toFixed(1);
  console.log(`Playground under load — ${SECONDS} s per measurement, headless Chromium, 1600×1000`);
  console.log(`scenario: 50 nodes, 5 clients × 200 req/s = 1,000 req/s, traffic animation on`);
  console.log(`                      fps    p95 frame   long tasks   longest task   tasks > 50 ms`);
  for (const [name, r] of [['idle (baseline)', idle], ['running at 1×', busy]]) {
    console.log(`${name.padEnd(20)} ${f(r.fps).padStart(5)}   ${f(r.p95FrameMs).padStart(6)} ms   ${String(r.longTasks).padStart(10)}   ${f(r.longestTaskMs).padStart(9)} ms   ${String(r.over50).padStart(13)}`);
  }
  console.log(`first-load JavaScript of /play: ${js.kB.toFixed(0)} kB gzipped in ${js.files} files (budget ≤ 350 kB)`);
  console.log(`fps ratio running / idle: ${(busy.fps / idle.fps).toFixed(2)}; simulated clock after the run: ${busy.clock}`);
} finally {
  await browser.close();
  stop();
}
