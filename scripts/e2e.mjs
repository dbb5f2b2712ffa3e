// `npm run test:e2e`: make sure a browser and a current production build exist, then run Playwright against it.
// Extra arguments go to Playwright: `npm run test:e2e -- e2e/smoke.spec.ts`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildIfStale, root, run } from './helpers.mjs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const isCI = !!process.env.CI;

/** Playwright's own Chromium, when it has been downloaded (`npx playwright install chromium`). */
async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

async function ensureBrowser() {
  if (existsSync(chromiumPath)) return true;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/etc/debian_version') && !process.env.CHROMIUM_PATH) {
    console.log(`> ${chromiumPath} is missing: apt-get update && apt-get install -y chromium`);
    try {
      execFileSync('apt-get', ['update'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', 'chromium'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (error) {
      console.error(`installing Chromium failed: ${error.message}`);
    }
    if (existsSync(chromiumPath)) return true;
  }
  const bundled = await playwrightChromium();
  if (bundled) {
    console.log(`> no Chromium at ${chromiumPath}; using Playwright's browser at ${bundled}`);
    return true;
  }
  console.error(
    [
      `No Chromium found at ${chromiumPath}, and Playwright's own browser is not installed. Install one of:`,
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  any system:     npx playwright install chromium',
      '  or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'),
  );
  return false;
}

// A report from an earlier run must never be mistaken for this one's.
const report = join(root, 'reports', 'e2e.json');
mkdirSync(join(root, 'reports'), { recursive: true });
rmSync(report, { force: true });

if (!(await ensureBrowser())) process.exit(1);

const built = await buildIfStale({ force: isCI });
if (built !== 0) {
  console.error(`next build failed (exit code ${built}); end-to-end tests not run.`);
  process.exit(built);
}

process.exit(await run('playwright', ['test', ...process.argv.slice(2)], { forwardSignals: true }));
