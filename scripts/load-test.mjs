// `npm run load-test`: sustained writes then reads against `next start` on 127.0.0.1 with a fresh SQLite file, then
// every id the server handed out is read back and compared. Fails (exit 1) on any 5xx, connection error, or a
// scenario that does not come back as it was saved. LOAD_TEST_SECONDS (default 10) sets each phase's length.
/* global fetch -- Node 20 global */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { buildIfStale, childEnv, root } from './helpers.mjs';

const SECONDS = Number(process.env.LOAD_TEST_SECONDS || 10);
const CONNECTIONS = 10;
const template = JSON.parse(readFileSync(join(root, 'simulations/examples/order-events.json'), 'utf8'));
/** The n-th distinct scenario: the order-events example under its own name and seed. */
const scenarioNumber = (n) => ({ ...template, name: `load test #${n}`, seed: n });

const failures = [];
const ids = new Set();
const fail = (message) => failures.push(message);

if ((await buildIfStale()) !== 0) {
  console.error('next build failed; no load test.');
  process.exit(1);
}

const dataDir = mkdtempSync(join(tmpdir(), 'interplay-load-'));
const dbFile = join(dataDir, 'interplay.db');
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
// A write limit far above what one machine can send, so the test measures the store rather than the limiter.
const env = { ...childEnv, INTERPLAY_DB: dbFile, INTERPLAY_WRITE_RATE: '1000000', INTERPLAY_WRITE_BURST: '1000000' };
const server = spawn(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
let serverLog = '';
server.stdout.on('data', (d) => (serverLog += d));
server.stderr.on('data', (d) => (serverLog += d));

try {
  await waitForServer();
  console.log(`> next start on ${base}, INTERPLAY_DB=${dbFile}; ${SECONDS} s of writes, then ${SECONDS} s of reads, ${CONNECTIONS} connections`);
  console.log(`> load generator in this process; ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

  // Writes: every request a new scenario; the ids come back in the responses.
  let next = 0;
  let cpuBefore = serverCpuMs();
  const writes = await autocannon({
    url: `${base}/api/scenarios`,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(scenarioNumber(next++)) }),
        onResponse: (status, body) => {
          if (status === 201) ids.add(JSON.parse(body).id);
        },
      },
    ],
  });
  report('writes (POST /api/scenarios)', writes, serverCpuMs() - cpuBefore);
  const created = countOf(writes, 201);
  if (created !== writes.requests.total - writes.errors) fail(`writes: ${writes.requests.total - created} answers were not 201`);
  if (ids.size !== created) fail(`writes: ${created} × 201 but ${ids.size} distinct ids`);

  // Reads: round-robin over every id just written.
  const list = [...ids];
  let at = 0;
  cpuBefore = serverCpuMs();
  const reads = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/api/scenarios/${list[at++ % list.length]}` }) }],
  });
  report('reads (GET /api/scenarios/{id})', reads, serverCpuMs() - cpuBefore);
  if (countOf(reads, 200) !== reads.requests.total - reads.errors) fail('reads: some answers were not 200');

  // Every id back: 200, the content hashes to its id, and everything that was posted is there unchanged.
  let checked = 0;
  await inParallel(list, 8, async (id) => {
    const res = await fetch(`${base}/api/scenarios/${id}`);
    if (res.status !== 200) return fail(`read-back ${id}: status ${res.status}`);
    const { scenario } = await res.json();
    const n = Number(/^load test #(\d+)$/.exec(scenario.name)?.[1]);
    if (contentId(canonicalJson(scenario)) !== id) return fail(`read-back ${id}: content does not hash to its id`);
    if (!contains(scenario, scenarioNumber(n))) return fail(`read-back ${id}: not the scenario that was posted as #${n}`);
    checked++;
  });
  console.log(`read-back: ${checked} of ${list.length} ids returned 200 with the scenario that was posted`);
} catch (e) {
  fail(`load test stopped: ${e instanceof Error ? e.stack : e}`);
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
}

