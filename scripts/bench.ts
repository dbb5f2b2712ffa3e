/**
 * `npm run bench`: the engine's speed and memory, against a baseline measured in the same run
 * (this machine is shared and noisy, so only ratios between neighbouring measurements mean much).
 *
 * 1. Events/second of the engine on M/M/1 with every metric on, beside a minimal hand-written
 *    event loop on the same model; rounds alternate and the median of each side is compared.
 * 2. Heap after GC at points through a 10 M-event run: memory must stay flat in simulated time.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createRun, parseScenario, type Scenario } from '../simulations/index';
import { minimalMM1 } from './bench/minimal-mm1';

const gc = (globalThis as { gc?: () => void }).gc;
const example = (name: string): Scenario => parseScenario(JSON.parse(readFileSync(new URL(`../simulations/examples/${name}`, import.meta.url), 'utf8')));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const EVENTS = 5_000_000; // per round and side
const mm1 = example('mm1.json');
// λ = 80/s, so about 2 events per request ⇒ 160 events per simulated second.
const durationMs = (EVENTS / 160) * 1000;

function engineRound(): { eventsPerSec: number; meanMs: number } {
  const t0 = performance.now();
  const run = createRun(mm1, { durationMs, warmupMs: 0 });
  run.finish();
  const ms = performance.now() - t0;
  return { eventsPerSec: (run.kernel.processed / ms) * 1000, meanMs: run.report().clients.users.latencyMs.mean };
}

function minimalRound(): { eventsPerSec: number; meanMs: number } {
  const t0 = performance.now();
  const r = minimalMM1(80, 10, durationMs, 1);
  const ms = performance.now() - t0;
  return { eventsPerSec: (r.events / ms) * 1000, meanMs: r.meanResponseMs };
}

console.log(`Interplay engine benchmark — Node ${process.version}, ${ROUNDS} alternating rounds of ~${fmt(EVENTS)} events per side\n`);
engineRound();
minimalRound(); // warm both up before measuring
const eng: number[] = [];
const min: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  const e = engineRound();
  const m = minimalRound();
  eng.push(e.eventsPerSec);
  min.push(m.eventsPerSec);
  console.log(`round ${i + 1}: engine ${fmt(e.eventsPerSec)} ev/s (mean response ${e.meanMs.toFixed(1)} ms)   minimal loop ${fmt(m.eventsPerSec)} ev/s (mean response ${m.meanMs.toFixed(1)} ms)`);
}
const ratio = median(eng) / median(min);
console.log(`\nM/M/1 (λ 80/s, mean service 10 ms; theory: mean response 50 ms)`);
console.log(`  engine, all metrics on : ${fmt(median(eng))} events/s (median)`);
console.log(`  minimal hand-written   : ${fmt(median(min))} events/s (median)`);
console.log(`  ratio                  : ${ratio.toFixed(2)}  (budget ≥ 0.33) ${ratio >= 1 / 3 ? 'OK' : 'BELOW BUDGET'}`);

// A richer topology: breaker, retries, a topic with two subscribers, a queue.
for (const name of ['circuit-breaker.json', 'order-events.json']) {
  let s: Scenario;
  try {
    s = example(name);
  } catch {
    continue;
  }
  const t0 = performance.now();
  const run = createRun(s, { durationMs: 600_000 });
  run.finish();
  const ms = performance.now() - t0;
  console.log(`  ${name.padEnd(22)} : ${fmt((run.kernel.processed / ms) * 1000)} events/s (${fmt(run.kernel.processed)} events, 600 s simulated)`);
}

// Memory: a 10 M-event run, heap measured after GC at 10 points.
console.log(`\nMemory over a 10 M-event M/M/1 run${gc ? '' : ' (run with --expose-gc for exact heap figures)'}:`);
gc?.();
const base = process.memoryUsage().heapUsed;
const long = createRun(mm1, { durationMs: (10_000_000 / 160) * 1000, warmupMs: 0 });
const points: string[] = [];
let peak = 0;
for (let i = 1; i <= 10; i++) {
  long.advanceTo((long.durationMs * i) / 10);
  gc?.();
  const used = process.memoryUsage().heapUsed - base;
  peak = Math.max(peak, used);
  points.push(`${(used / 1048576).toFixed(1)}`);
}
console.log(`  events: ${fmt(long.kernel.processed)}; heap above baseline after each tenth (MB): ${points.join(', ')}`);
console.log(`  peak heap above baseline: ${(peak / 1048576).toFixed(1)} MB; process max RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
