// A REST link's timeout and retry as a user sees them in the report: the caller gives up, the callee
// still works; retries turn a coin-flip service into a mostly-working one, and their backoff shows up
// in the latency of the calls they rescue.
import { describe, expect, it } from 'vitest';
import { binomialSd, client, constant, constantTraffic, exponential, rest, service, simulate } from '../test-support/scenarios';

describe('REST link: timeout', () => {
  it('a 200 ms service behind a 50 ms timeout: every call times out, the service still does all the work', () => {
    const r = simulate({
      nodes: [client('c', constantTraffic(10), { stopAtMs: 9_000 }), service('s', { workers: 10, serviceTime: constant(200) })],
      links: [rest('c', 's', { timeout: { timeoutMs: 50 } })],
      durationMs: 10_000,
    });
    const c = r.clients.c;
    expect(c.sent).toBe(90);
    expect(c.failures.timeout).toBe(90);
    expect(c.succeeded).toBe(0);
    expect(c.inFlight).toBe(0);
    // The callee's work happens anyway: every request reached it and finished 200 ms later.
    expect(r.nodes.s.arrivals).toBe(90);
    expect(r.nodes.s.completed).toBe(90);
    expect(r.nodes.s.responseMs.mean).toBe(200);
    // 90 requests × 200 ms of work over 10 s on 10 workers.
    expect(r.nodes.s.utilization).toBeCloseTo((90 * 200) / (10_000 * 10), 6);
    expect(r.links['c-rest-s'].timeouts).toBe(90);
  });

  it('a variable service: the successes all came back within the timeout, the rest timed out', () => {
    const r = simulate({
      nodes: [client('c', constantTraffic(50), { stopAtMs: 19_000 }), service('s', { workers: 50, serviceTime: exponential(50) })],
      links: [rest('c', 's', { timeout: { timeoutMs: 50 } })],
      durationMs: 20_000,
    });
    const c = r.clients.c;
    expect(c.succeeded + c.failures.timeout).toBe(c.sent);
    // P(S ≤ 50) = 1 − e^{−1} for an exponential of mean 50.
    const p = 1 - Math.exp(-1);
    expect(Math.abs(c.succeeded / c.sent - p)).toBeLessThan(4 * binomialSd(p, c.sent));
    expect(c.latencyMs.max).toBeLessThanOrEqual(50);
    // The service finished the timed-out requests too.
    expect(r.nodes.s.completed).toBe(c.sent);
    expect(r.nodes.s.responseMs.max).toBeGreaterThan(50);
  });
});

describe('REST link: retry', () => {
  const errorRate = 0.5;
  const scenario = (jitter: 'none' | 'full' = 'none') => ({
    nodes: [
      client('c', constantTraffic(200), { stopAtMs: 49_000 }),
      service('s', { workers: 100, serviceTime: constant(10), errorRate }),
    ],
    links: [rest('c', 's', { retry: { maxAttempts: 3, baseMs: 100, capMs: 10_000, jitter } })],
    durationMs: 50_000,
  });

  it('error rate 0.5 with 3 attempts: success ≈ 1 − 0.5³ and attempts = calls + retries', () => {
    const r = simulate(scenario());
    const c = r.clients.c;
    const l = r.links['c-rest-s'];
    const p = 1 - errorRate ** 3;
    expect(c.sent).toBe(9800);
    expect(c.inFlight).toBe(0);
    expect(Math.abs(c.succeeded / c.sent - p)).toBeLessThan(4 * binomialSd(p, c.sent));
    expect(c.failures.error).toBe(c.sent - c.succeeded);
    // Every call is one first attempt; every retry is one more attempt.
    expect(l.calls).toBe(c.sent);
    expect(l.attempts).toBe(l.calls + l.retries);
    // Every failed attempt but the last of a call that gave up was retried.
    expect(l.retries).toBe(l.errors - c.failures.error);
    expect(l.succeeded).toBe(c.succeeded);
    // Expected attempts per call: 1 + q + q² with q = 0.5.
    expect(l.attempts / l.calls).toBeCloseTo(1.75, 1);
    // The service saw every attempt.
    expect(r.nodes.s.arrivals).toBe(l.attempts);
  });

  it('constant backoff shows in the latency of rescued calls: 10, 10+100+10, 10+100+10+200+10 ms', () => {
    const c = simulate(scenario()).clients.c;
    expect(c.latencyMs.p50).toBeCloseTo(10, 0);
    expect(c.latencyMs.max).toBe(330);
    // Successes on the 1st, 2nd and 3rd attempt have weights 1/2, 1/4, 1/8 of all calls.
    const expectedMean = (0.5 * 10 + 0.25 * 120 + 0.125 * 330) / 0.875;
    expect(c.latencyMs.mean).toBeGreaterThan(expectedMean * 0.9);
    expect(c.latencyMs.mean).toBeLessThan(expectedMean * 1.1);
  });

  it('full jitter draws every backoff below its cap, so no rescued call is slower than without jitter', () => {
    const c = simulate(scenario('full')).clients.c;
    expect(c.latencyMs.max).toBeLessThanOrEqual(330);
    expect(c.latencyMs.mean).toBeLessThan((0.5 * 10 + 0.25 * 120 + 0.125 * 330) / 0.875);
  });
});
