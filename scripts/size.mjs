// `npm run size`: first-load JavaScript of /play from the production build — every script the prerendered
// /play HTML loads (its <script src> tags), gzipped as served, against PRODUCT.md's 350 kB budget.
// Lazy chunks (next/dynamic, import(), workers) are not counted: they load after the first paint; nor is the
// `noModule` polyfill script, which browsers with ES modules (all we support) never download.
// Needs a build (`npm run build`); run it after the build, or `node scripts/size.mjs --build`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET_KB = 350;
const ROUTE = process.argv.slice(2).find((a) => a.startsWith('/')) ?? '/play';
const html = join(root, '.next/server/app', `${ROUTE === '/' ? 'index' : ROUTE.slice(1)}.html`);

if (process.argv.includes('--build') || !existsSync(html)) {
  execFileSync(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
}
const page = readFileSync(html, 'utf8');
const tags = [...page.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"[^>]*>/g)];
const srcs = [...new Set(tags.filter((m) => !/\snoModule/i.test(m[0])).map((m) => m[1]))];
const legacy = [...new Set(tags.filter((m) => /\snoModule/i.test(m[0])).map((m) => m[1]))];
const sizeOf = (src) => {
  const path = join(root, '.next', decodeURIComponent(src.replace(/^\/_next\//, '').split('?')[0]));
  const body = readFileSync(path);
  return { src, raw: body.length, gz: gzipSync(body, { level: 9 }).length };
};
const files = srcs.map(sizeOf);
files.sort((a, b) => b.gz - a.gz);
const kB = (n) => (n / 1024).toFixed(1);
const total = files.reduce((a, f) => a + f.gz, 0);
for (const f of files) console.log(`${kB(f.gz).padStart(7)} kB gz ${kB(f.raw).padStart(8)} kB  ${f.src}`);
for (const f of legacy.map(sizeOf)) console.log(`${kB(f.gz).padStart(7)} kB gz ${kB(f.raw).padStart(8)} kB  ${f.src} (noModule polyfills: not loaded by modern browsers, not counted)`);
const over = total / 1024 > BUDGET_KB;
console.log(`First-load JS of ${ROUTE}: ${kB(total)} kB gzipped in ${files.length} scripts (budget ${BUDGET_KB} kB)${over ? ' — OVER BUDGET' : ''}`);
if (over) process.exitCode = 1;
