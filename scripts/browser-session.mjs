// Shared by the browser scripts (bench:ui, screenshots): serve the production build and launch headless Chromium.
/* global fetch -- Node 20 global */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { buildIfStale, childEnv, root } from './helpers.mjs';

/** Builds if stale, starts `next start` on `port` and resolves once it answers; returns its base URL and a stop(). */
export async function serveBuild(port) {
  await buildIfStale();
  const server = spawn(process.execPath, [`${root}/node_modules/next/dist/bin/next`, 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env: childEnv, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { base, stop: () => server.kill('SIGTERM') };
}

/** Debian's Chromium when present (Playwright cannot download its own here), with the flags proven on this machine. */
export function launchChromium() {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return chromium.launch({
    executablePath: existsSync(executablePath) ? executablePath : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
}
