/**
 * What the queueing-theory tests (queueing-*.test.ts) are built from: the closed forms they compare
 * with (checked on their own in ./queueing-formulas.test.ts), the one-station scenario, and ways
 * to read a run that the report does not offer directly. The cases themselves are in
 * ./queueing.cases.
 */
import { parseScenario, type Distribution, type Run, type Scenario } from '../index';
import type { LogHistogram } from '../metrics/histogram';

/** A measured value and the value theory predicts for it. */
export interface Pair {
  measured: number;
  theory: number;
}

export const relErr = (p: Pair): number => Math.abs(p.measured / p.theory - 1);

// ---------------------------------------------------------------------------------------------
// Formulas

/**
 * Erlang C: the probability that an arrival to an M/M/c queue with offered load a = λ/μ < c has to
 * wait. Uses the stable Erlang B recursion B(k) = a·B(k−1) / (k + a·B(k−1)), B(0) = 1, then
 * C = B / (1 − ρ + ρ·B) with ρ = a/c (no factorials, so it holds for large c).
 */
export function erlangC(c: number, a: number): number {
  if (!(a > 0 && a < c)) throw new RangeError(`Erlang C needs 0 < a < c, got a=${a}, c=${c}`);
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  const rho = a / c;
  return b / (1 - rho + rho * b);
}

/**
 * Stationary distribution p0..pK of the number in an M/M/c/K system (c workers, K places in all,
 * offered load a = λ/μ), from the birth–death balance equations: p(n) = p(n−1)·a/min(n, c).
 */
export function mmcKDistribution(c: number, K: number, a: number): number[] {
  const p = [1];
  for (let n = 1; n <= K; n++) p.push((p[n - 1] * a) / Math.min(n, c));
  const sum = p.reduce((s, x) => s + x, 0);
  return p.map((x) => x / sum);
}

/** Blocking probability of M/M/c/K: by PASTA, the share of arrivals that find all K places taken. */
export const mmcKBlocking = (c: number, K: number, a: number): number => mmcKDistribution(c, K, a)[K];

// ---------------------------------------------------------------------------------------------
// Scenarios

export const ZERO_LATENCY: Distribution = { type: 'constant', value: 0 };

interface StationOptions {
  ratePerSec: number;
  workers: number;
  serviceTime: Distribution;
  queueCapacity?: number;
  durationMs: number;
  warmupMs: number;
  windowMs?: number;
}

/** One client with Poisson arrivals calling one service over a zero-latency REST link. */
export function station(o: StationOptions): Scenario {
  return parseScenario({
    version: 1,
    name: 'queueing station',
    run: { durationMs: o.durationMs, warmupMs: o.warmupMs, windowMs: o.windowMs ?? 1000 },
    nodes: [
      { id: 'users', kind: 'client', traffic: { type: 'poisson', ratePerSec: o.ratePerSec } },
      { id: 'server', kind: 'service', workers: o.workers, serviceTime: o.serviceTime, ...(o.queueCapacity === undefined ? {} : { queueCapacity: o.queueCapacity }) },
    ],
    links: [{ id: 'users-server', kind: 'rest', from: 'users', to: 'server', latency: ZERO_LATENCY }],
  });
}

export const exponential = (mean: number): Distribution => ({ type: 'exponential', mean });

// ---------------------------------------------------------------------------------------------
// Measurement helpers

/**
 * Share of recorded values above the histogram's zero bucket (values ≤ h.minValue, 1 µs by
 * default), read through its public quantile(): quantile(r/n) is exactly 0 while rank r falls
 * among the zeros, so a binary search for the last such rank counts them. A request that found a
 * free worker records a wait of exactly 0; one that queued, a wait that is almost surely > 1 µs.
 */
export function shareAboveZeroBucket(h: LogHistogram): number {
  const n = h.count;
  if (n === 0) return 0;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (h.quantile(mid / n) === 0) lo = mid;
    else hi = mid - 1;
  }
  return (n - lo) / n;
}

/**
 * Mean of a probe's column over the windows that end after `fromMs`. Window rows hold gauges as
 * point samples taken at the window's end, so over many windows this estimates the time average.
 */
export function windowAverage(run: Run, probeId: string, column: string, fromMs: number): number {
  const series = run.probes.get(probeId)!.series;
  if (series.total > series.capacity) throw new Error('the series dropped windows: raise seriesCapacity');
  const s = series.since(0);
  const c = s.columns.indexOf(column);
  if (c < 0) throw new Error(`probe ${probeId} has no column ${column}`);
  let sum = 0;
  let n = 0;
  for (let i = 0; i < s.t.length; i++) {
    if (s.t[i] <= fromMs) continue;
    sum += s.rows[i][c];
    n++;
  }
  return sum / n;
}

/** "measured 3.96 vs theory 4 (−0.96 %, tolerance 4 %)": the message of a failed comparison. */
export function explain(p: Pair, tolerance: number): string {
  const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
  return `measured ${p.measured.toPrecision(5)} vs theory ${p.theory.toPrecision(5)} (${pct(p.measured / p.theory - 1)}, tolerance ${pct(tolerance)})`;
}
