// Rate limiter and bulkhead on a REST link: what is admitted, what is refused, and how waiting for a
// token trades refusals for latency.
import { describe, expect, it } from 'vitest';
import { client, column, constant, constantTraffic, rest, service, simulate, start } from '../test-support/scenarios';

const limited = (maxWaitMs: number) => ({
  nodes: [client('c', constantTraffic(200), { stopAtMs: 19_000 }), service('s', { workers: 100, serviceTime: constant(5) })],
  links: [rest('c', 's', { rateLimiter: { capacity: 10, refillPerSec: 50, maxWaitMs } })],
  durationMs: 20_000,
});

describe('REST link: rate limiter (token bucket, capacity 10, 50 tokens/s) in front of 200 req/s', () => {
  it('admits ≈ 50/s plus the initial burst; the rest is rateLimited at once', () => {
    const r = simulate(limited(0));
    const c = r.clients.c;
    expect(c.sent).toBe(3800);
    // 19 s × 50/s + the 10-token burst, give or take one token at each end.
    expect(c.succeeded).toBeGreaterThanOrEqual(19 * 50 + 10 - 2);
    expect(c.succeeded).toBeLessThanOrEqual(19 * 50 + 10 + 2);
    expect(c.failures.rateLimited).toBe(c.sent - c.succeeded);
    expect(r.links['c-rest-s'].rateLimited).toBe(c.failures.rateLimited);
    // A refused call costs nothing downstream and is answered at once: successes take just the work.
    expect(r.nodes.s.arrivals).toBe(c.succeeded);
    expect(c.latencyMs.max).toBe(5);
  });

  it('steady state: each full window admits 50', () => {
    const run = start(limited(0));
    run.finish();
    const ok = column(run, 'c', 'ok');
    for (const admitted of ok.v.slice(2, 18)) {
      expect(admitted).toBeGreaterThanOrEqual(49);
      expect(admitted).toBeLessThanOrEqual(51);
    }
  });

  it('with maxWaitMs 500 the waits show in latency, and the admitted rate is still the refill rate', () => {
    const r = simulate(limited(500));
    const c = r.clients.c;
    const plain = simulate(limited(0)).clients.c;
    // Waiting calls hold reservations: a few more get through in the end (those still waiting at the stop).
    expect(c.succeeded).toBeGreaterThanOrEqual(plain.succeeded);
    expect(c.succeeded).toBeLessThanOrEqual(plain.succeeded + 500 / 20 + 1);
    expect(c.failures.rateLimited).toBeLessThan(plain.failures.rateLimited);
    // Admitted calls queue behind the debt: about the full 500 ms once the bucket is saturated.
    expect(c.latencyMs.p50).toBeGreaterThan(450);
    expect(c.latencyMs.max).toBeLessThanOrEqual(505 + 1e-6);
    expect(plain.latencyMs.p50).toBe(5);
  });

  it('below the refill rate with room to wait, nothing is refused: bursts are smoothed into latency', () => {
    const r = simulate({
      nodes: [client('c', { type: 'poisson', ratePerSec: 30 }, { stopAtMs: 19_000 }), service('s', { workers: 100, serviceTime: constant(5) })],
      links: [rest('c', 's', { rateLimiter: { capacity: 1, refillPerSec: 50, maxWaitMs: 10_000 } })],
      durationMs: 20_000,
    });
    const c = r.clients.c;
    expect(c.failures.rateLimited).toBe(0);
    expect(c.succeeded).toBe(c.sent);
    expect(c.latencyMs.mean).toBeGreaterThan(5);
    expect(c.latencyMs.p99).toBeGreaterThan(20);
  });
});

describe('REST link: bulkhead', () => {
  it('maxConcurrentCalls 2 in front of a 100 ms service: at most 2 in progress, the excess is rejected', () => {
    const run = start({
      nodes: [client('c', constantTraffic(100), { stopAtMs: 9_000 }), service('s', { workers: 100, serviceTime: constant(100) })],
      links: [rest('c', 's', { bulkhead: { maxConcurrentCalls: 2 } })],
      durationMs: 10_000,
    });
    run.finish();
    const r = run.report();
    const c = r.clients.c;
    expect(c.sent).toBe(900);
    // 2 slots × 10 calls per second each.
    expect(c.succeeded).toBeGreaterThanOrEqual(179);
    expect(c.succeeded).toBeLessThanOrEqual(181);
    expect(c.failures.rejected).toBe(c.sent - c.succeeded);
    expect(r.links['c-rest-s'].rejected).toBe(c.failures.rejected);
    // The service never had more than 2 busy workers and saw only admitted calls.
    expect(Math.max(...column(run, 's', 'busy').v)).toBeLessThanOrEqual(2);
    expect(r.nodes.s.arrivals).toBe(c.succeeded);
    expect(r.nodes.s.utilization).toBeLessThanOrEqual(2 / 100 + 1e-9);
  });
});
