/**
 * Queueing-theory cases for the engine's tests (queueing-*.test.ts). Each case builds a scenario,
 * runs it with a given seed and returns what the engine measured next to what theory predicts;
 * the tests decide how close is close enough. Keeping the measurement apart from the assertions
 * lets one run the very same case over many seeds to see the seed-to-seed spread the tests'
 * tolerances are derived from:
 *
 *   for (let s = 1; s <= 40; s++) console.log(mm1Case(s, 0.8, 2_000_000).Wq.measured)
 *
 * Units: the engine's (ms and per-second rates). Service times have mean 1 ms (μ = 1/ms) unless
 * said otherwise, so a λ of 800/s is ρ = 0.8 and the customer count is what sets precision.
 */
import { createRun, parseScenario, runScenario, type Scenario } from '../index';
import { ZERO_LATENCY, erlangC, exponential, mmcKBlocking, shareAboveZeroBucket, station, windowAverage } from './queueing.fixtures';

/** M/M/1 at utilisation ρ (μ = 1/ms, λ = ρ/ms): Wq = ρ/(μ−λ), W = 1/(μ−λ), utilisation ρ. */
export function mm1Case(seed: number, rho: number, durationMs: number) {
  const r = runScenario(station({ ratePerSec: rho * 1000, workers: 1, serviceTime: exponential(1), durationMs, warmupMs: 10_000 }), { seed });
  const n = r.nodes.server;
  const W = 1 / (1 - rho);
  return {
    Wq: { measured: n.waitMs.mean, theory: rho * W },
    W: { measured: n.responseMs.mean, theory: W },
    utilization: { measured: n.utilization, theory: rho },
    // What the client sees: the link has zero latency, so the same W.
    clientLatency: { measured: r.clients.users.latencyMs.mean, theory: W },
    customers: n.completed,
  };
}

/** M/D/1 at ρ = 0.8 (constant 1 ms service): Pollaczek–Khinchine Wq = ρ/(2μ(1−ρ)) = 2 ms. */
export function md1Case(seed: number) {
  const rho = 0.8;
  const r = runScenario(station({ ratePerSec: 800, workers: 1, serviceTime: { type: 'constant', value: 1 }, durationMs: 1_500_000, warmupMs: 10_000 }), { seed });
  const n = r.nodes.server;
  const Wq = rho / (2 * (1 - rho));
  return {
    Wq: { measured: n.waitMs.mean, theory: Wq },
    W: { measured: n.responseMs.mean, theory: Wq + 1 },
    utilization: { measured: n.utilization, theory: rho },
    customers: n.completed,
  };
}

/**
 * M/M/c at ρ = 0.8 (a = 0.8c): P(wait) = C(c, a), Wq = C/(cμ − λ). The histogram tells apart only
 * waits above its 1 µs zero bucket, so the share that waited is compared with
 * P(Wq > x) = C·e^(−(cμ−λ)x) at x = 1 µs: 0.2 % below C for c = 10, a third of one run's sd but
 * a clear bias in the mean over 40 seeds.
 */
export function mmcCase(seed: number, c: number, durationMs: number) {
  const a = 0.8 * c;
  const run = createRun(station({ ratePerSec: a * 1000, workers: c, serviceTime: exponential(1), durationMs, warmupMs: 5_000 }), { seed });
  run.finish();
  const n = run.report().nodes.server;
  const C = erlangC(c, a);
  const wait = run.services.get('server')!.stats.wait;
  return {
    // Theory to compare a run with, not part of one.
    // eslint-disable-next-line no-restricted-properties
    waited: { measured: shareAboveZeroBucket(wait), theory: C * Math.exp(-(c - a) * wait.minValue) },
    Wq: { measured: n.waitMs.mean, theory: C / (c - a) },
    utilization: { measured: n.utilization, theory: a / c },
    customers: n.completed,
  };
}

/** M/M/c/K with offered load a: blocking p_K, and utilisation a(1 − p_K)/c (carried load per worker). */
export function mmcKCase(seed: number, c: number, K: number, a: number, durationMs: number) {
  const r = runScenario(station({ ratePerSec: a * 1000, workers: c, queueCapacity: K - c, serviceTime: exponential(1), durationMs, warmupMs: 1_000 }), { seed });
  const n = r.nodes.server;
  const pK = mmcKBlocking(c, K, a);
  return {
    blocking: { measured: n.rejected / n.arrivals, theory: pK },
    utilization: { measured: n.utilization, theory: (a * (1 - pK)) / c },
    arrivals: n.arrivals,
  };
}

/**
 * Little's law on one station: the time-average number in the system (from window samples)
 * against the accepted arrival rate × the mean time in it — and the same for the waiting line
 * (L_q = λW_q), the workers (busy = λ·E[S]) and the client's requests in flight.
 */