try {
  const db = new Database(dbFile, { readonly: true });
  const rows = db.prepare('SELECT count(*) FROM scenarios').pluck().get();
  const size = db.prepare('SELECT sum(bytes) FROM scenarios').pluck().get();
  db.close();
  console.log(`database: ${rows} rows, ${(size / 1e6).toFixed(1)} MB of scenario JSON`);
  // autocannon stops counting at the deadline, so the last request on each connection may be stored unreported.
  if (rows < ids.size || rows > ids.size + CONNECTIONS) fail(`database: ${rows} rows for ${ids.size} ids answered 201`);
} catch (e) {
  fail(`could not read the database afterwards: ${e.message}`);
}
rmSync(dataDir, { recursive: true, force: true });

if (failures.length) {
  console.error(`\nload test FAILED:\n  ${failures.slice(0, 20).join('\n  ')}${failures.length > 20 ? `\n  … and ${failures.length - 20} more` : ''}`);
  if (/error/i.test(serverLog)) console.error(`\nserver output:\n${serverLog.slice(-4000)}`);
  process.exit(1);
}
console.log('\nload test passed: no 5xx, no connection errors, every id read back intact');

function report(title, r, cpuMs) {
  const codes = Object.entries(r.statusCodeStats ?? {}).map(([code, { count }]) => `${code}×${count}`).join(' ');
  const fives = Object.entries(r.statusCodeStats ?? {}).filter(([code]) => Number(code) >= 500).reduce((s, [, { count }]) => s + Number(count), 0);
  console.log(`${title}: ${r.requests.total} requests in ${r.duration.toFixed(1)} s = ${r.requests.average.toFixed(0)} req/s; latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; status ${codes || 'none'}; errors ${r.errors}, timeouts ${r.timeouts}`);
  // CPU time per request does not depend on what else the machine is doing, unlike req/s on a shared machine.
  if (Number.isFinite(cpuMs) && r.requests.total) console.log(`  server CPU ${(cpuMs / r.requests.total).toFixed(2)} ms per request (≈ ${Math.round((1000 * r.requests.total) / cpuMs)} req/s per fully used core)`);
  if (fives) fail(`${title}: ${fives} × 5xx`);
  if (r.errors || r.timeouts) fail(`${title}: ${r.errors} connection errors, ${r.timeouts} timeouts`);
  if (!r.requests.total) fail(`${title}: no requests completed`);
}

/** CPU time (user + system, ms) of the server and its child processes so far, from /proc; NaN where there is none. */
function serverCpuMs() {
  if (!existsSync(`/proc/${server.pid}/stat`)) return Number.NaN;
  const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
  const cpuOf = (pid) => {
    try {
      // Fields after the ")" that ends the command name: utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
      return Number(fields[11]) + Number(fields[12]) + children.reduce((sum, child) => sum + cpuOf(child), 0);
    } catch {
      return 0;
    }
  };
  return (cpuOf(server.pid) * 1000) / ticks;
}

function countOf(r, code) {
  return Number(r.statusCodeStats?.[code]?.count ?? 0);
}

// The server's id rule (lib/share/content-id.ts), restated so the script checks the server rather than trusts it.
function canonicalJson(v) {
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonicalJson(x))).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v).sort().filter((k) => v[k] !== undefined);
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

function contentId(text) {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let n = BigInt(`0x${createHash('sha256').update(text).digest('hex')}`);
  let id = '';
  for (let i = 0; i < 12; i++, n /= 62n) id += alphabet[Number(n % 62n)];
  return id;
}

/** Whether `actual` has every value of `posted` (the server may add defaults; it drops only $schema). */
function contains(actual, posted) {
  if (Array.isArray(posted)) return Array.isArray(actual) && actual.length === posted.length && posted.every((p, i) => contains(actual[i], p));
  if (posted !== null && typeof posted === 'object') {
    return actual !== null && typeof actual === 'object' && Object.keys(posted).every((k) => k === '$schema' || contains(actual[k], posted[k]));
  }
  return Object.is(actual, posted);
}

async function inParallel(items, width, task) {
  let i = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (i < items.length) await task(items[i++]);
  }));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function waitForServer() {
  for (let i = 0; i < 150; i++) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}:\n${serverLog}`);
    try {
      if ((await fetch(`${base}/api/scenarios/000000000000`)).status === 404) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer from ${base} after 30 s:\n${serverLog}`);
}