export function littleCase(seed: number, o: { workers: number; queueCapacity?: number; ratePerSec: number; durationMs: number; windowMs: number }) {
  const warmupMs = 10_000;
  const scenario = station({ ...o, serviceTime: exponential(1), warmupMs });
  const run = createRun(scenario, { seed, seriesCapacity: Math.ceil(o.durationMs / o.windowMs) + 1 });
  run.finish();
  const r = run.report();
  const n = r.nodes.server;
  const span = o.durationMs - warmupMs;
  const lambda = (n.arrivals - n.rejected) / span; // accepted requests per ms
  const client = r.clients.users;
  return {
    L: { measured: windowAverage(run, 'server', 'inFlight', warmupMs), theory: lambda * n.responseMs.mean },
    Lq: { measured: windowAverage(run, 'server', 'queueDepth', warmupMs), theory: lambda * n.waitMs.mean },
    busy: { measured: windowAverage(run, 'server', 'busy', warmupMs), theory: lambda * 1 },
    // A rejected request is answered the instant it arrives, so it adds nothing to the number in
    // flight, and the client's latency histogram holds successful requests only: λ is their rate.
    client: { measured: windowAverage(run, 'users', 'inFlight', warmupMs), theory: (client.succeeded / span) * client.latencyMs.mean },
    samples: run.probes.get('server')!.series.total,
  };
}

/**
 * Jackson tandem: client → A → B, Poisson λ = 0.6/ms, exponential service at μA = 1/ms and
 * μB = 0.8/ms, and A's worker is freed as soon as its own work is done (callsHoldWorker: false),
 * so A and B are independent M/M/1 stations: W_A = 1/(μA−λ) = 2.5 ms, W_B = 1/(μB−λ) = 5 ms.
 */
export function tandemCase(seed: number) {
  const lambda = 0.6;
  const muA = 1;
  const muB = 0.8;
  const scenario = parseScenario({
    version: 1,
    name: 'Jackson tandem',
    run: { durationMs: 1_500_000, warmupMs: 10_000 },
    nodes: [
      { id: 'users', kind: 'client', traffic: { type: 'poisson', ratePerSec: lambda * 1000 } },
      { id: 'a', kind: 'service', workers: 1, callsHoldWorker: false, serviceTime: exponential(1 / muA) },
      { id: 'b', kind: 'service', workers: 1, serviceTime: exponential(1 / muB) },
    ],
    links: [
      { id: 'users-a', kind: 'rest', from: 'users', to: 'a', latency: ZERO_LATENCY },
      { id: 'a-b', kind: 'rest', from: 'a', to: 'b', latency: ZERO_LATENCY },
    ],
  });
  const r = runScenario(scenario, { seed });
  const { a, b } = r.nodes;
  const WA = 1 / (muA - lambda);
  const WB = 1 / (muB - lambda);
  return {
    endToEnd: { measured: r.clients.users.latencyMs.mean, theory: WA + WB },
    // A's response time runs from arrival at A until B has answered A, so it includes B's.
    aResponse: { measured: a.responseMs.mean, theory: WA + WB },
    // A's own sojourn (wait + own work): the same requests pass both, so the difference of means.
    aOwn: { measured: a.responseMs.mean - b.responseMs.mean, theory: WA },
    aWait: { measured: a.waitMs.mean, theory: (lambda / muA) * WA },
    bResponse: { measured: b.responseMs.mean, theory: WB },
    aUtilization: { measured: a.utilization, theory: lambda / muA },
    bUtilization: { measured: b.utilization, theory: lambda / muB },
    customers: b.completed,
  };
}

/**
 * A ramp from 5,000/s down to 500/s over the first 4 s into one 1,000/s worker: the load stays
 * above capacity until t ≈ 3.6 s and leaves a backlog of about 7,000 requests that takes until
 * t ≈ 18 s to drain. After that it is M/M/1 at ρ = 0.5: Wq = 1 ms, W = 2 ms.
 */
export function rampScenario(warmupMs: number): Scenario {
  return parseScenario({
    version: 1,
    name: 'overloaded start',
    run: { durationMs: 1_000_000, warmupMs },
    nodes: [
      { id: 'users', kind: 'client', traffic: { type: 'ramp', fromRatePerSec: 5000, toRatePerSec: 500, rampMs: 4000 } },
      { id: 'server', kind: 'service', workers: 1, serviceTime: exponential(1) },
    ],
    links: [{ id: 'users-server', kind: 'rest', from: 'users', to: 'server', latency: ZERO_LATENCY }],
  });
}

export function warmupCase(seed: number) {
  const warm = runScenario(rampScenario(30_000), { seed }).nodes.server;
  const cold = runScenario(rampScenario(0), { seed }).nodes.server;
  return {
    Wq: { measured: warm.waitMs.mean, theory: 1 },
    W: { measured: warm.responseMs.mean, theory: 2 },
    utilization: { measured: warm.utilization, theory: 0.5 },
    // Only requests created after the warm-up count: 500/s over the 970 s after it.
    arrivals: { measured: warm.arrivals, theory: 0.5 * 970_000 },
    coldWq: cold.waitMs.mean,
  };
}
